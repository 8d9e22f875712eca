// Text form of a shape's layout, for the golden file quoted in docs/abi.md and for
// debugging codecs. Offsets are bytes from the start of the object (`@8`).
//
//   == List<Int>
//   slot ptr size 4 align 4
//   object list align 8: @0 len u32, elements @8 stride 8 (i64)
import { unreachable } from "./errors.js";
import { layoutOf, slotOf, type FieldLayout, type Slot } from "./layout.js";
import type { Shape } from "./shape.js";
import { printShape } from "./shape-ops.js";

function slotText(s: Slot): string {
  return `${s.kind} size ${s.size} align ${s.align}`;
}

function fieldLine(indent: string, f: FieldLayout, base: number): string {
  return `${indent}@${base + f.offset} ${f.name}: ${printShape(f.shape)} (${f.slot.kind})`;
}

/** The slot and object layout of `shape`, several lines, no trailing newline. */
export function printLayout(shape: Shape): string {
  const lines = [`== ${printShape(shape)}`];
  const slot = slotOf(shape);
  lines.push(`slot ${slotText(slot)}${shape.kind === "option" ? " (0 = None)" : ""}`);
  const layout = layoutOf(shape);
  switch (layout.kind) {
    case "box":
      lines.push(`root box size ${layout.size} align ${layout.align}`);
      for (const f of layout.cell.fields) lines.push(fieldLine("  ", f, 0));
      break;
    case "string":
      lines.push(`object string align 4: @0 len u32, @4 len bytes of UTF-8`);
      break;
    case "list":
      lines.push(
        `object list align ${layout.align}: @0 len u32, elements @${layout.elementsOffset} stride ${layout.stride} (${layout.element.kind})`,
      );
      break;
    case "record":
    case "tuple":
      lines.push(`object ${layout.kind} size ${layout.size} align ${layout.align}`);
      for (const f of layout.fields) lines.push(fieldLine("  ", f, 0));
      break;
    case "dict":
      lines.push(`object dict align ${layout.align}: @0 len u32, entries @${layout.entriesOffset} stride ${layout.stride}`);
      for (const f of layout.entry.fields) lines.push(fieldLine("  entry ", f, 0));
      break;
    case "enum":
    case "result":
      lines.push(`object ${layout.kind} align ${layout.align}: @0 tag u8`);
      for (const v of layout.variants) {
        const payload = v.payload.fields.length === 0 ? "" : `payload @${v.payloadOffset}, `;
        lines.push(`  tag ${v.tag} ${v.name}: ${payload}size ${v.size}`);
        for (const f of v.payload.fields) lines.push(fieldLine("    ", f, v.payloadOffset));
      }
      break;
    case "option":
      lines.push(`object Some cell size ${layout.size} align ${layout.align}`);
      for (const f of layout.cell.fields) lines.push(fieldLine("  ", f, 0));
      break;
    case "closure":
      lines.push(`object closure size 8 align 4: @0 table index u32, @4 env pointer u32`);
      break;
    default:
      return unreachable(layout);
  }
  return lines.join("\n");
}
