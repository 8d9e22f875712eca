// Structural equality and debug printing of runtime values.
import { unreachable } from "./errors.js";
import { canonicalFloatBits } from "./numbers/float-bits.js";
import { formatFloatJson } from "./numbers/float-format.js";
import type { Value, VariantValue } from "./value.js";

/**
 * Structural equality in the conformance sense (DESIGN §7): floats compare by bit
 * pattern with every NaN taken as the canonical one (so `-0.0` ≠ `0.0`, NaN = NaN),
 * strings by content, record/dict fields in order (key order is part of the value),
 * closures by identity of `fn`.
 */
export function valueEquals(a: Value, b: Value): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case "int":
    case "bool":
    case "string":
      return b.kind === a.kind && b.value === a.value;
    case "float":
      return b.kind === "float" && canonicalFloatBits(a.value) === canonicalFloatBits(b.value);
    case "list":
    case "tuple":
      return b.kind === a.kind && itemsEqual(a.items, b.items);
    case "record":
      return b.kind === "record" && a.name === b.name && fieldsEqual(a.fields, b.fields);
    case "enum":
      return (
        b.kind === "enum" && a.enumName === b.enumName && a.variant === b.variant && payloadEquals(a.payload, b.payload)
      );
    case "option":
      return b.kind === "option" && (a.some === null ? b.some === null : b.some !== null && valueEquals(a.some, b.some));
    case "result":
      return b.kind === "result" && a.isOk === b.isOk && valueEquals(a.value, b.value);
    case "closure":
      return b.kind === "closure" && a.fn === b.fn;
    default:
      return unreachable(a);
  }
}

function itemsEqual(a: readonly Value[], b: readonly Value[]): boolean {
  return a.length === b.length && a.every((v, i) => valueEquals(v, b[i]!));
}

function fieldsEqual(a: ReadonlyMap<string, Value>, b: ReadonlyMap<string, Value>): boolean {
  if (a.size !== b.size) return false;
  const bs = [...b];
  let i = 0;
  for (const [k, v] of a) {
    const [k2, v2] = bs[i++]!;
    if (k !== k2 || !valueEquals(v, v2)) return false;
  }
  return true;
}

function payloadEquals(a: VariantValue, b: VariantValue): boolean {
  switch (a.kind) {
    case "unit":
      return b.kind === "unit";
    case "tuple":
      return b.kind === "tuple" && itemsEqual(a.items, b.items);
    case "struct":
      return b.kind === "struct" && fieldsEqual(a.fields, b.fields);
    default:
      return unreachable(a);
  }
}

/**
 * Source-like text for messages and shape printing: `3`, `2.5`, `"GET"`, `[1, 2]`,
 * `(1, "x")`, `{a: 1}`, `P{x: 1}`, `Some(1)`, `None`, `Ok(1)`, `Level.High`,
 * `Shape.Circle(1.5)`, `Shape.Box{w: 2}`, `<closure>`. Not a JSON form.
 */
export function printValue(v: Value): string {
  switch (v.kind) {
    case "int":
      return v.value.toString();
    case "float":
      return formatFloatJson(v.value) ?? (v.value !== v.value ? "NaN" : v.value > 0 ? "inf" : "-inf");
    case "bool":
      return v.value ? "true" : "false";
    case "string":
      return JSON.stringify(v.value);
    case "list":
      return `[${v.items.map(printValue).join(", ")}]`;
    case "tuple":
      return `(${v.items.map(printValue).join(", ")}${v.items.length === 1 ? "," : ""})`;
    case "record":
      return `${v.name ?? ""}{${printFieldValues(v.fields)}}`;
    case "enum":
      return `${v.enumName}.${v.variant}${printPayload(v.payload)}`;
    case "option":
      return v.some === null ? "None" : `Some(${printValue(v.some)})`;
    case "result":
      return `${v.isOk ? "Ok" : "Err"}(${printValue(v.value)})`;
    case "closure":
      return "<closure>";
    default:
      return unreachable(v);
  }
}

function printFieldValues(fields: ReadonlyMap<string, Value>): string {
  return [...fields].map(([k, x]) => `${k}: ${printValue(x)}`).join(", ");
}

function printPayload(p: VariantValue): string {
  switch (p.kind) {
    case "unit":
      return "";
    case "tuple":
      return `(${p.items.map(printValue).join(", ")})`;
    case "struct":
      return `{${printFieldValues(p.fields)}}`;
    default:
      return unreachable(p);
  }
}
