// Value → canonical JSON text: the projection of LANGUAGE.md §2.5 written in the exact
// layout of §2.6. Backends agree when this text is byte-identical, so every choice is
// fixed here:
//   * Int as decimal; Float via `formatFloatJson` (§6.3: `1.0`, `-0.0`, `1e16`); a NaN or
//     ±inf anywhere is the projection error NonFiniteFloat with the path of the first one
//     met in output order (`$.b[1]`);
//   * objects (records, schema values, dicts, struct payloads) with keys sorted by code
//     point (`compareCodePoints`, not UTF-16 order: "\u{1F600}" sorts after "\uFFFF");
//     `#internal` fields and closure-valued fields are left out (`{#internal rate: 3}` → `{}`);
//   * Some(v) → v, None → null, Ok(v) → {"Ok": {"value": v}}, Err(e) → {"Err": {"error": e}},
//     enums externally tagged: {"V": {}}, {"V": [a]}, {"V": {"f": x}};
//   * two-space indentation, one element per line, `": "` after keys, `[]`/`{}` for
//     empties, no trailing newline; strings per json-string.ts.
// A value that does not fit its shape is a bug of the caller (InternalError), as is a
// closure outside a field (§2.5 rejects that statically).
import { InternalError, unreachable } from "../errors.js";
import { formatFloatJson } from "../numbers/float-format.js";
import { compareCodePoints } from "../numbers/text.js";
import { err, ok, type Result } from "../result.js";
import type { FieldShape, Shape } from "../shape.js";
import { printShape } from "../shape-ops.js";
import type { Value } from "../value.js";
import { printValue } from "../value-ops.js";
import { quoteJsonString } from "./json-string.js";
import { indexPath, keyPath, renderPath, rootPath, type ValuePath } from "./value-path.js";

export interface ProjectionError {
  readonly kind: "NonFiniteFloat";
  /** `$.stats.mean`: where the first non-finite Float sits. */
  readonly path: string;
  readonly message: string;
}

/** Thrown inside the projector only; `toCanonicalJson` turns it into a `ProjectionError`. */
class NonFiniteFault {
  constructor(readonly path: ValuePath) {}
}

/** The canonical JSON text of `value` (of shape `shape`), or NonFiniteFloat. */
export function toCanonicalJson(value: Value, shape: Shape): Result<string, ProjectionError> {
  const out: string[] = [];
  try {
    write(value, shape, rootPath("$"), "", out);
  } catch (e) {
    if (!(e instanceof NonFiniteFault)) throw e;
    const path = renderPath(e.path);
    return err({ kind: "NonFiniteFloat", path, message: `${path}: a NaN or infinite Float cannot be written as JSON` });
  }
  return ok(out.join(""));
}

function misfit(value: Value, shape: Shape): InternalError {
  return new InternalError(`value ${printValue(value)} does not have shape ${printShape(shape)}`);
}

/** One projected object member; `write` sorts them by key. */
interface Member {
  readonly key: string;
  readonly value: Value;
  readonly shape: Shape;
}

