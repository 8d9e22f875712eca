// Arena bytes → Value, with a verifier: the buffer may come from compiled code under
// test, or be hostile, so nothing is trusted before it is checked.
//
//   * Every object is checked to lie inside [region.start, region.end) — header first,
//     then the whole object once its length is known — and to be aligned to its object
//     alignment before any byte of it is read. Arithmetic is exact (JS numbers, < 2^53),
//     so `len = 0xFFFFFFFF` can never wrap into range.
//   * Pointer 0 is accepted only in an Option slot (None). Bool bytes must be 0 or 1,
//     tags must name a variant, strings must be well-formed UTF-8, dict keys strictly
//     increasing by bytes.
//   * Shapes are finite trees, so a pointer chain is at most as deep as the shape: a
//     pointer cycle cannot loop forever. Sharing (two slots pointing to one object) is
//     legal and is decoded once: results are memoized per (shape, pointer), so a DAG of
//     2^n paths over n objects costs n decodes, not 2^n.
//   * A work budget proportional to the region size (default 4 × size + 1024 units; an
//     object costs max(1, its byte size), a memo hit 1) bounds the rest, e.g. one list
//     read under many different shapes. A depth limit (default 512) guards recursion.
// Padding bytes are not checked (writers need not clear them).
import { InternalError, unreachable } from "../errors.js";
import { layoutOf, sequenceObjectSize, stringObjectSize, type RecordLayout } from "../layout.js";
import { err, ok, type Result } from "../result.js";
import type { Shape } from "../shape.js";
import { printShape, shortShapeName } from "../shape-ops.js";
import type { Value } from "../value.js";
import { indexPath, keyPath, renderPath, rootPath, type ValuePath } from "../json/value-path.js";
import { arenaShapeRefusal, type ArenaError, type ArenaErrorKind } from "./arena-error.js";
import { findInvalidUtf8 } from "./utf8.js";

export interface ArenaRegion {
  /** First byte of the region (absolute arena offset). */
  readonly start: number;
  /** One past the last byte. */
  readonly end: number;
}

export interface DecodeArenaOptions {
  /** Pointer nesting limit (default 512). */
  readonly maxDepth?: number;
  /** Work units allowed (default 4 × region size + 1024). */
  readonly workBudget?: number;
}

export const DEFAULT_ARENA_MAX_DEPTH = 512;

/** Thrown inside the reader only; `decodeArena` returns it as an `ArenaError`. */
class ArenaFault {
  constructor(
    readonly kind: ArenaErrorKind,
    readonly path: ValuePath,
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/**
 * Decodes the value of `shape` whose root pointer is `root` (for a scalar shape: a pointer
 * to its `{value: T}` box; for an Option: 0 means None) from `arena`, reading only inside
 * `region`.
 */
export function decodeArena(
  arena: Uint8Array,
  region: ArenaRegion,
  root: number,
  shape: Shape,
  options: DecodeArenaOptions = {},
): Result<Value, ArenaError> {
  const refusal = arenaShapeRefusal(shape);
  if (refusal !== undefined) return err(refusal);
  const { start, end } = region;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > arena.length) {
    return err({ kind: "InvalidRegion", path: "$", message: `$: region [${start}, ${end}) is not inside the arena of ${arena.length} bytes` });
  }
  if (!Number.isInteger(root) || root < 0 || root >= 2 ** 32) {
    return err({ kind: "InvalidRegion", path: "$", message: `$: root ${root} is not a u32 offset` });
  }
  const budget = options.workBudget ?? 4 * (end - start) + 1024;
  const reader = new ArenaReader(arena, start, end, budget, options.maxDepth ?? DEFAULT_ARENA_MAX_DEPTH);
  try {
    return ok(reader.readRoot(root, shape));
  } catch (e) {
    if (!(e instanceof ArenaFault)) throw e;
    const path = renderPath(e.path);
    return err({ kind: e.kind, path, offset: e.offset, message: `${path}: ${e.reason}` });
  }
}

const shapeKeys = new WeakMap<Shape, string>();

/** Structurally equal shapes decode a pointer identically, so the memo is keyed by printed shape. */
function shapeKey(shape: Shape): string {
  let key = shapeKeys.get(shape);
  if (key === undefined) {
    key = printShape(shape);
    shapeKeys.set(shape, key);
  }
  return key;
}

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

class ArenaReader {
  private readonly view: DataView;
  private work = 0;
  private depth = 0;
  private readonly memo = new Map<string, Map<number, Value>>();

  constructor(
    private readonly arena: Uint8Array,
    private readonly start: number,
    private readonly end: number,
    private readonly budget: number,
    private readonly maxDepth: number,
  ) {
    this.view = new DataView(arena.buffer, arena.byteOffset, arena.byteLength);
  }

