// The arena layout (docs/abi.md, computed by core's `layoutOf`) in the form the
// codec generators use: offsets of record-like fields, list/dict headers and
// strides, variant payload offsets with the enum's object alignment, and slot
// loads/stores. No layout arithmetic happens anywhere else in the codec.
import { InternalError, layoutOf, unreachable, recordLayout, slotOf as coreSlotOf, type Shape } from "@tetra/core";
import type { FuncBuilder } from "../builder.js";
import type { Expr, ValType } from "../types.js";

export interface SlotView {
  readonly size: 1 | 4 | 8;
  readonly align: 1 | 4 | 8;
  /** The IR type of the slot's value: i64 Int, f64 Float, i32 Bool (0/1) and pointers. */
  readonly type: ValType;
}

export function slotOf(s: Shape): SlotView {
  const slot = coreSlotOf(s);
  const type: ValType = slot.kind === "i64" ? "i64" : slot.kind === "f64" ? "f64" : "i32";
  return { size: slot.size, align: slot.align, type };
}

/** A record-like object (record, tuple, option cell, variant payload): fields in order. */
export interface FieldsView {
  readonly offsets: readonly number[];
  readonly size: number;
  readonly align: number;
}

export function fieldsOf(shapes: readonly Shape[]): FieldsView {
  const r = recordLayout(shapes.map((shape, i) => ({ name: String(i), shape })));
  return { offsets: r.fields.map((f) => f.offset), size: r.size, align: r.align };
}

/** A list or dict object: `[len u32]`, then `len` items of `stride` bytes from `header`. */
export interface SeqView {
  readonly header: number;
  readonly stride: number;
  readonly align: number;
}

export function listOf(element: Shape): SeqView {
  const l = layoutOf({ kind: "list", element });
  if (l.kind !== "list") throw new InternalError("list layout expected", l);
  return { header: l.elementsOffset, stride: l.stride, align: l.align };
}

/** Dict entries are the record {key: String, value: V}. */
export function dictOf(value: Shape): SeqView & { readonly valueOffset: number } {
  const l = layoutOf({ kind: "dict", value });
  if (l.kind !== "dict") throw new InternalError("dict layout expected", l);
  return { header: l.entriesOffset, stride: l.stride, align: l.align, valueOffset: l.entry.fields[1]?.offset ?? 0 };
}

/** One variant of an enum (or Ok/Err of a Result): `[tag u8][pad][payload fields]`. */
export interface VariantView {
  readonly tag: number;
  readonly payloadOffset: number;
  /** Payload field offsets, relative to payloadOffset. */
  readonly payload: FieldsView;
  /** This variant's object size; the alignment is the enum's (largest payload alignment of all variants). */
  readonly size: number;
  readonly align: number;
}

/** The variants of an enum or Result shape, with the object alignment every variant is allocated at. */
export function variantsOf(s: Shape & { readonly kind: "enum" | "result" }): readonly VariantView[] {
  const l = layoutOf(s);
  if (l.kind !== "enum" && l.kind !== "result") throw new InternalError("enum layout expected", l);
  return l.variants.map((v) => ({
    tag: v.tag,
    payloadOffset: v.payloadOffset,
    payload: { offsets: v.payload.fields.map((f) => f.offset), size: v.payload.size, align: v.payload.align },
    size: v.size,
    align: l.align,
  }));
}

/** The cell `{value: T}` of Some(v) and of a boxed scalar root. */
export function cellOf(s: Shape): FieldsView {
  return fieldsOf([s]);
}

export function loadSlot(b: FuncBuilder, s: Shape, addr: Expr, offset = 0): Expr {
  const kind = coreSlotOf(s).kind;
  switch (kind) {
    case "i64":
      return b.i64.load(addr, offset);
    case "f64":
      return b.f64.load(addr, offset);
    case "bool":
      return b.i32.load8U(addr, offset);
    case "ptr":
      return b.i32.load(addr, offset);
    default:
      return unreachable(kind);
  }
}

export function storeSlot(b: FuncBuilder, s: Shape, addr: Expr, value: Expr, offset = 0): void {
  const kind = coreSlotOf(s).kind;
  switch (kind) {
    case "i64":
      return b.i64.store(addr, value, offset);
    case "f64":
      return b.f64.store(addr, value, offset);
    case "bool":
      return b.i32.store8(addr, value, offset);
    case "ptr":
      return b.i32.store(addr, value, offset);
    default:
      return unreachable(kind);
  }
}
