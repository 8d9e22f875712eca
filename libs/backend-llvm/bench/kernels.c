/* The benchmark kernels in C, doing what the IR kernels in native-bench.ts do:
   checked i64 arithmetic where the IR checks (trapping through a flag, as
   __builtin_*_overflow allows), f64 with the same operation order. Compiled
   with cc -O2 -ffp-contract=off (no FMA contraction, like the native target). */
#include <stdint.h>

int32_t bench_overflow = 0;

int64_t bench_fib(int64_t n) {
  if (n < 2) return n;
  int64_t r;
  if (__builtin_add_overflow(bench_fib(n - 1), bench_fib(n - 2), &r)) bench_overflow = 1;
  return r;
}

/* sum over i < n of (i * 3 + (i ^ 5)), every step checked. */
int64_t bench_checked_loop(int64_t n) {
  int64_t acc = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t t, u;
    if (__builtin_mul_overflow(i, (int64_t)3, &t) || __builtin_add_overflow(t, i ^ 5, &u) || __builtin_add_overflow(acc, u, &acc)) {
      bench_overflow = 1;
      return 0;
    }
  }
  return acc;
}

/* Leibniz series with a running sign: acc += s / (2i + 1); s = -s. */
double bench_f64_loop(int64_t n) {
  double acc = 0.0, s = 1.0;
  for (int64_t i = 0; i < n; i++) {
    acc = acc + s / (2.0 * (double)i + 1.0);
    s = -s;
  }
  return acc;
}

/* The cost of one koffi call with the same argument shapes as tetra_run. */
int32_t bench_noop(uint32_t fn, void *a, void *b, void *c, void *d) {
  (void)a; (void)b; (void)c; (void)d;
  return (int32_t)fn & 0;
}

/* The same kernels with the run contract's accounting, as a C programmer would
   write it: one unit of fuel per function entry and loop iteration (traps when
   it runs out), and the call-depth limit. The fuel is a run-time input, as in
   the run contract (bench_set_fuel), so the compiler cannot fold it away. */
int64_t bench_fuel = 0;
static int64_t fuel_given = 100000000;
void bench_set_fuel(int64_t fuel) { fuel_given = fuel; }

static int64_t fib_fuel(int64_t n, int32_t depth) {
  if (bench_fuel < 1) { bench_overflow = 2; return 0; }
  bench_fuel -= 1;
  if (n < 2) return n;
  if (depth >= 1000) { bench_overflow = 3; return 0; }
  int64_t a = fib_fuel(n - 1, depth + 1);
  int64_t b = fib_fuel(n - 2, depth + 1);
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) bench_overflow = 1;
  return r;
}

int64_t bench_fib_fuel(int64_t n) {
  bench_fuel = fuel_given;
  return fib_fuel(n, 1);
}

int64_t bench_checked_loop_fuel(int64_t n) {
  int64_t fuel = fuel_given;
  if (fuel < 1) return 0;
  fuel -= 1;
  int64_t acc = 0;
  for (int64_t i = 0; i < n; i++) {
    if (fuel < 1) { bench_overflow = 2; return 0; }
    fuel -= 1;
    int64_t t, u;
    if (__builtin_mul_overflow(i, (int64_t)3, &t) || __builtin_add_overflow(t, i ^ 5, &u) || __builtin_add_overflow(acc, u, &acc)) {
      bench_overflow = 1;
      return 0;
    }
  }
  bench_fuel = fuel;
  return acc;
}

double bench_f64_loop_fuel(int64_t n) {
  int64_t fuel = fuel_given - 1;
  double acc = 0.0, s = 1.0;
  for (int64_t i = 0; i < n; i++) {
    if (fuel < 1) { bench_overflow = 2; return 0; }
    fuel -= 1;
    acc = acc + s / (2.0 * (double)i + 1.0);
    s = -s;
  }
  bench_fuel = fuel;
  return acc;
}
