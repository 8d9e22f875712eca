// Exact-ish real arithmetic on BigInt fixed-point numbers, for building the
// constant tables of `floatPow` (pow-tables.ts) and for the high-precision
// reference that pow-accuracy.test.ts measures `floatPow` against.
//
// A fixed-point value is a bigint `v` meaning v / 2^FIXED_BITS. Every routine
// truncates toward −∞ after each step, so a result is within a few units of
// 2^-FIXED_BITS (≈ 1e-96) of the true value — 200 bits more than a
// double-double needs. Nothing here runs on a path whose result must match
// another target: the tables are computed once, then baked into both the
// TypeScript twin and the IR runtime's data segment from the same numbers.

/** Fraction bits of every fixed-point value in this module. */
export const FIXED_BITS = 320;
const ONE = 1n << BigInt(FIXED_BITS);

/** Floor division that rounds toward −∞ for negative numerators too. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** atanh(p/q) for |p/q| < 1, by the series z + z^3/3 + z^5/5 + ... */
function atanhRatio(p: bigint, q: bigint): bigint {
  let term = floorDiv(p * ONE, q); // z^(2k+1) in fixed point
  let sum = 0n;
  const p2 = p * p;
  const q2 = q * q;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += floorDiv(term, k);
    term = floorDiv(term * p2, q2);
  }
  return sum;
}

let ln2Cache: bigint | undefined;

/** ln 2 = 2·atanh(1/3), in fixed point. */
export function fixedLn2(): bigint {
  ln2Cache ??= 2n * atanhRatio(1n, 3n);
  return ln2Cache;
}

/**
 * ln(num/den) for positive integers, in fixed point: num/den = r·2^k with
 * r ∈ [1, 2), then ln = k·ln2 + 2·atanh((r−1)/(r+1)) where |(r−1)/(r+1)| ≤ 1/3.
 */
export function fixedLn(num: bigint, den: bigint): bigint {
  if (num <= 0n || den <= 0n) throw new RangeError(`fixedLn of a non-positive ratio ${num}/${den}`);
  let k = num.toString(2).length - den.toString(2).length;
  // r = num / (den·2^k), adjusted into [1, 2)
  let n = k >= 0 ? num : num << BigInt(-k);
  let d = k >= 0 ? den << BigInt(k) : den;
  if (n < d) {
    n <<= 1n;
    k -= 1;
  }
  return BigInt(k) * fixedLn2() + 2n * atanhRatio(n - d, n + d);
}

/** e^z for a fixed-point z with |z| ≤ 1, by the Taylor series. */
export function fixedExpSmall(z: bigint): bigint {
  let term = ONE;
  let sum = ONE;
  for (let k = 1n; term !== 0n; k++) {
    term = floorDiv(term * z, ONE * k);
    sum += term;
  }
  return sum;
}

/** The exact value of a finite double: x = num · 2^exp2 with num a signed integer. */
export function exactOfDouble(x: number): { readonly num: bigint; readonly exp2: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  if (biased === 0x7ff) throw new RangeError(`exactOfDouble of a non-finite value ${x}`);
  const frac = bits & 0xfffffffffffffn;
  const mant = biased === 0 ? frac : frac | 0x10000000000000n;
  const num = bits >> 63n === 1n ? -mant : mant;
  return { num, exp2: (biased === 0 ? 1 : biased) - 1075 }; // x = num · 2^exp2
}

/**
 * The double nearest to v / 2^FIXED_BITS (ties to even), for values whose
 * result is a normal double: `Number(bigint)` rounds correctly, and scaling by
 * a power of two is exact.
 */
export function fixedToDouble(v: bigint): number {
  return scaleByPowerOfTwo(Number(v), -FIXED_BITS);
}

/** v / 2^FIXED_BITS as a double-double [hi, lo]: hi nearest, lo nearest to the rest. */
export function fixedToDoubleDouble(v: bigint): readonly [number, number] {
  const hi = fixedToDouble(v);
  const { num, exp2 } = exactOfDouble(hi);
  const shift = exp2 + FIXED_BITS;
  const hiFixed = shift >= 0 ? num << BigInt(shift) : num >> BigInt(-shift);
  return [hi, fixedToDouble(v - hiFixed)];
}

/** x · 2^k by repeated exact scaling with normal powers of two (no Math.pow, no `**`). */
export function scaleByPowerOfTwo(x: number, k: number): number {
  let r = x;
  let e = k;
  while (e > 1000) {
    r *= powerOfTwo(1000);
    e -= 1000;
  }
  while (e < -1000) {
    r *= powerOfTwo(-1000);
    e += 1000;
  }
  return r * powerOfTwo(e);
}

/** 2^k for −1022 ≤ k ≤ 1023, built from its bit pattern. */
export function powerOfTwo(k: number): number {
  if (!Number.isInteger(k) || k < -1022 || k > 1023) throw new RangeError(`powerOfTwo(${k}) is not a normal double`);
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, (k + 1023) << 20);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}
