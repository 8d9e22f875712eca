// When the output region overflows, the encoder stops at once; but §2.5 makes a
// NaN or infinite Float anywhere in the result the error NonFiniteFloat, whatever
// the output size. So after an overflow the entry runs this scan over the part
// of the value JSON would show (no `#internal` or closure fields) and reports
// NonFiniteFloat if it finds one, MemoryLimitExceeded otherwise. Generated only
// for shapes that can hold a projected Float; one function per shape,
// `(v T) -> i32` (1 = a non-finite Float was found).
import { unreachable, type FieldShape, type Shape } from "@tetra/core";
import type { FuncBuilder, ModuleBuilder } from "../builder.js";
import type { Expr, ValType } from "../types.js";
import { dictOf, fieldsOf, listOf, loadSlot, slotOf, variantsOf } from "./layout-view.js";
import { shapeKey } from "./shape-key.js";

const shown = (fields: readonly FieldShape[]) => fields.filter((f) => f.internal !== true && f.shape.kind !== "closure");

/** Whether JSON output of `s` can contain a Float. */
export function projectsFloat(s: Shape): boolean {
  switch (s.kind) {
    case "float":
      return true;
    case "int":
    case "bool":
    case "string":
    case "closure":
      return false;
    case "list":
      return projectsFloat(s.element);
    case "tuple":
      return s.elements.some(projectsFloat);
    case "dict":
      return projectsFloat(s.value);
    case "record":
      return shown(s.fields).some((f) => projectsFloat(f.shape));
    case "enum":
      return s.variants.some((v) =>
        v.payload.kind === "unit" ? false : v.payload.kind === "tuple" ? v.payload.elements.some(projectsFloat) : shown(v.payload.fields).some((f) => projectsFloat(f.shape)),
      );
    case "option":
      return projectsFloat(s.some);
    case "result":
      return projectsFloat(s.ok) || projectsFloat(s.err);
    default:
      return unreachable(s);
  }
}

const caches = new WeakMap<ModuleBuilder, Map<string, string>>();

/** The scan function of `s` (which must satisfy projectsFloat). */
export function nonFiniteScanFor(m: ModuleBuilder, s: Shape): string {
  let cache = caches.get(m);
  if (cache === undefined) {
    cache = new Map();
    caches.set(m, cache);
  }
  const key = shapeKey(s);
  const known = cache.get(key);
  if (known !== undefined) return known;
  let name = `codec.nonfinite.${s.kind}.${cache.size}`;
  for (let k = 1; m.has(name); k++) name = `codec.nonfinite.${s.kind}.${cache.size}.${k}`;
  cache.set(key, name);
  const t: ValType = slotOf(s).type;
  m.func(name, [["v", t]], "i32", (b) => buildScan(b, m, s));
  return name;
}

/** Return 1 from the function when the inner value (slot loaded by `value`) holds a non-finite Float. */
function check(b: FuncBuilder, m: ModuleBuilder, s: Shape, value: () => Expr): void {
  if (!projectsFloat(s)) return;
  b.if(b.call(nonFiniteScanFor(m, s), [value()]), () => b.ret(b.i32.const(1)));
}

function checkFields(b: FuncBuilder, m: ModuleBuilder, fields: readonly FieldShape[], base: () => Expr): void {
  const view = fieldsOf(fields.map((f) => f.shape));
  fields.forEach((f, i) => {
    if (f.internal === true || f.shape.kind === "closure") return;
    check(b, m, f.shape, () => loadSlot(b, f.shape, base(), view.offsets[i]));
  });
}

/** Visit the n items of the list/dict at v; `item(addr)` checks the item at addr. */
function checkSeq(b: FuncBuilder, header: number, stride: number, item: (addr: Expr) => void): void {
  const i = b.local("i", "i32");
  const n = b.local("n", "i32");
  b.set(n, b.i32.load(b.get("v")));
  b.block((done) => {
    b.loop((next) => {
      b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
      item(b.i32.add(b.get("v"), b.i32.add(b.i32.const(header), b.i32.mul(b.get(i), b.i32.const(stride)))));
      b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
      b.br(next);
    });
  });
}

function buildScan(b: FuncBuilder, m: ModuleBuilder, s: Shape): Expr {
  const v = () => b.get("v");
  switch (s.kind) {
    case "float":
      // x - x is 0 for finite x and NaN for NaN and ±inf.
      return b.f64.ne(b.f64.sub(v(), v()), b.f64.const(0));
    case "list": {
      const view = listOf(s.element);
      checkSeq(b, view.header, view.stride, (at) => check(b, m, s.element, () => loadSlot(b, s.element, at)));
      return b.i32.const(0);
    }
    case "dict": {
      const view = dictOf(s.value);
      checkSeq(b, view.header, view.stride, (at) => check(b, m, s.value, () => loadSlot(b, s.value, at, view.valueOffset)));
      return b.i32.const(0);
    }
    case "tuple":
      checkFields(b, m, s.elements.map((shape, i) => ({ name: String(i), shape })), v);
      return b.i32.const(0);
    case "record":
      checkFields(b, m, s.fields, v);
      return b.i32.const(0);
    case "option":
      b.if(b.i32.eqz(v()), () => b.ret(b.i32.const(0)));
      check(b, m, s.some, () => loadSlot(b, s.some, v()));
      return b.i32.const(0);
    case "result": {
      const views = variantsOf(s);
      const tag = () => b.i32.load8U(v());
      b.if(b.i32.eqz(tag()), () => check(b, m, s.ok, () => loadSlot(b, s.ok, v(), views[0]!.payloadOffset)), () =>
        check(b, m, s.err, () => loadSlot(b, s.err, v(), views[1]!.payloadOffset)),
      );
      return b.i32.const(0);
    }
    case "enum": {
      const views = variantsOf(s);
      s.variants.forEach((variant, tag) => {
        const p = variant.payload;
        if (p.kind === "unit") return;
        const view = views[tag]!;
        const base = () => b.i32.add(v(), b.i32.const(view.payloadOffset));
        b.if(b.i32.eq(b.i32.load8U(v()), b.i32.const(tag)), () => {
          if (p.kind === "tuple") checkFields(b, m, p.elements.map((shape, i) => ({ name: String(i), shape })), base);
          else checkFields(b, m, p.fields, base);
        });
      });
      return b.i32.const(0);
    }
    case "int":
    case "bool":
    case "string":
    case "closure":
      return b.i32.const(0);
    default:
      return unreachable(s);
  }
}
