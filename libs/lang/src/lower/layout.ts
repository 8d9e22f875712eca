// How language values sit in IR locals and in the arena (docs/lowering.md
// "Value representation"): Int is an i64, Float an f64, Bool an i32 0/1, and
// every other value an i32 pointer to an object laid out by @tetra/core's
// `layoutOf` (docs/abi.md). This file is the only place in lowering that
// turns a Type into offsets, strides and slot loads/stores.
import { InternalError, layoutOf, recordLayout, slotOf as coreSlotOf, type RecordLayout, type Shape } from "@tetra/core";
import type { Expr, FuncBuilder, ValType } from "@tetra/ir";
import { typeToShape } from "../types/type-to-shape.js";
import type { Type } from "../types/type.js";

const shapes = new WeakMap<Type, Shape>();

/** The Shape of a type, cached per Type object (layoutOf caches per Shape object). */
export function shapeOf(t: Type): Shape {
  let s = shapes.get(t);
  if (s === undefined) {
    s = typeToShape(t);
    shapes.set(t, s);
  }
  return s;
}

/** The IR type of a value of type `t` held in a local. */
export function valTypeOf(t: Type): ValType {
  switch (t.kind) {
    case "Int":
      return "i64";
    case "Float":
      return "f64";
    case "Error":
      throw new InternalError("lowering met an erroneous type (the program has diagnostics)", t);
    default:
      return "i32";
  }
}

export interface SlotInfo {
  readonly size: number;
  readonly align: number;
  readonly kind: "i64" | "f64" | "bool" | "ptr";
}

export function slotOfType(t: Type): SlotInfo {
  return coreSlotOf(shapeOf(t));
}

export function loadSlot(b: FuncBuilder, t: Type, addr: Expr, offset = 0): Expr {
  switch (slotOfType(t).kind) {
    case "i64":
      return b.i64.load(addr, offset);
    case "f64":
      return b.f64.load(addr, offset);
    case "bool":
      return b.i32.load8U(addr, offset);
    case "ptr":
      return b.i32.load(addr, offset);
  }
}

export function storeSlot(b: FuncBuilder, t: Type, addr: Expr, value: Expr, offset = 0): void {
  switch (slotOfType(t).kind) {
    case "i64":
      return b.i64.store(addr, value, offset);
    case "f64":
      return b.f64.store(addr, value, offset);
    case "bool":
      return b.i32.store8(addr, value, offset);
    case "ptr":
      return b.i32.store(addr, value, offset);
  }
}

/** A zero of IR type `vt` (a placeholder after an Unsupported diagnostic; never run). */
export function zeroOf(b: FuncBuilder, vt: ValType): Expr {
  return vt === "i64" ? b.i64.const(0) : vt === "f64" ? b.f64.const(0) : b.i32.const(0);
}

export interface ListView {
  readonly header: number;
  readonly stride: number;
  readonly align: number;
}

/** `[len u32][pad?][elements]` of a `List<element>`. */
export function listView(element: Type): ListView {
  const l = layoutOf({ kind: "list", element: shapeOf(element) });
  if (l.kind !== "list") throw new InternalError("list layout expected", l);
  return { header: l.elementsOffset, stride: l.stride, align: l.align };
}

export interface DictView extends ListView {
  readonly valueOffset: number;
}

/** `[len u32][pad?][entries {key, value}]` of a `Dict<String, value>`. */
export function dictView(value: Type): DictView {
  const l = layoutOf({ kind: "dict", value: shapeOf(value) });
  if (l.kind !== "dict") throw new InternalError("dict layout expected", l);
  return { header: l.entriesOffset, stride: l.stride, align: l.align, valueOffset: l.entry.fields[1]?.offset ?? 0 };
}

/** A record-like object over `types` (tuples, cells, payloads, frames). */
export function fieldsLayout(types: readonly Type[]): RecordLayout {
  return recordLayout(types.map((t, i) => ({ name: String(i), shape: shapeOf(t) })));
}

/** The layout of a Record or Schema value: fields in declaration order. */
export function recordView(t: Type): RecordLayout {
  const l = layoutOf(shapeOf(t));
  if (l.kind !== "record" && l.kind !== "tuple") throw new InternalError("record layout expected", t);
  return l;
}

/** Offset of field `name` in a Record/Schema value. */
export function fieldOffset(t: Type, name: string): number {
  const f = recordView(t).fields.find((x) => x.name === name);
  if (f === undefined) throw new InternalError(`no field ${name}`, t);
  return f.offset;
}

export interface VariantView {
  readonly tag: number;
  readonly payloadOffset: number;
  /** Payload field offsets relative to the object start. */
  readonly offsets: readonly number[];
  readonly size: number;
  /** The enum's object alignment (largest payload alignment over all variants). */
  readonly align: number;
}

/** The variants of an Enum or Result type in declaration order (Ok = 0, Err = 1). */
export function variantViews(t: Type): readonly VariantView[] {
  const l = layoutOf(shapeOf(t));
  if (l.kind !== "enum" && l.kind !== "result") throw new InternalError("enum layout expected", t);
  return l.variants.map((v) => ({
    tag: v.tag,
    payloadOffset: v.payloadOffset,
    offsets: v.payload.fields.map((f) => v.payloadOffset + f.offset),
    size: v.size,
    align: l.align,
  }));
}

/** Payload types of variant `index` of an Enum or Result type. */
export function variantPayloadTypes(t: Type, index: number): readonly Type[] {
  if (t.kind === "Result") return [index === 0 ? t.ok : t.err];
  if (t.kind !== "Enum") throw new InternalError("variant payload of a non-enum", t);
  const v = t.variants[index];
  if (v === undefined) throw new InternalError("no such variant", index);
  const p = v.payload;
  return p.kind === "unit" ? [] : p.kind === "tuple" ? p.elements : p.fields.map((f) => f.type);
}

/** The Some cell `{value: T}` of an `Option<T>`. */
export function cellView(some: Type): RecordLayout {
  return fieldsLayout([some]);
}

/** Object alignment for allocating a value of type `t` (4 at least, so any pointer is aligned). */
export function objectAlign(t: Type): number {
  const l = layoutOf(shapeOf(t));
  switch (l.kind) {
    case "string":
    case "closure":
      return 4;
    default:
      return Math.max(4, l.align);
  }
}
