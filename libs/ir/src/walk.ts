// Generic traversal of expression trees: the one place (besides verify, print
// and the interpreter) that knows every node's children. Passes and backends
// use it instead of their own switches when they only care about a few kinds.
import { unreachable } from "@tetra/core";
import type { Expr, Func } from "./types.js";

/** Body lists of control nodes are rewritten with `list`; operand children with `child`. */
export interface Rewriter {
  readonly child: (e: Expr) => Expr;
  readonly list: (es: readonly Expr[]) => readonly Expr[];
}

/** A copy of `e` with each direct child rewritten (the node itself is kept as is). */
export function mapChildren(e: Expr, r: Rewriter): Expr {
  const c = r.child;
  switch (e.kind) {
    case "i32.const":
    case "i64.const":
    case "f64.const":
    case "local.get":
    case "trap":
    case "unreachable":
    case "func.ref":
    case "fuel":
    case "state.get":
      return e;
    case "local.set":
    case "local.tee":
    case "drop":
    case "state.set":
      return { ...e, value: c(e.value) };
    case "block":
    case "loop":
    case "frame":
      return { ...e, body: r.list(e.body) };
    case "if":
      return { ...e, cond: c(e.cond), then: r.list(e.then), else: r.list(e.else) };
    case "br":
    case "return":
      return e.value === undefined ? e : { ...e, value: c(e.value) };
    case "br_if":
      return { ...e, cond: c(e.cond) };
    case "br_table":
      return { ...e, index: c(e.index) };
    case "select":
      return { ...e, then: c(e.then), else: c(e.else), cond: c(e.cond) };
    case "call":
      return { ...e, args: e.args.map(c) };
    case "call_indirect":
      return { ...e, args: e.args.map(c), index: c(e.index) };
    case "load":
      return { ...e, addr: c(e.addr) };
    case "store":
      return { ...e, addr: c(e.addr), value: c(e.value) };
    case "memory.copy":
      return { ...e, dst: c(e.dst), src: c(e.src), len: c(e.len) };
    case "memory.fill":
      return { ...e, dst: c(e.dst), value: c(e.value), len: c(e.len) };
    case "alloc":
      return { ...e, size: c(e.size) };
    case "num":
      return { ...e, args: e.args.map(c) };
    default:
      return unreachable(e);
  }
}

/** The direct children of `e` in evaluation order (body lists flattened in order). */
export function children(e: Expr): Expr[] {
  const out: Expr[] = [];
  mapChildren(e, {
    child: (x) => {
      out.push(x);
      return x;
    },
    list: (xs) => {
      out.push(...xs);
      return xs;
    },
  });
  return out;
}

/** Visit `e` and all its descendants, parents first. */
export function walk(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  for (const c of children(e)) walk(c, visit);
}

/** Visit every node of a function body. */
export function walkFunc(f: Func, visit: (e: Expr) => void): void {
  for (const e of f.body) walk(e, visit);
}
