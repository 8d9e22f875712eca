// Lists (§3.4, §7.3): literals with spreads, comprehensions, and the loop
// machinery of the higher-order built-ins. A `Source` is something a loop can
// walk: a list value, or `range(a, b)` written directly as the source, which
// is FUSED into a counting loop and never materialised:
//   range(10000000).reduce(0, (acc, i) => acc + i)   → one i64 counter, no list
// Results of map/filter/comprehensions are allocated once with capacity =
// source length; the length is stored at the end.
import { InternalError } from "@tetra/core";
import type { Expr, Label, LocalRef } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import { T, type Type } from "../types/type.js";
import { constExpr } from "./constants.js";
import type { FnCtx } from "./context.js";
import { lowerExpr } from "./expr.js";
import { listView, loadSlot, storeSlot, valTypeOf } from "./layout.js";

export interface Source {
  readonly element: Type;
  /** The element count as an i32 (a range too long for any list traps MemoryLimitExceeded). */
  count(): Expr;
  /** Emits a loop over the elements; `body` gets each element (a pure local read) and the loop's exit label. */
  each(body: (x: Expr, exit: Label) => void): void;
}

function isRange(e: TExpr): e is Extract<TExpr, { kind: "CallIntrinsic" }> {
  return e.kind === "CallIntrinsic" && e.fn === "range";
}

/** Evaluates the list expression (or a range's bounds) now and returns a walker over it. */
export function openSource(c: FnCtx, e: TExpr): Source {
  const b = c.b;
  if (isRange(e)) {
    const lo = c.let(lowerExpr(c, e.args[0]!), "i64", "lo");
    const hi = c.let(lowerExpr(c, e.args[1]!), "i64", "hi");
    const site = c.L.site(e.span);
    return {
      element: T.int,
      count: () => rangeCount(c, lo, hi, site),
      each(body) {
        const i = c.let(b.get(lo), "i64", "i");
        // i only counts up from lo: never negative when lo is a non-negative constant (`range(n)`).
        const first = e.args[0]!;
        if (first.kind === "Const" && first.value.kind === "int" && first.value.value >= 0n) c.nonNegative.add(i.name);
        b.block((exit) =>
          b.loop((next) => {
            b.brIf(exit, b.i64.geS(b.get(i), b.get(hi)));
            body(b.get(i), exit);
            // i < hi ≤ MAX, so i + 1 cannot wrap.
            b.set(i, b.i64.add(b.get(i), b.i64.const(1)));
            b.br(next);
          }, "range"),
        );
      },
    };
  }
  if (e.type.kind !== "List") throw new InternalError("iteration over a non-list", e.type);
  const element = e.type.element;
  const xs = c.let(lowerExpr(c, e), "i32", "xs");
  return listSource(c, element, xs);
}

export function listSource(c: FnCtx, element: Type, xs: LocalRef): Source {
  const b = c.b;
  const view = listView(element);
  return {
    element,
    count: () => b.i32.load(b.get(xs)),
    each(body) {
      const n = c.let(b.i32.load(b.get(xs)), "i32", "n");
      const k = c.let(b.i32.const(0), "i32", "k");
      const x = c.temp(valTypeOf(element), "x");
      b.block((exit) =>
        b.loop((next) => {
          b.brIf(exit, b.i32.geU(b.get(k), b.get(n)));
          b.set(x, loadSlot(b, element, b.i32.add(b.get(xs), b.i32.mul(b.get(k), b.i32.const(view.stride))), view.header));
          body(b.get(x), exit);
          b.set(k, b.i32.add(b.get(k), b.i32.const(1)));
          b.br(next);
        }, "each"),
      );
    },
  };
}

/** max(0, hi - lo) as an i32; beyond 2^31 - 1 no list could hold it: MemoryLimitExceeded. */
function rangeCount(c: FnCtx, lo: LocalRef, hi: LocalRef, site: number): Expr {
  const b = c.b;
  const n = c.let(b.ifValue("i64", b.i64.gtS(b.get(hi), b.get(lo)), () => b.i64.sub(b.get(hi), b.get(lo)), () => b.i64.const(0)), "i64", "count");
  // hi - lo wraps only when the true count is ≥ 2^63: it is then negative as i64.
  b.if(b.i32.or(b.i64.ltS(b.get(n), b.i64.const(0)), b.i64.gtS(b.get(n), b.i64.const(0x7fff_ffff))), () => b.trap("MemoryLimitExceeded", site));
  return b.i32.wrapI64(b.get(n));
}

/** The count of a source as an Int (len/count of a range without building it). */
export function sourceLength(c: FnCtx, src: Source): Expr {
  return c.b.i64.extendI32U(src.count());
}

