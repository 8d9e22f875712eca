// Arena layout of every shape: the rules of docs/abi.md, as data. The interpreted
// arena codec (arena/), the IR codec generator and lowering all read offsets from
// here, so there is exactly one place that decides where a byte goes.
//
// Two levels:
//   * a SLOT is how a value is stored inside something else (record field, list
//     element, dict entry, variant payload, option cell): Int/Float 8 bytes, Bool 1,
//     everything else a 4-byte pointer (`slotOf`);
//   * an OBJECT is what a pointer points to (`layoutOf`): a string, list, record, …
//     Int/Float/Bool have no object of their own; their `layoutOf` is the `{value: T}`
//     box used when such a value is the root of an encoded region.
// Example: `P{flag: Bool, n: Int}` is a record object of size 16, align 8, with
// flag at +0 and n at +8 (7 padding bytes between).
import { InternalError, unreachable } from "./errors.js";
import type { FieldShape, Shape, VariantShape } from "./shape.js";
import { printShape } from "./shape-ops.js";

export type SlotKind = "i64" | "f64" | "bool" | "ptr";

export interface Slot {
  readonly kind: SlotKind;
  readonly size: 1 | 4 | 8;
  readonly align: 1 | 4 | 8;
}

export const SLOT_I64: Slot = { kind: "i64", size: 8, align: 8 };
export const SLOT_F64: Slot = { kind: "f64", size: 8, align: 8 };
export const SLOT_BOOL: Slot = { kind: "bool", size: 1, align: 1 };
export const SLOT_PTR: Slot = { kind: "ptr", size: 4, align: 4 };

/** The null pointer: `None`, never a valid object (the arena starts with 8 zero bytes). */
export const NULL_POINTER = 0;

/** Enums with more variants than this are refused (the tag is one byte). */
export const MAX_ENUM_VARIANTS = 256;

/** How a value of `shape` is stored inside another object. */
export function slotOf(shape: Shape): Slot {
  switch (shape.kind) {
    case "int":
      return SLOT_I64;
    case "float":
      return SLOT_F64;
    case "bool":
      return SLOT_BOOL;
    case "string":
    case "list":
    case "tuple":
    case "dict":
    case "record":
    case "enum":
    case "option":
    case "result":
    case "closure":
      return SLOT_PTR;
    default:
      return unreachable(shape);
  }
}

/** `n` rounded up to a multiple of `align` (a power of two): alignUp(5, 4) = 8. */
export function alignUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

export interface FieldLayout {
  readonly name: string;
  readonly shape: Shape;
  readonly slot: Slot;
  /** Byte offset from the start of the record (or of the object, for variant payloads see VariantLayout). */
  readonly offset: number;
}

export interface RecordLayout {
  readonly size: number;
  readonly align: number;
  readonly fields: readonly FieldLayout[];
}

/**
 * The record rule: fields in declaration order, each at the next offset aligned to its
 * slot alignment; alignment = the largest field alignment (1 when empty); size rounded
 * up to it. `{a: Bool, b: Int, c: Bool}` → a@0, b@8, c@16, size 24, align 8.
 */
export function recordLayout(fields: readonly Pick<FieldShape, "name" | "shape">[]): RecordLayout {
  let offset = 0;
  let align = 1;
  const out: FieldLayout[] = [];
  for (const f of fields) {
    const slot = slotOf(f.shape);
    offset = alignUp(offset, slot.align);
    out.push({ name: f.name, shape: f.shape, slot, offset });
    offset += slot.size;
    align = Math.max(align, slot.align);
  }
  return { size: alignUp(offset, align), align, fields: out };
}

/** Positions as fields named "0", "1", …: tuples and tuple-variant payloads. */
function positional(elements: readonly Shape[]): readonly Pick<FieldShape, "name" | "shape">[] {
  return elements.map((shape, i) => ({ name: String(i), shape }));
}

export interface VariantLayout {
  readonly name: string;
  /** The tag byte: the variant's index in declaration order. */
  readonly tag: number;
  /** Where the payload record starts: alignUp(1, payload.align). */
  readonly payloadOffset: number;
  /** The payload as a record; its field offsets are relative to `payloadOffset`. */
  readonly payload: RecordLayout;
  /** The object size for this variant: payloadOffset + payload.size (1 for a unit variant). */
  readonly size: number;
}

export type ObjectLayout =
  /** Int/Float/Bool as the root of a region: the `{value: T}` box. */
  | { readonly kind: "box"; readonly size: number; readonly align: number; readonly cell: RecordLayout }
  /** `[len u32][len bytes of UTF-8]`; size 4 + len. */
  | { readonly kind: "string"; readonly align: 4; readonly lengthOffset: 0; readonly bytesOffset: 4 }
  /** `[len u32][pad?][elements]`; size elementsOffset + len × stride. */
  | {
      readonly kind: "list";
      readonly align: number;
      readonly lengthOffset: 0;
      readonly elementsOffset: number;
      readonly stride: number;
      readonly element: Slot;
    }
  | ({ readonly kind: "record" | "tuple" } & RecordLayout)
  /** `[len u32][pad?][entries]`; each entry is the record {key: String, value: V}. */
  | {
      readonly kind: "dict";
      readonly align: number;
      readonly lengthOffset: 0;
      readonly entriesOffset: number;
      readonly stride: number;
      readonly entry: RecordLayout;
    }
  /** `[tag u8][pad][payload]`, size per variant. Result is the enum Ok (tag 0) / Err (tag 1). */
  | { readonly kind: "enum" | "result"; readonly align: number; readonly tagOffset: 0; readonly variants: readonly VariantLayout[] }
  /** The object a non-null Option slot points to: the Some cell `{value: T}`. */
  | { readonly kind: "option"; readonly size: number; readonly align: number; readonly cell: RecordLayout }
  /** `[table index u32][env pointer u32]`; lowering owns the environment. */
  | { readonly kind: "closure"; readonly size: 8; readonly align: 4; readonly tableIndexOffset: 0; readonly envOffset: 4 };

