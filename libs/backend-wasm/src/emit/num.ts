// Numeric ops (NUM_OP_INFO) as wasm. Most are one wasm instruction with the
// same semantics; the rest get their checks spelled out, mirroring
// libs/ir/src/interp/numeric.ts:
//   i64.add_checked  r = a + b; overflow iff ((a ^ r) & (b ^ r)) < 0, or when
//                    b's sign is known from its form (signOf), r <s a (b >= 0) / r >s a
//   i64.sub_checked  r = a - b; overflow iff ((a ^ b) & (a ^ r)) < 0, or r >s a / r <s a
//   i64.mul_checked  no check when both operands fit in i32; else a = -1 overflows
//                    iff b = MIN, and any other a != 0 iff r / a != b
//   *.div_s/rem_s    b = 0 -> DivisionByZero, then MIN, -1 -> NumericOverflow
//                    (wasm's rem_s gives 0 for MIN % -1; the IR traps)
//   f64.div_checked  b == 0.0 (true for -0 too) -> DivisionByZero
//   i64.reinterpret_f64  any NaN -> 0x7FF8000000000000 (payloads never observable)
// All wasm f64 instructions used are deterministic except for NaN bits, which
// only reinterpret and f64.store (memory.ts) can observe, and both canonicalise.
import { InternalError } from "@tetra/core";
import { NUM_OP_INFO, type Expr, type Num, type NumOp } from "@tetra/ir";
import type { FuncEmitter } from "./func-emitter.js";
import type { BModule, Ref } from "./names.js";

const MIN32 = -(2 ** 31);
const MIN64 = -(1n << 63n);
export const CANONICAL_NAN = 0x7ff8000000000000n;

type Plain = Exclude<
  NumOp,
  | "i32.div_s"
  | "i32.rem_s"
  | "i32.div_u"
  | "i32.rem_u"
  | "i64.div_s"
  | "i64.rem_s"
  | "i64.div_u"
  | "i64.rem_u"
  | "i64.add_checked"
  | "i64.sub_checked"
  | "i64.mul_checked"
  | "i64.neg_checked"
  | "f64.div_checked"
  | "i64.reinterpret_f64"
>;

type Lower = (m: BModule, a: Ref, b: Ref) => Ref;

