// Value → arena bytes, per docs/abi.md (the interpreted reference encoder).
//
// The region starts at absolute arena offset `base`; every pointer written is absolute,
// and alignment is computed on absolute offsets, so the bytes are only valid at `base`.
// Objects are placed in pre-order: the root object first, then each pointer slot's
// object depth-first in slot order, each at the next offset aligned to its object
// alignment. Padding is zero. Nothing is shared: the same string written twice is two
// objects. (Readers must not rely on this order or on the absence of sharing; compiled
// writers may place objects differently.)
// Dict entries are written sorted by key bytes, as the ABI requires, whatever the order
// of the value's map. NaN is written as the canonical 0x7FF8000000000000 (DESIGN §4).
import { InternalError, unreachable } from "../errors.js";
import { CANONICAL_NAN_BITS } from "../numbers/float-bits.js";
import { isI64 } from "../numbers/int64.js";
import { compareCodePoints } from "../numbers/text.js";
import { alignUp, layoutOf, NULL_POINTER, type FieldLayout, type RecordLayout } from "../layout.js";
import { err, ok, type Result } from "../result.js";
import type { Shape } from "../shape.js";
import { printShape } from "../shape-ops.js";
import type { Value } from "../value.js";
import { printValue } from "../value-ops.js";
import { arenaShapeRefusal, type ArenaError } from "./arena-error.js";

export interface EncodedRegion {
  /** The region's bytes; byte 0 sits at arena offset `base`. */
  readonly bytes: Uint8Array;
  /** The root pointer (absolute). 0 only for a `None` root; a scalar root points to its `{value: T}` box. */
  readonly root: number;
}

const U32_LIMIT = 2 ** 32;
const utf8 = new TextEncoder();

/**
 * Encodes `value` of `shape` into a fresh region at arena offset `base` (an integer,
 * 1 ≤ base < 2^32; 0 would make the first object look like the null pointer).
 * UnsupportedShape for closures and over-large enums; a value that does not fit its
 * shape is a caller bug (InternalError).
 */
export function encodeArena(value: Value, shape: Shape, base: number): Result<EncodedRegion, ArenaError> {
  if (!Number.isInteger(base) || base < 1 || base >= U32_LIMIT) {
    throw new InternalError("encodeArena: base must be an integer in [1, 2^32)", base);
  }
  const refusal = arenaShapeRefusal(shape);
  if (refusal !== undefined) return err(refusal);
  const w = new RegionWriter(base);
  const root = w.encodeRoot(value, shape);
  return ok({ bytes: w.finish(), root });
}

function misfit(value: Value, shape: Shape): InternalError {
  return new InternalError(`encodeArena: value ${printValue(value)} does not have shape ${printShape(shape)}`);
}

