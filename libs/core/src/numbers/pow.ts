// `pow(x, y)` for Floats (LANGUAGE.md §7.4): C99 Annex F special cases, and in
// general 2^(y·log2 x) evaluated in double-double arithmetic built from
// correctly rounded + − × ÷ only (no Math.pow/exp/log, no fused multiply-add),
// so every target computes the same bits. This is the tree-walk evaluator's
// function and the twin of the IR runtime's `rt.pow`
// (libs/ir/src/runtime/numbers/pow.ts), which performs the same operations in
// the same order; pow.test.ts and the IR twin test check them bit for bit.
//
// Accuracy: log2 x carries ~93 correct bits, so |2^t − result| stays far below
// 2^-80 relative before the one final rounding: results are within 0.5 ulp +
// ~2^-27 ulp, and exact whenever the true value is a double (pow(2, 10) =
// 1024, pow(10, 22) = 1e22, pow(2, −1074) = 5e-324, pow(4, 0.5) = 2).
// docs/runtime-numbers.md records the accuracy measured against a BigInt
// reference (pow-accuracy.test.ts).
//
// Steps of the general case (x > 0 finite, x ≠ 1, y finite ≠ 0):
//   1. x = m·2^k with m ∈ (√2/2, √2]; c = nearest(256m)/256 (a table centre);
//      s = (m − c)/(m + c) in double-double, |s| < 2^-9.5;
//      log2 m = log2 c + (2/ln 2)·atanh s, atanh s = s + s³(1/3 + s²/5 + s⁴/7 + s⁶/9).
//   2. t = y·(k + log2 m) as a double-double; |t| > 1100 is 0 or inf at once.
//   3. t = n + f, n = nearest(t), f = j/256 + g, |g| ≤ 2^-9;
//      2^t = 2^n · 2^(j/256) · e^(g·ln 2), e^u − 1 = u + u²/2 + u³/6 + u⁴(1/24 + … + u⁴/8!).
//   4. One rounding: the double-double result scaled by 2^n, rounded once to
//      the subnormal grid when 2^t < 2^-1021 (so 2^-1074.3 does not round twice).

import { fromWords, highWord, lowWord } from "./float-bits.js";
import { ddAdd, ddMul, fastTwoSum, twoProd, twoSum } from "./double-double.js";
import { roundTiesEven } from "./float-ops.js";
import { POW_CONSTANTS, POW_EXP_HALF, POW_LOG_FIRST, powTables, type DoubleDouble } from "./pow-tables.js";

const TWO_53 = 9007199254740992;
const TWO_54 = 18014398509481984;
const INV_256 = 0.00390625;
const MIN_SUBNORMAL = 5e-324; // 2^-1074
const { sqrt2: SQRT2, tLimit: T_LIMIT, inv5: INV5, inv7: INV7, inv9: INV9 } = POW_CONSTANTS;
const { invFact4: INV_FACT4, invFact5: INV_FACT5, invFact6: INV_FACT6, invFact7: INV_FACT7, invFact8: INV_FACT8 } = POW_CONSTANTS;

/**
 * `x ** y` with C `pow` semantics: pow(x, ±0) = 1 (even for NaN x), pow(1, y) =
 * 1 (even for NaN y), otherwise NaN in → NaN out; pow(−1, ±inf) = 1; pow(±0, y)
 * and pow(±inf, y) are zero or infinity with the sign of x kept only for odd
 * integer y (pow(−0, −3) = −inf, pow(−0, −2) = inf, pow(−inf, 3) = −inf); a
 * finite negative base with a non-integer exponent gives NaN (pow(−8, 1/3)).
 * Never traps.
 */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ay === Infinity) {
    if (ax === 1) return 1;
    return (ax < 1) === (y > 0) ? 0 : Infinity;
  }
  const yIsInt = Math.floor(y) === y;
  const yIsOdd = yIsInt && ay < TWO_53 && Math.floor(y * 0.5) !== y * 0.5;
  const xNegative = x < 0 || 1 / x < 0;
  if (ax === 0 || ax === Infinity) {
    // 0^negative and inf^positive are infinite; the sign survives for odd y only.
    const magnitude = (ax === 0) === (y < 0) ? Infinity : 0;
    return xNegative && yIsOdd ? -magnitude : magnitude;
  }
  if (xNegative && !yIsInt) return NaN;
  // x = −1 with an integer y: ±1 at once (a huge even y such as 1e300 would
  // overflow the splitting in twoProd although y·log2|x| is 0).
  if (ax === 1) return yIsOdd ? -1 : 1;
  const r = powPositive(ax, y);
  return xNegative && yIsOdd ? -r : r;
}