  readRoot(root: number, shape: Shape): Value {
    const path = rootPath("$");
    switch (shape.kind) {
      case "int":
      case "float":
      case "bool": {
        const layout = layoutOf(shape);
        if (layout.kind !== "box") throw new InternalError("scalar layout is not a box", layout);
        this.object(root, layout.size, layout.align, path, `${printShape(shape)} box`);
        this.charge(layout.size, path, root);
        return this.readSlot(root, shape, path);
      }
      default:
        return this.readPointer(root, shape, path);
    }
  }

  private charge(units: number, path: ValuePath, at: number): void {
    this.work += Math.max(1, units);
    if (this.work > this.budget) {
      throw new ArenaFault("WorkLimitExceeded", path, at, `decoding needs more than ${this.budget} work units (too much sharing for a region of this size)`);
    }
  }

  /** Checks that [p, p + size) is a non-null, aligned object inside the region. */
  private object(p: number, size: number, align: number, path: ValuePath, what: string): void {
    if (p === 0) throw new ArenaFault("NullPointer", path, p, `null pointer where a ${what} is required`);
    if (p < this.start || p + size > this.end) {
      throw new ArenaFault("OutOfRegion", path, p, `${what} at ${p} (size ${size}) is outside the region [${this.start}, ${this.end})`);
    }
    if (p % align !== 0) throw new ArenaFault("Misaligned", path, p, `${what} at ${p} is not aligned to ${align}`);
  }

  private readSlot(at: number, shape: Shape, path: ValuePath): Value {
    switch (shape.kind) {
      case "int":
        return { kind: "int", value: this.view.getBigInt64(at, true) };
      case "float":
        return { kind: "float", value: this.view.getFloat64(at, true) };
      case "bool": {
        const b = this.arena[at]!;
        if (b > 1) throw new ArenaFault("InvalidBool", path, at, `Bool byte at ${at} is ${b}, not 0 or 1`);
        return { kind: "bool", value: b === 1 };
      }
      default:
        return this.readPointer(this.view.getUint32(at, true), shape, path);
    }
  }

  private readPointer(p: number, shape: Shape, path: ValuePath): Value {
    if (shape.kind === "option" && p === 0) return { kind: "option", some: null };
    const key = shapeKey(shape);
    let byPointer = this.memo.get(key);
    const hit = byPointer?.get(p);
    if (hit !== undefined) {
      this.charge(1, path, p);
      return hit;
    }
    if (++this.depth > this.maxDepth) {
      throw new ArenaFault("DepthLimitExceeded", path, p, `pointers nested deeper than ${this.maxDepth}`);
    }
    const value = this.readObject(p, shape, path);
    this.depth--;
    if (byPointer === undefined) {
      byPointer = new Map();
      this.memo.set(key, byPointer);
    }
    byPointer.set(p, value);
    return value;
  }

  private readFields(at: number, record: RecordLayout, path: ValuePath): Map<string, Value> {
    const out = new Map<string, Value>();
    for (const f of record.fields) out.set(f.name, this.readSlot(at + f.offset, f.shape, keyPath(path, f.name)));
    return out;
  }

  private readHeaderLength(p: number, align: number, path: ValuePath, what: string): number {
    this.object(p, 4, align, path, what);
    return this.view.getUint32(p, true);
  }

