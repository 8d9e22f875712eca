// pow(x, y) for Floats (LANGUAGE.md §7.4): the IR twin of `floatPow`
// (libs/core/src/numbers/pow.ts), written step for step in the same order with
// the same constants and tables (`powTables()`, `POW_CONSTANTS` from
// @tetra/core), so the bits agree by construction; pow.test.ts checks it.
// See the twin's header for the algorithm and its accuracy.
import { POW_CONSTANTS, POW_EXP_HALF, POW_LOG_FIRST, powTables } from "@tetra/core";
import type { FuncBuilder } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { ddAdd, ddConstant, ddMul, fastTwoSum, keep, twoProd, twoSum, type DD, type F } from "./double-double.js";
import { c32, c64, f64Bytes, placeOnce, temp } from "./emit.js";

const TWO_53 = 9007199254740992;
const TWO_54 = 18014398509481984;
const INV_256 = 0.00390625;
const MIN_SUBNORMAL = 5e-324;
const NAN_BITS = 0x7ff8_0000_0000_0000n;

const pow: RuntimeDef = {
  name: "rt.pow",
  params: [
    ["x", "f64"],
    ["y", "f64"],
  ],
  result: "f64",
  deps: ["rt.pow_positive"],
  doc: "C pow(x, y) with the Annex F special cases (pow(x, ±0) = 1 even for NaN x, pow(1, y) = 1 even for NaN y, pow(-1, ±inf) = 1); never traps",
  build(b) {
    const f = (x: number): Expr => b.f64.const(x);
    const x = (): Expr => b.get("x");
    const y = (): Expr => b.get("y");
    b.if(b.f64.eq(y(), f(0)), () => b.ret(f(1)));
    b.if(b.f64.eq(x(), f(1)), () => b.ret(f(1)));
    b.if(b.i32.or(b.f64.ne(x(), x()), b.f64.ne(y(), y())), () => b.ret(b.f64.bits(NAN_BITS)));
    const ax = keep(b, "ax", b.f64.abs(x()));
    const ay = keep(b, "ay", b.f64.abs(y()));
    b.if(b.f64.eq(ay(), f(Infinity)), () => {
      b.if(b.f64.eq(ax(), f(1)), () => b.ret(f(1)));
      b.ret(b.select(f(0), f(Infinity), b.i32.eq(b.f64.lt(ax(), f(1)), b.f64.gt(y(), f(0)))));
    });
    const yIsInt = temp(b, "y_is_int", "i32", b.f64.eq(b.f64.floor(y()), y()));
    const half = (): Expr => b.f64.mul(y(), f(0.5));
    const yIsOdd = temp(
      b,
      "y_is_odd",
      "i32",
      b.i32.and(b.i32.and(b.get(yIsInt), b.f64.lt(ay(), f(TWO_53))), b.f64.ne(b.f64.floor(half()), half())),
    );
    const xNegative = temp(b, "x_negative", "i32", b.i64.ltS(b.i64.reinterpretF64(x()), c64(b, 0)));
    const negate = temp(b, "negate", "i32", b.i32.and(b.get(xNegative), b.get(yIsOdd)));
    const signed = (v: F): Expr => b.select(b.f64.neg(v()), v(), b.get(negate));
    b.if(b.i32.or(b.f64.eq(ax(), f(0)), b.f64.eq(ax(), f(Infinity))), () => {
      // 0^negative and inf^positive are infinite; the sign survives for odd y only
      const big = b.i32.eq(b.f64.eq(ax(), f(0)), b.f64.lt(y(), f(0)));
      const magnitude = keep(b, "magnitude", b.select(f(Infinity), f(0), big));
      b.ret(signed(magnitude));
    });
    b.if(b.i32.and(b.get(xNegative), b.i32.eqz(b.get(yIsInt))), () => b.ret(b.f64.bits(NAN_BITS)));
    b.if(b.f64.eq(ax(), f(1)), () => b.ret(b.select(f(-1), f(1), b.get(yIsOdd))));
    const r = keep(b, "r", b.call("rt.pow_positive", [ax(), y()]));
    return signed(r);
  },
};

