// Float → text (LANGUAGE.md §6.2, Rust `Display`) and Float → JSON (§6.3,
// ryu / serde_json). Algorithm: Appendix B.
//
// This TypeScript module is the ORACLE: the IR runtime library ports a
// shortest-digits algorithm of its own and is tested against these functions
// and ../../../../shared/fixtures/float/float-vectors.tsv. DESIGN §4 lets the
// tree-walk evaluator use TypeScript functions "tested to agree with that
// library bit for bit", so using the engine's `Number#toExponential` here is
// allowed; compiled code must never rely on it.
//
// Both forms start from the same shortest digits; they differ in
//   * the tie rule: when two k-digit strings are exactly equally near the
//     binary value, JSON takes the even last digit and text the larger one
//     (`1000000000000000.25` → JSON `1000000000000000.2`, text `…0.3`);
//   * the layout: text never uses an exponent (`1e21` → `1000000000000000000000`),
//     JSON switches to `e` notation outside 1e-5 ≤ |x| < 1e16 and always keeps
//     a `.0` or an exponent so the value reads back as a float (`1.0`, `1e16`).

import { floatBits } from "./float-bits.js";

/** A finite nonzero |x| as 0.d1…dk × 10^exponent with d1 ≠ 0 and dk ≠ 0. */
export interface ShortestDigits {
  readonly digits: string;
  readonly exponent: number;
}

/**
 * Shortest round-trip digits of a finite nonzero `x` (sign ignored), exact ties
 * broken toward an even last digit (the §6.3 rule).
 *
 * V8's `toExponential()` without an argument returns the shortest digits that
 * read back to x, nearest to x, ties to even: `(5e-324).toExponential()` =
 * "5e-324" → {digits "5", exponent -323}; `(1e21).toExponential()` = "1e+21"
 * → {digits "1", exponent 22}. ECMAScript leaves the last digit open in this
 * case; the 3,000 fixture vectors pin V8's choice.
 */
export function shortestDigitsEven(x: number): ShortestDigits {
  const s = Math.abs(x).toExponential();
  const e = s.indexOf("e");
  const mantissa = s.slice(0, e);
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  return { digits, exponent: Number(s.slice(e + 1)) + 1 };
}

/**
 * Shortest digits with the §6.2 tie rule: when the even-tie digits D have a
 * same-length neighbour D+1 that is exactly as near to x (x is the midpoint of
 * D and D+1), take D+1. Only D+1 can be the partner: if the tie were with D−1,
 * D is the larger one already. Example: 1000000000000000.25 = 0x430c6bf526340001
 * is exactly halfway between 1000000000000000.2 and …0.3 → "10000000000000003".
 */
export function shortestDigitsText(x: number): ShortestDigits {
  const even = shortestDigitsEven(x);
  const { digits, exponent } = even;
  const up = (BigInt(digits) + 1n).toString();
  if (up.length !== digits.length) return even; // 99…9 + 1 would change length
  if (!isExactMidpoint(x, BigInt(digits), exponent - digits.length)) return even;
  return { digits: trimTrailingZeros(up), exponent };
}

/**
 * True when |x| = (d + 1/2) · 10^p exactly, i.e. 2|x| = (2d + 1) · 10^p, and
 * d+1 also reads back to x. |x| = m · 2^q with integer m; both sides are scaled
 * to integers. The read-back is checked, not assumed, because the rounding
 * interval of x is not symmetric when x is a power of two.
 */
function isExactMidpoint(x: number, d: bigint, p: number): boolean {
  const bits = floatBits(Math.abs(x));
  const biased = Number(bits >> 52n);
  const frac = bits & 0xfffffffffffffn;
  const m = biased === 0 ? frac : frac | 0x10000000000000n;
  const q = (biased === 0 ? 1 : biased) - 1075;
  // lhs = 2·m·2^q, rhs = (2d+1)·10^p; multiply both by 2^-q and 10^-p when negative.
  let lhs = m * 2n;
  let rhs = 2n * d + 1n;
  if (q >= 0) lhs <<= BigInt(q);
  else rhs <<= BigInt(-q);
  if (p >= 0) rhs *= 10n ** BigInt(p);
  else lhs *= 10n ** BigInt(-p);
  if (lhs !== rhs) return false;
  return readsBack(x, d + 1n, p);
}

function readsBack(x: number, d: bigint, p: number): boolean {
  return Number(`${d}e${p}`) === Math.abs(x);
}

function trimTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 1 && digits[end - 1] === "0") end--;
  return digits.slice(0, end);
}

/**
 * §6.2 text form (f-strings, `+`, `join`): `NaN`, `inf`, `-inf`, `0`, `-0`, else
 * the shortest digits (ties toward larger magnitude) in plain positional
 * notation: 1.0 → "1", 0.1 → "0.1", 1e21 → "1000000000000000000000",
 * 5e-324 → "0.000…0005" (323 zeros after the point before the 5).
 */
export function formatFloatText(x: number): string {
  if (x !== x) return "NaN";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0`;
  const { digits, exponent: n } = shortestDigitsText(x);
  const k = digits.length;
  if (n <= 0) return `${sign}0.${"0".repeat(-n)}${digits}`;
  if (n < k) return `${sign}${digits.slice(0, n)}.${digits.slice(n)}`;
  return `${sign}${digits}${"0".repeat(n - k)}`;
}

/**
 * §6.3 JSON number text, or `null` for NaN and ±inf: the JSON encoder maps null
 * to the projection error `NonFiniteFloat` (§2.5). Returning null instead of
 * throwing keeps this a pure formatter. Examples: 1.0 → "1.0", -0.0 → "-0.0",
 * 1e15 → "1000000000000000.0", 1e16 → "1e16", 1e-6 → "1e-6", 1.5e-7 → "1.5e-7",
 * 12345678901234567890.0 → "1.2345678901234567e19".
 */
export function formatFloatJson(x: number): string | null {
  if (x !== x || x === Infinity || x === -Infinity) return null;
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0.0`;
  const { digits, exponent: n } = shortestDigitsEven(x);
  const k = digits.length;
  if (n >= k && n <= 16) return `${sign}${digits}${"0".repeat(n - k)}.0`;
  if (n > 0 && n <= 16) return `${sign}${digits.slice(0, n)}.${digits.slice(n)}`;
  if (n > -5 && n <= 0) return `${sign}0.${"0".repeat(-n)}${digits}`;
  if (k === 1) return `${sign}${digits}e${n - 1}`;
  return `${sign}${digits[0]}.${digits.slice(1)}e${n - 1}`;
}
