// Constant folding of `num` ops whose operands are all constants.
//
// Preconditions: a verified module. Postconditions: a verified module with the
// same observable behaviour. Only exact folds are done: the op is evaluated with
// the interpreter's reference semantics (NUM_IMPL); an op that would trap is left
// in place (so the trap still happens at run time, at its site), and a result
// that is a NaN is not folded (a NaN's sign and payload are unspecified, so the
// constant could differ from what a target computes).
//   (i64.add (i64.const 1) (i64.const 2))            -> (i64.const 3)
//   (i64.div_s site=1 (i64.const 1) (i64.const 0))   -> unchanged
import { f64Bits, bitsToF64 } from "../float-bits.js";
import { NUM_IMPL } from "../interp/numeric.js";
import { TrapSignal } from "../interp/trap.js";
import { NUM_OP_INFO } from "../op-info.js";
import type { Expr, Func, Module } from "../types.js";
import { mapChildren } from "../walk.js";

type ConstVal = number | bigint;

function constValue(e: Expr): ConstVal | undefined {
  switch (e.kind) {
    case "i32.const":
    case "i64.const":
      return e.value;
    case "f64.const":
      return bitsToF64(e.bits);
    default:
      return undefined;
  }
}

function tryFold(e: Expr & { kind: "num" }): Expr {
  const args = e.args.map(constValue);
  if (args.some((a) => a === undefined)) return e;
  const info = NUM_OP_INFO[e.op];
  const impl = NUM_IMPL[e.op] as (a: ConstVal | undefined, b: ConstVal | undefined, s: number | undefined) => ConstVal;
  let v: ConstVal;
  try {
    v = info.operands.length === 1 ? impl(args[0], e.site as unknown as ConstVal, undefined) : impl(args[0], args[1], e.site);
  } catch (x) {
    if (x instanceof TrapSignal) return e;
    throw x;
  }
  switch (info.result) {
    case "i32":
      return { kind: "i32.const", value: Number(v) | 0 };
    case "i64":
      return { kind: "i64.const", value: BigInt.asIntN(64, BigInt(v)) };
    case "f64":
      return Number.isNaN(v) ? e : { kind: "f64.const", bits: f64Bits(Number(v)) };
  }
}

function foldExpr(e: Expr): Expr {
  const inner = mapChildren(e, { child: foldExpr, list: (es) => es.map(foldExpr) });
  return inner.kind === "num" ? tryFold(inner) : inner;
}

export function foldFunc(f: Func): Func {
  return { ...f, body: f.body.map(foldExpr) };
}

export function fold(m: Module): Module {
  return { ...m, funcs: m.funcs.map(foldFunc) };
}
