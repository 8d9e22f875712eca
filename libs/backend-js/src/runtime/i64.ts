// i64 in generated JavaScript: one JS value per i64, in CANONICAL form —
//
//   a JS number when the value is in [-(2^53 - 1), 2^53 - 1] (a "safe integer"),
//   a bigint otherwise (|v| >= 2^53), never -0, never a bigint in the safe range.
//
// Canonical form makes equality plain `===` (5 and 5n never both occur) and lets
// signed comparisons use `<` directly (JS compares number and bigint exactly).
// Every helper that produces an i64 returns canonical form. The fast path is
// "both operands are numbers and the double result is still safe": then it is
// exact, because the true result of +, -, * on safe integers rounds to a value
// outside the safe range whenever it is itself outside (rounding is monotonic
// and 2^53 is a double), and trunc(a / b) of safe integers equals the exact
// truncated quotient (the quotient is never within half an ulp of the next
// integer). Everything else goes through BigInt, exactly as the interpreter does
// (interp/numeric.ts). docs/backend-js.md explains the choice and its cost.
import { helper, type Helper } from "./helper.js";

const bothNumbers = `typeof a === "number" && typeof b === "number"`;

/** A wrapping binary op: fast path on numbers, else BigInt then wrap to 64 bits. */
function wrapping(name: string, jsOp: string, fixNegZero: boolean): Helper {
  return helper(
    `
function ${name}(a, b) {
  if (${bothNumbers}) {
    const r = a ${jsOp} b;
    if (r >= -$MAX_SAFE && r <= $MAX_SAFE) return r${fixNegZero ? " + 0" : ""};
  }
  return $i64_wrap(BigInt(a) ${jsOp} BigInt(b));
}`,
    ["$i64_wrap"],
  );
}

/** A checked binary op: fast path on numbers, else exact BigInt then range check. */
function checked(name: string, jsOp: string, fixNegZero: boolean): Helper {
  return helper(
    `
function ${name}(a, b, site) {
  if (${bothNumbers}) {
    const r = a ${jsOp} b;
    if (r >= -$MAX_SAFE && r <= $MAX_SAFE) return r${fixNegZero ? " + 0" : ""};
  }
  return $i64_check(BigInt(a) ${jsOp} BigInt(b), site);
}`,
    ["$i64_check"],
  );
}

/**
 * and / or / xor: int32 operands stay int32; other numbers go through their 32-bit halves; with a
 * bigint operand, BigInt's two's-complement operator is exact on i64 values as they are.
 */
function bitwise(name: string, jsOp: string): Helper {
  return helper(
    `
function ${name}(a, b) {
  if (${bothNumbers}) {
    if ((a | 0) === a && (b | 0) === b) return a ${jsOp} b;
    $i64_split(a);
    const h = $H, l = $L;
    $i64_split(b);
    return $i64_join(h ${jsOp} $H, (l ${jsOp} $L) >>> 0);
  }
  return $i64_of(BigInt(a) ${jsOp} BigInt(b));
}`,
    ["$i64_split", "$i64_join"],
  );
}

