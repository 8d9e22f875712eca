// Tuples, `Some`/`None`, `Ok`/`Err` and enum variants (§3.5, §3.11, §3.13):
// components are evaluated left to right into locals, then one object is
// allocated in the layout of docs/abi.md and filled. `None` is the null
// pointer; a unit variant is a one-byte constant in the data region.
import type { Expr } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import { constExpr } from "./constants.js";
import type { FnCtx } from "./context.js";
import { lowerExpr } from "./expr.js";
import { cellView, fieldsLayout, objectAlign, storeSlot, valTypeOf, variantPayloadTypes, variantViews } from "./layout.js";
import type { Type } from "../types/type.js";

/** Evaluates `items` in order into locals, allocates `size` bytes and stores each at its offset. */
function build(c: FnCtx, items: readonly TExpr[], types: readonly Type[], offsets: readonly number[], size: number, align: number, span: TExpr["span"], header?: (obj: Expr) => void): Expr {
  const b = c.b;
  const vals = items.map((x, i) => c.let(lowerExpr(c, x), valTypeOf(types[i]!), "c"));
  const obj = c.let(b.alloc("scratch", b.i32.const(size), align, c.L.site(span)), "i32", "obj");
  header?.(b.get(obj));
  vals.forEach((v, i) => storeSlot(b, types[i]!, b.get(obj), b.get(v), offsets[i]!));
  return b.get(obj);
}

export function lowerTuple(c: FnCtx, e: Extract<TExpr, { kind: "Tuple" }>): Expr {
  const t = e.type;
  const types = t.kind === "Tuple" ? t.elements : e.items.map((x) => x.type);
  const l = fieldsLayout(types);
  return build(c, e.items, types, l.fields.map((f) => f.offset), l.size, Math.max(4, l.align), e.span);
}

export function lowerMakeOption(c: FnCtx, e: Extract<TExpr, { kind: "MakeOption" }>): Expr {
  if (e.value === null) return c.b.i32.const(0);
  const some = e.type.kind === "Option" ? e.type.some : e.value.type;
  const l = cellView(some);
  return build(c, [e.value], [some], [l.fields[0]!.offset], l.size, Math.max(4, l.align), e.span);
}

export function lowerMakeResult(c: FnCtx, e: Extract<TExpr, { kind: "MakeResult" }>): Expr {
  const tag = e.ok ? 0 : 1;
  const view = variantViews(e.type)[tag]!;
  const payload = variantPayloadTypes(e.type, tag);
  return build(c, [e.value], payload, view.offsets, view.size, Math.max(4, view.align), e.span, (obj) => c.b.i32.store8(obj, c.b.i32.const(tag)));
}

export function lowerMakeVariant(c: FnCtx, e: Extract<TExpr, { kind: "MakeVariant" }>): Expr {
  const b = c.b;
  const view = variantViews(e.type)[e.variantIndex]!;
  const payload = variantPayloadTypes(e.type, e.variantIndex);
  if (payload.length === 0) {
    const key = `unit:${e.enumName}.${e.variant}`;
    let at = c.L.helpers.get(key);
    if (at === undefined) {
      const value = { kind: "enum", enumName: e.enumName, variant: e.variant, payload: { kind: "unit" } } as const;
      const expr = constExpr(b, c.L.m, value, e.type);
      at = String(expr.kind === "i32.const" ? expr.value : 0);
      c.L.helpers.set(key, at);
    }
    return b.i32.const(Number(at));
  }
  // Struct fields are evaluated in source order; each lands at its declared position.
  const items = e.items.length > 0 ? e.items : e.fields.map((f) => f.value);
  const positions = e.items.length > 0 ? e.items.map((_, i) => i) : e.fields.map((f) => f.index);
  return build(
    c,
    items,
    positions.map((p) => payload[p]!),
    positions.map((p) => view.offsets[p]!),
    view.size,
    objectAlign(e.type),
    e.span,
    (obj) => b.i32.store8(obj, b.i32.const(view.tag)),
  );
}
