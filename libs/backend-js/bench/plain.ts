// The benchmark kernels written by hand in plain JavaScript (numbers, no
// overflow checks, no fuel; BigInt where 64-bit wrapping is the point): the
// baseline the generated code is compared with. Same algorithms as kernels/*.ir.

export function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

export function sum(n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) acc += i * 3 + (i & 7);
  return acc;
}

export function pi(n: number): number {
  const h = 1 / n;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const x = (i + 0.5) * h;
    s += 4 / (1 + x * x);
  }
  return s * h;
}

/** 64-bit wrapping arithmetic in plain JS means BigInt. */
export function fnv(n: number): bigint {
  let h = BigInt.asIntN(64, 0xcbf29ce484222325n);
  const end = BigInt(n);
  for (let i = 0n; i < end; i++) h = BigInt.asIntN(64, (h ^ (i & 255n)) * 1099511628211n);
  return h;
}

export const PLAIN: Readonly<Record<string, (n: number) => number | bigint>> = { fib, sum, pi, fnv };
