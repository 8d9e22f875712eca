// Small IR emitters shared by the number runtime functions: constant tables
// placed once per module, 64×64→128-bit multiplication from 32-bit halves,
// and unsigned comparison trees. They build expressions or emit statements at
// the builder's cursor; none adds a function.
import type { FuncBuilder, LocalRef, ModuleBuilder } from "../../builder.js";
import type { Expr } from "../../types.js";

const placed = new WeakMap<ModuleBuilder, Map<string, number>>();

/**
 * The arena offset of the constant table `key` in module `m`, placing
 * `bytes()` with `m.data` the first time any function of the module asks
 * (Ryū and the float parser share one table of powers of ten).
 */
export function placeOnce(m: ModuleBuilder, key: string, align: number, bytes: () => Uint8Array): number {
  let tables = placed.get(m);
  if (tables === undefined) {
    tables = new Map();
    placed.set(m, tables);
  }
  const known = tables.get(key);
  if (known !== undefined) return known;
  const offset = m.data(bytes(), align);
  tables.set(key, offset);
  return offset;
}

/** Little-endian bytes of the given u64 values (bigints taken mod 2^64). */
export function u64Bytes(values: readonly bigint[]): Uint8Array {
  const out = new Uint8Array(8 * values.length);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setBigUint64(8 * i, BigInt.asUintN(64, v), true));
  return out;
}

/** Little-endian bytes of the given doubles. */
export function f64Bytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(8 * values.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(8 * i, values[i] ?? NaN, true);
  return out;
}

export const c32 = (b: FuncBuilder, n: number): Expr => b.i32.const(n);
export const c64 = (b: FuncBuilder, n: bigint | number): Expr => b.i64.const(n);

/** A fresh local set to `value` (so an operand is evaluated once, in order). */
export function temp(b: FuncBuilder, name: string, type: "i32" | "i64" | "f64", value: Expr): LocalRef {
  const l = b.local(name, type);
  b.set(l, value);
  return l;
}

/**
 * hi:lo = a·b as unsigned 128 bits, from four 32×32→64 products (the
 * portable umul128 of Ryū's d2s_intrinsics.h: no partial sum can overflow).
 * `a` and `x` are thunks (each is read twice), e.g. `() => b.get(m)`.
 */
export function umul128(b: FuncBuilder, a: () => Expr, x: () => Expr, hi: LocalRef, lo: LocalRef): void {
  const mask = (): Expr => c64(b, 0xffffffffn);
  const k32 = (): Expr => c64(b, 32);
  const aLo = temp(b, "a_lo", "i64", b.i64.and(a(), mask()));
  const aHi = temp(b, "a_hi", "i64", b.i64.shrU(a(), k32()));
  const bLo = temp(b, "b_lo", "i64", b.i64.and(x(), mask()));
  const bHi = temp(b, "b_hi", "i64", b.i64.shrU(x(), k32()));
  const b00 = temp(b, "b00", "i64", b.i64.mul(b.get(aLo), b.get(bLo)));
  const mid1 = temp(b, "mid1", "i64", b.i64.add(b.i64.mul(b.get(aHi), b.get(bLo)), b.i64.shrU(b.get(b00), k32())));
  const mid2 = temp(b, "mid2", "i64", b.i64.add(b.i64.mul(b.get(aLo), b.get(bHi)), b.i64.and(b.get(mid1), mask())));
  b.set(
    hi,
    b.i64.add(
      b.i64.add(b.i64.mul(b.get(aHi), b.get(bHi)), b.i64.shrU(b.get(mid1), k32())),
      b.i64.shrU(b.get(mid2), k32()),
    ),
  );
  b.set(lo, b.i64.or(b.i64.shl(b.get(mid2), k32()), b.i64.and(b.get(b00), mask())));
}

/**
 * The number of thresholds t (ascending, unsigned) with v ≥ t, as an i32, by
 * a balanced tree of unsigned comparisons: decimal digit counts in ≤ 5 tests.
 * `v` is evaluated once per comparison, so pass a local.
 */
export function countAtLeast(b: FuncBuilder, v: () => Expr, thresholds: readonly bigint[], wide: boolean): Expr {
  const go = (lo: number, hi: number): Expr => {
    // answer in [lo, hi]: thresholds[lo .. hi-1] undecided
    if (lo === hi) return c32(b, lo);
    const mid = (lo + hi + 1) >> 1; // v ≥ thresholds[mid-1] ⇔ answer ≥ mid
    const t = thresholds[mid - 1] ?? 0n;
    const below = wide ? b.i64.ltU(v(), c64(b, t)) : b.i32.ltU(v(), c32(b, Number(BigInt.asIntN(32, t))));
    return b.ifValue("i32", below, () => go(lo, mid - 1), () => go(mid, hi));
  };
  return go(0, thresholds.length);
}
