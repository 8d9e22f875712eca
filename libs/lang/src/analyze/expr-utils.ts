// Small syntactic and type predicates used by several checkers.
import type * as ast from "../ast.js";
import { memoType } from "../types/type-memo.js";
import type { Type } from "../types/type.js";

/**
 * Expressions whose type comes from the expected type (§4.1): `None`, `Ok(…)`,
 * `Err(…)`, `[]`, and ternaries made only of those. Where several expressions
 * must share a type (list elements, ternary branches, match arms, `==`), the
 * others are checked first and give these their expected type.
 */
export function isContextDependent(e: ast.Expr): boolean {
  switch (e.kind) {
    case "None":
      return true;
    case "List":
      return e.items.length === 0;
    case "Call":
      return e.callee.kind === "Name" && (e.callee.name === "Ok" || e.callee.name === "Err");
    case "Ternary":
      return isContextDependent(e.then) && isContextDependent(e.else);
    default:
      return false;
  }
}

export const containsClosure: (t: Type) => boolean = memoType(containsClosureOnce);

function containsClosureOnce(t: Type): boolean {
  switch (t.kind) {
    case "Closure":
      return true;
    case "List":
      return containsClosure(t.element);
    case "Tuple":
      return t.elements.some(containsClosure);
    case "Dict":
      return containsClosure(t.value);
    case "Record":
      return t.fields.some((f) => containsClosure(f.type));
    case "Schema":
      return t.fields.some((f) => containsClosure(f.type));
    case "Enum":
      return t.variants.some((v) =>
        v.payload.kind === "tuple" ? v.payload.elements.some(containsClosure) : v.payload.kind === "struct" ? v.payload.fields.some((f) => containsClosure(f.type)) : false,
      );
    case "Option":
      return containsClosure(t.some);
    case "Result":
      return containsClosure(t.ok) || containsClosure(t.err);
    default:
      return false;
  }
}