const powPositive: RuntimeDef = {
  name: "rt.pow_positive",
  params: [
    ["x", "f64"],
    ["y", "f64"],
  ],
  result: "f64",
  deps: [],
  doc: "x^y for finite x > 0, x ≠ 1 and finite y ≠ 0: 2^(y·log2 x) in double-double, rounded once (rt.pow's general case)",
  build(b, m) {
    const tables = powTables();
    const logTable = placeOnce(m, "pow-log2", 8, () => f64Bytes(tables.log2));
    const expTable = placeOnce(m, "pow-exp2", 8, () => f64Bytes(tables.exp2));
    const l = emitLog2(b, logTable);
    const y = (): Expr => b.get("y");
    const p = keep(b, "p", b.f64.mul(y(), l.hi()));
    b.if(b.f64.gt(p(), b.f64.const(POW_CONSTANTS.tLimit)), () => b.ret(b.f64.const(Infinity)));
    b.if(b.f64.lt(p(), b.f64.const(-POW_CONSTANTS.tLimit)), () => b.ret(b.f64.const(0)));
    const t0 = twoProd(b, y, l.hi);
    const t = fastTwoSum(b, t0.hi, keep(b, "t_lo", b.f64.add(t0.lo(), b.f64.mul(y(), l.lo()))));
    return emitExp2(b, expTable, t);
  },
};

/** log2 x for the param x (finite, > 0) as a double-double: step 1 of floatPow. */
function emitLog2(b: FuncBuilder, table: number): DD {
  const tables = powTables();
  const k = POW_CONSTANTS;
  const f = (x: number): Expr => b.f64.const(x);
  const kk = b.local("k", "i32");
  const xl = b.local("x_scaled", "f64");
  b.set(xl, b.get("x"));
  b.if(b.i64.ltU(b.i64.reinterpretF64(b.get("x")), c64(b, 0x0010_0000_0000_0000n)), () => {
    // subnormal: scale into the normal range exactly
    b.set(xl, b.f64.mul(b.get(xl), f(TWO_54)));
    b.set(kk, c32(b, -54));
  });
  const bits = temp(b, "x_bits", "i64", b.i64.reinterpretF64(b.get(xl)));
  b.set(kk, b.i32.add(b.get(kk), b.i32.sub(b.i32.wrapI64(b.i64.shrU(b.get(bits), c64(b, 52))), c32(b, 1023))));
  const mm = b.local("m", "f64");
  b.set(
    mm,
    b.f64.reinterpretI64(b.i64.or(b.i64.and(b.get(bits), c64(b, (1n << 52n) - 1n)), c64(b, 0x3ff0_0000_0000_0000n))),
  );
  b.if(b.f64.gt(b.get(mm), f(k.sqrt2)), () => {
    b.set(mm, b.f64.mul(b.get(mm), f(0.5)));
    b.set(kk, b.i32.add(b.get(kk), c32(b, 1)));
  });
  const m = (): Expr => b.get(mm);
  const c256 = keep(b, "c256", b.f64.nearest(b.f64.mul(m(), f(256))));
  const c = keep(b, "c", b.f64.mul(c256(), f(INV_256)));
  const row = temp(
    b,
    "log_row",
    "i32",
    b.i32.add(c32(b, table), b.i32.shl(b.i32.sub(b.i32.truncSatF64S(c256()), c32(b, POW_LOG_FIRST)), c32(b, 4))),
  );
  const log2c: DD = { hi: keep(b, "log2c_hi", b.f64.load(b.get(row))), lo: keep(b, "log2c_lo", b.f64.load(b.get(row), 8)) };
  // s = (m − c)/(m + c)
  const a = keep(b, "a", b.f64.sub(m(), c()));
  const bsum = twoSum(b, m, c);
  const q1 = keep(b, "q1", b.f64.div(a(), bsum.hi()));
  const pp = twoProd(b, q1, bsum.hi);
  const r = keep(b, "r", b.f64.sub(b.f64.sub(b.f64.sub(a(), pp.hi()), pp.lo()), b.f64.mul(q1(), bsum.lo())));
  const s = fastTwoSum(b, q1, keep(b, "q2", b.f64.div(r(), bsum.hi())));
  const s2 = ddMul(b, s, s);
  const tail = keep(b, "tail", b.f64.add(f(k.inv5), b.f64.mul(s2.hi(), b.f64.add(f(k.inv7), b.f64.mul(s2.hi(), f(k.inv9))))));
  const q = ddAdd(b, ddConstant(b, tables.third), twoProd(b, s2.hi, tail));
  const atanh = ddAdd(b, s, ddMul(b, ddMul(b, s, s2), q));
  const log2m = ddAdd(b, log2c, ddMul(b, atanh, ddConstant(b, tables.twoOverLn2)));
  const kf = keep(b, "kf", b.f64.convertI32S(b.get(kk)));
  return ddAdd(b, { hi: kf, lo: () => f(0) }, log2m);
}

