// The constants of `floatPow` (pow.ts): two tables and a few double-double
// constants, computed once from BigInt fixed-point arithmetic (fixed-point.ts)
// on first use. The IR runtime's `rt.pow` (libs/ir/src/runtime/numbers/pow.ts)
// places exactly these numbers in its data segment, so the twin and the IR
// read bit-identical tables.
//
//   log2 table: log2(i/256) for i = 181..362 as [hi, lo] — the centres c that
//               `nearest(m·256)/256` can produce for a mantissa m ∈ (√2/2, √2];
//               log2(256/256) = 0 exactly.
//   exp2 table: 2^(j/256) for j = −128..128 as [hi, lo]; j = 0 gives [1, 0].

import { fixedExpSmall, fixedLn, fixedLn2, fixedToDoubleDouble, FIXED_BITS } from "./fixed-point.js";

export const POW_LOG_FIRST = 181;
export const POW_LOG_LAST = 362;
export const POW_EXP_HALF = 128;

/**
 * The plain-double constants of `floatPow`, shared with the IR runtime so both
 * use the same bits. Series coefficients are the doubles nearest the fractions
 * (IEEE division is correctly rounded).
 */
export const POW_CONSTANTS = {
  /** The double nearest √2 (1.41421356237309514547…); mantissas above it are halved. */
  sqrt2: 1.4142135623730951,
  /** Beyond |t| = 1100, 2^t is certainly 0 (< 2^-1075) or inf (≥ 2^1024). */
  tLimit: 1100,
  inv5: 1 / 5,
  inv7: 1 / 7,
  inv9: 1 / 9,
  invFact4: 1 / 24,
  invFact5: 1 / 120,
  invFact6: 1 / 720,
  invFact7: 1 / 5040,
  invFact8: 1 / 40320,
} as const;

/** A double-double: hi + lo with |lo| ≤ ulp(hi)/2. */
export type DoubleDouble = readonly [hi: number, lo: number];

export interface PowTables {
  /** Entry i − POW_LOG_FIRST at [2k, 2k+1]: log2(i/256) as hi, lo. */
  readonly log2: Float64Array;
  /** Entry j + POW_EXP_HALF at [2k, 2k+1]: 2^(j/256) as hi, lo. */
  readonly exp2: Float64Array;
  readonly ln2: DoubleDouble;
  /** 2/ln 2: log2(m) = log2(c) + (2/ln 2)·atanh(s). */
  readonly twoOverLn2: DoubleDouble;
  readonly third: DoubleDouble;
  readonly sixth: DoubleDouble;
}

let cache: PowTables | undefined;

export function powTables(): PowTables {
  cache ??= buildPowTables();
  return cache;
}

function buildPowTables(): PowTables {
  const one = 1n << BigInt(FIXED_BITS);
  const ln2 = fixedLn2();
  const log2 = new Float64Array(2 * (POW_LOG_LAST - POW_LOG_FIRST + 1));
  for (let i = POW_LOG_FIRST; i <= POW_LOG_LAST; i++) {
    // log2(i/256) = ln(i/256) / ln 2, in fixed point
    const v = (fixedLn(BigInt(i), 256n) * one) / ln2;
    const [hi, lo] = i === 256 ? [0, 0] : fixedToDoubleDouble(v);
    log2[2 * (i - POW_LOG_FIRST)] = hi;
    log2[2 * (i - POW_LOG_FIRST) + 1] = lo;
  }
  const exp2 = new Float64Array(2 * (2 * POW_EXP_HALF + 1));
  for (let j = -POW_EXP_HALF; j <= POW_EXP_HALF; j++) {
    const [hi, lo] = j === 0 ? [1, 0] : fixedToDoubleDouble(fixedExpSmall((BigInt(j) * ln2) / 256n));
    exp2[2 * (j + POW_EXP_HALF)] = hi;
    exp2[2 * (j + POW_EXP_HALF) + 1] = lo;
  }
  return {
    log2,
    exp2,
    ln2: fixedToDoubleDouble(ln2),
    twoOverLn2: fixedToDoubleDouble((2n * one * one) / ln2),
    third: fixedToDoubleDouble(one / 3n),
    sixth: fixedToDoubleDouble(one / 6n),
  };
}