/** Allocates a list object with room for `count` elements; traps MemoryLimitExceeded beyond any arena. */
export function allocList(c: FnCtx, element: Type, count: Expr, site: number): LocalRef {
  const b = c.b;
  const view = listView(element);
  const size = c.let(b.i64.add(b.i64.const(view.header), b.i64.mul(b.i64.extendI32U(count), b.i64.const(view.stride))), "i64", "size");
  b.if(b.i64.gtU(b.get(size), b.i64.const(0x7fff_ffff)), () => b.trap("MemoryLimitExceeded", site));
  return c.let(b.alloc("scratch", b.i32.wrapI64(b.get(size)), view.align, site), "i32", "list");
}

/**
 * A new list of `element`s from a walk over `src`: capacity = src's count, one
 * allocation; `produce` calls `push(v)` for each element to keep.
 */
export function collect(c: FnCtx, src: Source, element: Type, site: number, produce: (x: Expr, push: (v: Expr) => void) => void): Expr {
  const b = c.b;
  const view = listView(element);
  const out = allocList(c, element, src.count(), site);
  const n = c.let(b.i32.const(0), "i32", "len");
  src.each((x) =>
    produce(x, (v) => {
      storeSlot(b, element, b.i32.add(b.get(out), b.i32.mul(b.get(n), b.i32.const(view.stride))), v, view.header);
      b.set(n, b.i32.add(b.get(n), b.i32.const(1)));
    }),
  );
  b.i32.store(b.get(out), b.get(n));
  return b.get(out);
}

/** Every element of `src` as a new list of `element`s. */
export function collectAll(c: FnCtx, src: Source, element: Type, site: number): Expr {
  return collect(c, src, element, site, (x, push) => push(x));
}

/** The element type of a list type; Never for anything else. */
export function listElement(t: Type): Type {
  return t.kind === "List" ? t.element : T.never;
}

/** A range as a list (when its consumer cannot be fused). */
export function materializeRange(c: FnCtx, e: Extract<TExpr, { kind: "CallIntrinsic" }>): Expr {
  return collectAll(c, openSource(c, e), T.int, c.L.site(e.span));
}

export function lowerList(c: FnCtx, e: Extract<TExpr, { kind: "List" }>): Expr {
  const b = c.b;
  if (e.type.kind !== "List") throw new InternalError("list literal of a non-list type", e.type);
  const element = e.type.element;
  if (e.items.length === 0) return constExpr(b, c.L.m, { kind: "list", items: [] }, e.type);
  const view = listView(element);
  const site = c.L.site(e.span);
  const vals = e.items.map((it) => c.let(lowerExpr(c, it.expr), it.kind === "Spread" ? "i32" : valTypeOf(element), it.kind === "Spread" ? "spread" : "item"));
  let count: Expr = b.i32.const(e.items.filter((it) => it.kind === "Item").length);
  e.items.forEach((it, i) => {
    if (it.kind === "Spread") count = b.i32.add(count, b.i32.load(b.get(vals[i]!)));
  });
  const out = allocList(c, element, count, site);
  const n = c.let(b.i32.const(0), "i32", "len");
  const at = (): Expr => b.i32.add(b.i32.add(b.get(out), b.i32.const(view.header)), b.i32.mul(b.get(n), b.i32.const(view.stride)));
  e.items.forEach((it, i) => {
    const v = vals[i]!;
    if (it.kind === "Item") {
      storeSlot(b, element, at(), b.get(v));
      b.set(n, b.i32.add(b.get(n), b.i32.const(1)));
      return;
    }
    const len = c.let(b.i32.load(b.get(v)), "i32", "slen");
    b.memoryCopy(at(), b.i32.add(b.get(v), b.i32.const(view.header)), b.i32.mul(b.get(len), b.i32.const(view.stride)), site);
    b.set(n, b.i32.add(b.get(n), b.get(len)));
  });
  b.i32.store(b.get(out), b.get(n));
  return b.get(out);
}

export function lowerComprehension(c: FnCtx, e: Extract<TExpr, { kind: "Comprehension" }>): Expr {
  const b = c.b;
  if (e.type.kind !== "List") throw new InternalError("comprehension of a non-list type", e.type);
  const element = e.type.element;
  const src = openSource(c, e.source);
  return collect(c, src, element, c.L.site(e.span), (x, push) => {
    if (e.binder !== null) {
      const binder = e.binder;
      const v = c.bind(x, valTypeOf(src.element), c.L.scopes.binding(binder).name.replace(/[^A-Za-z0-9_]/g, "_"));
      c.values.set(binder, () => b.get(v));
    }
    if (e.filter === null) push(lowerExpr(c, e.element));
    else b.if(lowerExpr(c, e.filter), () => push(lowerExpr(c, e.element)));
  });
}
