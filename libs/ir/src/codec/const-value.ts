// A constant Value (a schema field's `#default`, §3.12) materialised in the
// arena by generated IR: strings are constants in the data region
// (`m.string`), composite values are allocated in scratch and filled with
// stores, exactly in the layout of docs/abi.md. Used when an input object lacks
// a field that has a default.
import { compareCodePoints, floatBits, InternalError, printShape, printValue, unreachable, type Shape, type Value } from "@tetra/core";
import type { FuncBuilder, ModuleBuilder } from "../builder.js";
import type { Expr } from "../types.js";
import { cellOf, dictOf, fieldsOf, listOf, storeSlot, variantsOf } from "./layout-view.js";

function misfit(value: Value, shape: Shape): InternalError {
  return new InternalError(`default value ${printValue(value)} does not have shape ${printShape(shape)}`);
}

/** Emit code that builds `value` and return an expression for its slot (valid after the emitted code). */
export function emitConstSlot(b: FuncBuilder, m: ModuleBuilder, shape: Shape, value: Value): Expr {
  switch (shape.kind) {
    case "int":
      if (value.kind !== "int") throw misfit(value, shape);
      return b.i64.const(value.value);
    case "float":
      if (value.kind !== "float") throw misfit(value, shape);
      return b.f64.bits(floatBits(value.value));
    case "bool":
      if (value.kind !== "bool") throw misfit(value, shape);
      return b.i32.const(value.value ? 1 : 0);
    case "string":
      if (value.kind !== "string") throw misfit(value, shape);
      return b.i32.const(m.string(value.value));
    case "list": {
      if (value.kind !== "list") throw misfit(value, shape);
      const view = listOf(shape.element);
      return emitObject(b, view.header + value.items.length * view.stride, view.align, (obj) => {
        b.i32.store(obj(), b.i32.const(value.items.length));
        value.items.forEach((item, i) => storeSlot(b, shape.element, obj(), emitConstSlot(b, m, shape.element, item), view.header + i * view.stride));
      });
    }
    case "tuple":
      if (value.kind !== "tuple" || value.items.length !== shape.elements.length) throw misfit(value, shape);
      return emitFields(b, m, shape.elements, value.items);
    case "record": {
      if (value.kind !== "record") throw misfit(value, shape);
      const items = shape.fields.map((f) => {
        const v = value.fields.get(f.name);
        if (v === undefined) throw misfit(value, shape);
        return v;
      });
      return emitFields(b, m, shape.fields.map((f) => f.shape), items);
    }
    case "dict": {
      if (value.kind !== "record") throw misfit(value, shape);
      const view = dictOf(shape.value);
      const entries = [...value.fields].sort(([a], [c]) => compareCodePoints(a, c));
      return emitObject(b, view.header + entries.length * view.stride, view.align, (obj) => {
        b.i32.store(obj(), b.i32.const(entries.length));
        entries.forEach(([key, v], i) => {
          const at = view.header + i * view.stride;
          b.i32.store(obj(), b.i32.const(m.string(key)), at);
          storeSlot(b, shape.value, obj(), emitConstSlot(b, m, shape.value, v), at + view.valueOffset);
        });
      });
    }
    case "enum": {
      if (value.kind !== "enum" || value.enumName !== shape.name) throw misfit(value, shape);
      const tag = shape.variants.findIndex((v) => v.name === value.variant);
      const variant = shape.variants[tag];
      if (variant === undefined || variant.payload.kind !== value.payload.kind) throw misfit(value, shape);
      const p = variant.payload;
      const pv = value.payload;
      const [shapes, items]: [readonly Shape[], readonly Value[]] =
        p.kind === "unit"
          ? [[], []]
          : p.kind === "tuple" && pv.kind === "tuple"
            ? [p.elements, pv.items]
            : p.kind === "struct" && pv.kind === "struct"
              ? [p.fields.map((f) => f.shape), p.fields.map((f) => pv.fields.get(f.name) ?? missing(value, shape))]
              : missing(value, shape);
      return emitVariant(b, m, shape, tag, shapes, items);
    }
    case "option": {
      if (value.kind !== "option") throw misfit(value, shape);
      if (value.some === null) return b.i32.const(0);
      return emitFields(b, m, [shape.some], [value.some]);
    }
    case "result":
      if (value.kind !== "result") throw misfit(value, shape);
      return emitVariant(b, m, shape, value.isOk ? 0 : 1, [value.isOk ? shape.ok : shape.err], [value.value]);
    case "closure":
      throw new InternalError("a closure default cannot be materialised by the codec", printShape(shape));
    default:
      return unreachable(shape);
  }
}

function missing(value: Value, shape: Shape): never {
  throw misfit(value, shape);
}

function emitObject(b: FuncBuilder, size: number, align: number, fill: (obj: () => Expr) => void): Expr {
  const obj = b.local("const", "i32");
  b.set(obj, b.alloc("scratch", b.i32.const(size), align));
  fill(() => b.get(obj));
  return b.get(obj);
}

function emitFields(b: FuncBuilder, m: ModuleBuilder, shapes: readonly Shape[], items: readonly Value[]): Expr {
  const view = shapes.length === 1 ? cellOf(shapes[0] as Shape) : fieldsOf(shapes);
  return emitObject(b, view.size, view.align, (obj) => {
    shapes.forEach((s, i) => storeSlot(b, s, obj(), emitConstSlot(b, m, s, items[i] as Value), view.offsets[i]));
  });
}

function emitVariant(
  b: FuncBuilder,
  m: ModuleBuilder,
  shape: Shape & { readonly kind: "enum" | "result" },
  tag: number,
  shapes: readonly Shape[],
  items: readonly Value[],
): Expr {
  const view = variantsOf(shape)[tag]!;
  return emitObject(b, view.size, view.align, (obj) => {
    b.i32.store8(obj(), b.i32.const(tag));
    shapes.forEach((s, i) =>
      storeSlot(b, s, obj(), emitConstSlot(b, m, s, items[i] as Value), view.payloadOffset + (view.payload.offsets[i] as number)),
    );
  });
}
