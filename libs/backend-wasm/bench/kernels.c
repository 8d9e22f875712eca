/* The bench kernels of wasm-bench.ts in C, with the same checked i64 arithmetic
 * (__builtin_*_overflow; an overflow aborts, as the IR traps) and no fuel or
 * call-depth accounting. Usage: kernels <fib|loop_i64|loop_f64> <n> <reps>
 * prints "<result> <best ns>". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int64_t fib(int64_t n) {
  if (n < 2) return n;
  int64_t a, b, r;
  if (__builtin_sub_overflow(n, 1, &a) || __builtin_sub_overflow(n, 2, &b)) abort();
  if (__builtin_add_overflow(fib(a), fib(b), &r)) abort();
  return r;
}

static int64_t loop_i64(int64_t n) {
  int64_t acc = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t t;
    if (__builtin_mul_overflow(acc & 0xFFFFF, (int64_t)31, &t) || __builtin_add_overflow(t, i, &acc)) abort();
  }
  return acc;
}

static double loop_f64(int64_t n) {
  double s = 0.0, sign = 1.0;
  for (int64_t i = 0; i < n; i++) {
    s = s + sign / ((double)i * 2.0 + 1.0);
    sign = -sign;
  }
  return s * 4.0;
}

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc != 4) return 2;
  const char *k = argv[1];
  int64_t n = atoll(argv[2]);
  int reps = atoi(argv[3]);
  double best = 1e300;
  char out[64] = "";
  for (int r = 0; r < reps; r++) {
    double t0 = now_ns();
    if (strcmp(k, "fib") == 0) snprintf(out, sizeof out, "%lld", (long long)fib(n));
    else if (strcmp(k, "loop_i64") == 0) snprintf(out, sizeof out, "%lld", (long long)loop_i64(n));
    else if (strcmp(k, "loop_f64") == 0) snprintf(out, sizeof out, "%.17g", loop_f64(n));
    else return 2;
    double t = now_ns() - t0;
    if (t < best) best = t;
  }
  printf("%s %.0f\n", out, best);
  return 0;
}
