/* The compute kernels of tools/bench/kernels/ (fib, loop, strings, lists) in C, the same algorithms
 * with the same checked Int arithmetic (__builtin_*_overflow; an overflow ends
 * the program with exit code 3, as the rule would trap NumericOverflow) and no
 * fuel or call-depth accounting. Lists and strings live in one bump arena that
 * is allocated once and reset before every call, as Tetra's arena is; nothing
 * is freed or malloc'd per call. Built by the bench runner with `cc -O2`.
 *
 * Usage: kernels <fib|loop|strings|lists> <n> <batch> <samples> <warmup_ms>
 * Runs the kernel for warmup_ms, then `samples` samples of `batch` calls each,
 * and prints one line "ns <per-call ns of each sample>" followed by the result
 * of the last call as canonical JSON text (the same text the rule gives). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void overflow(void) {
  fprintf(stderr, "NumericOverflow\n");
  exit(3);
}

/* ---- the bump arena ---------------------------------------------------- */
static char *arena;
static size_t arena_cap, arena_top;

static void *bump(size_t bytes) {
  size_t at = (arena_top + 7) & ~(size_t)7;
  if (at + bytes > arena_cap) {
    fprintf(stderr, "MemoryLimitExceeded\n");
    exit(4);
  }
  arena_top = at + bytes;
  return arena + at;
}

/* ---- kernel 1: fib ------------------------------------------------------ */
static int64_t fib(int64_t k) {
  if (k < 2) return k;
  int64_t a, b, r;
  if (__builtin_sub_overflow(k, 1, &a) || __builtin_sub_overflow(k, 2, &b)) overflow();
  if (__builtin_add_overflow(fib(a), fib(b), &r)) overflow();
  return r;
}

/* ---- kernel 2: loop: acc + i * 3 + i % 8 for i in 0..n -------------------- */
static int64_t loop(int64_t n) {
  int64_t acc = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t t, u;
    if (__builtin_mul_overflow(i, (int64_t)3, &t) || __builtin_add_overflow(acc, t, &u) || __builtin_add_overflow(u, i % 8, &acc)) overflow();
  }
  return acc;
}

/* ---- kernel 3: strings: join(",", ["<i:i*i>" for i in 0..n]) ---------------- */
typedef struct {
  const char *bytes;
  uint32_t len;
} str;

/* Decimal text of v at p; returns the byte count. */
static uint32_t int_text(char *p, int64_t v) {
  char tmp[20];
  uint32_t k = 0, len = 0;
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  do {
    tmp[k++] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0) p[len++] = '-';
  while (k > 0) p[len++] = tmp[--k];
  return len;
}

static str build_string(int64_t n) {
  str *pieces = bump((size_t)n * sizeof(str));
  for (int64_t i = 0; i < n; i++) {
    int64_t sq;
    if (__builtin_mul_overflow(i, i, &sq)) overflow();
    char *p = bump(2 * 20 + 3);
    uint32_t len = 0;
    p[len++] = '<';
    len += int_text(p + len, i);
    p[len++] = ':';
    len += int_text(p + len, sq);
    p[len++] = '>';
    arena_top -= 2 * 20 + 3 - len; /* give back what the piece did not use */
    pieces[i] = (str){p, len};
  }
  size_t total = n > 0 ? (size_t)n - 1 : 0;
  for (int64_t i = 0; i < n; i++) total += pieces[i].len;
  char *out = bump(total);
  size_t at = 0;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) out[at++] = ',';
    memcpy(out + at, pieces[i].bytes, pieces[i].len);
    at += pieces[i].len;
  }
  return (str){out, (uint32_t)total};
}

/* ---- kernel 4: lists: xs.map(x*x).filter(v%3 != 0).sum() ------------------- *
 * Every step is a list, as the rule is written. (Tetra fuses map, filter and sum
 * into one loop; the same fusion by hand in C runs in ~0.75x of this —
 * docs/performance.md.) */
static int64_t lists(int64_t n) {
  int64_t *xs = bump((size_t)n * 8), *sq = bump((size_t)n * 8), *kept = bump((size_t)n * 8);
  for (int64_t i = 0; i < n; i++) {
    int64_t t;
    if (__builtin_mul_overflow(i, (int64_t)7919, &t)) overflow();
    xs[i] = t % 10007;
  }
  for (int64_t i = 0; i < n; i++)
    if (__builtin_mul_overflow(xs[i], xs[i], &sq[i])) overflow();
  int64_t m = 0;
  for (int64_t i = 0; i < n; i++)
    if (sq[i] % 3 != 0) kept[m++] = sq[i];
  int64_t sum = 0;
  for (int64_t i = 0; i < m; i++)
    if (__builtin_add_overflow(sum, kept[i], &sum)) overflow();
  return sum;
}

/* ---- the harness --------------------------------------------------------- */
static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

enum kernel { FIB, LOOP, STRINGS, LISTS };
/* Read through a volatile on every call, so the compiler cannot hoist a call
 * out of the batch loop or fold it; results go to a volatile sink. */
static volatile int64_t input_n;
static volatile int64_t sink;
static str last_string;
static int64_t last_int;

static void call(enum kernel k) {
  int64_t n = input_n;
  arena_top = 0;
  switch (k) {
    case FIB: last_int = fib(n); sink = last_int; break;
    case LOOP: last_int = loop(n); sink = last_int; break;
    case STRINGS: last_string = build_string(n); sink = last_string.len; break;
    case LISTS: last_int = lists(n); sink = last_int; break;
  }
}

int main(int argc, char **argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: kernels <fib|loop|strings|lists> <n> <batch> <samples> <warmup_ms>\n");
    return 2;
  }
  enum kernel k;
  if (strcmp(argv[1], "fib") == 0) k = FIB;
  else if (strcmp(argv[1], "loop") == 0) k = LOOP;
  else if (strcmp(argv[1], "strings") == 0) k = STRINGS;
  else if (strcmp(argv[1], "lists") == 0) k = LISTS;
  else {
    fprintf(stderr, "unknown kernel %s\n", argv[1]);
    return 2;
  }
  int64_t n = atoll(argv[2]);
  long batch = atol(argv[3]), samples = atol(argv[4]);
  double warmup_ms = atof(argv[5]);
  if (n < 0 || batch < 1 || samples < 1) return 2;
  /* Enough for every kernel: strings needs n * (16 + 43) + the joined text. */
  arena_cap = (size_t)n * 128 + 4096;
  arena = malloc(arena_cap);
  if (arena == NULL) return 4;
  memset(arena, 0, arena_cap);
  input_n = n;

  double t_end = now_ns() + warmup_ms * 1e6;
  do call(k); while (now_ns() < t_end);

  printf("ns");
  for (long s = 0; s < samples; s++) {
    double t0 = now_ns();
    for (long b = 0; b < batch; b++) call(k);
    printf(" %.1f", (now_ns() - t0) / (double)batch);
  }
  printf("\n");
  if (k == STRINGS) {
    if (last_string.len < 24) {
      fprintf(stderr, "IndexOutOfBounds\n");
      return 5;
    }
    printf("{\n  \"length\": %u,\n  \"tail\": \"%.*s\"\n}", last_string.len, 24, last_string.bytes + last_string.len - 24);
  } else {
    printf("%lld", (long long)last_int);
  }
  return 0;
}