function write(v: Value, shape: Shape, path: ValuePath, indent: string, out: string[]): void {
  switch (shape.kind) {
    case "int":
      if (v.kind !== "int") throw misfit(v, shape);
      out.push(v.value.toString());
      return;
    case "float": {
      if (v.kind !== "float") throw misfit(v, shape);
      const text = formatFloatJson(v.value);
      if (text === null) throw new NonFiniteFault(path);
      out.push(text);
      return;
    }
    case "bool":
      if (v.kind !== "bool") throw misfit(v, shape);
      out.push(v.value ? "true" : "false");
      return;
    case "string":
      if (v.kind !== "string") throw misfit(v, shape);
      out.push(quoteJsonString(v.value));
      return;
    case "list":
      if (v.kind !== "list") throw misfit(v, shape);
      writeArray(v.items.map((item) => [item, shape.element] as const), path, indent, out);
      return;
    case "tuple":
      if (v.kind !== "tuple" || v.items.length !== shape.elements.length) throw misfit(v, shape);
      writeArray(v.items.map((item, i) => [item, shape.elements[i]!] as const), path, indent, out);
      return;
    case "dict": {
      if (v.kind !== "record" || v.name !== undefined) throw misfit(v, shape);
      // §2.5: "Dict fields whose value is a closure are omitted": all of them, here.
      const members = shape.value.kind === "closure" ? [] : [...v.fields].map(([key, value]) => ({ key, value, shape: shape.value }));
      writeObject(members, path, indent, out);
      return;
    }
    case "record":
      if (v.kind !== "record" || v.name !== shape.name) throw misfit(v, shape);
      writeObject(projectedFields(v, v.fields, shape.fields, shape), path, indent, out);
      return;
    case "enum":
      writeEnum(v, shape, path, indent, out);
      return;
    case "option":
      if (v.kind !== "option") throw misfit(v, shape);
      if (v.some === null) out.push("null");
      else write(v.some, shape.some, path, indent, out);
      return;
    case "result": {
      if (v.kind !== "result") throw misfit(v, shape);
      const [tag, inner, innerShape] = v.isOk ? ["Ok", "value", shape.ok] : ["Err", "error", shape.err];
      const wrapped: Value = { kind: "record", fields: new Map([[inner, v.value]]) };
      const wrappedShape: Shape = { kind: "record", fields: [{ name: inner, shape: innerShape }] };
      writeObject([{ key: tag, value: wrapped, shape: wrappedShape }], path, indent, out);
      return;
    }
    case "closure":
      throw new InternalError(`a closure cannot be projected to JSON (at ${renderPath(path)}); the front end rejects this statically`);
    default:
      return unreachable(shape);
  }
}

/** Declared fields minus `#internal` and closure-valued ones, each looked up in `fields`. */
function projectedFields(v: Value, fields: ReadonlyMap<string, Value>, shapes: readonly FieldShape[], shape: Shape): Member[] {
  if (fields.size !== shapes.length) throw misfit(v, shape);
  const members: Member[] = [];
  for (const f of shapes) {
    const value = fields.get(f.name);
    if (value === undefined) throw misfit(v, shape);
    if (f.internal === true || f.shape.kind === "closure") continue;
    members.push({ key: f.name, value, shape: f.shape });
  }
  return members;
}

function writeEnum(v: Value, shape: Shape & { kind: "enum" }, path: ValuePath, indent: string, out: string[]): void {
  if (v.kind !== "enum" || v.enumName !== shape.name) throw misfit(v, shape);
  const variant = shape.variants.find((x) => x.name === v.variant);
  if (variant === undefined || variant.payload.kind !== v.payload.kind) throw misfit(v, shape);
  const payloadPath = keyPath(path, variant.name);
  const inner = indent + "  ";
  const open = `{\n${inner}${quoteJsonString(variant.name)}: `;
  switch (variant.payload.kind) {
    case "unit":
      out.push(open, "{}");
      break;
    case "tuple": {
      if (v.payload.kind !== "tuple" || v.payload.items.length !== variant.payload.elements.length) throw misfit(v, shape);
      const elements = variant.payload.elements;
      out.push(open);
      writeArray(v.payload.items.map((item, i) => [item, elements[i]!] as const), payloadPath, inner, out);
      break;
    }
    case "struct":
      if (v.payload.kind !== "struct") throw misfit(v, shape);
      out.push(open);
      writeObject(projectedFields(v, v.payload.fields, variant.payload.fields, shape), payloadPath, inner, out);
      break;
    default:
      unreachable(variant.payload);
  }
  out.push(`\n${indent}}`);
}

function writeArray(items: readonly (readonly [Value, Shape])[], path: ValuePath, indent: string, out: string[]): void {
  if (items.length === 0) {
    out.push("[]");
    return;
  }
  const inner = indent + "  ";
  out.push("[");
  items.forEach(([item, shape], i) => {
    out.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
    write(item, shape, indexPath(path, i), inner, out);
  });
  out.push(`\n${indent}]`);
}

function writeObject(members: readonly Member[], path: ValuePath, indent: string, out: string[]): void {
  if (members.length === 0) {
    out.push("{}");
    return;
  }
  const sorted = [...members].sort((a, b) => compareCodePoints(a.key, b.key));
  const inner = indent + "  ";
  out.push("{");
  sorted.forEach((m, i) => {
    out.push(i === 0 ? `\n${inner}` : `,\n${inner}`, quoteJsonString(m.key), ": ");
    write(m.value, m.shape, keyPath(path, m.key), inner, out);
  });
  out.push(`\n${indent}}`);
}
