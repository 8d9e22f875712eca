// Unary and binary operators (§4.2), resolved to typed ops with explicit
// conversions: `n + 0.5` → addFloat(IntToFloat(n), 0.5); `"n=" + n` →
// concat("n=", ToText(n)); `1 < 2.5` → ltFloat(IntToFloat(1), 2.5).
import type * as ast from "../ast.js";
import { isNumeric, isTextable, printType, T } from "../types/type.js";
import { joinTypes } from "../types/type-relations.js";
import { checkExpr } from "./check-expr.js";
import { coerce } from "./coerce.js";
import { tryFold } from "./const-fold.js";
import type { Analyzer, Ctx } from "./context.js";
import { containsClosure, isContextDependent } from "./expr-utils.js";
import type { BinaryOpId, TExpr } from "./typed-ast.js";

type UnaryExpr = Extract<ast.Expr, { kind: "Unary" }>;
type BinaryExpr = Extract<ast.Expr, { kind: "Binary" }>;

export function checkUnary(a: Analyzer, e: UnaryExpr, ctx: Ctx): TExpr {
  const operand = checkExpr(a, e.operand, ctx);
  const t = operand.type;
  if (t.kind === "Error") return { kind: "Unary", op: e.op === "!" ? "not" : "negInt", operand, type: T.error, span: e.span };
  if (e.op === "!") {
    const b = coerce(a, operand, T.bool, { code: "StaticTypeMismatch", what: "operand of `!`" });
    return tryFold(a, { kind: "Unary", op: "not", operand: b, type: T.bool, span: e.span });
  }
  if (t.kind === "Never") return unknownOperand(a, e, operand);
  if (!isNumeric(t)) {
    a.error("StaticTypeMismatch", `unary \`-\` needs an Int or Float operand, found ${printType(t)}`, operand.span);
    return { kind: "Unary", op: "negInt", operand, type: T.error, span: e.span };
  }
  return tryFold(a, { kind: "Unary", op: t.kind === "Int" ? "negInt" : "negFloat", operand, type: t, span: e.span });
}

export function checkBinary(a: Analyzer, e: BinaryExpr, ctx: Ctx): TExpr {
  switch (e.op) {
    case "&&":
    case "||": {
      const left = coerce(a, checkExpr(a, e.left, ctx), T.bool, { code: "StaticTypeMismatch", what: `left operand of \`${e.op}\`` });
      const right = coerce(a, checkExpr(a, e.right, ctx), T.bool, { code: "StaticTypeMismatch", what: `right operand of \`${e.op}\`` });
      return tryFold(a, { kind: "Binary", op: e.op === "&&" ? "and" : "or", left, right, type: T.bool, span: e.span });
    }
    case "==":
    case "!=":
      return checkEquality(a, e, ctx);
    default:
      break;
  }
  const left = checkExpr(a, e.left, ctx);
  const right = checkExpr(a, e.right, ctx);
  const lt = left.type;
  const rt = right.type;
  if (lt.kind === "Error" || rt.kind === "Error") return { kind: "Binary", op: "addInt", left, right, type: T.error, span: e.span };
  if (lt.kind === "Never" || rt.kind === "Never") return unknownOperand(a, e, lt.kind === "Never" ? left : right);
  if (e.op === "+" && (lt.kind === "String" || rt.kind === "String")) {
    if (isTextable(lt) && isTextable(rt)) {
      return tryFold(a, { kind: "Binary", op: "concat", left: toText(a, left), right: toText(a, right), type: T.string, span: e.span });
    }
  }
  if (e.op === "+" && lt.kind === "Record" && rt.kind === "Record") {
    a.error("Unsupported", "merging dicts with `+` is not supported (LATER in the language reference): use a spread `{ ...a, ...b }`", e.opSpan);
    return { kind: "Binary", op: "addInt", left, right, type: T.error, span: e.span };
  }
  if (!isNumeric(lt) || !isNumeric(rt)) {
    const what = e.op === "<" || e.op === ">" || e.op === "<=" || e.op === ">=" ? "comparison" : "arithmetic";
    a.error("StaticTypeMismatch", `\`${e.op}\` is not defined for ${printType(lt)} and ${printType(rt)}`, e.opSpan, [
      { message: what === "comparison" ? "only Int and Float values are ordered" : "arithmetic needs Int or Float operands (`+` also joins Strings)" },
    ]);
    return { kind: "Binary", op: "addInt", left, right, type: T.error, span: e.span };
  }
  const useFloat = lt.kind === "Float" || rt.kind === "Float";
  const l = useFloat ? toFloat(a, left) : left;
  const r = useFloat ? toFloat(a, right) : right;
  const op = numericOp(e.op, useFloat);
  const comparison = e.op === "<" || e.op === ">" || e.op === "<=" || e.op === ">=";
  const type = comparison ? T.bool : useFloat ? T.float : T.int;
  return tryFold(a, { kind: "Binary", op, left: l, right: r, type, span: e.span });
}

