// LLVM for every numeric op (NUM_OP_INFO), mirroring the interpreter's
// numeric.ts exactly:
//
//   * checked i64 arithmetic uses the overflow intrinsics (`llvm.sadd.with.overflow`);
//   * divisions test the divisor first (DivisionByZero), then MIN / -1 (NumericOverflow),
//     so LLVM's `sdiv`/`srem` never see an undefined case;
//   * shift counts are masked (b mod 32/64) before `shl`/`ashr`/`lshr`, which are
//     poison for counts >= the width; rotates are funnel shifts (already modular);
//   * f64 uses only correctly rounded operations with no fast-math flags:
//     fadd/fsub/fmul/fdiv, llvm.sqrt/floor/ceil/trunc, `nearest` = llvm.roundeven,
//     trunc_sat = llvm.fptosi.sat (NaN → 0, saturating);
//   * `i64.reinterpret_f64` canonicalises any NaN in the integer domain (see canonicalBits).
import { unreachable, type RuntimeErrorKind } from "@tetra/core";
import type { NumOp } from "@tetra/ir";
import type { IRBuilder, Value } from "llvm-bindings";
import type { Unit } from "./unit.js";

export interface NumContext {
  readonly u: Unit;
  readonly b: IRBuilder;
  /** Branch to a trap of `kind` at `site` when `failIf` (i1) holds; continue in a fresh block otherwise. */
  guard(failIf: Value, kind: RuntimeErrorKind, site: number): void;
}

const MIN32 = -(2 ** 31);
const MIN64 = -(2n ** 63n);

/** The i64 bit pattern of an f64, with every NaN as 0x7FF8000000000000. */
export function canonicalBits(c: NumContext, x: Value): Value {
  const { u, b } = c;
  const bits = b.CreateBitCast(x, u.i64);
  // In the integer domain, so no fold of `select(isnan(x), NaN, x)` to `x` can undo it:
  // |bits| > 0x7FF0000000000000 (unsigned) iff x is a NaN.
  const magnitude = b.CreateAnd(bits, u.i64Const(0x7fffffffffffffffn));
  const isNan = b.CreateICmpUGT(magnitude, u.i64Const(0x7ff0000000000000n));
  return b.CreateSelect(isNan, u.i64Const(0x7ff8000000000000n), bits);
}