/** A growable byte buffer addressed by absolute arena offsets. */
class RegionWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  private used = 0;

  constructor(private readonly base: number) {}

  finish(): Uint8Array {
    return this.buf.slice(0, this.used);
  }

  encodeRoot(value: Value, shape: Shape): number {
    switch (shape.kind) {
      case "int":
      case "float":
      case "bool": {
        const layout = layoutOf(shape);
        if (layout.kind !== "box") throw new InternalError("scalar layout is not a box", layout);
        const at = this.alloc(layout.size, layout.align);
        this.writeSlot(at, value, shape);
        return at;
      }
      default:
        return this.encodeObject(value, shape);
    }
  }

  /** Reserves `size` zero bytes at the next `align`-aligned absolute offset. */
  private alloc(size: number, align: number): number {
    const at = alignUp(this.base + this.used, align);
    const end = at + size - this.base;
    if (at + size > U32_LIMIT) throw new InternalError("encodeArena: the region would pass the 4 GiB address space", at + size);
    if (end > this.buf.length) {
      let capacity = this.buf.length;
      while (capacity < end) capacity *= 2;
      const next = new Uint8Array(capacity);
      next.set(this.buf.subarray(0, this.used));
      this.buf = next;
      this.view = new DataView(next.buffer);
    }
    this.used = end;
    return at;
  }

  private u8(at: number, v: number): void {
    this.buf[at - this.base] = v;
  }

  private u32(at: number, v: number): void {
    this.view.setUint32(at - this.base, v, true);
  }

  /** Stores `value` in the slot at absolute offset `at`. */
  private writeSlot(at: number, value: Value, shape: Shape): void {
    switch (shape.kind) {
      case "int":
        if (value.kind !== "int" || !isI64(value.value)) throw misfit(value, shape);
        this.view.setBigInt64(at - this.base, value.value, true);
        return;
      case "float":
        if (value.kind !== "float") throw misfit(value, shape);
        if (value.value !== value.value) this.view.setBigUint64(at - this.base, CANONICAL_NAN_BITS, true);
        else this.view.setFloat64(at - this.base, value.value, true);
        return;
      case "bool":
        if (value.kind !== "bool") throw misfit(value, shape);
        this.u8(at, value.value ? 1 : 0);
        return;
      default:
        this.u32(at, this.encodeObject(value, shape));
    }
  }

  private writeFields(at: number, record: RecordLayout, lookup: (f: FieldLayout) => Value | undefined, whole: Value, shape: Shape): void {
    for (const f of record.fields) {
      const v = lookup(f);
      if (v === undefined) throw misfit(whole, shape);
      this.writeSlot(at + f.offset, v, f.shape);
    }
  }

  /** Writes the object of a pointer-slot value and returns its pointer. */
  private encodeObject(value: Value, shape: Shape): number {
    const layout = layoutOf(shape);
    switch (layout.kind) {
      case "string": {
        if (value.kind !== "string") throw misfit(value, shape);
        const bytes = utf8.encode(value.value);
        const at = this.alloc(4 + bytes.length, 4);
        this.u32(at, bytes.length);
        this.buf.set(bytes, at + 4 - this.base);
        return at;
      }
      case "list": {
        if (value.kind !== "list" || shape.kind !== "list") throw misfit(value, shape);
        const at = this.alloc(layout.elementsOffset + value.items.length * layout.stride, layout.align);
        this.u32(at, value.items.length);
        value.items.forEach((item, i) => this.writeSlot(at + layout.elementsOffset + i * layout.stride, item, shape.element));
        return at;
      }
      case "record":
      case "tuple": {
        const ok =
          (value.kind === "record" && shape.kind === "record" && value.name === shape.name && value.fields.size === shape.fields.length) ||
          (value.kind === "tuple" && shape.kind === "tuple" && value.items.length === shape.elements.length);
        if (!ok) throw misfit(value, shape);
        const at = this.alloc(layout.size, layout.align);
        const lookup = (f: FieldLayout): Value | undefined =>
          value.kind === "record" ? value.fields.get(f.name) : value.kind === "tuple" ? value.items[Number(f.name)] : undefined;
        this.writeFields(at, layout, lookup, value, shape);
        return at;
      }
      case "dict": {
        if (value.kind !== "record" || value.name !== undefined || shape.kind !== "dict") throw misfit(value, shape);
        const entries = [...value.fields].sort(([a], [b]) => compareCodePoints(a, b));
        const at = this.alloc(layout.entriesOffset + entries.length * layout.stride, layout.align);
        this.u32(at, entries.length);
        entries.forEach(([key, v], i) => {
          const entryAt = at + layout.entriesOffset + i * layout.stride;
          this.writeFields(entryAt, layout.entry, (f) => (f.name === "key" ? { kind: "string", value: key } : v), value, shape);
        });
        return at;
      }
      case "enum": {
        if (value.kind !== "enum" || shape.kind !== "enum" || value.enumName !== shape.name) throw misfit(value, shape);
        const v = layout.variants.find((x) => x.name === value.variant);
        if (v === undefined) throw misfit(value, shape);
        const at = this.alloc(v.size, layout.align);
        this.u8(at, v.tag);
        const payload = value.payload;
        const lookup = (f: FieldLayout): Value | undefined => {
          switch (payload.kind) {
            case "unit":
              return undefined;
            case "tuple":
              return payload.items[Number(f.name)];
            case "struct":
              return payload.fields.get(f.name);
            default:
              return unreachable(payload);
          }
        };
        const count = payload.kind === "unit" ? 0 : payload.kind === "tuple" ? payload.items.length : payload.fields.size;
        if (count !== v.payload.fields.length) throw misfit(value, shape);
        this.writeFields(at + v.payloadOffset, v.payload, lookup, value, shape);
        return at;
      }
      case "result": {
        if (value.kind !== "result") throw misfit(value, shape);
        const v = layout.variants[value.isOk ? 0 : 1]!;
        const at = this.alloc(v.size, layout.align);
        this.u8(at, v.tag);
        this.writeFields(at + v.payloadOffset, v.payload, () => value.value, value, shape);
        return at;
      }
      case "option": {
        if (value.kind !== "option" || shape.kind !== "option") throw misfit(value, shape);
        if (value.some === null) return NULL_POINTER;
        const at = this.alloc(layout.size, layout.align);
        this.writeSlot(at, value.some, shape.some);
        return at;
      }
      case "box":
      case "closure":
        throw new InternalError(`encodeArena: no pointer object for ${printShape(shape)}`);
      default:
        return unreachable(layout);
    }
  }
}
