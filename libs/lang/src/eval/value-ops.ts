// Language-level operations on runtime values, shared by the evaluator and
// the analyzer's constant folder: equality (§5.5: NaN == NaN, 0.0 == -0.0),
// text conversion (§6) and the names `type()` returns (§7.1).
import { compareCodePoints, floatEquals, formatFloatText, InternalError, intToText, unreachable, type Value, type VariantValue } from "@tetra/core";

/**
 * `a == b` in the language. `step` is called once per compared node so the
 * evaluator can charge fuel: values are DAGs (`b: (a, a)`) and comparing two
 * separately built ones visits every path.
 */
export function languageEquals(a: Value, b: Value, step: () => void = noStep): boolean {
  if (a === b) return true; // reflexive, NaN included (NaN == NaN in the language)
  step();
  const eq = (x: Value, y: Value): boolean => languageEquals(x, y, step);
  switch (a.kind) {
    case "int":
      return b.kind === "int" && a.value === b.value;
    case "float":
      return b.kind === "float" && floatEquals(a.value, b.value);
    case "bool":
    case "string":
      return b.kind === a.kind && a.value === b.value;
    case "list":
    case "tuple":
      return b.kind === a.kind && a.items.length === b.items.length && a.items.every((x, i) => eq(x, b.items[i]!));
    case "record":
      return b.kind === "record" && mapsEqual(a.fields, b.fields, eq);
    case "enum":
      return b.kind === "enum" && a.variant === b.variant && payloadEquals(a.payload, b.payload, eq);
    case "option":
      if (b.kind !== "option") return false;
      if (a.some === null || b.some === null) return a.some === null && b.some === null;
      return eq(a.some, b.some);
    case "result":
      return b.kind === "result" && a.isOk === b.isOk && eq(a.value, b.value);
    case "closure":
      // The checker rejects `==` on closure-containing types.
      throw new InternalError("closure compared with ==", a);
    default:
      return unreachable(a);
  }
}

const noStep = (): void => {};

type Eq = (a: Value, b: Value) => boolean;

function mapsEqual(a: ReadonlyMap<string, Value>, b: ReadonlyMap<string, Value>, eq: Eq): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || !eq(v, w)) return false;
  }
  return true;
}

function payloadEquals(a: VariantValue, b: VariantValue, eq: Eq): boolean {
  switch (a.kind) {
    case "unit":
      return b.kind === "unit";
    case "tuple":
      return b.kind === "tuple" && a.items.length === b.items.length && a.items.every((x, i) => eq(x, b.items[i]!));
    case "struct":
      return b.kind === "struct" && mapsEqual(a.fields, b.fields, eq);
    default:
      return unreachable(a);
  }
}

/** §6: Int decimal, Float by §6.2, Bool `true`/`false`, String unchanged. */
export function toText(v: Value): string {
  switch (v.kind) {
    case "int":
      return intToText(v.value);
    case "float":
      return formatFloatText(v.value);
    case "bool":
      return v.value ? "true" : "false";
    case "string":
      return v.value;
    default:
      throw new InternalError("toText of a non-scalar value", v.kind);
  }
}

/** `type(v)` (§7.1): records, schema values, Dict values, enums, Option and Result are all "Dict". */
export function typeName(v: Value): string {
  switch (v.kind) {
    case "int":
      return "Int";
    case "float":
      return "Float";
    case "bool":
      return "Bool";
    case "string":
      return "String";
    case "list":
      return "List";
    case "tuple":
      return "Tuple";
    case "record":
    case "enum":
    case "option":
    case "result":
      return "Dict";
    case "closure":
      return "Closure";
    default:
      return unreachable(v);
  }
}

export const VALUE_TRUE: Value = { kind: "bool", value: true };
export const VALUE_FALSE: Value = { kind: "bool", value: false };

export function boolValue(b: boolean): Value {
  return b ? VALUE_TRUE : VALUE_FALSE;
}

// Accessors for values whose kind the checker guarantees; a wrong kind is a bug.
export function asInt(v: Value | undefined): bigint {
  if (v?.kind !== "int") throw new InternalError("expected an Int value", v?.kind);
  return v.value;
}
export function asFloat(v: Value | undefined): number {
  if (v?.kind !== "float") throw new InternalError("expected a Float value", v?.kind);
  return v.value;
}
export function asString(v: Value | undefined): string {
  if (v?.kind !== "string") throw new InternalError("expected a String value", v?.kind);
  return v.value;
}
export function asBool(v: Value | undefined): boolean {
  if (v?.kind !== "bool") throw new InternalError("expected a Bool value", v?.kind);
  return v.value;
}
export function asItems(v: Value | undefined): readonly Value[] {
  if (v?.kind !== "list") throw new InternalError("expected a List value", v?.kind);
  return v.items;
}
export function asFields(v: Value | undefined): ReadonlyMap<string, Value> {
  if (v?.kind !== "record") throw new InternalError("expected a dict value", v?.kind);
  return v.fields;
}

/** Entries in code-point order of their keys (§2.5, §7.6): how Dict values are stored and iterated. */
export function sortedByKey(m: ReadonlyMap<string, Value>): Map<string, Value> {
  return new Map([...m].sort((a, b) => compareCodePoints(a[0], b[0])));
}