/** x^y for finite x > 0 and finite y ≠ 0. */
function powPositive(x: number, y: number): number {
  const l = log2DoubleDouble(x);
  const p = y * l[0];
  if (p > T_LIMIT) return Infinity;
  if (p < -T_LIMIT) return 0;
  const [th, te] = twoProd(y, l[0]);
  return exp2DoubleDouble(fastTwoSum(th, te + y * l[1]));
}

/** log2 x for finite x > 0 as a double-double (step 1). */
function log2DoubleDouble(x0: number): DoubleDouble {
  const tables = powTables();
  let x = x0;
  let k = 0;
  if (highWord(x) < 0x00100000) {
    // subnormal: scale into the normal range exactly
    x = x * TWO_54;
    k = -54;
  }
  const hi = highWord(x);
  k = k + ((hi >>> 20) - 1023);
  let m = fromWords((hi & 0x000fffff) | 0x3ff00000, lowWord(x));
  if (m > SQRT2) {
    m = m * 0.5;
    k = k + 1;
  }
  const c256 = roundTiesEven(m * 256);
  const c = c256 * INV_256;
  const row = 2 * (c256 - POW_LOG_FIRST);
  const log2c: DoubleDouble = [tables.log2[row] ?? NaN, tables.log2[row + 1] ?? NaN];
  // s = (m − c)/(m + c): m − c is exact (Sterbenz), m + c a double-double
  const a = m - c;
  const [bh, bl] = twoSum(m, c);
  const q1 = a / bh;
  const [ph, pl] = twoProd(q1, bh);
  const r = a - ph - pl - q1 * bl;
  const s = fastTwoSum(q1, r / bh);
  const s2 = ddMul(s, s);
  const tail = INV5 + s2[0] * (INV7 + s2[0] * INV9);
  const q = ddAdd(tables.third, twoProd(s2[0], tail));
  const atanh = ddAdd(s, ddMul(ddMul(s, s2), q));
  const log2m = ddAdd(log2c, ddMul(atanh, tables.twoOverLn2));
  return ddAdd([k, 0], log2m);
}

/** 2^t for a double-double t with |t| ≤ 1100 (steps 3 and 4). */
function exp2DoubleDouble(t: DoubleDouble): number {
  const tables = powTables();
  const n = roundTiesEven(t[0]);
  const [fh, fl] = twoSum(t[0] - n, t[1]);
  const j = roundTiesEven(fh * 256);
  const g = fastTwoSum(fh - j * INV_256, fl);
  const u = ddMul(g, tables.ln2);
  const u2 = ddMul(u, u);
  const u3 = ddMul(u2, u);
  const u1 = u[0];
  const poly = INV_FACT4 + u1 * (INV_FACT5 + u1 * (INV_FACT6 + u1 * (INV_FACT7 + u1 * INV_FACT8)));
  const tail = u2[0] * u2[0] * poly;
  let e = ddAdd(ddMul(u3, tables.sixth), [tail, 0]);
  e = ddAdd([u2[0] * 0.5, u2[1] * 0.5], e);
  e = ddAdd(u, e);
  const row = 2 * (j + POW_EXP_HALF);
  const tj: DoubleDouble = [tables.exp2[row] ?? NaN, tables.exp2[row + 1] ?? NaN];
  const [rh, rl] = ddAdd(tj, ddMul(tj, e));
  if (n < -1021) {
    // Round once, onto the grid of 2^-1074 (subnormals and the lowest binade).
    const scale = powerOfTwo(n + 1074);
    const sh = rh * scale;
    const sl = rl * scale;
    const n0 = roundTiesEven(sh);
    const frac = sh - n0;
    let units = n0;
    if (frac === 0.5 && sl > 0) units = units + 1;
    if (frac === -0.5 && sl < 0) units = units - 1;
    return units * MIN_SUBNORMAL;
  }
  if (n > 1023) return rh * powerOfTwo(1023) * powerOfTwo(n - 1023);
  return rh * powerOfTwo(n);
}

/** 2^k for an integer −1022 ≤ k ≤ 1023, from its bit pattern. */
function powerOfTwo(k: number): number {
  return fromWords((k + 1023) << 20, 0);
}
