// i32 and f64 helpers: the ops that are not one JS operator. i32 values are JS
// numbers holding a signed int32; f64 values are JS numbers. Each mirrors the
// interpreter (libs/ir/src/interp/numeric.ts) and uses only exact or correctly
// rounded operations (DESIGN §4): no Math.pow, no Math.fround, no libm.
import { helper, type Helper } from "./helper.js";

export const NUM_HELPERS: Readonly<Record<string, Helper>> = {
  $i32_mul: helper(`
function $i32_mul(a, b) { return Math.imul(a, b); }`),
  $i32_div_s: helper(
    `
function $i32_div_s(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  if (a === -2147483648 && b === -1) $trap("NumericOverflow", site);
  return Math.trunc(a / b) | 0;
}`,
    ["$Trap"],
  ),
  $i32_div_u: helper(
    `
function $i32_div_u(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  return Math.trunc((a >>> 0) / (b >>> 0)) | 0;
}`,
    ["$Trap"],
  ),
  $i32_rem_s: helper(
    `
function $i32_rem_s(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  if (a === -2147483648 && b === -1) $trap("NumericOverflow", site);
  return (a % b) | 0;
}`,
    ["$Trap"],
  ),
  $i32_rem_u: helper(
    `
function $i32_rem_u(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  return ((a >>> 0) % (b >>> 0)) | 0;
}`,
    ["$Trap"],
  ),
  $i32_rotl: helper(`
function $i32_rotl(a, b) {
  const s = b & 31;
  return s === 0 ? a : ((a << s) | (a >>> (32 - s))) | 0;
}`),
  $i32_rotr: helper(
    `
function $i32_rotr(a, b) { return $i32_rotl(a, 32 - (b & 31)); }`,
    ["$i32_rotl"],
  ),
  $i32_clz: helper(`
function $i32_clz(a) { return Math.clz32(a); }`),
  $i32_ctz: helper(`
function $i32_ctz(a) { return a === 0 ? 32 : 31 - Math.clz32(a & -a); }`),
  $i32_popcnt: helper(`
function $i32_popcnt(a) {
  a = a - ((a >>> 1) & 0x55555555);
  a = (a & 0x33333333) + ((a >>> 2) & 0x33333333);
  return Math.imul((a + (a >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}`),

  $f64_div_checked: helper(
    `
// The language's Float \`/\`: a zero divisor (+0 or -0) traps; a NaN divisor is not zero.
function $f64_div_checked(a, b, site) {
  if (b === 0) $trap("DivisionByZero", site);
  return a / b;
}`,
    ["$Trap"],
  ),
  $f64_sqrt: helper(`
function $f64_sqrt(x) { return Math.sqrt(x); }`),
  $f64_floor: helper(`
function $f64_floor(x) { return Math.floor(x); }`),
  $f64_ceil: helper(`
function $f64_ceil(x) { return Math.ceil(x); }`),
  $f64_trunc: helper(`
function $f64_trunc(x) { return Math.trunc(x); }`),
  $f64_abs: helper(`
function $f64_abs(x) { return Math.abs(x); }`),
  $f64_nearest: helper(`
// Round to nearest, ties to even; keeps -0 and the sign of values in (-0.5, 0).
// (roundToIntegralTiesToEven keeps the sign: nearest(-0) and nearest(-0.25) are -0.)
function $f64_nearest(x) {
  if (!Number.isFinite(x) || Math.abs(x) >= 4503599627370496) return x;
  const t = Math.trunc(x);
  const frac = Math.abs(x - t);
  let r;
  if (frac < 0.5) r = t;
  else if (frac > 0.5) r = t + Math.sign(x);
  else r = t % 2 === 0 ? t : t + Math.sign(x);
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}`),
  $f64_copysign: helper(
    `
function $f64_copysign(a, b) {
  $bits.setFloat64(0, b, true);
  return ($bits.getUint8(7) & 0x80) !== 0 ? -Math.abs(a) : Math.abs(a);
}`,
    ["$bits"],
  ),
  $i32_trunc_sat_f64_s: helper(`
function $i32_trunc_sat_f64_s(x) {
  if (x !== x) return 0;
  if (x >= 2147483648) return 2147483647;
  if (x <= -2147483648) return -2147483648;
  return Math.trunc(x) | 0;
}`),
};
