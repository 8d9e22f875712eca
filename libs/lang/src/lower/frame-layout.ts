// The run-time frame of a dict literal or `where` (docs/lowering.md "Frames"):
//
//   [slots][state bytes][pad][captured items]
//    ^ frame pointer = the record pointer for a dict
//
// The slots of a dict are exactly its record (docs/abi.md), so the frame
// pointer IS the dict's value and nothing is copied at the end; a where's slots
// are its bindings laid out as a record. One state byte per lazy field
// (0 = not computed, 1 = being computed, 2 = done). Captured items (values as
// their IR type, 8 or 4 bytes; frame pointers, 4 bytes) follow, 8-aligned.
// Closure environments use the same item layout without slots or states.
import { alignUp, InternalError, type RecordLayout } from "@tetra/core";
import type { Expr, FuncBuilder } from "@tetra/ir";
import type { BindingId } from "../analyze/typed-ast.js";
import { T, type Type } from "../types/type.js";
import type { FnCtx } from "./context.js";
import { recordView, valTypeOf } from "./layout.js";
import type { CaptureItem, FrameInfo, Scopes } from "./scopes.js";

export const STATE_TODO = 0;
export const STATE_BUSY = 1;
export const STATE_DONE = 2;

export interface ItemsLayout {
  /** Byte offset of each item. */
  readonly offsets: readonly number[];
  /** End offset (the environment size when the items start at 0). */
  readonly end: number;
}

/** Items laid out from `start`: 8-byte items first, each aligned to its size. */
export function itemsLayout(items: readonly CaptureItem[], start: number): ItemsLayout {
  const size = (i: CaptureItem) => (i.kind === "value" && valTypeOf(i.type) !== "i32" ? 8 : 4);
  const offsets: number[] = new Array<number>(items.length).fill(0);
  let at = alignUp(start, 8);
  for (const pass of [8, 4]) {
    items.forEach((item, k) => {
      if (size(item) !== pass) return;
      offsets[k] = at;
      at += pass;
    });
  }
  return { offsets, end: at };
}

export interface FrameLayout {
  readonly slots: RecordLayout;
  readonly slotOffset: ReadonlyMap<BindingId, number>;
  readonly slotType: ReadonlyMap<BindingId, Type>;
  readonly stateOffset: ReadonlyMap<BindingId, number>;
  readonly stateStart: number;
  readonly stateCount: number;
  readonly items: ItemsLayout;
  readonly size: number;
  readonly align: number;
}

const layouts = new WeakMap<FrameInfo, FrameLayout>();

/**
 * The slot record of a frame: a dict's own record type, or (a dict typed
 * `Dict<String, V>` because it spreads a Dict, or a where) the record of its
 * field bindings.
 */
export function slotRecordType(f: FrameInfo, scopes: Scopes): Type {
  if (f.node.kind === "Dict" && f.node.type.kind === "Record") return f.node.type;
  const fields = f.entries.flatMap((e) => (e.binding === undefined ? [] : [{ name: String(e.binding), type: scopes.binding(e.binding).type, internal: false }]));
  return T.record(fields);
}

export function frameLayout(f: FrameInfo, scopes: Scopes): FrameLayout {
  const hit = layouts.get(f);
  if (hit !== undefined) return hit;
  const rec = slotRecordType(f, scopes);
  const useNames = f.node.kind === "Dict" && f.node.type.kind === "Record";
  const slots = recordView(rec);
  const slotOffset = new Map<BindingId, number>();
  const slotType = new Map<BindingId, Type>();
  for (const e of f.entries) {
    if (e.binding === undefined) continue;
    const b = scopes.binding(e.binding);
    const key = useNames ? b.name : String(e.binding);
    const fl = slots.fields.find((x) => x.name === key);
    if (fl === undefined) throw new InternalError("frame slot missing", key);
    slotOffset.set(e.binding, fl.offset);
    slotType.set(e.binding, b.type);
  }
  const stateOffset = new Map<BindingId, number>();
  let k = 0;
  for (const e of f.entries) if (e.binding !== undefined && f.lazy.has(e.binding)) stateOffset.set(e.binding, slots.size + k++);
  const items = itemsLayout(f.captures, slots.size + k);
  const layout: FrameLayout = {
    slots,
    slotOffset,
    slotType,
    stateOffset,
    stateStart: slots.size,
    stateCount: k,
    items,
    size: f.captures.length === 0 ? slots.size + k : items.end,
    align: Math.max(8, slots.align),
  };
  layouts.set(f, layout);
  return layout;
}

/** Reads captured items at `base()` + their offsets into the context's access maps. */
export function bindItems(c: FnCtx, items: readonly CaptureItem[], layout: ItemsLayout, base: () => Expr): void {
  const b = c.b;
  items.forEach((item, k) => {
    const off = layout.offsets[k]!;
    if (item.kind === "frame") c.frames.set(item.frame, () => b.i32.load(base(), off));
    else {
      const vt = valTypeOf(item.type);
      c.values.set(item.binding, () => (vt === "i64" ? b.i64.load(base(), off) : vt === "f64" ? b.f64.load(base(), off) : b.i32.load(base(), off)));
    }
  });
}

/** Stores item values (read in the creating context `c`) at `base` + offsets. */
export function storeItems(c: FnCtx, items: readonly CaptureItem[], layout: ItemsLayout, base: () => Expr, read: (binding: BindingId) => Expr): void {
  const b: FuncBuilder = c.b;
  items.forEach((item, k) => {
    const off = layout.offsets[k]!;
    if (item.kind === "frame") {
      const fp = c.frames.get(item.frame);
      if (fp === undefined) throw new InternalError("captured frame not reachable", item.frame);
      b.i32.store(base(), fp(), off);
      return;
    }
    const vt = valTypeOf(item.type);
    const v = read(item.binding);
    if (vt === "i64") b.i64.store(base(), v, off);
    else if (vt === "f64") b.f64.store(base(), v, off);
    else b.i32.store(base(), v, off);
  });
}