const cache = new WeakMap<Shape, ObjectLayout>();

/**
 * The object layout of `shape` (docs/abi.md). Throws InternalError for an enum with more
 * than 256 variants: check `layoutRefusal` first where user programs can reach it.
 */
export function layoutOf(shape: Shape): ObjectLayout {
  const hit = cache.get(shape);
  if (hit !== undefined) return hit;
  const layout = computeLayout(shape);
  cache.set(shape, layout);
  return layout;
}

function computeLayout(shape: Shape): ObjectLayout {
  switch (shape.kind) {
    case "int":
    case "float":
    case "bool": {
      const cell = recordLayout([{ name: "value", shape }]);
      return { kind: "box", size: cell.size, align: cell.align, cell };
    }
    case "string":
      return { kind: "string", align: 4, lengthOffset: 0, bytesOffset: 4 };
    case "list": {
      const element = slotOf(shape.element);
      return {
        kind: "list",
        align: Math.max(4, element.align),
        lengthOffset: 0,
        elementsOffset: alignUp(4, element.align),
        stride: element.size,
        element,
      };
    }
    case "tuple":
      return { kind: "tuple", ...recordLayout(positional(shape.elements)) };
    case "record":
      return { kind: "record", ...recordLayout(shape.fields) };
    case "dict": {
      const entry = recordLayout([
        { name: "key", shape: { kind: "string" } },
        { name: "value", shape: shape.value },
      ]);
      return { kind: "dict", align: entry.align, lengthOffset: 0, entriesOffset: alignUp(4, entry.align), stride: entry.size, entry };
    }
    case "enum":
      return enumLayout("enum", shape.name, shape.variants);
    case "result":
      return enumLayout("result", printShape(shape), [
        { name: "Ok", payload: { kind: "tuple", elements: [shape.ok] } },
        { name: "Err", payload: { kind: "tuple", elements: [shape.err] } },
      ]);
    case "option": {
      const cell = recordLayout([{ name: "value", shape: shape.some }]);
      return { kind: "option", size: cell.size, align: cell.align, cell };
    }
    case "closure":
      return { kind: "closure", size: 8, align: 4, tableIndexOffset: 0, envOffset: 4 };
    default:
      return unreachable(shape);
  }
}

/**
 * Enum objects: alignment is the largest payload alignment over all variants (1 for a
 * unit-only enum), so that every variant's payload is aligned wherever the object sits.
 */
function enumLayout(kind: "enum" | "result", name: string, variants: readonly VariantShape[]): ObjectLayout {
  if (variants.length > MAX_ENUM_VARIANTS) {
    throw new InternalError(`enum ${name} has ${variants.length} variants; at most ${MAX_ENUM_VARIANTS} fit a one-byte tag`);
  }
  const layouts = variants.map((v, tag): VariantLayout => {
    const payload = recordLayout(variantFields(v));
    const payloadOffset = alignUp(1, payload.align);
    return { name: v.name, tag, payloadOffset, payload, size: payloadOffset + payload.size };
  });
  const align = Math.max(1, ...layouts.map((v) => v.payload.align));
  return { kind, align, tagOffset: 0, variants: layouts };
}

function variantFields(v: VariantShape): readonly Pick<FieldShape, "name" | "shape">[] {
  switch (v.payload.kind) {
    case "unit":
      return [];
    case "tuple":
      return positional(v.payload.elements);
    case "struct":
      return v.payload.fields;
    default:
      return unreachable(v.payload);
  }
}

/** Bytes of a string object holding `byteLength` UTF-8 bytes. */
export function stringObjectSize(byteLength: number): number {
  return 4 + byteLength;
}

/** Bytes of a list or dict object with `length` elements/entries. */
export function sequenceObjectSize(layout: ObjectLayout & { kind: "list" | "dict" }, length: number): number {
  return (layout.kind === "list" ? layout.elementsOffset : layout.entriesOffset) + length * layout.stride;
}

/**
 * Why `shape` has no arena layout, or undefined when it has one: an enum (anywhere
 * inside) with more than 256 variants.
 */
export function layoutRefusal(shape: Shape): string | undefined {
  switch (shape.kind) {
    case "int":
    case "float":
    case "bool":
    case "string":
      return undefined;
    case "list":
      return layoutRefusal(shape.element);
    case "tuple":
      return firstRefusal(shape.elements);
    case "dict":
      return layoutRefusal(shape.value);
    case "record":
      return firstRefusal(shape.fields.map((f) => f.shape));
    case "enum":
      if (shape.variants.length > MAX_ENUM_VARIANTS) {
        return `enum ${shape.name} has ${shape.variants.length} variants; at most ${MAX_ENUM_VARIANTS} fit a one-byte tag`;
      }
      return firstRefusal(shape.variants.flatMap((v) => variantFields(v).map((f) => f.shape)));
    case "option":
      return layoutRefusal(shape.some);
    case "result":
      return layoutRefusal(shape.ok) ?? layoutRefusal(shape.err);
    case "closure":
      return firstRefusal([...shape.params, shape.result]);
    default:
      return unreachable(shape);
  }
}

function firstRefusal(shapes: readonly Shape[]): string | undefined {
  for (const s of shapes) {
    const r = layoutRefusal(s);
    if (r !== undefined) return r;
  }
  return undefined;
}
