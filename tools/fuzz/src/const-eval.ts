// The part of constant folding (§4.2) the generator must predict: an Int
// operation whose operands are both built only from literals and operators
// is folded by the checker, and if it divides by zero or overflows the
// program is rejected (ConstDivisionByZero / ConstNumericOverflow). Before
// building such an operation the generator evaluates it here and backs off
// when it would fail or when it cannot tell.
import type { GExpr } from "./gast.js";
import { MAX_I64, MIN_I64 } from "./gen-literals.js";

/** Only literals, operators, `? :` and f-strings: what the checker may fold. */
export function isFoldable(e: GExpr): boolean {
  switch (e.kind) {
    case "Int":
    case "Float":
    case "Str":
    case "Bool":
      return true;
    case "Unary":
      return isFoldable(e.operand);
    case "Binary":
      return isFoldable(e.left) && isFoldable(e.right);
    case "Ternary":
      return isFoldable(e.cond) && isFoldable(e.then) && isFoldable(e.else);
    case "FString":
      return e.parts.every((p) => typeof p === "string" || isFoldable(p));
    default:
      return false;
  }
}

type Folded = { readonly ok: true; readonly value: bigint } | { readonly ok: false };

const fail: Folded = { ok: false };

function inRange(v: bigint): Folded {
  return v < MIN_I64 || v > MAX_I64 ? fail : { ok: true, value: v };
}

/**
 * The exact Int value of a foldable Int expression, or `ok: false` when it
 * would raise or when this small evaluator does not know (then the caller
 * treats it as failing).
 */
export function foldInt(e: GExpr): Folded {
  switch (e.kind) {
    case "Int":
      return { ok: true, value: e.value };
    case "Unary": {
      if (e.op !== "-") return fail;
      const x = foldInt(e.operand);
      return x.ok ? inRange(-x.value) : fail;
    }
    case "Binary": {
      const l = foldInt(e.left);
      const r = foldInt(e.right);
      if (!l.ok || !r.ok) return fail;
      switch (e.op) {
        case "+":
          return inRange(l.value + r.value);
        case "-":
          return inRange(l.value - r.value);
        case "*":
          return inRange(l.value * r.value);
        case "/":
          return r.value === 0n ? fail : inRange(l.value / r.value);
        case "%":
          return r.value === 0n || (l.value === MIN_I64 && r.value === -1n) ? fail : { ok: true, value: l.value % r.value };
        default:
          return fail;
      }
    }
    case "Ternary": {
      if (e.cond.kind !== "Bool") return fail;
      return foldInt(e.cond.value ? e.then : e.else);
    }
    default:
      return fail;
  }
}

/**
 * Whether building this Int node could be rejected by the constant folder:
 * its operands are all foldable and it does not evaluate cleanly.
 */
export function constFoldFails(e: GExpr): boolean {
  return isFoldable(e) && !foldInt(e).ok;
}
