// Double-double arithmetic from correctly rounded IEEE operations only
// (Dekker / Knuth error-free transformations, no fused multiply-add), for
// `floatPow`. The IR runtime's rt.pow emits the very same operation sequence
// (libs/ir/src/runtime/numbers/double-double.ts mirrors this file function by
// function); keep the two in step, including the order of every + and ×.
//
// A double-double [hi, lo] stands for the unevaluated sum hi + lo with
// |lo| ≤ ulp(hi)/2; the routines below keep ~104 bits of precision as long as
// nothing overflows (pow only feeds them values below 2^62 in magnitude).

import type { DoubleDouble } from "./pow-tables.js";

/** Veltkamp's splitter 2^27 + 1. */
const SPLITTER = 134217729;

/** s + e = a + b exactly, s = fl(a + b) (Knuth; any magnitudes). */
export function twoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

/** s + e = a + b exactly when |a| ≥ |b| or a = 0 (Dekker). */
export function fastTwoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  return [s, b - (s - a)];
}

/** a = hi + lo with hi holding the top 26 bits (Veltkamp); |a| < 2^996. */
export function split(a: number): DoubleDouble {
  const c = SPLITTER * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

/** p + e = a·b exactly, p = fl(a·b) (Dekker), barring overflow and underflow. */
export function twoProd(a: number, b: number): DoubleDouble {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/** a + b; no catastrophic cancellation is expected by the callers (|a + b| ≥ (|a| + |b|)/4). */
export function ddAdd(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [s, e] = twoSum(a[0], b[0]);
  return fastTwoSum(s, e + (a[1] + b[1]));
}

/** a · b. */
export function ddMul(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [p, e] = twoProd(a[0], b[0]);
  return fastTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}
