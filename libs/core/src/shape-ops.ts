// Structural equality and printing of shapes.
import { unreachable } from "./errors.js";
import type { FieldShape, Shape, VariantShape } from "./shape.js";
import { printValue, valueEquals } from "./value-ops.js";

/**
 * Structural equality. Named records and enums are nominal: equal names and equal structure.
 * Field markers count: `{#internal a: Int}` ≠ `{a: Int}`, and defaults must be equal values.
 */
export function shapeEquals(a: Shape, b: Shape): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case "int":
    case "float":
    case "bool":
    case "string":
      return b.kind === a.kind;
    case "list":
      return b.kind === "list" && shapeEquals(a.element, b.element);
    case "tuple":
      return b.kind === "tuple" && listEquals(a.elements, b.elements);
    case "dict":
      return b.kind === "dict" && shapeEquals(a.value, b.value);
    case "record":
      return b.kind === "record" && a.name === b.name && fieldsEqual(a.fields, b.fields);
    case "enum":
      return b.kind === "enum" && a.name === b.name && variantsEqual(a.variants, b.variants);
    case "option":
      return b.kind === "option" && shapeEquals(a.some, b.some);
    case "result":
      return b.kind === "result" && shapeEquals(a.ok, b.ok) && shapeEquals(a.err, b.err);
    case "closure":
      return b.kind === "closure" && listEquals(a.params, b.params) && shapeEquals(a.result, b.result);
    default:
      return unreachable(a);
  }
}

function listEquals(a: readonly Shape[], b: readonly Shape[]): boolean {
  return a.length === b.length && a.every((s, i) => shapeEquals(s, b[i]!));
}

function fieldsEqual(a: readonly FieldShape[], b: readonly FieldShape[]): boolean {
  return a.length === b.length && a.every((f, i) => fieldEquals(f, b[i]!));
}

function fieldEquals(f: FieldShape, g: FieldShape): boolean {
  if (f.name !== g.name || f.internal !== g.internal || !shapeEquals(f.shape, g.shape)) return false;
  if (f.default === undefined || g.default === undefined) return f.default === g.default;
  return valueEquals(f.default, g.default);
}

function variantsEqual(a: readonly VariantShape[], b: readonly VariantShape[]): boolean {
  return (
    a.length === b.length &&
    a.every((v, i) => {
      const w = b[i]!;
      if (v.name !== w.name || v.payload.kind !== w.payload.kind) return false;
      if (v.payload.kind === "tuple" && w.payload.kind === "tuple") return listEquals(v.payload.elements, w.payload.elements);
      if (v.payload.kind === "struct" && w.payload.kind === "struct") return fieldsEqual(v.payload.fields, w.payload.fields);
      return true;
    })
  );
}

/**
 * Source-like text: `List<Order{items: List<LineItem{sku: String, qty: Int}>, tier: String}>`.
 * Named records print their name followed by their fields; enums print `Name{A, B(Int), C{x: Int}}`.
 * Field markers: `{#internal rate: Int, verb: String = "GET"}` (`#internal` before the
 * name, ` = default` after the shape).
 */
export function printShape(s: Shape): string {
  switch (s.kind) {
    case "int":
      return "Int";
    case "float":
      return "Float";
    case "bool":
      return "Bool";
    case "string":
      return "String";
    case "list":
      return `List<${printShape(s.element)}>`;
    case "tuple":
      return `Tuple<${s.elements.map(printShape).join(", ")}>`;
    case "dict":
      return `Dict<String, ${printShape(s.value)}>`;
    case "record":
      return `${s.name ?? ""}{${printFields(s.fields)}}`;
    case "enum":
      return `${s.name}{${s.variants.map(printVariant).join(", ")}}`;
    case "option":
      return `Option<${printShape(s.some)}>`;
    case "result":
      return `Result<${printShape(s.ok)}, ${printShape(s.err)}>`;
    case "closure":
      return `Closure<${[...s.params, s.result].map(printShape).join(", ")}>`;
    default:
      return unreachable(s);
  }
}

function printFields(fields: readonly FieldShape[]): string {
  return fields.map(printField).join(", ");
}

function printField(f: FieldShape): string {
  const internal = f.internal === true ? "#internal " : "";
  const dflt = f.default === undefined ? "" : ` = ${printValue(f.default)}`;
  return `${internal}${f.name}: ${printShape(f.shape)}${dflt}`;
}

function printVariant(v: VariantShape): string {
  switch (v.payload.kind) {
    case "unit":
      return v.name;
    case "tuple":
      return `${v.name}(${v.payload.elements.map(printShape).join(", ")})`;
    case "struct":
      return `${v.name}{${printFields(v.payload.fields)}}`;
    default:
      return unreachable(v.payload);
  }
}

/**
 * A short name for messages: like `printShape`, but records and enums by name only
 * (`List<Order>`, `Option<Level>`); an anonymous record is `{a, b}` (field names only).
 */
export function shortShapeName(s: Shape): string {
  switch (s.kind) {
    case "int":
    case "float":
    case "bool":
    case "string":
      return printShape(s);
    case "list":
      return `List<${shortShapeName(s.element)}>`;
    case "tuple":
      return `Tuple<${s.elements.map(shortShapeName).join(", ")}>`;
    case "dict":
      return `Dict<String, ${shortShapeName(s.value)}>`;
    case "record":
      return s.name ?? `{${s.fields.map((f) => f.name).join(", ")}}`;
    case "enum":
      return s.name;
    case "option":
      return `Option<${shortShapeName(s.some)}>`;
    case "result":
      return `Result<${shortShapeName(s.ok)}, ${shortShapeName(s.err)}>`;
    case "closure":
      return `Closure<${[...s.params, s.result].map(shortShapeName).join(", ")}>`;
    default:
      return unreachable(s);
  }
}
