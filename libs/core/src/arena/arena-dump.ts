// Annotated byte dump of an encoded region: every object in address order, every slot
// and padding run with its bytes and meaning. docs/abi.md's byte diagrams are generated
// with it, and it is the first thing to print when a compiled codec disagrees with the
// reference one. The region is verified with decodeArena first, so the walk below can
// trust every pointer and length.
//
//   @64 String (size 10)
//     @64  len     06 00 00 00                  6
//     @68  bytes   68 c3 a9 6c 6c 6f            "héllo"
import { InternalError, unreachable } from "../errors.js";
import { formatFloatJson } from "../numbers/float-format.js";
import { layoutOf, sequenceObjectSize, stringObjectSize, type FieldLayout, type Slot } from "../layout.js";
import { err, ok, type Result } from "../result.js";
import type { Shape } from "../shape.js";
import { shortShapeName } from "../shape-ops.js";
import type { ArenaError } from "./arena-error.js";
import { decodeArena, type ArenaRegion } from "./decode-arena.js";

interface Row {
  readonly at: number;
  readonly size: number;
  readonly label: string;
  readonly note: string;
}

interface DumpedObject {
  readonly at: number;
  readonly title: string;
  readonly size: number;
  readonly rows: readonly Row[];
}

const HEX = "0123456789abcdef";
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The annotated dump of the value of `shape` at `root`, or the verifier's error. */
export function dumpArena(arena: Uint8Array, region: ArenaRegion, root: number, shape: Shape): Result<string, ArenaError> {
  const verified = decodeArena(arena, region, root, shape);
  if (!verified.ok) return err(verified.error);
  return ok(new Dumper(arena).dump(root, shape));
}

class Dumper {
  private readonly view: DataView;
  private readonly objects = new Map<string, DumpedObject>();

  constructor(private readonly arena: Uint8Array) {
    this.view = new DataView(arena.buffer, arena.byteOffset, arena.byteLength);
  }

  dump(root: number, shape: Shape): string {
    if (shape.kind === "int" || shape.kind === "float" || shape.kind === "bool") {
      const layout = layoutOf(shape);
      if (layout.kind !== "box") throw new InternalError("scalar layout is not a box", layout);
      this.add("root", root, `${shortShapeName(shape)} root box`, layout.size, this.fieldRows(root, layout.cell.fields, ""));
    } else if (root === 0) {
      return `root 0 = None (no objects)`;
    } else this.visit(root, shape);
    const sorted = [...this.objects.values()].sort((a, b) => a.at - b.at);
    return sorted.map((o) => this.render(o)).join("\n");
  }

  /** Registers an object before its rows are filled, so shared children are visited once. */
  private add(key: string, at: number, title: string, size: number, rows: Row[]): void {
    this.objects.set(key, { at, title, size, rows });
  }

  private hex(at: number, size: number): string {
    const shown = Math.min(size, 12);
    let s = "";
    for (let i = 0; i < shown; i++) s += (i > 0 ? " " : "") + HEX[this.arena[at + i]! >> 4] + HEX[this.arena[at + i]! & 15];
    return size > shown ? `${s} …` : s;
  }

  private render(o: DumpedObject): string {
    const lines = [`@${o.at} ${o.title} (size ${o.size})`];
    const rows = [...o.rows].sort((a, b) => a.at - b.at);
    const filled: Row[] = [];
    let next = o.at;
    for (const r of rows) {
      if (r.at > next) filled.push({ at: next, size: r.at - next, label: "(pad)", note: "" });
      filled.push(r);
      next = Math.max(next, r.at + r.size);
    }
    if (o.at + o.size > next) filled.push({ at: next, size: o.at + o.size - next, label: "(pad)", note: "" });
    for (const r of filled) {
      const left = `  @${String(r.at).padEnd(4)} ${r.label.padEnd(12)} ${this.hex(r.at, r.size)}`;
      lines.push(r.note === "" ? left : `${left.padEnd(56)} ${r.note}`);
    }
    return lines.join("\n");
  }

  private slotRow(at: number, slot: Slot, shape: Shape, label: string): Row {
    switch (slot.kind) {
      case "i64":
        return { at, size: 8, label, note: this.view.getBigInt64(at, true).toString() };
      case "f64":
        return { at, size: 8, label, note: formatFloatJson(this.view.getFloat64(at, true)) ?? "NaN/inf" };
      case "bool":
        return { at, size: 1, label, note: this.arena[at] === 1 ? "true" : "false" };
      case "ptr": {
        const p = this.view.getUint32(at, true);
        if (p === 0) return { at, size: 4, label, note: "→ null (None)" };
        this.visit(p, shape);
        return { at, size: 4, label, note: `→ ${p}` };
      }
      default:
        return unreachable(slot.kind);
    }
  }

  private fieldRows(base: number, fields: readonly FieldLayout[], prefix: string): Row[] {
    return fields.map((f) => this.slotRow(base + f.offset, f.slot, f.shape, `${prefix}${f.name}`));
  }

  private visit(p: number, shape: Shape): void {
    const title = shortShapeName(shape);
    const key = `${p}:${title}`;
    if (this.objects.has(key)) return;
    const layout = layoutOf(shape);
    switch (layout.kind) {
      case "string": {
        const len = this.view.getUint32(p, true);
        const text = utf8.decode(this.arena.subarray(p + 4, p + 4 + len));
        const rows: Row[] = [{ at: p, size: 4, label: "len", note: String(len) }];
        if (len > 0) rows.push({ at: p + 4, size: len, label: "bytes", note: JSON.stringify(text) });
        this.add(key, p, title, stringObjectSize(len), rows);
        return;
      }
      case "list": {
        if (shape.kind !== "list") throw new InternalError("list layout for a non-list shape", shape);
        const len = this.view.getUint32(p, true);
        const rows: Row[] = [{ at: p, size: 4, label: "len", note: String(len) }];
        this.add(key, p, title, sequenceObjectSize(layout, len), rows);
        for (let i = 0; i < len; i++) rows.push(this.slotRow(p + layout.elementsOffset + i * layout.stride, layout.element, shape.element, `[${i}]`));
        return;
      }
      case "record":
      case "tuple": {
        const rows: Row[] = [];
        this.add(key, p, title, layout.size, rows);
        rows.push(...this.fieldRows(p, layout.fields, layout.kind === "tuple" ? "." : ""));
        return;
      }
      case "dict": {
        const len = this.view.getUint32(p, true);
        const rows: Row[] = [{ at: p, size: 4, label: "len", note: String(len) }];
        this.add(key, p, title, sequenceObjectSize(layout, len), rows);
        for (let i = 0; i < len; i++) rows.push(...this.fieldRows(p + layout.entriesOffset + i * layout.stride, layout.entry.fields, `[${i}].`));
        return;
      }
      case "enum":
      case "result": {
        const v = layout.variants[this.arena[p]!]!;
        const rows: Row[] = [{ at: p, size: 1, label: "tag", note: `${v.tag} = ${v.name}` }];
        this.add(key, p, `${title} ${v.name}`, v.size, rows);
        rows.push(...this.fieldRows(p + v.payloadOffset, v.payload.fields, `${v.name}.`));
        return;
      }
      case "option": {
        const rows: Row[] = [];
        this.add(key, p, `${title} Some cell`, layout.size, rows);
        rows.push(...this.fieldRows(p, layout.cell.fields, ""));
        return;
      }
      case "box":
      case "closure":
        throw new InternalError(`dumpArena: no pointer object for ${title}`);
      default:
        return unreachable(layout);
    }
  }
}
