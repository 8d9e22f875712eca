// Schema predicates and the validation of decoded `#main` arguments (§2.4,
// §3.12). A predicate `(Int q) -> Bool => q > 0` is a closure in the global
// scope (it captures nothing), lowered once as `$pred.<Schema>.<field>(env,
// v) -> i32` and called with env 0. The codec decodes an argument — types,
// missing fields, `#default`s, None for absent Options — and calls
// `$validate.<T>(v) -> i32` right after (its per-parameter hook), which runs
// the predicates of every schema value inside, field by field in declaration
// order (nested values first, then the field's own predicate); 0 makes the
// caller trap MainArgTypeMismatch.
import { InternalError } from "@tetra/core";
import type { Expr, FuncBuilder } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import { printType, type Type } from "../types/type.js";
import { closureFn } from "./closures.js";
import type { Lowerer } from "./context.js";
import { cellView, dictView, fieldsLayout, listView, loadSlot, recordView, valTypeOf, variantPayloadTypes, variantViews } from "./layout.js";

export function predicateFn(L: Lowerer, schema: string, field: string, predicate: TExpr): string {
  if (predicate.kind !== "Closure") throw new InternalError("a schema predicate that is not a closure", predicate.kind);
  return closureFn(L, predicate, `pred.${schema}.${field}`.replace(/[^A-Za-z0-9_.]/g, "_"));
}

/** True when values of `t` may contain a schema value with a predicate. */
export function needsValidation(L: Lowerer, t: Type, seen = new Set<string>()): boolean {
  switch (t.kind) {
    case "Schema": {
      if (seen.has(t.name)) return false;
      seen.add(t.name);
      const s = L.program.schemas.get(t.name);
      if (s?.fields.some((f) => f.predicate !== undefined)) return true;
      return t.fields.some((f) => needsValidation(L, f.type, seen));
    }
    case "List":
      return needsValidation(L, t.element, seen);
    case "Option":
      return needsValidation(L, t.some, seen);
    case "Dict":
      return needsValidation(L, t.value, seen);
    case "Tuple":
      return t.elements.some((e) => needsValidation(L, e, seen));
    case "Record":
      return t.fields.some((f) => needsValidation(L, f.type, seen));
    case "Result":
      return needsValidation(L, t.ok, seen) || needsValidation(L, t.err, seen);
    case "Enum":
      return t.variants.some((_, i) => variantPayloadTypes(t, i).some((p) => needsValidation(L, p, seen)));
    default:
      return false;
  }
}

/** `$validate.<T>(v) -> i32`: 1 when every predicate inside v holds. */
export function validateFn(L: Lowerer, t: Type): string {
  const key = `validate:${printType(t)}`;
  const known = L.helpers.get(key);
  if (known !== undefined) return known;
  const name = L.uniqueName(`validate.${printType(t).replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40)}`);
  L.helpers.set(key, name);
  L.m.func(name, [["v", valTypeOf(t)]], "i32", (b) => {
    buildValidation(L, b, t);
    return b.i32.const(1);
  });
  return name;
}

/** `if !validate(x) return 0` for a component that needs it. */
function check(L: Lowerer, b: FuncBuilder, t: Type, x: Expr): void {
  if (!needsValidation(L, t)) return;
  b.if(b.i32.eqz(b.call(validateFn(L, t), [x])), () => b.ret(b.i32.const(0)));
}

function loop(b: FuncBuilder, n: Expr, body: (i: Expr) => void): void {
  const i = b.local("i", "i32");
  const len = b.local("n", "i32");
  b.set(len, n);
  b.block((done) =>
    b.loop((next) => {
      b.brIf(done, b.i32.geU(b.get(i), b.get(len)));
      body(b.get(i));
      b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
      b.br(next);
    }),
  );
}

function buildValidation(L: Lowerer, b: FuncBuilder, t: Type): void {
  const v = () => b.get("v");
  switch (t.kind) {
    case "Schema": {
      const layout = recordView(t);
      const decl = L.program.schemas.get(t.name);
      t.fields.forEach((f, k) => {
        const x = () => loadSlot(b, f.type, v(), layout.fields[k]!.offset);
        check(L, b, f.type, x());
        const pred = decl?.fields[k]?.predicate;
        if (pred !== undefined) {
          const fn = predicateFn(L, t.name, f.name, pred);
          b.if(b.i32.eqz(b.call(fn, [b.i32.const(0), x()])), () => b.ret(b.i32.const(0)));
        }
      });
      return;
    }
    case "List": {
      const lv = listView(t.element);
      loop(b, b.i32.load(v()), (i) => check(L, b, t.element, loadSlot(b, t.element, b.i32.add(v(), b.i32.mul(i, b.i32.const(lv.stride))), lv.header)));
      return;
    }
    case "Dict": {
      const dv = dictView(t.value);
      loop(b, b.i32.load(v()), (i) => check(L, b, t.value, loadSlot(b, t.value, b.i32.add(v(), b.i32.mul(i, b.i32.const(dv.stride))), dv.header + dv.valueOffset)));
      return;
    }
    case "Option":
      b.if(v(), () => check(L, b, t.some, loadSlot(b, t.some, v(), cellView(t.some).fields[0]!.offset)));
      return;
    case "Tuple": {
      const l = fieldsLayout(t.elements);
      t.elements.forEach((e, k) => check(L, b, e, loadSlot(b, e, v(), l.fields[k]!.offset)));
      return;
    }
    case "Record": {
      const l = recordView(t);
      t.fields.forEach((f, k) => check(L, b, f.type, loadSlot(b, f.type, v(), l.fields[k]!.offset)));
      return;
    }
    case "Enum":
    case "Result": {
      const views = variantViews(t);
      views.forEach((view, tag) => {
        const ps = variantPayloadTypes(t, tag);
        if (!ps.some((p) => needsValidation(L, p))) return;
        b.if(b.i32.eq(b.i32.load8U(v()), b.i32.const(tag)), () => ps.forEach((p, k) => check(L, b, p, loadSlot(b, p, v(), view.offsets[k]!))));
      });
      return;
    }
    default:
      return;
  }
}
