// Constant folding (§4.2): an expression built only from literals and
// operators is evaluated before the run. Each node is folded right after it is
// built, bottom-up, so `false ? 1 / 0 : 2` reports the `1 / 0` even though that
// branch would never run. Int division by zero and Int overflow are the static
// errors ConstDivisionByZero / ConstNumericOverflow; Float operations are not
// checked (`1.0 / 0.0` stays unfolded and fails at run time with DivisionByZero).
import { intToFloat, isPrimitiveTrap, type Value } from "@tetra/core";
import { applyBinary, applyUnary } from "../eval/operators.js";
import { toText } from "../eval/value-ops.js";
import type { Analyzer } from "./context.js";
import type { TExpr } from "./typed-ast.js";

type Const = Extract<TExpr, { kind: "Const" }>;

/** A folded value whose type is sound (a Const whose type error was reported is not folded further). */
function isConst(e: TExpr): e is Const {
  return e.kind === "Const" && e.type.kind !== "Error";
}

function constOf(e: TExpr, value: Value): TExpr {
  return { kind: "Const", value, type: e.type, span: e.span };
}

/** `e` with its value when every operand is a constant; reports Int errors. */
export function tryFold(a: Analyzer, e: TExpr): TExpr {
  if (e.type.kind === "Error") return e;
  switch (e.kind) {
    case "Unary": {
      const { operand } = e;
      return isConst(operand) ? attempt(a, e, () => applyUnary(e.op, operand.value)) : e;
    }
    case "Binary": {
      const { left, right } = e;
      if (!isConst(left) || !isConst(right)) return e;
      return attempt(a, e, () => applyBinary(e.op, left.value, right.value));
    }
    case "IntToFloat":
      return isConst(e.operand) && e.operand.value.kind === "int" ? constOf(e, { kind: "float", value: intToFloat(e.operand.value.value) }) : e;
    case "ToText":
      return isConst(e.operand) ? constOf(e, { kind: "string", value: toText(e.operand.value) }) : e;
    case "FString": {
      if (!e.parts.every((p) => p.kind === "Text" || isConst(p.expr))) return e;
      const text = e.parts.map((p) => (p.kind === "Text" ? p.value : toText((p.expr as Const).value))).join("");
      return constOf(e, { kind: "string", value: text });
    }
    case "Ternary": {
      const { cond, then, else: otherwise } = e;
      if (!isConst(cond) || !isConst(then) || !isConst(otherwise) || cond.value.kind !== "bool") return e;
      return constOf(e, cond.value.value ? then.value : otherwise.value);
    }
    default:
      return e;
  }
}

function attempt(a: Analyzer, e: TExpr, compute: () => Value): TExpr {
  try {
    return constOf(e, compute());
  } catch (err) {
    if (!isPrimitiveTrap(err)) throw err;
    // Float traps (division by a zero constant) are left for run time.
    if (e.kind === "Binary" && (e.op === "divFloat" || e.op === "remFloat")) return e;
    if (err.kind === "DivisionByZero") {
      a.error("ConstDivisionByZero", "constant Int division by zero", e.span, [{ message: "at run time this would be the error DivisionByZero" }]);
    } else {
      a.error("ConstNumericOverflow", "constant Int arithmetic overflows the 64-bit range", e.span, [
        { message: "at run time this would be the error NumericOverflow" },
      ]);
    }
    return e;
  }
}
