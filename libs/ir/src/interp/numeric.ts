// Reference semantics of every numeric op (NUM_OP_INFO), written to be obviously
// correct: i32 values are JS numbers holding a signed int32 (`x | 0`), i64 values
// are bigints in [-2^63, 2^63) (BigInt.asIntN), f64 values are JS numbers.
// Trapping ops throw TrapSignal with the node's site.
import type { NumOp } from "../types.js";
import { TrapSignal } from "./trap.js";

export type Val = number | bigint;
export type NumImpl = (a: never, b: never, site: number | undefined) => Val;

const MIN64 = -(1n << 63n);
const MAX64 = (1n << 63n) - 1n;
const MIN32 = -(2 ** 31);

const w64 = (x: bigint): bigint => BigInt.asIntN(64, x);
const u64 = (x: bigint): bigint => BigInt.asUintN(64, x);
const u32 = (x: number): number => x >>> 0;
const b = (c: boolean): number => (c ? 1 : 0);

function checked(x: bigint, site: number | undefined): bigint {
  if (x !== w64(x)) throw new TrapSignal("NumericOverflow", site);
  return x;
}
function divisor<T extends number | bigint>(y: T, site: number | undefined): T {
  if (y === 0 || y === 0n) throw new TrapSignal("DivisionByZero", site);
  return y;
}

const view = new DataView(new ArrayBuffer(8));
function bitsOf(x: number): bigint {
  if (Number.isNaN(x)) return 0x7ff8000000000000n; // canonical: NaN payloads are never observable
  view.setFloat64(0, x, true);
  return view.getBigInt64(0, true);
}
function fromBits(x: bigint): number {
  view.setBigInt64(0, x, true);
  return view.getFloat64(0, true);
}

function popcnt64(x: bigint): bigint {
  let n = 0n;
  for (let u = u64(x); u !== 0n; u >>= 1n) n += u & 1n;
  return n;
}
function clz64(x: bigint): bigint {
  const u = u64(x);
  return u === 0n ? 64n : BigInt(64 - u.toString(2).length);
}
function ctz64(x: bigint): bigint {
  const u = u64(x);
  return u === 0n ? 64n : BigInt((u & -u).toString(2).length - 1);
}
function popcnt32(x: number): number {
  let n = 0;
  for (let u = u32(x); u !== 0; u >>>= 1) n += u & 1;
  return n;
}
function rotl32(x: number, k: number): number {
  const s = k & 31;
  return s === 0 ? x : ((x << s) | (x >>> (32 - s))) | 0;
}
function rotl64(x: bigint, k: bigint): bigint {
  const s = k & 63n;
  const u = u64(x);
  return s === 0n ? x : w64((u << s) | (u >> (64n - s)));
}
/** Round to nearest, ties to even; keeps -0 and the sign of values in (-0.5, 0). */
function nearest(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const t = Math.trunc(x);
  const frac = Math.abs(x - t);
  let r: number;
  if (frac < 0.5) r = t;
  else if (frac > 0.5) r = t + Math.sign(x);
  else r = t % 2 === 0 ? t : t + Math.sign(x);
  // -0 itself must stay -0 (`x < 0` is false for it): IEEE roundToIntegralTiesToEven keeps the sign.
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}
function signBit(x: number): boolean {
  view.setFloat64(0, x, true);
  return (view.getUint8(7) & 0x80) !== 0;
}
function truncSat64(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x >= 2 ** 63) return MAX64;
  if (x < -(2 ** 63)) return MIN64;
  return BigInt(Math.trunc(x));
}
function truncSat32(x: number): number {
  if (Number.isNaN(x)) return 0;
  if (x >= 2 ** 31) return 2 ** 31 - 1;
  if (x <= MIN32) return MIN32;
  return Math.trunc(x) | 0;
}

type I = number;
type L = bigint;
type F = number;
type S = number | undefined;