/** Ops that are exactly one wasm instruction. */
const PLAIN: Record<Plain, Lower> = {
  "i32.add": (m, a, b) => m.i32.add(a, b),
  "i32.sub": (m, a, b) => m.i32.sub(a, b),
  "i32.mul": (m, a, b) => m.i32.mul(a, b),
  "i32.and": (m, a, b) => m.i32.and(a, b),
  "i32.or": (m, a, b) => m.i32.or(a, b),
  "i32.xor": (m, a, b) => m.i32.xor(a, b),
  "i32.shl": (m, a, b) => m.i32.shl(a, b),
  "i32.shr_s": (m, a, b) => m.i32.shr_s(a, b),
  "i32.shr_u": (m, a, b) => m.i32.shr_u(a, b),
  "i32.rotl": (m, a, b) => m.i32.rotl(a, b),
  "i32.rotr": (m, a, b) => m.i32.rotr(a, b),
  "i32.clz": (m, a) => m.i32.clz(a),
  "i32.ctz": (m, a) => m.i32.ctz(a),
  "i32.popcnt": (m, a) => m.i32.popcnt(a),
  "i32.eqz": (m, a) => m.i32.eqz(a),
  "i32.eq": (m, a, b) => m.i32.eq(a, b),
  "i32.ne": (m, a, b) => m.i32.ne(a, b),
  "i32.lt_s": (m, a, b) => m.i32.lt_s(a, b),
  "i32.lt_u": (m, a, b) => m.i32.lt_u(a, b),
  "i32.gt_s": (m, a, b) => m.i32.gt_s(a, b),
  "i32.gt_u": (m, a, b) => m.i32.gt_u(a, b),
  "i32.le_s": (m, a, b) => m.i32.le_s(a, b),
  "i32.le_u": (m, a, b) => m.i32.le_u(a, b),
  "i32.ge_s": (m, a, b) => m.i32.ge_s(a, b),
  "i32.ge_u": (m, a, b) => m.i32.ge_u(a, b),

  "i64.add": (m, a, b) => m.i64.add(a, b),
  "i64.sub": (m, a, b) => m.i64.sub(a, b),
  "i64.mul": (m, a, b) => m.i64.mul(a, b),
  "i64.and": (m, a, b) => m.i64.and(a, b),
  "i64.or": (m, a, b) => m.i64.or(a, b),
  "i64.xor": (m, a, b) => m.i64.xor(a, b),
  "i64.shl": (m, a, b) => m.i64.shl(a, b),
  "i64.shr_s": (m, a, b) => m.i64.shr_s(a, b),
  "i64.shr_u": (m, a, b) => m.i64.shr_u(a, b),
  "i64.rotl": (m, a, b) => m.i64.rotl(a, b),
  "i64.rotr": (m, a, b) => m.i64.rotr(a, b),
  "i64.clz": (m, a) => m.i64.clz(a),
  "i64.ctz": (m, a) => m.i64.ctz(a),
  "i64.popcnt": (m, a) => m.i64.popcnt(a),
  "i64.eqz": (m, a) => m.i64.eqz(a),
  "i64.eq": (m, a, b) => m.i64.eq(a, b),
  "i64.ne": (m, a, b) => m.i64.ne(a, b),
  "i64.lt_s": (m, a, b) => m.i64.lt_s(a, b),
  "i64.lt_u": (m, a, b) => m.i64.lt_u(a, b),
  "i64.gt_s": (m, a, b) => m.i64.gt_s(a, b),
  "i64.gt_u": (m, a, b) => m.i64.gt_u(a, b),
  "i64.le_s": (m, a, b) => m.i64.le_s(a, b),
  "i64.le_u": (m, a, b) => m.i64.le_u(a, b),
  "i64.ge_s": (m, a, b) => m.i64.ge_s(a, b),
  "i64.ge_u": (m, a, b) => m.i64.ge_u(a, b),

  "f64.add": (m, a, b) => m.f64.add(a, b),
  "f64.sub": (m, a, b) => m.f64.sub(a, b),
  "f64.mul": (m, a, b) => m.f64.mul(a, b),
  "f64.div": (m, a, b) => m.f64.div(a, b),
  "f64.sqrt": (m, a) => m.f64.sqrt(a),
  "f64.floor": (m, a) => m.f64.floor(a),
  "f64.ceil": (m, a) => m.f64.ceil(a),
  "f64.trunc": (m, a) => m.f64.trunc(a),
  "f64.nearest": (m, a) => m.f64.nearest(a),
  "f64.abs": (m, a) => m.f64.abs(a),
  "f64.neg": (m, a) => m.f64.neg(a),
  "f64.copysign": (m, a, b) => m.f64.copysign(a, b),
  "f64.eq": (m, a, b) => m.f64.eq(a, b),
  "f64.ne": (m, a, b) => m.f64.ne(a, b),
  "f64.lt": (m, a, b) => m.f64.lt(a, b),
  "f64.gt": (m, a, b) => m.f64.gt(a, b),
  "f64.le": (m, a, b) => m.f64.le(a, b),
  "f64.ge": (m, a, b) => m.f64.ge(a, b),

  "i32.wrap_i64": (m, a) => m.i32.wrap(a),
  "i64.extend_i32_s": (m, a) => m.i64.extend_s(a),
  "i64.extend_i32_u": (m, a) => m.i64.extend_u(a),
  "f64.convert_i32_s": (m, a) => m.f64.convert_s.i32(a),
  "f64.convert_i32_u": (m, a) => m.f64.convert_u.i32(a),
  "f64.convert_i64_s": (m, a) => m.f64.convert_s.i64(a),
  "f64.convert_i64_u": (m, a) => m.f64.convert_u.i64(a),
  "i32.trunc_sat_f64_s": (m, a) => m.i32.trunc_s_sat.f64(a),
  "i64.trunc_sat_f64_s": (m, a) => m.i64.trunc_s_sat.f64(a),
  "f64.reinterpret_i64": (m, a) => m.f64.reinterpret(a),
};

