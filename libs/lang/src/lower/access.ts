// Indexing: `xs[i]` (IndexOutOfBounds outside 0 .. len-1, §3.2) and `d.key` /
// `d[k]` on a `Dict<String, V>` (binary search with rt.dict_find;
// VariableNotFound when absent).
import type { Expr } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import type { Type } from "../types/type.js";
import type { FnCtx } from "./context.js";
import { lowerExpr } from "./expr.js";
import { dictView, listView, loadSlot, zeroOf, valTypeOf } from "./layout.js";

export function lowerListIndex(c: FnCtx, e: Extract<TExpr, { kind: "ListIndex" }>): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  const xs = c.let(lowerExpr(c, e.object), "i32", "xs");
  const i = c.let(lowerExpr(c, e.index), "i64", "i");
  // Unsigned: a negative index is huge, so one comparison covers both ends.
  b.if(b.i64.geU(b.get(i), b.i64.extendI32U(b.i32.load(b.get(xs), 0, site))), () => b.trap("IndexOutOfBounds", site));
  return elementAt(c, e.type, b.get(xs), b.i32.wrapI64(b.get(i)));
}

/** Element `i` (an i32, in range) of list `xs` of `element`s. */
export function elementAt(c: FnCtx, element: Type, xs: Expr, i: Expr): Expr {
  const b = c.b;
  const v = listView(element);
  return loadSlot(b, element, b.i32.add(xs, b.i32.mul(i, b.i32.const(v.stride))), v.header);
}

/** The entry index of `key` in dict `d` (a local), or -1. */
export function dictFind(c: FnCtx, value: Type, d: Expr, key: Expr, span: TExpr["span"]): Expr | undefined {
  const find = c.L.runtime("rt.dict_find", span);
  if (find === undefined) return undefined;
  const v = dictView(value);
  return c.b.call(find, [d, key, c.b.i32.const(v.header), c.b.i32.const(v.stride)], c.L.site(span));
}

export function lowerDictGet(c: FnCtx, e: Extract<TExpr, { kind: "DictGet" }>): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  const d = c.let(lowerExpr(c, e.object), "i32", "d");
  const k = c.let(lowerExpr(c, e.key), "i32", "k");
  const found = dictFind(c, e.type, b.get(d), b.get(k), e.span);
  if (found === undefined) return zeroOf(b, valTypeOf(e.type));
  const idx = c.let(found, "i32", "idx");
  b.if(b.i32.ltS(b.get(idx), b.i32.const(0)), () => b.trap("VariableNotFound", site));
  const v = dictView(e.type);
  return loadSlot(b, e.type, b.i32.add(b.get(d), b.i32.mul(b.get(idx), b.i32.const(v.stride))), v.header + v.valueOffset);
}
