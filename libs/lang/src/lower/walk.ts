// The children of a typed-AST node in evaluation order (typed-ast.ts: operands
// left to right; a CallClosure's arguments before its callee). Used by the
// lowering pre-pass (scopes.ts) and by small syntactic predicates.
import { unreachable } from "@tetra/core";
import type { TExpr } from "../analyze/typed-ast.js";

export function childrenOf(e: TExpr): readonly TExpr[] {
  switch (e.kind) {
    case "Const":
    case "Name":
      return [];
    case "FString":
      return e.parts.flatMap((p) => (p.kind === "Interp" ? [p.expr] : []));
    case "ToText":
    case "IntToFloat":
    case "Unary":
    case "Coerce":
      return [e.operand];
    case "RecordGet":
    case "TupleGet":
      return [e.object];
    case "DictGet":
      return [e.object, e.key];
    case "ListIndex":
      return [e.object, e.index];
    case "Binary":
      return [e.left, e.right];
    case "Ternary":
      return [e.cond, e.then, e.else];
    case "CallIntrinsic":
    case "CallFunction":
      return e.args;
    case "CallClosure":
      return [...e.args, e.callee];
    case "MakeOption":
      return e.value === null ? [] : [e.value];
    case "MakeResult":
      return [e.value];
    case "MakeVariant":
      return [...e.items, ...e.fields.map((f) => f.value)];
    case "List":
      return e.items.map((i) => i.expr);
    case "Tuple":
      return e.items;
    case "Comprehension":
      return e.filter === null ? [e.source, e.element] : [e.source, e.filter, e.element];
    case "Dict":
      return e.entries.map((x) => (x.kind === "Field" ? x.value : x.expr));
    case "Closure":
      return [e.body];
    case "Where":
      return [...e.bindings.map((x) => x.value), e.body];
    case "Match":
      return [e.scrutinee, ...e.arms.map((a) => a.body)];
    default:
      return unreachable(e);
  }
}
