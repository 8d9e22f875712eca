// Children of a generated expression in a fixed order, and the inverse
// (rebuild a node from new children), so that the shrinker can address any
// subtree by a path of child indices and replace it.
import { unreachable } from "@tetra/core";
import type { GEntry, GExpr, GField } from "./gast.js";

export function children(e: GExpr): GExpr[] {
  switch (e.kind) {
    case "Int":
    case "Float":
    case "Str":
    case "Bool":
    case "None":
    case "Name":
      return [];
    case "Field":
    case "TupleGet":
      return [e.object];
    case "Index":
      return [e.object, e.index];
    case "Call":
    case "Module":
      return [...e.args];
    case "Method":
      return [e.receiver, ...e.args];
    case "Pipe":
      return [e.left, ...e.args];
    case "Unary":
      return [e.operand];
    case "Binary":
      return [e.left, e.right];
    case "Ternary":
      return [e.cond, e.then, e.else];
    case "FString":
      return e.parts.filter((p): p is GExpr => typeof p !== "string");
    case "List":
      return e.items.map((i) => i.expr);
    case "Comp":
      return e.filter === undefined ? [e.source, e.element] : [e.source, e.filter, e.element];
    case "Tuple":
      return [...e.items];
    case "Dict":
      return e.entries.map(entryExpr);
    case "Closure":
      return [e.body];
    case "Where":
      return [...e.bindings.map((b) => b.value), e.body];
    case "Match":
      return [e.scrutinee, ...e.arms.map((a) => a.body)];
    case "Variant":
      return e.payload.kind === "unit" ? [] : e.payload.kind === "tuple" ? [...e.payload.items] : e.payload.fields.map((f) => f.value);
    default:
      return unreachable(e);
  }
}

function entryExpr(en: GEntry): GExpr {
  return en.kind === "Spread" ? en.expr : en.value;
}

/** `e` with its children replaced by `kids` (same count and order as `children(e)`). */
export function withChildren(e: GExpr, kids: readonly GExpr[]): GExpr {
  let i = 0;
  const next = (): GExpr => kids[i++]!;
  switch (e.kind) {
    case "Int":
    case "Float":
    case "Str":
    case "Bool":
    case "None":
    case "Name":
      return e;
    case "Field":
    case "TupleGet":
      return { ...e, object: next() };
    case "Index":
      return { ...e, object: next(), index: next() };
    case "Call":
    case "Module":
      return { ...e, args: e.args.map(next) };
    case "Method":
      return { ...e, receiver: next(), args: e.args.map(next) };
    case "Pipe":
      return { ...e, left: next(), args: e.args.map(next) };
    case "Unary":
      return { ...e, operand: next() };
    case "Binary":
      return { ...e, left: next(), right: next() };
    case "Ternary":
      return { ...e, cond: next(), then: next(), else: next() };
    case "FString":
      return { ...e, parts: e.parts.map((p) => (typeof p === "string" ? p : next())) };
    case "List":
      return { ...e, items: e.items.map((it) => ({ ...it, expr: next() })) };
    case "Comp": {
      const source = next();
      if (e.filter === undefined) return { ...e, source, element: next() };
      const filter = next();
      return { ...e, source, filter, element: next() };
    }
    case "Tuple":
      return { ...e, items: e.items.map(next) };
    case "Dict":
      return { ...e, entries: e.entries.map((en): GEntry => (en.kind === "Spread" ? { ...en, expr: next() } : { ...en, value: next() })) };
    case "Closure":
      return { ...e, body: next() };
    case "Where": {
      const bindings = e.bindings.map((b): GField => ({ ...b, value: next() }));
      return { ...e, bindings, body: next() };
    }
    case "Match":
      return { ...e, scrutinee: next(), arms: e.arms.map((a) => ({ ...a, body: next() })) };
    case "Variant": {
      const p = e.payload;
      if (p.kind === "unit") return e;
      if (p.kind === "tuple") return { ...e, payload: { kind: "tuple", items: p.items.map(next) } };
      return { ...e, payload: { kind: "struct", fields: p.fields.map((f) => ({ ...f, value: next() })) } };
    }
    default:
      return unreachable(e);
  }
}

/** Every subtree with its path, parents before children (big cuts are tried first). */
export function subtrees(root: GExpr): { readonly path: readonly number[]; readonly node: GExpr }[] {
  const out: { path: readonly number[]; node: GExpr }[] = [];
  const queue: { path: readonly number[]; node: GExpr }[] = [{ path: [], node: root }];
  while (queue.length > 0) {
    const item = queue.shift()!;
    out.push(item);
    children(item.node).forEach((c, i) => queue.push({ path: [...item.path, i], node: c }));
  }
  return out;
}

export function replaceAt(root: GExpr, path: readonly number[], replacement: GExpr): GExpr {
  if (path.length === 0) return replacement;
  const kids = children(root);
  const [head, ...rest] = path;
  kids[head!] = replaceAt(kids[head!]!, rest, replacement);
  return withChildren(root, kids);
}

/** Number of expression nodes (coverage counts and reports). */
export function countNodes(e: GExpr, into: Map<string, number>): void {
  into.set(e.kind, (into.get(e.kind) ?? 0) + 1);
  for (const c of children(e)) countNodes(c, into);
}