export const NUM_IMPL = {
  "i32.add": (x: I, y: I) => (x + y) | 0,
  "i32.sub": (x: I, y: I) => (x - y) | 0,
  "i32.mul": (x: I, y: I) => Math.imul(x, y),
  "i32.div_s": (x: I, y: I, s: S) => {
    divisor(y, s);
    if (x === MIN32 && y === -1) throw new TrapSignal("NumericOverflow", s);
    return Math.trunc(x / y) | 0;
  },
  "i32.div_u": (x: I, y: I, s: S) => Math.trunc(u32(x) / u32(divisor(y, s))) | 0,
  "i32.rem_s": (x: I, y: I, s: S) => {
    divisor(y, s);
    if (x === MIN32 && y === -1) throw new TrapSignal("NumericOverflow", s);
    return x % y | 0;
  },
  "i32.rem_u": (x: I, y: I, s: S) => u32(x) % u32(divisor(y, s)) | 0,
  "i32.and": (x: I, y: I) => x & y,
  "i32.or": (x: I, y: I) => x | y,
  "i32.xor": (x: I, y: I) => x ^ y,
  "i32.shl": (x: I, y: I) => x << (y & 31),
  "i32.shr_s": (x: I, y: I) => x >> (y & 31),
  "i32.shr_u": (x: I, y: I) => (x >>> (y & 31)) | 0,
  "i32.rotl": (x: I, y: I) => rotl32(x, y),
  "i32.rotr": (x: I, y: I) => rotl32(x, 32 - (y & 31)),
  "i32.clz": (x: I) => Math.clz32(x),
  "i32.ctz": (x: I) => (x === 0 ? 32 : 31 - Math.clz32(x & -x)),
  "i32.popcnt": (x: I) => popcnt32(x),
  "i32.eqz": (x: I) => b(x === 0),
  "i32.eq": (x: I, y: I) => b(x === y),
  "i32.ne": (x: I, y: I) => b(x !== y),
  "i32.lt_s": (x: I, y: I) => b(x < y),
  "i32.lt_u": (x: I, y: I) => b(u32(x) < u32(y)),
  "i32.gt_s": (x: I, y: I) => b(x > y),
  "i32.gt_u": (x: I, y: I) => b(u32(x) > u32(y)),
  "i32.le_s": (x: I, y: I) => b(x <= y),
  "i32.le_u": (x: I, y: I) => b(u32(x) <= u32(y)),
  "i32.ge_s": (x: I, y: I) => b(x >= y),
  "i32.ge_u": (x: I, y: I) => b(u32(x) >= u32(y)),

  "i64.add": (x: L, y: L) => w64(x + y),
  "i64.sub": (x: L, y: L) => w64(x - y),
  "i64.mul": (x: L, y: L) => w64(x * y),
  "i64.add_checked": (x: L, y: L, s: S) => checked(x + y, s),
  "i64.sub_checked": (x: L, y: L, s: S) => checked(x - y, s),
  "i64.mul_checked": (x: L, y: L, s: S) => checked(x * y, s),
  "i64.neg_checked": (x: L, s: S) => checked(-x, s),
  "i64.div_s": (x: L, y: L, s: S) => {
    divisor(y, s);
    return checked(x / y, s); // only MIN / -1 = 2^63 overflows
  },
  "i64.div_u": (x: L, y: L, s: S) => w64(u64(x) / u64(divisor(y, s))),
  "i64.rem_s": (x: L, y: L, s: S) => {
    divisor(y, s);
    if (x === MIN64 && y === -1n) throw new TrapSignal("NumericOverflow", s);
    return x % y;
  },
  "i64.rem_u": (x: L, y: L, s: S) => w64(u64(x) % u64(divisor(y, s))),
  "i64.and": (x: L, y: L) => x & y,
  "i64.or": (x: L, y: L) => x | y,
  "i64.xor": (x: L, y: L) => x ^ y,
  "i64.shl": (x: L, y: L) => w64(x << (y & 63n)),
  "i64.shr_s": (x: L, y: L) => x >> (y & 63n),
  "i64.shr_u": (x: L, y: L) => w64(u64(x) >> (y & 63n)),
  "i64.rotl": (x: L, y: L) => rotl64(x, y),
  "i64.rotr": (x: L, y: L) => rotl64(x, 64n - (y & 63n)),
  "i64.clz": (x: L) => clz64(x),
  "i64.ctz": (x: L) => ctz64(x),
  "i64.popcnt": (x: L) => popcnt64(x),
  "i64.eqz": (x: L) => b(x === 0n),
  "i64.eq": (x: L, y: L) => b(x === y),
  "i64.ne": (x: L, y: L) => b(x !== y),
  "i64.lt_s": (x: L, y: L) => b(x < y),
  "i64.lt_u": (x: L, y: L) => b(u64(x) < u64(y)),
  "i64.gt_s": (x: L, y: L) => b(x > y),
  "i64.gt_u": (x: L, y: L) => b(u64(x) > u64(y)),
  "i64.le_s": (x: L, y: L) => b(x <= y),
  "i64.le_u": (x: L, y: L) => b(u64(x) <= u64(y)),
  "i64.ge_s": (x: L, y: L) => b(x >= y),
  "i64.ge_u": (x: L, y: L) => b(u64(x) >= u64(y)),

  "f64.add": (x: F, y: F) => x + y,
  "f64.sub": (x: F, y: F) => x - y,
  "f64.mul": (x: F, y: F) => x * y,
  "f64.div": (x: F, y: F) => x / y,
  "f64.div_checked": (x: F, y: F, s: S) => {
    if (y === 0) throw new TrapSignal("DivisionByZero", s); // true for +0 and -0
    return x / y;
  },
  "f64.sqrt": (x: F) => Math.sqrt(x),
  "f64.floor": (x: F) => Math.floor(x),
  "f64.ceil": (x: F) => Math.ceil(x),
  "f64.trunc": (x: F) => Math.trunc(x),
  "f64.nearest": (x: F) => nearest(x),
  "f64.abs": (x: F) => Math.abs(x),
  "f64.neg": (x: F) => -x,
  "f64.copysign": (x: F, y: F) => (signBit(y) ? -Math.abs(x) : Math.abs(x)),
  "f64.eq": (x: F, y: F) => b(x === y),
  "f64.ne": (x: F, y: F) => b(x !== y),
  "f64.lt": (x: F, y: F) => b(x < y),
  "f64.gt": (x: F, y: F) => b(x > y),
  "f64.le": (x: F, y: F) => b(x <= y),
  "f64.ge": (x: F, y: F) => b(x >= y),

  "i32.wrap_i64": (x: L) => Number(BigInt.asIntN(32, x)),
  "i64.extend_i32_s": (x: I) => BigInt(x),
  "i64.extend_i32_u": (x: I) => BigInt(u32(x)),
  "f64.convert_i32_s": (x: I) => x,
  "f64.convert_i32_u": (x: I) => u32(x),
  "f64.convert_i64_s": (x: L) => Number(x), // ECMAScript: nearest, ties to even
  "f64.convert_i64_u": (x: L) => Number(u64(x)),
  "i32.trunc_sat_f64_s": (x: F) => truncSat32(x),
  "i64.trunc_sat_f64_s": (x: F) => truncSat64(x),
  "i64.reinterpret_f64": (x: F) => bitsOf(x),
  "f64.reinterpret_i64": (x: L) => fromBits(x),
} satisfies Record<NumOp, (...args: never[]) => Val>;

/** The implementation of `op`, typed loosely for the closure compiler. */
export function numImpl(op: NumOp): (a: Val, b: Val, site: number | undefined) => Val {
  return NUM_IMPL[op] as unknown as (a: Val, b: Val, site: number | undefined) => Val;
}
