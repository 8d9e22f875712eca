// `Coerce` nodes (typed-ast.ts): a value of type `from` used where `to` is
// expected. Most conversions change nothing at run time (`List<Never>` →
// `List<Int>`: the list is empty; equal layouts); the others are generated
// functions `$conv.<n>(v) -> v'` that build the converted value and run schema
// predicates (§3.12), returning -1 on a failed predicate (a pointer is below
// 2^31, so -1 is never one); the caller then traps with the node's failure
// kind at the node's site, so `Pos p: { n: x }` reports TypeMismatch there.
import { compareCodePoints, InternalError, type RuntimeErrorKind } from "@tetra/core";
import type { Expr, FuncBuilder, LocalRef } from "@tetra/ir";
import { projectedFields } from "../types/type-relations.js";
import { printType, type RecordFieldType, type Type } from "../types/type.js";
import { constExpr } from "./constants.js";
import type { FnCtx, Lowerer } from "./context.js";
import { cellView, dictView, fieldOffset, fieldsLayout, listView, loadSlot, objectAlign, recordView, storeSlot, valTypeOf, variantPayloadTypes, variantViews } from "./layout.js";
import { predicateFn } from "./schemas.js";

/** True when a `from` value must be rebuilt to be a `to` value. */
export function needsConversion(from: Type, to: Type): boolean {
  if (from.kind === "Never") return false;
  switch (to.kind) {
    case "List":
      return from.kind === "List" && from.element.kind !== "Never" && needsConversion(from.element, to.element);
    case "Tuple":
      if (from.kind !== "Tuple") return false;
      if (from.elements.some((e) => e.kind === "Never")) return false;
      return from.elements.some((e, i) => needsConversion(e, to.elements[i]!));
    case "Option":
      return from.kind === "Option" && needsConversion(from.some, to.some);
    case "Result":
      return from.kind === "Result" && (needsConversion(from.ok, to.ok) || needsConversion(from.err, to.err));
    case "Dict":
      if (from.kind === "Record") return true;
      return from.kind === "Dict" && from.value.kind !== "Never" && needsConversion(from.value, to.value);
    case "Schema":
      return from.kind === "Record";
    case "Record": {
      if (from.kind !== "Record") return false;
      if (from.fields.length !== to.fields.length) return true;
      return from.fields.some((f, i) => {
        const g = to.fields[i]!;
        return f.name !== g.name || f.internal !== g.internal || needsConversion(f.type, g.type);
      });
    }
    default:
      return false;
  }
}

export function lowerConvert(c: FnCtx, v: Expr, from: Type, to: Type, failure: RuntimeErrorKind, site: number): Expr {
  if (!needsConversion(from, to)) return v;
  const b = c.b;
  const r = c.let(b.call(convFn(c.L, from, to), [v], site), "i32", "conv");
  b.if(b.i32.eq(b.get(r), b.i32.const(-1)), () => b.trap(failure, site));
  return b.get(r);
}

/** Inside a conversion function: convert `v` or return -1 from the function. */
function convertOrFail(L: Lowerer, b: FuncBuilder, v: Expr, from: Type, to: Type): Expr {
  if (!needsConversion(from, to)) return v;
  const r = b.local("c", "i32");
  b.set(r, b.call(convFn(L, from, to), [v]));
  b.if(b.i32.eq(b.get(r), b.i32.const(-1)), () => b.ret(b.i32.const(-1)));
  return b.get(r);
}

function convFn(L: Lowerer, from: Type, to: Type): string {
  const key = `conv:${printType(from)}=>${printType(to)}`;
  const known = L.helpers.get(key);
  if (known !== undefined) return known;
  const name = L.uniqueName(`conv.${printType(to).replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40)}`);
  L.helpers.set(key, name);
  L.m.func(name, [["v", "i32"]], "i32", (b) => buildConversion(L, b, from, to));
  return name;
}

function alloc(b: FuncBuilder, size: number | Expr, align: number): Expr {
  return b.alloc("scratch", typeof size === "number" ? b.i32.const(size) : size, align);
}

