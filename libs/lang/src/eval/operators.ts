// The resolved operators of the typed AST (BinaryOpId, UnaryOpId) on values,
// with the checked semantics of §5.4/§5.5 from @tetra/core's primitives.
// Primitive errors are thrown as PrimitiveTrap; callers map them to a runtime
// error (the evaluator) or to ConstDivisionByZero / ConstNumericOverflow (the
// constant folder). `and`/`or` are short-circuit and never reach `applyBinary`.
import { floatDiv, floatEquals, floatRem, i64Add, i64Div, i64Mul, i64Neg, i64Rem, i64Sub, unreachable, type Value } from "@tetra/core";
import type { BinaryOpId, UnaryOpId } from "../analyze/typed-ast.js";
import { asBool, asFloat, asInt, asString, boolValue, languageEquals } from "./value-ops.js";

const int = asInt;
const flt = asFloat;
const str = asString;
const bool = asBool;

const I = (value: bigint): Value => ({ kind: "int", value });
const F = (value: number): Value => ({ kind: "float", value });

export function applyBinary(op: BinaryOpId, a: Value, b: Value): Value {
  switch (op) {
    case "addInt":
      return I(i64Add(int(a), int(b)));
    case "subInt":
      return I(i64Sub(int(a), int(b)));
    case "mulInt":
      return I(i64Mul(int(a), int(b)));
    case "divInt":
      return I(i64Div(int(a), int(b)));
    case "remInt":
      return I(i64Rem(int(a), int(b)));
    case "addFloat":
      return F(flt(a) + flt(b));
    case "subFloat":
      return F(flt(a) - flt(b));
    case "mulFloat":
      return F(flt(a) * flt(b));
    case "divFloat":
      return F(floatDiv(flt(a), flt(b)));
    case "remFloat":
      return F(floatRem(flt(a), flt(b)));
    case "concat":
      return { kind: "string", value: str(a) + str(b) };
    case "ltInt":
      return boolValue(int(a) < int(b));
    case "leInt":
      return boolValue(int(a) <= int(b));
    case "gtInt":
      return boolValue(int(a) > int(b));
    case "geInt":
      return boolValue(int(a) >= int(b));
    case "ltFloat":
      return boolValue(flt(a) < flt(b));
    case "leFloat":
      return boolValue(flt(a) <= flt(b));
    case "gtFloat":
      return boolValue(flt(a) > flt(b));
    case "geFloat":
      return boolValue(flt(a) >= flt(b));
    case "eq":
      return boolValue(equalValues(a, b));
    case "ne":
      return boolValue(!equalValues(a, b));
    case "and":
      return boolValue(bool(a) && bool(b));
    case "or":
      return boolValue(bool(a) || bool(b));
    default:
      return unreachable(op);
  }
}

function equalValues(a: Value, b: Value): boolean {
  return a.kind === "float" && b.kind === "float" ? floatEquals(a.value, b.value) : languageEquals(a, b);
}

export function applyUnary(op: UnaryOpId, v: Value): Value {
  switch (op) {
    case "negInt":
      return I(i64Neg(int(v)));
    case "negFloat":
      // Flips the sign bit: -(0.0) is -0.0 (§5.5).
      return F(-flt(v));
    case "not":
      return boolValue(!bool(v));
    default:
      return unreachable(op);
  }
}
