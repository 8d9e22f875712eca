// Language equality `==` / `!=` on every comparable type (§4.2, §5.5, §3.13):
// Floats with NaN == NaN and 0.0 == -0.0, Strings by bytes (rt.str_eq), and
// generated per-type functions `$eq.<T>(a, b) -> i32` for lists, tuples,
// records, schema values, Dict values, enums, Option and Result (variant, then
// payload). Equality is reflexive here (even with NaN inside), so two
// pointers to the same object are equal without looking further.
import { InternalError } from "@tetra/core";
import type { Expr, FuncBuilder } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import { printType, type Type } from "../types/type.js";
import type { FnCtx, Lowerer } from "./context.js";
import { lowerExpr } from "./expr.js";
import { cellView, dictView, fieldsLayout, listView, loadSlot, recordView, variantPayloadTypes, variantViews } from "./layout.js";

export function lowerEquality(c: FnCtx, left: TExpr, right: TExpr, negate: boolean): Expr {
  const t = left.type;
  const b = c.b;
  let eq: Expr;
  if (t.kind === "Float") {
    // Each operand is read twice: evaluate both (in order) into locals first.
    const x = c.let(lowerExpr(c, left), "f64", "l");
    const y = c.let(lowerExpr(c, right), "f64", "r");
    eq = eqValues(c.L, b, t, () => b.get(x), () => b.get(y));
  } else {
    const x = lowerExpr(c, left);
    const y = lowerExpr(c, right);
    eq = eqValues(c.L, b, t, () => x, () => y);
  }
  return negate ? b.i32.eqz(eq) : eq;
}

/** 1 when the two values of type t are equal; `x` and `y` are evaluated in order, and read twice (so must be pure) only for Floats. */
export function eqValues(L: Lowerer, b: FuncBuilder, t: Type, x: () => Expr, y: () => Expr): Expr {
  switch (t.kind) {
    case "Int":
      return b.i64.eq(x(), y());
    case "Bool":
      return b.i32.eq(x(), y());
    case "Float":
      // NaN == NaN; IEEE equality otherwise (0.0 == -0.0).
      return b.i32.or(b.f64.eq(x(), y()), b.i32.and(b.f64.ne(x(), x()), b.f64.ne(y(), y())));
    case "String":
      return b.call(L.runtime("rt.str_eq", undefined)!, [x(), y()]);
    case "Never":
      return b.i32.const(1);
    case "Closure":
    case "Error":
      throw new InternalError("equality on a type without it", printType(t));
    default:
      return b.call(eqFn(L, t), [x(), y()]);
  }
}

function eqFn(L: Lowerer, t: Type): string {
  const key = `eq:${printType(t)}`;
  const known = L.helpers.get(key);
  if (known !== undefined) return known;
  const name = L.uniqueName(`eq.${printType(t).replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40)}`);
  L.helpers.set(key, name);
  L.m.func(name, [["a", "i32"], ["b", "i32"]], "i32", (b) => {
    b.if(b.i32.eq(b.get("a"), b.get("b")), () => b.ret(b.i32.const(1)));
    buildEq(L, b, t);
    return b.i32.const(1);
  });
  return name;
}

/** `if !(x == y) return 0`. */
function requireEqual(L: Lowerer, b: FuncBuilder, t: Type, x: () => Expr, y: () => Expr): void {
  b.if(b.i32.eqz(eqValues(L, b, t, x, y)), () => b.ret(b.i32.const(0)));
}

function fieldsEq(L: Lowerer, b: FuncBuilder, types: readonly Type[], offsets: readonly number[]): void {
  types.forEach((ft, k) => {
    const off = offsets[k]!;
    requireEqual(L, b, ft, () => loadSlot(b, ft, b.get("a"), off), () => loadSlot(b, ft, b.get("b"), off));
  });
}

function buildEq(L: Lowerer, b: FuncBuilder, t: Type): void {
  const a = () => b.get("a");
  const bb = () => b.get("b");
  switch (t.kind) {
    case "List":
    case "Dict": {
      const elem = t.kind === "List" ? t.element : t.value;
      const view = t.kind === "List" ? listView(elem) : dictView(elem);
      const valueOffset = t.kind === "List" ? 0 : dictView(elem).valueOffset;
      const n = b.local("n", "i32");
      const i = b.local("i", "i32");
      const pa = b.local("pa", "i32");
      const pb = b.local("pb", "i32");
      b.set(n, b.i32.load(a()));
      b.if(b.i32.ne(b.get(n), b.i32.load(bb())), () => b.ret(b.i32.const(0)));
      b.block((done) =>
        b.loop((next) => {
          b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
          b.set(pa, b.i32.add(a(), b.i32.mul(b.get(i), b.i32.const(view.stride))));
          b.set(pb, b.i32.add(bb(), b.i32.mul(b.get(i), b.i32.const(view.stride))));
          if (t.kind === "Dict") requireEqual(L, b, { kind: "String" }, () => b.i32.load(b.get(pa), view.header), () => b.i32.load(b.get(pb), view.header));
          requireEqual(L, b, elem, () => loadSlot(b, elem, b.get(pa), view.header + valueOffset), () => loadSlot(b, elem, b.get(pb), view.header + valueOffset));
          b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
          b.br(next);
        }),
      );
      return;
    }
    case "Tuple":
      fieldsEq(L, b, t.elements, fieldsLayout(t.elements).fields.map((f) => f.offset));
      return;
    case "Record":
    case "Schema": {
      const l = recordView(t);
      fieldsEq(L, b, (t.fields as readonly { type: Type }[]).map((f) => f.type), l.fields.map((f) => f.offset));
      return;
    }
    case "Option":
      b.if(b.i32.or(b.i32.eqz(a()), b.i32.eqz(bb())), () => b.ret(b.i32.const(0)));
      requireEqual(L, b, t.some, () => loadSlot(b, t.some, a(), cellView(t.some).fields[0]!.offset), () => loadSlot(b, t.some, bb(), cellView(t.some).fields[0]!.offset));
      return;
    case "Enum":
    case "Result": {
      b.if(b.i32.ne(b.i32.load8U(a()), b.i32.load8U(bb())), () => b.ret(b.i32.const(0)));
      variantViews(t).forEach((view, tag) => {
        const ps = variantPayloadTypes(t, tag);
        if (ps.length === 0) return;
        b.if(b.i32.eq(b.i32.load8U(a()), b.i32.const(tag)), () => fieldsEq(L, b, ps, view.offsets));
      });
      return;
    }
    default:
      throw new InternalError("no generated equality for", printType(t));
  }
}