export function emitNum(fe: FuncEmitter, e: Num): Ref {
  const info = NUM_OP_INFO[e.op];
  const m = fe.mod;
  const site = (): number => {
    if (e.site === undefined) throw new InternalError("trapping op without a site", e);
    return e.site;
  };
  const ops = () => fe.operands(e.args, info.operands);
  switch (e.op) {
    case "i32.div_s":
    case "i32.rem_s": {
      const { setup, use } = ops();
      const [a, b] = use as [() => Ref, () => Ref];
      const overflow = m.i32.and(m.i32.eq(a(), m.i32.const(MIN32)), m.i32.eq(b(), m.i32.const(-1)));
      const op = e.op === "i32.div_s" ? m.i32.div_s(a(), b()) : m.i32.rem_s(a(), b());
      return fe.seq([...setup, fe.guard(m.i32.eqz(b()), "DivisionByZero", site()), fe.guard(overflow, "NumericOverflow", site()), op], "i32");
    }
    case "i64.div_s":
    case "i64.rem_s": {
      const { setup, use } = ops();
      const [a, b] = use as [() => Ref, () => Ref];
      const overflow = m.i32.and(m.i64.eq(a(), m.i64.const(MIN64)), m.i64.eq(b(), m.i64.const(-1n)));
      const op = e.op === "i64.div_s" ? m.i64.div_s(a(), b()) : m.i64.rem_s(a(), b());
      return fe.seq([...setup, fe.guard(m.i64.eqz(b()), "DivisionByZero", site()), fe.guard(overflow, "NumericOverflow", site()), op], "i64");
    }
    case "i32.div_u":
    case "i32.rem_u": {
      const { setup, use } = ops();
      const [a, b] = use as [() => Ref, () => Ref];
      const op = e.op === "i32.div_u" ? m.i32.div_u(a(), b()) : m.i32.rem_u(a(), b());
      return fe.seq([...setup, fe.guard(m.i32.eqz(b()), "DivisionByZero", site()), op], "i32");
    }
    case "i64.div_u":
    case "i64.rem_u": {
      const { setup, use } = ops();
      const [a, b] = use as [() => Ref, () => Ref];
      const op = e.op === "i64.div_u" ? m.i64.div_u(a(), b()) : m.i64.rem_u(a(), b());
      return fe.seq([...setup, fe.guard(m.i64.eqz(b()), "DivisionByZero", site()), op], "i64");
    }
    case "i64.add_checked":
    case "i64.sub_checked": {
      const { setup, use } = ops();
      const [a, b] = use as [() => Ref, () => Ref];
      const r = fe.temp("i64");
      const rv = () => m.local.get(r, fe.b.i64);
      const add = e.op === "i64.add_checked";
      const sum = add ? m.i64.add(a(), b()) : m.i64.sub(a(), b());
      return fe.seq([...setup, m.local.set(r, sum), fe.guard(addOverflow(m, e, a, b, rv), "NumericOverflow", site()), rv()], "i64");
    }
    case "i64.mul_checked":
      return mulChecked(fe, e, site());
    case "i64.neg_checked": {
      const { setup, use } = ops();
      const [a] = use as [() => Ref];
      return fe.seq([...setup, fe.guard(m.i64.eq(a(), m.i64.const(MIN64)), "NumericOverflow", site()), m.i64.sub(m.i64.const(0n), a())], "i64");
    }
    case "f64.div_checked": {
      const { setup, use } = ops();
      const [a, b] = use as [() => Ref, () => Ref];
      const zero = m.f64.eq(b(), m.f64.const(0));
      return fe.seq([...setup, fe.guard(zero, "DivisionByZero", site()), m.f64.div(a(), b())], "f64");
    }
    case "i64.reinterpret_f64": {
      const { setup, use } = ops();
      const [a] = use as [() => Ref];
      return fe.seq([...setup, canonicalBits(m, a)], "i64");
    }
    default: {
      const args = e.args.map((x) => fe.expr(x));
      const lower = PLAIN[e.op];
      return lower(m, args[0] as Ref, args[1] as Ref);
    }
  }
}