function buildConversion(L: Lowerer, b: FuncBuilder, from: Type, to: Type): Expr {
  const v = () => b.get("v");
  const out = b.local("out", "i32");
  switch (to.kind) {
    case "List": {
      if (from.kind !== "List") break;
      const sv = listView(from.element);
      const dv = listView(to.element);
      const n = b.local("n", "i32");
      const i = b.local("i", "i32");
      b.set(n, b.i32.load(v()));
      b.set(out, alloc(b, b.i32.add(b.i32.const(dv.header), b.i32.mul(b.get(n), b.i32.const(dv.stride))), dv.align));
      b.i32.store(b.get(out), b.get(n));
      b.block((done) =>
        b.loop((next) => {
          b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
          const x = loadSlot(b, from.element, b.i32.add(v(), b.i32.mul(b.get(i), b.i32.const(sv.stride))), sv.header);
          const y = convertOrFail(L, b, x, from.element, to.element);
          storeSlot(b, to.element, b.i32.add(b.get(out), b.i32.mul(b.get(i), b.i32.const(dv.stride))), y, dv.header);
          b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
          b.br(next);
        }),
      );
      return b.get(out);
    }
    case "Tuple": {
      if (from.kind !== "Tuple") break;
      const sl = fieldsLayout(from.elements);
      const dl = fieldsLayout(to.elements);
      b.set(out, alloc(b, dl.size, Math.max(4, dl.align)));
      to.elements.forEach((t, k) => {
        const y = convertOrFail(L, b, loadSlot(b, from.elements[k]!, v(), sl.fields[k]!.offset), from.elements[k]!, t);
        storeSlot(b, t, b.get(out), y, dl.fields[k]!.offset);
      });
      return b.get(out);
    }
    case "Option": {
      if (from.kind !== "Option") break;
      b.if(b.i32.eqz(v()), () => b.ret(b.i32.const(0)));
      const cl = cellView(to.some);
      const y = convertOrFail(L, b, loadSlot(b, from.some, v()), from.some, to.some);
      const yl = b.local("y", valTypeOf(to.some));
      b.set(yl, y);
      b.set(out, alloc(b, cl.size, Math.max(4, cl.align)));
      storeSlot(b, to.some, b.get(out), b.get(yl));
      return b.get(out);
    }
    case "Result": {
      if (from.kind !== "Result") break;
      const sv = variantViews(from);
      const dv = variantViews(to);
      for (const tag of [0, 1]) {
        b.if(b.i32.eq(b.i32.load8U(v()), b.i32.const(tag)), () => {
          const ft = variantPayloadTypes(from, tag)[0]!;
          const tt = variantPayloadTypes(to, tag)[0]!;
          const y = b.local("y", valTypeOf(tt));
          b.set(y, convertOrFail(L, b, loadSlot(b, ft, v(), sv[tag]!.offsets[0]!), ft, tt));
          b.set(out, alloc(b, dv[tag]!.size, Math.max(4, dv[tag]!.align)));
          b.i32.store8(b.get(out), b.i32.const(tag));
          storeSlot(b, tt, b.get(out), b.get(y), dv[tag]!.offsets[0]!);
          b.ret(b.get(out));
        });
      }
      b.unreachable();
      return b.i32.const(0);
    }
    case "Dict":
      if (from.kind === "Dict") return dictValues(L, b, from.value, to.value, out);
      if (from.kind === "Record") return recordToDict(L, b, from, to.value, out);
      break;
    case "Schema":
      if (from.kind === "Record") return recordToSchema(L, b, from, to, out);
      break;
    case "Record":
      if (from.kind === "Record") return recordToRecord(L, b, from, to, out);
      break;
    default:
      break;
  }
  throw new InternalError(`no conversion from ${printType(from)} to ${printType(to)}`);
}

function dictValues(L: Lowerer, b: FuncBuilder, from: Type, to: Type, out: LocalRef): Expr {
  const v = () => b.get("v");
  const sv = dictView(from);
  const dv = dictView(to);
  const n = b.local("n", "i32");
  const i = b.local("i", "i32");
  b.set(n, b.i32.load(v()));
  b.set(out, alloc(b, b.i32.add(b.i32.const(dv.header), b.i32.mul(b.get(n), b.i32.const(dv.stride))), dv.align));
  b.i32.store(b.get(out), b.get(n));
  b.block((done) =>
    b.loop((next) => {
      b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
      const src = (): Expr => b.i32.add(b.i32.add(v(), b.i32.const(sv.header)), b.i32.mul(b.get(i), b.i32.const(sv.stride)));
      const dst = (): Expr => b.i32.add(b.i32.add(b.get(out), b.i32.const(dv.header)), b.i32.mul(b.get(i), b.i32.const(dv.stride)));
      b.i32.store(dst(), b.i32.load(src()));
      storeSlot(b, to, dst(), convertOrFail(L, b, loadSlot(b, from, src(), sv.valueOffset), from, to), dv.valueOffset);
      b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
      b.br(next);
    }),
  );
  return b.get(out);
}

