// `match` (§3.10): the scrutinee once into a local, then the arms in order as
// `if (test) br $match body`; falling off the last arm traps TypeMismatch at
// the match. Variant tests read the tag byte (Option: None is the null
// pointer); slot bindings are loads of the payload into locals. Type patterns
// (`Int:`) were decided by the analyzer (`matches`), so they cost nothing.
import { unreachable } from "@tetra/core";
import type { Expr } from "@tetra/ir";
import type { TExpr, TPattern } from "../analyze/typed-ast.js";
import type { Type } from "../types/type.js";
import type { FnCtx } from "./context.js";
import { lowerExpr } from "./expr.js";
import { cellView, loadSlot, valTypeOf, variantPayloadTypes, variantViews } from "./layout.js";

export function lowerMatch(c: FnCtx, e: Extract<TExpr, { kind: "Match" }>): Expr {
  const b = c.b;
  const st = e.scrutinee.type;
  const s = c.let(lowerExpr(c, e.scrutinee), valTypeOf(st), "scrut");
  const vt = valTypeOf(e.type);
  return b.blockValue(
    vt,
    (exit) => {
      for (const arm of e.arms) {
        const test = patternTest(c, arm.pattern, st, () => b.get(s));
        if (test === false) continue;
        if (test === true) {
          bindSlots(c, arm.pattern, st, () => b.get(s));
          return lowerExpr(c, arm.body);
        }
        b.if(test, () => {
          bindSlots(c, arm.pattern, st, () => b.get(s));
          b.br(exit, lowerExpr(c, arm.body));
        });
      }
      return { kind: "trap", trap: "TypeMismatch", site: c.L.site(e.span) };
    },
    "match",
  );
}

/** The arm's test: a constant when statically decided, else an i32 condition. */
function patternTest(c: FnCtx, p: TPattern, st: Type, s: () => Expr): Expr | boolean {
  const b = c.b;
  switch (p.kind) {
    case "Wildcard":
      return true;
    case "TypeTest":
      return p.matches;
    case "Variant":
      if (p.family === "option") return p.index === 0 ? b.i32.eqz(s()) : b.i32.ne(s(), b.i32.const(0));
      if (st.kind === "Enum" && st.variants.length === 1) return true;
      return b.i32.eq(b.i32.load8U(s()), b.i32.const(p.index));
    default:
      return unreachable(p);
  }
}

function bindSlots(c: FnCtx, p: TPattern, st: Type, s: () => Expr): void {
  if (p.kind !== "Variant") return;
  const b = c.b;
  p.slots.forEach((binding, k) => {
    if (binding === null) return;
    let t: Type;
    let v: Expr;
    if (p.family === "option") {
      if (st.kind !== "Option") return;
      t = st.some;
      v = loadSlot(b, t, s(), cellView(t).fields[0]!.offset);
    } else {
      t = variantPayloadTypes(st, p.index)[k]!;
      v = loadSlot(b, t, s(), variantViews(st)[p.index]!.offsets[k]!);
    }
    const l = c.let(v, valTypeOf(t), c.L.scopes.binding(binding).name.replace(/[^A-Za-z0-9_]/g, "_"));
    c.values.set(binding, () => b.get(l));
  });
}