/**
 * The overflow test of `r = a + b` / `r = a - b` (`e` the IR op, for the
 * operands' signs). When one operand's sign is known from its expression
 * (signOf), one compare decides: a + b with b >= 0 overflows iff r <s a (it
 * can only wrap upwards), with b < 0 iff r >s a; a - b the other way round.
 * `acc + (i & 7)` in the loop kernel: `cmp; jl` instead of xor/xor/and/test
 * (0.85x the loop's time in a same-process A/B). Otherwise the sign rule
 * ((a ^ r) & (b ^ r)) < 0, or ((a ^ b) & (a ^ r)) < 0 for sub.
 */
function addOverflow(m: BModule, e: Num, a: () => Ref, b: () => Ref, r: () => Ref): Ref {
  const [ea, eb] = e.args as [Expr, Expr];
  const add = e.op === "i64.add_checked";
  const sb = signOf(eb);
  // b's sign known: `r` moved away from `a` in the direction b (or -b) points.
  if (sb !== undefined) return (sb === "nonneg") === add ? m.i64.lt_s(r(), a()) : m.i64.gt_s(r(), a());
  const sa = add ? signOf(ea) : undefined;
  if (sa !== undefined) return sa === "nonneg" ? m.i64.lt_s(r(), b()) : m.i64.gt_s(r(), b());
  const sign = add ? m.i64.and(m.i64.xor(a(), r()), m.i64.xor(b(), r())) : m.i64.and(m.i64.xor(a(), b()), m.i64.xor(a(), r()));
  return m.i64.lt_s(sign, m.i64.const(0n));
}

/**
 * The sign of an i64 expression when its form alone decides it (no data flow):
 * a constant, `x & c` with c >= 0 (either side), `x >>u c` with c mod 64 != 0,
 * a zero-extended i32, popcnt / clz / ctz.
 */
export function signOf(x: Expr): "nonneg" | "neg" | undefined {
  if (x.kind === "i64.const") return x.value >= 0n ? "nonneg" : "neg";
  if (x.kind !== "num") return undefined;
  const [p, q] = x.args;
  switch (x.op) {
    case "i64.and":
      return (p !== undefined && signOf(p) === "nonneg") || (q !== undefined && signOf(q) === "nonneg") ? "nonneg" : undefined;
    case "i64.shr_u":
      return q?.kind === "i64.const" && (q.value & 63n) !== 0n ? "nonneg" : undefined;
    case "i64.extend_i32_u":
    case "i64.popcnt":
    case "i64.clz":
    case "i64.ctz":
      return "nonneg";
    default:
      return undefined;
  }
}

/** The bit pattern of the f64 `x()` (evaluated three times, so a constant or local), NaN canonicalised. */
export function canonicalBits(m: BModule, x: () => Ref): Ref {
  return m.select(m.f64.ne(x(), x()), m.i64.const(CANONICAL_NAN), m.i64.reinterpret(x()));
}

function mulChecked(fe: FuncEmitter, e: Num, site: number): Ref {
  const m = fe.mod;
  const { setup, use } = fe.operands(e.args, ["i64", "i64"]);
  const [a, b] = use as [() => Ref, () => Ref];
  const r = fe.temp("i64");
  const rv = () => m.local.get(r, fe.b.i64);
  const fits32 = (x: () => Ref) => m.i64.eq(m.i64.extend_s(m.i32.wrap(x())), x());
  const slow = m.if(
    m.i64.eq(a(), m.i64.const(-1n)),
    fe.guard(m.i64.eq(b(), m.i64.const(MIN64)), "NumericOverflow", site),
    m.if(m.i64.ne(a(), m.i64.const(0n)), fe.guard(m.i64.ne(m.i64.div_s(rv(), a()), b()), "NumericOverflow", site)),
  );
  return fe.seq([...setup, m.local.set(r, m.i64.mul(a(), b())), m.if(m.i32.eqz(m.i32.and(fits32(a), fits32(b))), slow), rv()], "i64");
}

