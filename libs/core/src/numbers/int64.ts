// Checked i64 arithmetic on bigint (LANGUAGE.md §5.4).
//
// Every `Int` value is a bigint in [I64_MIN, I64_MAX]. Each operation computes
// the exact mathematical result (bigint cannot overflow) and then checks the
// range, throwing `PrimitiveTrap("NumericOverflow")` instead of wrapping:
// `i64Add(I64_MAX, 1n)` traps, it never gives I64_MIN.
// Division and remainder check the divisor for zero FIRST, so `MIN / 0` is
// `DivisionByZero`, not `NumericOverflow` (§5.4, third bullet).

import { PrimitiveTrap } from "./trap.js";

export const I64_MIN = -(2n ** 63n);
export const I64_MAX = 2n ** 63n - 1n;

/** True when `v` is representable as a language `Int`. */
export function isI64(v: bigint): boolean {
  return v >= I64_MIN && v <= I64_MAX;
}

function checked(v: bigint, operation: string): bigint {
  if (v < I64_MIN || v > I64_MAX) throw new PrimitiveTrap("NumericOverflow", operation);
  return v;
}

/** `a + b`; NumericOverflow outside i64. */
export function i64Add(a: bigint, b: bigint): bigint {
  return checked(a + b, "Int +");
}

/** `a - b`; NumericOverflow outside i64. */
export function i64Sub(a: bigint, b: bigint): bigint {
  return checked(a - b, "Int -");
}

/** `a * b`; NumericOverflow outside i64. */
export function i64Mul(a: bigint, b: bigint): bigint {
  return checked(a * b, "Int *");
}

/**
 * `a / b` truncated toward zero (`-7 / 2 = -3`): bigint `/` already truncates.
 * DivisionByZero when b = 0, then NumericOverflow for `MIN / -1` (= 2^63).
 */
export function i64Div(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PrimitiveTrap("DivisionByZero", "Int /");
  return checked(a / b, "Int /");
}

/**
 * `a % b` with the sign of the dividend (`-7 % 2 = -1`, `7 % -2 = 1`): bigint `%`
 * already behaves so. DivisionByZero when b = 0. `MIN % -1` is mathematically 0,
 * but the language makes it NumericOverflow (§5.3) because hardware `rem`
 * instructions trap on it; we follow the language.
 */
export function i64Rem(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PrimitiveTrap("DivisionByZero", "Int %");
  if (b === -1n && a === I64_MIN) throw new PrimitiveTrap("NumericOverflow", "Int %");
  return a % b;
}

/** Unary `-a`; NumericOverflow for I64_MIN. */
export function i64Neg(a: bigint): bigint {
  return checked(-a, "Int unary -");
}

/** `abs(a)`; NumericOverflow for I64_MIN. */
export function i64Abs(a: bigint): bigint {
  return checked(a < 0n ? -a : a, "abs");
}

/** Decimal text (§6.1): `-` for negatives, no leading zeros, no `+`. bigint's toString is exactly that. */
export function intToText(a: bigint): string {
  return a.toString();
}

/**
 * Int → Float for mixed arithmetic (§5.5): the nearest binary64, ties to even.
 * `Number(bigint)` is specified as exactly that rounding (ECMAScript 𝔽(ℝ(x))):
 * `intToFloat(2n ** 53n + 1n)` is 2^53.
 */
export function intToFloat(a: bigint): number {
  return Number(a);
}