function numericOp(op: ast.BinaryOp, useFloat: boolean): BinaryOpId {
  const suffix = useFloat ? "Float" : "Int";
  const base = { "+": "add", "-": "sub", "*": "mul", "/": "div", "%": "rem", "<": "lt", "<=": "le", ">": "gt", ">=": "ge" } as const;
  return `${base[op as keyof typeof base]}${suffix}` as BinaryOpId;
}

/** `a == b`: one type for both sides (§4.2); `Int == Float` is a type error (Decision). */
function checkEquality(a: Analyzer, e: BinaryExpr, ctx: Ctx): TExpr {
  // `x == None`: the context-free side is checked first and gives the other its expected type.
  const rightFirst = isContextDependent(e.left) && !isContextDependent(e.right);
  let left: TExpr;
  let right: TExpr;
  if (rightFirst) {
    right = checkExpr(a, e.right, ctx);
    left = checkExpr(a, e.left, ctx, right.type);
  } else {
    left = checkExpr(a, e.left, ctx);
    right = checkExpr(a, e.right, ctx, left.type);
  }
  const op = e.op === "==" ? "eq" : "ne";
  const joined = joinTypes(left.type, right.type);
  if (joined === undefined) {
    const intFloat = isNumeric(left.type) && isNumeric(right.type);
    a.error("StaticTypeMismatch", `\`${e.op}\` compares values of one type, found ${printType(left.type)} and ${printType(right.type)}`, e.opSpan, [
      { message: intFloat ? "an Int never equals a Float here: convert explicitly or compare Float literals (`1.0`)" : "both sides must have the same type" },
    ]);
    return { kind: "Binary", op, left, right, type: T.bool, span: e.span };
  }
  if (containsClosure(joined)) {
    a.error("StaticTypeMismatch", `closures cannot be compared with \`${e.op}\``, e.opSpan);
    return { kind: "Binary", op, left, right, type: T.bool, span: e.span };
  }
  const site = { code: "StaticTypeMismatch", what: `operand of \`${e.op}\`` };
  return tryFold(a, { kind: "Binary", op, left: coerce(a, left, joined, site), right: coerce(a, right, joined, site), type: T.bool, span: e.span });
}

function toFloat(a: Analyzer, e: TExpr): TExpr {
  return e.type.kind === "Int" ? tryFold(a, { kind: "IntToFloat", operand: e, type: T.float, span: e.span }) : e;
}

export function toText(a: Analyzer, e: TExpr): TExpr {
  return e.type.kind === "String" ? e : tryFold(a, { kind: "ToText", operand: e, type: T.string, span: e.span });
}

function unknownOperand(a: Analyzer, e: ast.Expr, operand: TExpr): TExpr {
  a.error("ExpressionTypeUnknown", "the type of this operand is unknown (an empty list or `None` without an expected type)", operand.span);
  return { kind: "Unary", op: "negInt", operand, type: T.error, span: e.span };
}