  private readObject(p: number, shape: Shape, path: ValuePath): Value {
    const layout = layoutOf(shape);
    const name = shortShapeName(shape);
    switch (layout.kind) {
      case "string": {
        const len = this.readHeaderLength(p, 4, path, name);
        const size = stringObjectSize(len);
        this.object(p, size, 4, path, name);
        this.charge(size, path, p);
        const bad = findInvalidUtf8(this.arena, p + 4, p + 4 + len);
        if (bad >= 0) throw new ArenaFault("InvalidUtf8", path, bad, `String at ${p} has invalid UTF-8 at byte ${bad}`);
        return { kind: "string", value: utf8.decode(this.arena.subarray(p + 4, p + 4 + len)) };
      }
      case "list": {
        if (shape.kind !== "list") throw new InternalError("list layout for a non-list shape", shape);
        const len = this.readHeaderLength(p, layout.align, path, name);
        const size = sequenceObjectSize(layout, len);
        this.object(p, size, layout.align, path, name);
        this.charge(size, path, p);
        const items: Value[] = [];
        for (let i = 0; i < len; i++) items.push(this.readSlot(p + layout.elementsOffset + i * layout.stride, shape.element, indexPath(path, i)));
        return { kind: "list", items };
      }
      case "tuple": {
        this.object(p, layout.size, layout.align, path, name);
        this.charge(layout.size, path, p);
        const items = layout.fields.map((f, i) => this.readSlot(p + f.offset, f.shape, indexPath(path, i)));
        return { kind: "tuple", items };
      }
      case "record": {
        if (shape.kind !== "record") throw new InternalError("record layout for a non-record shape", shape);
        this.object(p, layout.size, layout.align, path, name);
        this.charge(layout.size, path, p);
        const fields = this.readFields(p, layout, path);
        return shape.name === undefined ? { kind: "record", fields } : { kind: "record", name: shape.name, fields };
      }
      case "dict":
        return this.readDict(p, layout, shape, path, name);
      case "enum": {
        if (shape.kind !== "enum") throw new InternalError("enum layout for a non-enum shape", shape);
        const v = this.readTag(p, layout.align, layout.variants, path, name);
        const at = p + v.payloadOffset;
        const variantShape = shape.variants[v.tag]!;
        const payloadPath = keyPath(path, v.name);
        switch (variantShape.payload.kind) {
          case "unit":
            return { kind: "enum", enumName: shape.name, variant: v.name, payload: { kind: "unit" } };
          case "tuple": {
            const items = v.payload.fields.map((f, i) => this.readSlot(at + f.offset, f.shape, indexPath(payloadPath, i)));
            return { kind: "enum", enumName: shape.name, variant: v.name, payload: { kind: "tuple", items } };
          }
          case "struct":
            return { kind: "enum", enumName: shape.name, variant: v.name, payload: { kind: "struct", fields: this.readFields(at, v.payload, payloadPath) } };
          default:
            return unreachable(variantShape.payload);
        }
      }
      case "result": {
        if (shape.kind !== "result") throw new InternalError("result layout for a non-result shape", shape);
        const v = this.readTag(p, layout.align, layout.variants, path, name);
        const f = v.payload.fields[0]!;
        const isOk = v.tag === 0;
        return { kind: "result", isOk, value: this.readSlot(p + v.payloadOffset + f.offset, f.shape, keyPath(path, v.name)) };
      }
      case "option": {
        if (shape.kind !== "option") throw new InternalError("option layout for a non-option shape", shape);
        this.object(p, layout.size, layout.align, path, `Some cell of ${name}`);
        this.charge(layout.size, path, p);
        return { kind: "option", some: this.readSlot(p, shape.some, path) };
      }
      case "box":
      case "closure":
        throw new InternalError(`decodeArena: no pointer object for ${printShape(shape)}`);
      default:
        return unreachable(layout);
    }
  }

  /** Reads and checks the tag byte, then checks the chosen variant's whole object. */
  private readTag<V extends { readonly tag: number; readonly size: number }>(
    p: number,
    align: number,
    variants: readonly V[],
    path: ValuePath,
    name: string,
  ): V {
    this.object(p, 1, align, path, name);
    const tag = this.arena[p]!;
    const v = variants[tag];
    if (v === undefined) throw new ArenaFault("InvalidTag", path, p, `tag ${tag} at ${p} is not a variant of ${name} (${variants.length} variants)`);
    this.object(p, v.size, align, path, name);
    this.charge(v.size, path, p);
    return v;
  }

  private readDict(p: number, layout: ReturnType<typeof layoutOf> & { kind: "dict" }, shape: Shape, path: ValuePath, name: string): Value {
    if (shape.kind !== "dict") throw new InternalError("dict layout for a non-dict shape", shape);
    const len = this.readHeaderLength(p, layout.align, path, name);
    const size = sequenceObjectSize(layout, len);
    this.object(p, size, layout.align, path, name);
    this.charge(size, path, p);
    const [keyField, valueField] = layout.entry.fields as readonly [RecordLayout["fields"][number], RecordLayout["fields"][number]];
    const fields = new Map<string, Value>();
    let previous = -1; // pointer of the previous key's string object
    for (let i = 0; i < len; i++) {
      const entryAt = p + layout.entriesOffset + i * layout.stride;
      const keyPointer = this.view.getUint32(entryAt + keyField.offset, true);
      // A bad key object is reported at the entry index (`$.m[2]`): it has no name yet.
      const key = this.readPointer(keyPointer, keyField.shape, indexPath(path, i));
      if (key.kind !== "string") throw new InternalError("dict key decoded as a non-string", key);
      if (previous >= 0 && this.compareStringObjects(previous, keyPointer, path) >= 0) {
        throw new ArenaFault("UnsortedDictKeys", keyPath(path, key.value), entryAt, `dict key ${JSON.stringify(key.value)} at entry ${i} is not greater than the key before it`);
      }
      previous = keyPointer;
      fields.set(key.value, this.readSlot(entryAt + valueField.offset, valueField.shape, keyPath(path, key.value)));
    }
    return { kind: "record", fields };
  }

  /** Unsigned byte order of two string objects already checked by readPointer. */
  private compareStringObjects(a: number, b: number, path: ValuePath): number {
    const la = this.view.getUint32(a, true);
    const lb = this.view.getUint32(b, true);
    const n = Math.min(la, lb);
    // Shared key strings are decoded once but compared per dict: charge the comparison.
    this.charge(n, path, b);
    for (let i = 0; i < n; i++) {
      const d = this.arena[a + 4 + i]! - this.arena[b + 4 + i]!;
      if (d !== 0) return d;
    }
    return la - lb;
  }
}