export const I64_HELPERS: Readonly<Record<string, Helper>> = {
  $i64_base: helper(
    `
// i64 values: a number when |v| <= 2^53 - 1, else a bigint (canonical form, see i64.ts).
const $MAX_SAFE = 9007199254740991;
const $BIG_MAX_SAFE = 9007199254740991n;
const $I64_MIN = -9223372036854775808n;
const $I64_MAX = 9223372036854775807n;
/** The canonical form of an i64 given as an in-range bigint. */
function $i64_of(x) { return x >= -$BIG_MAX_SAFE && x <= $BIG_MAX_SAFE ? Number(x) : x; }`,
    ["$Trap"],
  ),
  $i64_fast: helper(
    `
// The inline fast path of i64 add / sub / mul (emit-num.ts): both operands are numbers and the
// double result is still a safe integer, so it is exact.
function $nums(a, b) { return typeof a === "number" && typeof b === "number"; }
function $safe(r) { return Math.abs(r) <= $MAX_SAFE; }`,
    ["$i64_base"],
  ),
  $i64_wrap: helper(
    `
function $i64_wrap(x) { return $i64_of(BigInt.asIntN(64, x)); }`,
    ["$i64_base"],
  ),
  $i64_check: helper(
    `
function $i64_check(x, site) {
  if (x < $I64_MIN || x > $I64_MAX) $trap("NumericOverflow", site);
  return $i64_of(x);
}`,
    ["$i64_base"],
  ),
  $i64_split: helper(
    `
// $i64_split(a) leaves a's high word in $H (int32) and low word in $L (uint32). (\`var\`: see $state.)
var $H = 0, $L = 0;
function $i64_split(a) {
  if (typeof a === "number") {
    $L = a >>> 0;
    $H = Math.floor(a / 4294967296) | 0;
  } else {
    $L = Number(a & 0xffffffffn);
    $H = Number(BigInt.asIntN(32, a >> 32n));
  }
}`,
    ["$i64_base"],
  ),
  $i64_join: helper(
    `
/** The canonical i64 with high word hi (int32) and low word lo (uint32). */
function $i64_join(hi, lo) {
  if (hi >= -2097152 && hi < 2097152) {
    const r = hi * 4294967296 + lo;
    return r === -9007199254740992 ? -9007199254740992n : r;
  }
  return (BigInt(hi) << 32n) | BigInt(lo);
}`,
    ["$i64_base"],
  ),
  $i64_shift_count: helper(
    `
function $i64_shift_count(b) { return typeof b === "number" ? b & 63 : Number(b & 63n); }`,
  ),
  $pow2: helper(`
// 2^0 .. 2^63 as doubles (built by doubling: exact).
const $POW2 = [1];
for (let i = 1; i < 64; i++) $POW2.push($POW2[i - 1] * 2);`),

  $i64_add: wrapping("$i64_add", "+", false),
  $i64_sub: wrapping("$i64_sub", "-", false),
  $i64_mul: wrapping("$i64_mul", "*", true),
  $i64_add_checked: checked("$i64_add_checked", "+", false),
  $i64_sub_checked: checked("$i64_sub_checked", "-", false),
  $i64_mul_checked: checked("$i64_mul_checked", "*", true),
  $i64_neg_checked: helper(
    `
function $i64_neg_checked(a, site) { return typeof a === "number" ? 0 - a : $i64_check(-a, site); }`,
    ["$i64_check"],
  ),
  $i64_div_s: helper(
    `
function $i64_div_s(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  if (${bothNumbers}) return Math.trunc(a / b) + 0;
  return $i64_check(BigInt(a) / BigInt(b), site); // only MIN / -1 overflows
}`,
    ["$i64_check"],
  ),
  $i64_rem_s: helper(
    `
function $i64_rem_s(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  if (${bothNumbers}) return (a % b) + 0;
  if (a === $I64_MIN && b === -1) $trap("NumericOverflow", site);
  return $i64_of(BigInt(a) % BigInt(b));
}`,
    ["$i64_base"],
  ),
  $i64_div_u: helper(
    `
function $i64_div_u(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  if (${bothNumbers} && a >= 0 && b > 0) return Math.floor(a / b);
  return $i64_wrap(BigInt.asUintN(64, BigInt(a)) / BigInt.asUintN(64, BigInt(b)));
}`,
    ["$i64_wrap"],
  ),
  $i64_rem_u: helper(
    `
function $i64_rem_u(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  if (${bothNumbers} && a >= 0 && b > 0) return a % b;
  return $i64_wrap(BigInt.asUintN(64, BigInt(a)) % BigInt.asUintN(64, BigInt(b)));
}`,
    ["$i64_wrap"],
  ),
  $i64_and: bitwise("$i64_and", "&"),
  $i64_or: bitwise("$i64_or", "|"),
  $i64_xor: bitwise("$i64_xor", "^"),
  $i64_shl: helper(
    `
function $i64_shl(a, b) {
  const k = $i64_shift_count(b);
  if (typeof a === "number") {
    const r = a * $POW2[k];
    if (r >= -$MAX_SAFE && r <= $MAX_SAFE) return r;
  }
  return $i64_wrap(BigInt(a) << BigInt(k));
}`,
    ["$i64_wrap", "$i64_shift_count", "$pow2"],
  ),
  $i64_shr_s: helper(
    `
function $i64_shr_s(a, b) {
  const k = $i64_shift_count(b);
  if (typeof a === "number") return Math.floor(a / $POW2[k]);
  return $i64_of(a >> BigInt(k));
}`,
    ["$i64_base", "$i64_shift_count", "$pow2"],
  ),
  $i64_shr_u: helper(
    `
function $i64_shr_u(a, b) {
  const k = $i64_shift_count(b);
  if (typeof a === "number" && a >= 0) return Math.floor(a / $POW2[k]);
  if (k === 0) return a;
  return $i64_of(BigInt.asUintN(64, BigInt(a)) >> BigInt(k));
}`,
    ["$i64_base", "$i64_shift_count", "$pow2"],
  ),
  $i64_rotl: helper(
    `
function $i64_rotl(a, b) {
  let k = $i64_shift_count(b);
  if (k === 0) return a;
  $i64_split(a);
  let h = $H, l = $L;
  if (k >= 32) {
    const t = h; h = l; l = t;
    k -= 32;
    if (k === 0) return $i64_join(h | 0, l >>> 0);
  }
  return $i64_join(((h << k) | (l >>> (32 - k))) | 0, ((l << k) | (h >>> (32 - k))) >>> 0);
}`,
    ["$i64_split", "$i64_join", "$i64_shift_count"],
  ),
  $i64_rotr: helper(
    `
function $i64_rotr(a, b) { return $i64_rotl(a, 64 - $i64_shift_count(b)); }`,
    ["$i64_rotl"],
  ),
  $i64_clz: helper(
    `
function $i64_clz(a) {
  $i64_split(a);
  return $H !== 0 ? Math.clz32($H) : 32 + Math.clz32($L);
}`,
    ["$i64_split"],
  ),
  $i64_ctz: helper(
    `
function $i64_ctz(a) {
  $i64_split(a);
  return $L !== 0 ? $i32_ctz($L) : 32 + $i32_ctz($H);
}`,
    ["$i64_split", "$i32_ctz"],
  ),
  $i64_popcnt: helper(
    `
function $i64_popcnt(a) {
  $i64_split(a);
  return $i32_popcnt($H) + $i32_popcnt($L);
}`,
    ["$i64_split", "$i32_popcnt"],
  ),
  $i64_lt_u: helper(`
// Unsigned order: equal signs compare as signed; otherwise the negative one is the larger.
function $i64_lt_u(a, b) { return (a < 0) === (b < 0) ? a < b : b < 0; }`),
  $i64_gt_u: helper(
    `
function $i64_gt_u(a, b) { return $i64_lt_u(b, a); }`,
    ["$i64_lt_u"],
  ),
  $i64_le_u: helper(
    `
function $i64_le_u(a, b) { return !$i64_lt_u(b, a); }`,
    ["$i64_lt_u"],
  ),
  $i64_ge_u: helper(
    `
function $i64_ge_u(a, b) { return !$i64_lt_u(a, b); }`,
    ["$i64_lt_u"],
  ),

  $i32_wrap_i64: helper(`
function $i32_wrap_i64(a) { return typeof a === "number" ? a | 0 : Number(BigInt.asIntN(32, a)); }`),
  $f64_convert_i64_s: helper(`
// Number(bigint) rounds to nearest, ties to even.
function $f64_convert_i64_s(a) { return typeof a === "number" ? a : Number(a); }`),
  $f64_convert_i64_u: helper(`
// For a negative safe a, a + 2^64 is one correctly rounded double addition.
function $f64_convert_i64_u(a) {
  if (typeof a === "number") return a >= 0 ? a : a + 18446744073709551616;
  return Number(BigInt.asUintN(64, a));
}`),
  $i64_trunc_sat_f64_s: helper(
    `
function $i64_trunc_sat_f64_s(x) {
  if (x !== x) return 0;
  if (x >= 9223372036854775808) return $I64_MAX;
  if (x < -9223372036854775808) return $I64_MIN;
  const t = Math.trunc(x);
  return t >= -$MAX_SAFE && t <= $MAX_SAFE ? t + 0 : BigInt(t);
}`,
    ["$i64_base"],
  ),
  $i64_reinterpret_f64: helper(
    `
// Any NaN gives the canonical 0x7FF8000000000000 (NaN payloads are never observable).
function $i64_reinterpret_f64(x) {
  if (x !== x) return 9221120237041090560n;
  $bits.setFloat64(0, x, true);
  return $i64_join($bits.getInt32(4, true), $bits.getUint32(0, true));
}`,
    ["$bits", "$i64_join"],
  ),
  $f64_reinterpret_i64: helper(
    `
function $f64_reinterpret_i64(a) {
  $i64_split(a);
  $bits.setInt32(4, $H, true);
  $bits.setUint32(0, $L, true);
  return $bits.getFloat64(0, true);
}`,
    ["$bits", "$i64_split"],
  ),
};
