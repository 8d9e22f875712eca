// Double-double arithmetic emitted as IR: the exact mirror of
// libs/core/src/numbers/double-double.ts (same operations, same order, same
// association), so rt.pow and its twin `floatPow` compute identical bits.
// Every intermediate goes into a fresh f64 local; operands are thunks that
// re-read a local or a constant.
import type { FuncBuilder } from "../../builder.js";
import type { Expr } from "../../types.js";
import { temp } from "./emit.js";

export type F = () => Expr;

/** hi + lo (each a thunk). */
export interface DD {
  readonly hi: F;
  readonly lo: F;
}

const SPLITTER = 134217729; // 2^27 + 1

/** A thunk re-reading a fresh local set to `value` now. */
export function keep(b: FuncBuilder, name: string, value: Expr): F {
  const l = temp(b, name, "f64", value);
  return () => b.get(l);
}

export function constant(b: FuncBuilder, x: number): F {
  return () => b.f64.const(x);
}

export function ddConstant(b: FuncBuilder, [hi, lo]: readonly [number, number]): DD {
  return { hi: constant(b, hi), lo: constant(b, lo) };
}

/** s + e = a + b exactly (Knuth). */
export function twoSum(b: FuncBuilder, a: F, c: F): DD {
  const s = keep(b, "ts_s", b.f64.add(a(), c()));
  const bb = keep(b, "ts_bb", b.f64.sub(s(), a()));
  const e = keep(b, "ts_e", b.f64.add(b.f64.sub(a(), b.f64.sub(s(), bb())), b.f64.sub(c(), bb())));
  return { hi: s, lo: e };
}

/** s + e = a + b exactly when |a| ≥ |b| or a = 0 (Dekker). */
export function fastTwoSum(b: FuncBuilder, a: F, c: F): DD {
  const s = keep(b, "fs_s", b.f64.add(a(), c()));
  const e = keep(b, "fs_e", b.f64.sub(c(), b.f64.sub(s(), a())));
  return { hi: s, lo: e };
}

/** Veltkamp split into 26 + 27 bits. */
export function split(b: FuncBuilder, a: F): DD {
  const c = keep(b, "sp_c", b.f64.mul(b.f64.const(SPLITTER), a()));
  const hi = keep(b, "sp_hi", b.f64.sub(c(), b.f64.sub(c(), a())));
  const lo = keep(b, "sp_lo", b.f64.sub(a(), hi()));
  return { hi, lo };
}

/** p + e = a·b exactly (Dekker). */
export function twoProd(b: FuncBuilder, a: F, c: F): DD {
  const p = keep(b, "tp_p", b.f64.mul(a(), c()));
  const x = split(b, a);
  const y = split(b, c);
  // ah·bh − p + ah·bl + al·bh + al·bl, left to right
  const e = b.f64.add(
    b.f64.add(b.f64.add(b.f64.sub(b.f64.mul(x.hi(), y.hi()), p()), b.f64.mul(x.hi(), y.lo())), b.f64.mul(x.lo(), y.hi())),
    b.f64.mul(x.lo(), y.lo()),
  );
  return { hi: p, lo: keep(b, "tp_e", e) };
}

export function ddAdd(b: FuncBuilder, x: DD, y: DD): DD {
  const s = twoSum(b, x.hi, y.hi);
  return fastTwoSum(b, s.hi, keep(b, "da_e", b.f64.add(s.lo(), b.f64.add(x.lo(), y.lo()))));
}

export function ddMul(b: FuncBuilder, x: DD, y: DD): DD {
  const p = twoProd(b, x.hi, y.hi);
  const cross = b.f64.add(b.f64.mul(x.hi(), y.lo()), b.f64.mul(x.lo(), y.hi()));
  return fastTwoSum(b, p.hi, keep(b, "dm_e", b.f64.add(p.lo(), cross)));
}