export function emitNum(c: NumContext, op: NumOp, args: readonly Value[], site: number): Value {
  const { u, b } = c;
  const x = args[0] as Value;
  const y = args[1] as Value;
  const bool = (v: Value): Value => b.CreateZExt(v, u.i32);
  const call = (name: Parameters<Unit["intrinsic"]>[0], types: Parameters<Unit["intrinsic"]>[1], as: Value[]): Value =>
    b.CreateCall(u.intrinsic(name, types), as);
  const checked = (name: "sadd_with_overflow" | "ssub_with_overflow" | "smul_with_overflow", a: Value, d: Value): Value => {
    const r = call(name, [u.i64], [a, d]);
    c.guard(b.CreateExtractValue(r, [1]), "NumericOverflow", site);
    return b.CreateExtractValue(r, [0]);
  };
  const zero = (t: "i32" | "i64"): Value => (t === "i32" ? u.i32Const(0) : u.i64Const(0n));
  const divisor = (t: "i32" | "i64"): void => c.guard(b.CreateICmpEQ(y, zero(t)), "DivisionByZero", site);
  const signedOverflow = (t: "i32" | "i64"): void => {
    const min = t === "i32" ? u.i32Const(MIN32) : u.i64Const(MIN64);
    const minusOne = t === "i32" ? u.i32Const(-1) : u.i64Const(-1n);
    c.guard(b.CreateAnd(b.CreateICmpEQ(x, min), b.CreateICmpEQ(y, minusOne)), "NumericOverflow", site);
  };
  const shiftCount = (t: "i32" | "i64"): Value => b.CreateAnd(y, t === "i32" ? u.i32Const(31) : u.i64Const(63n));
  const f64Intrinsic = (name: "sqrt" | "floor" | "ceil" | "trunc" | "roundeven" | "fabs"): Value => call(name, [u.f64], [x]);

  switch (op) {
    case "i32.add":
    case "i64.add":
      return b.CreateAdd(x, y);
    case "i32.sub":
    case "i64.sub":
      return b.CreateSub(x, y);
    case "i32.mul":
    case "i64.mul":
      return b.CreateMul(x, y);
    case "i32.div_s":
    case "i64.div_s": {
      const t = op === "i32.div_s" ? "i32" : "i64";
      divisor(t);
      signedOverflow(t);
      return b.CreateSDiv(x, y);
    }
    case "i32.rem_s":
    case "i64.rem_s": {
      const t = op === "i32.rem_s" ? "i32" : "i64";
      divisor(t);
      signedOverflow(t);
      return b.CreateSRem(x, y);
    }
    case "i32.div_u":
      divisor("i32");
      return b.CreateUDiv(x, y);
    case "i64.div_u":
      divisor("i64");
      return b.CreateUDiv(x, y);
    case "i32.rem_u":
      divisor("i32");
      return b.CreateURem(x, y);
    case "i64.rem_u":
      divisor("i64");
      return b.CreateURem(x, y);
    case "i32.and":
    case "i64.and":
      return b.CreateAnd(x, y);
    case "i32.or":
    case "i64.or":
      return b.CreateOr(x, y);
    case "i32.xor":
    case "i64.xor":
      return b.CreateXor(x, y);
    case "i32.shl":
      return b.CreateShl(x, shiftCount("i32"));
    case "i64.shl":
      return b.CreateShl(x, shiftCount("i64"));
    case "i32.shr_s":
      return b.CreateAShr(x, shiftCount("i32"));
    case "i64.shr_s":
      return b.CreateAShr(x, shiftCount("i64"));
    case "i32.shr_u":
      return b.CreateLShr(x, shiftCount("i32"));
    case "i64.shr_u":
      return b.CreateLShr(x, shiftCount("i64"));
    case "i32.rotl":
      return call("fshl", [u.i32], [x, x, y]);
    case "i64.rotl":
      return call("fshl", [u.i64], [x, x, y]);
    case "i32.rotr":
      return call("fshr", [u.i32], [x, x, y]);
    case "i64.rotr":
      return call("fshr", [u.i64], [x, x, y]);
    // is_zero_poison = false: clz(0) = width, as the op table says.
    case "i32.clz":
      return call("ctlz", [u.i32], [x, b.getFalse()]);
    case "i64.clz":
      return call("ctlz", [u.i64], [x, b.getFalse()]);
    case "i32.ctz":
      return call("cttz", [u.i32], [x, b.getFalse()]);
    case "i64.ctz":
      return call("cttz", [u.i64], [x, b.getFalse()]);
    case "i32.popcnt":
      return call("ctpop", [u.i32], [x]);
    case "i64.popcnt":
      return call("ctpop", [u.i64], [x]);
    case "i32.eqz":
      return bool(b.CreateICmpEQ(x, zero("i32")));
    case "i64.eqz":
      return bool(b.CreateICmpEQ(x, zero("i64")));
    case "i32.eq":
    case "i64.eq":
      return bool(b.CreateICmpEQ(x, y));
    case "i32.ne":
    case "i64.ne":
      return bool(b.CreateICmpNE(x, y));
    case "i32.lt_s":
    case "i64.lt_s":
      return bool(b.CreateICmpSLT(x, y));
    case "i32.lt_u":
    case "i64.lt_u":
      return bool(b.CreateICmpULT(x, y));
    case "i32.gt_s":
    case "i64.gt_s":
      return bool(b.CreateICmpSGT(x, y));
    case "i32.gt_u":
    case "i64.gt_u":
      return bool(b.CreateICmpUGT(x, y));
    case "i32.le_s":
    case "i64.le_s":
      return bool(b.CreateICmpSLE(x, y));
    case "i32.le_u":
    case "i64.le_u":
      return bool(b.CreateICmpULE(x, y));
    case "i32.ge_s":
    case "i64.ge_s":
      return bool(b.CreateICmpSGE(x, y));
    case "i32.ge_u":
    case "i64.ge_u":
      return bool(b.CreateICmpUGE(x, y));

    case "i64.add_checked":
      return checked("sadd_with_overflow", x, y);
    case "i64.sub_checked":
      return checked("ssub_with_overflow", x, y);
    case "i64.mul_checked":
      return checked("smul_with_overflow", x, y);
    case "i64.neg_checked":
      return checked("ssub_with_overflow", zero("i64"), x);

    case "f64.add":
      return b.CreateFAdd(x, y);
    case "f64.sub":
      return b.CreateFSub(x, y);
    case "f64.mul":
      return b.CreateFMul(x, y);
    case "f64.div":
      return b.CreateFDiv(x, y);
    case "f64.div_checked":
      // oeq: true for +0 and -0, false for NaN (a NaN divisor is not zero).
      c.guard(b.CreateFCmpOEQ(y, u.f64Bits(0n)), "DivisionByZero", site);
      return b.CreateFDiv(x, y);
    case "f64.sqrt":
      return f64Intrinsic("sqrt");
    case "f64.floor":
      return f64Intrinsic("floor");
    case "f64.ceil":
      return f64Intrinsic("ceil");
    case "f64.trunc":
      return f64Intrinsic("trunc");
    case "f64.nearest":
      return f64Intrinsic("roundeven");
    case "f64.abs":
      return f64Intrinsic("fabs");
    case "f64.neg":
      return b.CreateFNeg(x);
    case "f64.copysign":
      return call("copysign", [u.f64], [x, y]);
    case "f64.eq":
      return bool(b.CreateFCmpOEQ(x, y));
    case "f64.ne":
      return bool(b.CreateFCmpUNE(x, y));
    case "f64.lt":
      return bool(b.CreateFCmpOLT(x, y));
    case "f64.gt":
      return bool(b.CreateFCmpOGT(x, y));
    case "f64.le":
      return bool(b.CreateFCmpOLE(x, y));
    case "f64.ge":
      return bool(b.CreateFCmpOGE(x, y));

    case "i32.wrap_i64":
      return b.CreateTrunc(x, u.i32);
    case "i64.extend_i32_s":
      return b.CreateSExt(x, u.i64);
    case "i64.extend_i32_u":
      return b.CreateZExt(x, u.i64);
    case "f64.convert_i32_s":
    case "f64.convert_i64_s":
      return b.CreateSIToFP(x, u.f64);
    case "f64.convert_i32_u":
    case "f64.convert_i64_u":
      return b.CreateUIToFP(x, u.f64);
    case "i32.trunc_sat_f64_s":
      return call("fptosi_sat", [u.i32, u.f64], [x]);
    case "i64.trunc_sat_f64_s":
      return call("fptosi_sat", [u.i64, u.f64], [x]);
    case "i64.reinterpret_f64":
      return canonicalBits(c, x);
    case "f64.reinterpret_i64":
      return b.CreateBitCast(x, u.f64);
    default:
      return unreachable(op);
  }
}