/** 2^t for a double-double t with |t| ≤ 1100, rounded once: steps 3 and 4 of floatPow. */
function emitExp2(b: FuncBuilder, table: number, t: DD): Expr {
  const tables = powTables();
  const k = POW_CONSTANTS;
  const f = (x: number): Expr => b.f64.const(x);
  const n = keep(b, "n", b.f64.nearest(t.hi()));
  const fr = twoSum(b, keep(b, "t_frac", b.f64.sub(t.hi(), n())), t.lo);
  const j = keep(b, "j", b.f64.nearest(b.f64.mul(fr.hi(), f(256))));
  const g = fastTwoSum(b, keep(b, "g_hi", b.f64.sub(fr.hi(), b.f64.mul(j(), f(INV_256)))), fr.lo);
  const u = ddMul(b, g, ddConstant(b, tables.ln2));
  const u2 = ddMul(b, u, u);
  const u3 = ddMul(b, u2, u);
  const u1 = u.hi;
  const poly = b.f64.add(
    f(k.invFact4),
    b.f64.mul(u1(), b.f64.add(f(k.invFact5), b.f64.mul(u1(), b.f64.add(f(k.invFact6), b.f64.mul(u1(), b.f64.add(f(k.invFact7), b.f64.mul(u1(), f(k.invFact8)))))))),
  );
  const tail = keep(b, "exp_tail", b.f64.mul(b.f64.mul(u2.hi(), u2.hi()), poly));
  let e = ddAdd(b, ddMul(b, u3, ddConstant(b, tables.sixth)), { hi: tail, lo: () => f(0) });
  e = ddAdd(b, { hi: keep(b, "u2h_half", b.f64.mul(u2.hi(), f(0.5))), lo: keep(b, "u2l_half", b.f64.mul(u2.lo(), f(0.5))) }, e);
  e = ddAdd(b, u, e);
  const row = temp(
    b,
    "exp_row",
    "i32",
    b.i32.add(c32(b, table), b.i32.shl(b.i32.add(b.i32.truncSatF64S(j()), c32(b, POW_EXP_HALF)), c32(b, 4))),
  );
  const tj: DD = { hi: keep(b, "tj_hi", b.f64.load(b.get(row))), lo: keep(b, "tj_lo", b.f64.load(b.get(row), 8)) };
  const res = ddAdd(b, tj, ddMul(b, tj, e));
  const ni = temp(b, "n_int", "i32", b.i32.truncSatF64S(n()));
  const pow2 = (e2: Expr): Expr =>
    b.f64.reinterpretI64(b.i64.shl(b.i64.extendI32S(b.i32.add(e2, c32(b, 1023))), c64(b, 52)));
  b.if(b.f64.lt(n(), f(-1021)), () => {
    // round once, onto the grid of 2^-1074 (subnormals and the lowest binade)
    const scale = keep(b, "scale", pow2(b.i32.add(b.get(ni), c32(b, 1074))));
    const sh = keep(b, "sh", b.f64.mul(res.hi(), scale()));
    const sl = keep(b, "sl", b.f64.mul(res.lo(), scale()));
    const n0 = keep(b, "n0", b.f64.nearest(sh()));
    const frac = keep(b, "frac", b.f64.sub(sh(), n0()));
    const units = b.local("units", "f64");
    b.set(units, n0());
    b.if(b.i32.and(b.f64.eq(frac(), f(0.5)), b.f64.gt(sl(), f(0))), () => b.set(units, b.f64.add(b.get(units), f(1))));
    b.if(b.i32.and(b.f64.eq(frac(), f(-0.5)), b.f64.lt(sl(), f(0))), () => b.set(units, b.f64.sub(b.get(units), f(1))));
    b.ret(b.f64.mul(b.get(units), f(MIN_SUBNORMAL)));
  });
  b.if(b.f64.gt(n(), f(1023)), () =>
    b.ret(b.f64.mul(b.f64.mul(res.hi(), pow2(c32(b, 1023))), pow2(b.i32.sub(b.get(ni), c32(b, 1023))))),
  );
  return b.f64.mul(res.hi(), pow2(b.get(ni)));
}

export const POW_RUNTIME: readonly RuntimeDef[] = [pow, powPositive];
