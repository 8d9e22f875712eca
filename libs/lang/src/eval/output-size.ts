// How many JSON nodes a result projects to, counted before the projection is
// written. Values are DAGs — `{ a: (1, 1), b: (a, a), c: (b, b), … }` holds
// 2^40 leaves in a few dozen objects — so a run can end with a value whose JSON
// could never be printed. The count is memoised per value object (shared
// parts are counted once per object, then reused) and stops at the limit.
import { unreachable, type Value } from "@tetra/core";
import { projectedFields } from "../types/type-relations.js";
import type { Type } from "../types/type.js";

/** The projected node count of `v` (of type `t`), or `limit + 1` once it exceeds `limit`. */
export function projectedSize(v: Value, t: Type, limit: number): number {
  const memo = new WeakMap<object, number>();
  const size = (x: Value, ty: Type): number => {
    const hit = memo.get(x);
    if (hit !== undefined) return hit;
    let n = 1;
    const add = (y: Value | undefined, yt: Type | undefined): void => {
      if (n > limit || y === undefined || yt === undefined) return;
      n = Math.min(limit + 1, n + size(y, yt));
    };
    switch (ty.kind) {
      case "List":
        if (x.kind === "list") for (const y of x.items) add(y, ty.element);
        break;
      case "Tuple":
        if (x.kind === "tuple") x.items.forEach((y, i) => add(y, ty.elements[i]));
        break;
      case "Dict":
        if (x.kind === "record") for (const y of x.fields.values()) add(y, ty.value);
        break;
      case "Record":
        if (x.kind === "record") for (const f of projectedFields(ty.fields)) add(x.fields.get(f.name), f.type);
        break;
      case "Schema":
        if (x.kind === "record") for (const f of ty.fields) add(x.fields.get(f.name), f.type);
        break;
      case "Enum":
        if (x.kind === "enum") {
          const decl = ty.variants.find((d) => d.name === x.variant);
          const p = x.payload;
          if (decl?.payload.kind === "tuple" && p.kind === "tuple") p.items.forEach((y, i) => add(y, decl.payload.kind === "tuple" ? decl.payload.elements[i] : undefined));
          if (decl?.payload.kind === "struct" && p.kind === "struct") for (const f of decl.payload.fields) add(p.fields.get(f.name), f.type);
        }
        break;
      case "Option":
        if (x.kind === "option" && x.some !== null) add(x.some, ty.some);
        break;
      case "Result":
        if (x.kind === "result") add(x.value, x.isOk ? ty.ok : ty.err);
        break;
      case "Int":
      case "Float":
      case "Bool":
      case "String":
      case "Closure":
      case "Never":
      case "Error":
        break;
      default:
        return unreachable(ty);
    }
    memo.set(x, n);
    return n;
  };
  return size(v, t);
}
