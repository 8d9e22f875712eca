// C fmod(x, y) for the language's Float `%` (LANGUAGE.md §5.5): the truncated
// remainder, exact, with the sign of x. Twin: `floatRem` (@tetra/core; JS `%`
// is exactly fmod). The caller traps DivisionByZero for y = ±0 first; this
// function still answers NaN there, as C does.
//
// Integer algorithm: |x| = mx·2^ex, |y| = my·2^ey with 53-bit integers mx, my
// (subnormals without the implicit bit, exponent 1). Then |x| mod |y| =
// (mx·2^(ex−ey) mod my)·2^ey, computed by reducing mx mod my and feeding in
// the 2^(ex−ey) factor 11 bits at a time — r < my < 2^53, so r·2^11 < 2^64 and
// a u64 remainder does each step: fmod(1e308, 1e-308) takes 186 steps.
import type { LocalRef } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { c32, c64, temp } from "./emit.js";

const ABS_MASK = 0x7fff_ffff_ffff_ffffn;
const INF_BITS = 0x7ff0_0000_0000_0000n;
const M52 = (1n << 52n) - 1n;
const STEP = 11;

const fmod: RuntimeDef = {
  name: "rt.fmod",
  params: [
    ["x", "f64"],
    ["y", "f64"],
  ],
  result: "f64",
  deps: [],
  doc: "C fmod(x, y), exact: sign of x, |result| < |y|; NaN when x is ±inf or NaN, y is NaN or ±0; x itself when |x| < |y| (y = ±inf included)",
  build(b) {
    const i32 = (n: number): Expr => c32(b, n);
    const i64 = (n: bigint | number): Expr => c64(b, n);
    const ax = temp(b, "ax", "i64", b.i64.and(b.i64.reinterpretF64(b.get("x")), i64(ABS_MASK)));
    const ay = temp(b, "ay", "i64", b.i64.and(b.i64.reinterpretF64(b.get("y")), i64(ABS_MASK)));
    const nan = b.i32.or(
      b.i32.or(b.i64.geU(b.get(ax), i64(INF_BITS)), b.i64.gtU(b.get(ay), i64(INF_BITS))),
      b.i64.eqz(b.get(ay)),
    );
    b.if(nan, () => b.ret(b.f64.bits(0x7ff8_0000_0000_0000n)));
    b.if(b.i64.ltU(b.get(ax), b.get(ay)), () => b.ret(b.get("x")));
    // |x| = mx·2^(ex − 1075), |y| = my·2^(ey − 1075)
    const ex = temp(b, "ex", "i32", b.i32.wrapI64(b.i64.shrU(b.get(ax), i64(52))));
    const ey = temp(b, "ey", "i32", b.i32.wrapI64(b.i64.shrU(b.get(ay), i64(52))));
    const mantissa = (a: LocalRef, e: LocalRef): Expr =>
      b.select(b.get(a), b.i64.or(b.i64.and(b.get(a), i64(M52)), i64(1n << 52n)), b.i32.eqz(b.get(e)));
    const mx = temp(b, "mx", "i64", mantissa(ax, ex));
    const my = temp(b, "my", "i64", mantissa(ay, ey));
    b.set(ex, b.select(i32(1), b.get(ex), b.i32.eqz(b.get(ex))));
    b.set(ey, b.select(i32(1), b.get(ey), b.i32.eqz(b.get(ey))));
    const r = temp(b, "r", "i64", b.i64.remU(b.get(mx), b.get(my)));
    const left = temp(b, "left", "i32", b.i32.sub(b.get(ex), b.get(ey)));
    const step = b.local("step", "i32");
    b.loop((next) => {
      b.if(b.i32.gtS(b.get(left), i32(0)), () => {
        b.set(step, b.select(i32(STEP), b.get(left), b.i32.gtS(b.get(left), i32(STEP))));
        b.set(r, b.i64.remU(b.i64.shl(b.get(r), b.i64.extendI32U(b.get(step))), b.get(my)));
        b.set(left, b.i32.sub(b.get(left), b.get(step)));
        b.br(next);
      });
    });
    // r·2^(ey − 1075) is a double (r < 2^53, exponent ≥ −1074): the product is exact
    const k = temp(b, "k", "i32", b.i32.sub(b.get(ey), i32(1075)));
    const scale = b.ifValue(
      "f64",
      b.i32.geS(b.get(k), i32(-1022)),
      () => b.f64.reinterpretI64(b.i64.shl(b.i64.extendI32U(b.i32.add(b.get(k), i32(1023))), i64(52))),
      () => b.f64.reinterpretI64(b.i64.shl(i64(1), b.i64.extendI32U(b.i32.add(b.get(k), i32(1074))))),
    );
    return b.f64.copysign(b.f64.mul(b.f64.convertI64U(b.get(r)), scale), b.get("x"));
  },
};

export const FMOD_RUNTIME: readonly RuntimeDef[] = [fmod];
