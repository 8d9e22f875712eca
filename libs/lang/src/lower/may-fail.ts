// Which expressions can never raise a language error (§5.4, §5.5): the test
// that decides whether two loops may be fused without changing which error a
// failing program reports (pipeline.ts). Conservative: anything not listed —
// calls, allocations, string building, lookups, conversions, reading a field
// or where binding (it may be forced and fail) — counts as "may fail".
// Resource limits (StepLimitExceeded, MemoryLimitExceeded, call depth) are not
// language errors here: fusion changes how much memory and fuel a run uses.
import type { TExpr } from "../analyze/typed-ast.js";

/** Names whose read is a plain local: no forcing, no conversion. */
const PLAIN_BINDINGS = new Set(["ClosureParam", "ComprehensionVar", "MatchBinding", "MainParam"]);

/** True when a divisor is a constant that can neither be zero nor -1 (`MIN / -1` overflows). */
function safeIntDivisor(e: TExpr): boolean {
  return e.kind === "Const" && e.value.kind === "int" && e.value.value !== 0n && e.value.value !== -1n;
}

function safeFloatDivisor(e: TExpr): boolean {
  return e.kind === "Const" && e.value.kind === "float" && e.value.value !== 0;
}

function scalar(e: TExpr): boolean {
  return e.type.kind === "Int" || e.type.kind === "Float" || e.type.kind === "Bool";
}

/** False only when evaluating `e` provably cannot fail with a language error. */
export function mayFail(e: TExpr): boolean {
  switch (e.kind) {
    case "Const":
      return false;
    case "Name":
      return !PLAIN_BINDINGS.has(e.bindingKind);
    case "IntToFloat":
      return mayFail(e.operand);
    case "RecordGet":
    case "TupleGet":
      return mayFail(e.object);
    case "Ternary":
      return mayFail(e.cond) || mayFail(e.then) || mayFail(e.else);
    case "Unary":
      // -MIN overflows; negating a Float or a Bool cannot fail.
      return e.op === "negInt" || mayFail(e.operand);
    case "Binary":
      return binaryMayFail(e) || mayFail(e.left) || mayFail(e.right);
    default:
      return true;
  }
}

function binaryMayFail(e: Extract<TExpr, { kind: "Binary" }>): boolean {
  switch (e.op) {
    case "addFloat":
    case "subFloat":
    case "mulFloat":
    case "ltInt":
    case "leInt":
    case "gtInt":
    case "geInt":
    case "ltFloat":
    case "leFloat":
    case "gtFloat":
    case "geFloat":
    case "and":
    case "or":
      return false;
    case "divInt":
    case "remInt":
      return !safeIntDivisor(e.right);
    case "divFloat":
    case "remFloat":
      return !safeFloatDivisor(e.right);
    case "eq":
    case "ne":
      return !(scalar(e.left) && scalar(e.right));
    default:
      // Checked Int +, -, * (NumericOverflow) and string concatenation (allocates).
      return true;
  }
}