/**
 * `{zeta: 1, alpha: 2}` as a `Dict<String, Int>`: projected fields converted in the record's
 * (source) order, so the first failing entry is the one the tree-walk evaluator reports
 * (`fuzz/record_to_dict_validation_order`), then stored with the keys sorted at compile time.
 */
function recordToDict(L: Lowerer, b: FuncBuilder, from: Extract<Type, { kind: "Record" }>, to: Type, out: LocalRef): Expr {
  const inOrder = projectedFields(from.fields);
  const dv = dictView(to);
  const vals = new Map(
    inOrder.map((f) => {
      const l = b.local("f", valTypeOf(to));
      b.set(l, convertOrFail(L, b, loadSlot(b, f.type, b.get("v"), fieldOffset(from, f.name)), f.type, to));
      return [f.name, l] as const;
    }),
  );
  const sorted = [...inOrder].sort((x, y) => compareCodePoints(x.name, y.name));
  b.set(out, alloc(b, dv.header + sorted.length * dv.stride, dv.align));
  b.i32.store(b.get(out), b.i32.const(sorted.length));
  sorted.forEach((f, k) => {
    b.i32.store(b.get(out), b.i32.const(L.m.string(f.name)), dv.header + k * dv.stride);
    storeSlot(b, to, b.get(out), b.get(vals.get(f.name)!), dv.header + k * dv.stride + dv.valueOffset);
  });
  return b.get(out);
}

/**
 * Record → schema (§3.12): fields in schema order — present ones converted
 * (nested schemas validated there), absent ones take the `#default` or None —
 * then each closure predicate in declaration order.
 */
function recordToSchema(L: Lowerer, b: FuncBuilder, from: Extract<Type, { kind: "Record" }>, to: Extract<Type, { kind: "Schema" }>, out: LocalRef): Expr {
  const present = new Map<string, RecordFieldType>(projectedFields(from.fields).map((f) => [f.name, f]));
  const vals = to.fields.map((sf) => {
    const l = b.local(sanitizeLocal(sf.name), valTypeOf(sf.type));
    const f = present.get(sf.name);
    if (f !== undefined) b.set(l, convertOrFail(L, b, loadSlot(b, f.type, b.get("v"), fieldOffset(from, f.name)), f.type, sf.type));
    else if (sf.default !== undefined) b.set(l, constExpr(b, L.m, sf.default, sf.type));
    else if (sf.type.kind === "Option") b.set(l, b.i32.const(0));
    else throw new InternalError(`schema field ${sf.name} missing in a checked conversion`);
    return l;
  });
  const layout = recordView(to);
  b.set(out, alloc(b, layout.size, objectAlign(to)));
  to.fields.forEach((sf, k) => storeSlot(b, sf.type, b.get(out), b.get(vals[k]!), layout.fields[k]!.offset));
  const schema = L.program.schemas.get(to.name);
  schema?.fields.forEach((sf, k) => {
    if (sf.predicate === undefined) return;
    const pred = predicateFn(L, to.name, sf.name, sf.predicate);
    b.if(b.i32.eqz(b.call(pred, [b.i32.const(0), b.get(vals[k]!)])), () => b.ret(b.i32.const(-1)));
  });
  return b.get(out);
}

function recordToRecord(L: Lowerer, b: FuncBuilder, from: Extract<Type, { kind: "Record" }>, to: Extract<Type, { kind: "Record" }>, out: LocalRef): Expr {
  const layout = recordView(to);
  const vals = to.fields.map((g) => {
    const f = from.fields.find((x) => x.name === g.name);
    if (f === undefined) return undefined;
    const l = b.local(sanitizeLocal(g.name), valTypeOf(g.type));
    b.set(l, convertOrFail(L, b, loadSlot(b, f.type, b.get("v"), fieldOffset(from, f.name)), f.type, g.type));
    return l;
  });
  b.set(out, alloc(b, layout.size, objectAlign(to)));
  if (layout.size > 0) b.memoryFill(b.get(out), b.i32.const(0), b.i32.const(layout.size));
  to.fields.forEach((g, k) => {
    const l = vals[k];
    if (l !== undefined) storeSlot(b, g.type, b.get(out), b.get(l), layout.fields[k]!.offset);
  });
  return b.get(out);
}

function sanitizeLocal(name: string): string {
  return `f.${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
