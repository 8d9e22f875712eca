// Float operations whose language semantics differ from a bare JavaScript
// operator (LANGUAGE.md §5.5, §7.4), plus the Float → Int conversions.
//
// Everything here is an IEEE-754 correctly-rounded (or exact) operation, so
// every target can reproduce it bit for bit with its own instructions.

import { I64_MAX, I64_MIN } from "./int64.js";
import { PrimitiveTrap } from "./trap.js";

const TWO_63 = 9223372036854775808; // 2^63, exactly representable
const TWO_52 = 4503599627370496; // 2^52

/** `x / y`; DivisionByZero when y is 0.0 or -0.0 (`y === 0` is true for both). A NaN divisor is not zero. */
export function floatDiv(x: number, y: number): number {
  if (y === 0) throw new PrimitiveTrap("DivisionByZero", "Float /");
  return x / y;
}

/**
 * `x % y`: the truncated remainder of C `fmod`, computed exactly; DivisionByZero
 * for a ±0.0 divisor. JavaScript's `%` on numbers IS fmod: ECMAScript defines
 * it as n − d·q with q the truncated quotient, "analogous to the C library
 * function fmod", and that value is always exactly representable, so there is
 * no rounding (`5.5 % 2 = 1.5`, `-5.5 % 2 = -1.5`, `1e22 % 3 = 1`).
 * float-ops.test.ts checks it against an exact BigInt remainder.
 */
export function floatRem(x: number, y: number): number {
  if (y === 0) throw new PrimitiveTrap("DivisionByZero", "Float %");
  return x % y;
}

/** Language `==` on Floats: true when both are NaN or IEEE-equal (`0.0 == -0.0`). */
export function floatEquals(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * Round to nearest, ties to even, keeping the sign of zero (`-0.4` → `-0`),
 * i.e. IEEE roundToIntegralTiesToEven (wasm `f64.nearest`, LLVM `roundeven`).
 * `Math.round` rounds ties up (`Math.round(-2.5)` = -2 but `Math.round(2.5)` = 3)
 * and must not be used. For |x| < 2^52, `(|x| + 2^52) - 2^52` rounds the
 * fraction away with the hardware's round-half-even; at or above 2^52 every
 * double is already an integer.
 */
export function roundTiesEven(x: number): number {
  const a = Math.abs(x);
  if (!(a < TWO_52)) return x; // also NaN and ±inf
  const r = a + TWO_52 - TWO_52;
  return x < 0 || Object.is(x, -0) ? -r : r;
}

/**
 * Float → Int with saturation (§5.5): NaN → 0, x ≥ 2^63 → I64_MAX, x < −2^63 →
 * I64_MIN, otherwise the integer part of x (truncation), exactly: every double
 * in (−2^63, 2^63) with no fraction converts without loss (`2^62 + 2^10` stays).
 */
export function floatToIntSaturating(x: number): bigint {
  if (x !== x) return 0n;
  if (x >= TWO_63) return I64_MAX;
  if (x < -TWO_63) return I64_MIN;
  return BigInt(Math.trunc(x));
}

/** Language `floor(Float)`: round down, then saturate (`floor(-2.5)` = -3, `floor(1e300)` = I64_MAX). */
export function floorToInt(x: number): bigint {
  return floatToIntSaturating(Math.floor(x));
}

/** Language `ceil(Float)`: round up, then saturate. */
export function ceilToInt(x: number): bigint {
  return floatToIntSaturating(Math.ceil(x));
}

/** Language `round(Float)`: ties to even (`round(2.5)` = 2, `round(-2.5)` = -2), then saturate. */
export function roundToInt(x: number): bigint {
  return floatToIntSaturating(roundTiesEven(x));
}

/** IEEE square root, correctly rounded; NaN for negative input (`sqrt(-1)`), `-0` for `-0`. */
export function floatSqrt(x: number): number {
  // Math.sqrt is the hardware sqrt instruction in V8 (sqrtsd), which IEEE
  // requires to be correctly rounded.
  return Math.sqrt(x);
}

/** `abs(Float)`: clears the sign bit (`abs(-0.0)` = 0.0; NaN stays NaN). */
export function floatAbs(x: number): number {
  return Math.abs(x);
}

/** `max(a, b)` = `a > b ? a : b` (§7.4), so `max(NaN, 1)` = 1 and `max(1, NaN)` = NaN; not Math.max. */
export function floatMax(a: number, b: number): number {
  return a > b ? a : b;
}

/** `min(a, b)` = `a < b ? a : b` (§7.4); not Math.min. */
export function floatMin(a: number, b: number): number {
  return a < b ? a : b;
}
