// Edge values per IR type for the op-matrix and differential tests: the
// boundaries of i32, of the safe-integer range (where the JS backend switches
// an i64 between number and bigint), of i64, and the awkward doubles.

const p2 = (k: number): bigint => 1n << BigInt(k);

export const I32_EDGES: readonly number[] = [
  0, 1, -1, 2, -2, 3, 7, 8, 31, 32, 33, 63, 64, 0xff, 0x100, 0xffff, 0x10000, -65536, 0x12345678, -0x12345678,
  0x7fffffff, 0x7ffffffe, -0x7fffffff, -0x80000000, 0x55555555, -0x55555556,
];

export const I64_EDGES: readonly bigint[] = [
  0n, 1n, -1n, 2n, -2n, 3n, 5n, 7n, 63n, 64n, 65n, -64n,
  p2(31) - 1n, -p2(31), p2(31), p2(32) - 1n, p2(32), p2(32) + 1n, -p2(32),
  p2(52), -p2(52), p2(53) - 1n, -(p2(53) - 1n), p2(53), -p2(53), p2(53) + 1n, -(p2(53) + 1n), p2(54),
  3037000499n, 3037000500n, -3037000500n, 4294967296n * 2147483647n,
  p2(62), -p2(62), p2(63) - 1n, -p2(63), -p2(63) + 1n, p2(63) - 2n,
  0x7ff8000000000000n, -0x10000000000000n, 0x7ff0000000000000n, 0x123456789abcdefn, -0x123456789abcdefn,
];

export const F64_EDGES: readonly number[] = [
  0, -0, 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, 0.49999999999999994, -0.49999999999999994, 0.1, 1 / 3,
  2 ** 52, 2 ** 52 + 1, 4503599627370495.5, -4503599627370495.5, 2 ** 53, 2 ** 53 + 2, -(2 ** 53),
  2 ** 31, -(2 ** 31), 2 ** 31 - 0.5, -(2 ** 31) - 0.5, -(2 ** 31) - 1, 2 ** 63, -(2 ** 63), 2 ** 64, 9223372036854774784,
  1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE,
  Infinity, -Infinity, NaN,
];
