// Test support (not exported from @tetra/core): x^y for x > 0 evaluated with
// 320-bit BigInt fixed-point arithmetic and rounded once, the yardstick that
// pow-accuracy.test.ts holds `floatPow` against. Slow (tens of microseconds)
// and only as good as its ~300 bits, which is why it reports `nearTie` when
// the exact value may sit on a rounding midpoint within that precision.

import { exactOfDouble, fixedExpSmall, fixedLn, fixedLn2, FIXED_BITS, scaleByPowerOfTwo } from "./fixed-point.js";

export interface PowReference {
  /** The correctly rounded double (ties to even), barring `nearTie`. */
  readonly rounded: number;
  /** The value lies within 2^-200 ulp of a midpoint: `rounded` may be either neighbour. */
  readonly nearTie: boolean;
  /** |r − x^y| in units in the last place of x^y. */
  errorUlps(r: number): number;
}

const GUARD_BITS = 200n;

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

/**
 * x^y for finite x > 0 and finite y, or undefined when |y·log2 x| > 1200 (far
 * beyond the double range, where the answer is plainly 0 or inf).
 */
export function powReference(x: number, y: number): PowReference | undefined {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`powReference(${x}, ${y})`);
  const xe = exactOfDouble(x);
  const lnx = xe.exp2 >= 0 ? fixedLn(xe.num << BigInt(xe.exp2), 1n) : fixedLn(xe.num, 1n << BigInt(-xe.exp2));
  const ye = exactOfDouble(y);
  const prod = lnx * ye.num;
  const z = ye.exp2 >= 0 ? prod << BigInt(ye.exp2) : prod >> BigInt(-ye.exp2);
  const ln2 = fixedLn2();
  // z = n·ln2 + r with |r| ≤ ln2/2
  const n = floorDiv(2n * z + ln2, 2n * ln2);
  if (n > 1200n || n < -1200n) return undefined;
  const r = z - n * ln2;
  const e = fixedExpSmall(r); // e^r · 2^FIXED_BITS, e^r ∈ [0.7, 1.42]
  // value = e · 2^(n − FIXED_BITS); keep 53 bits, or the bits down to 2^-1074.
  const scale = Number(n) - FIXED_BITS;
  const len = e.toString(2).length;
  const topExp = len - 1 + scale;
  const drop = BigInt(topExp >= -1022 ? len - 53 : -1074 - scale);
  const mant = e >> drop;
  const rem = e - (mant << drop);
  const half = 1n << (drop - 1n);
  const dist = rem > half ? rem - half : half - rem;
  const nearTie = dist <= 1n << (drop - GUARD_BITS);
  const up = rem > half || (rem === half && (mant & 1n) === 1n);
  const roundedMant = up ? mant + 1n : mant;
  const rounded = scaleByPowerOfTwo(Number(roundedMant), Number(drop) + scale);
  return {
    rounded,
    nearTie,
    errorUlps(candidate: number): number {
      if (rounded === Infinity || !Number.isFinite(candidate)) return candidate === rounded ? 0 : Infinity;
      const c = exactOfDouble(candidate);
      // candidate and e·2^scale on the common grid 2^(scale): both as integers
      const shift = c.exp2 - scale;
      const cInt = shift >= 0 ? c.num << BigInt(shift) : c.num >> BigInt(-shift);
      const diff = cInt > e ? cInt - e : e - cInt;
      const ulp = 1n << drop; // one unit in the last place, on the same grid
      return Number((diff << 32n) / ulp) / 4294967296;
    },
  };
}
