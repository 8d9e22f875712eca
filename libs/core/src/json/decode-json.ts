// JSON → Value for a shape: the decoding table of LANGUAGE.md §2.4, row by row.
//
// Decisions this file makes (and docs/abi.md's companion, the codec generator, must copy):
//   * Objects apply "last wins": `{"a": 1, "a": "x"}` for {a: Int} gives a = "x" → error;
//     earlier duplicates are not decoded at all.
//   * Records and schemas: declared fields are decoded in declaration order; a property
//     that is not a declared field is DISCARDED (§2.4 Decision), so `{"x": 1, "junk": 2}`
//     for P{x: Int} is P{x: 1}. A missing field takes its `#default`, else `None` for an
//     Option field, else it is `missing required field`. `#internal` fields are decoded like
//     the others (they never occur in a `#main` parameter's type; the rule only keeps the
//     decoder total). Struct-variant payloads follow the same record rules.
//   * Dict<String, V> values come out with their keys sorted by code point, the order the
//     language iterates them in (§3.6) and the arena stores them in (docs/abi.md).
//   * A "one-property object" (`{"Some": x}`, `{"Ok": x}`, `{"V": p}`) means one distinct
//     key after "last wins".
//   * Option: the None forms are tried first, so Option<String> reads `"None"` as None.
//     `{"Some": x}` always takes the Some row: x as T, else (x is `{"value": y}`) y as T;
//     when y fails too, y's error is reported. Anything else is `Some(json as T)`.
//   * Float: a number whose nearest binary64 is infinite (`1e400`) is an error, like
//     serde_json; the language never holds an infinite Float that came from JSON.
// Errors name the path and the reason: `order.items[2].qty: expected Int, got "3"`.
import { unreachable } from "../errors.js";
import { parseFloatDecimal } from "../numbers/float-parse.js";
import { isI64 } from "../numbers/int64.js";
import { compareCodePoints } from "../numbers/text.js";
import { err, ok, type Result } from "../result.js";
import type { FieldShape, Shape, VariantShape } from "../shape.js";
import { shortShapeName } from "../shape-ops.js";
import type { Value, VariantValue } from "../value.js";
import { describeJson, lastWins, type JsonMember, type JsonValue } from "./json-value.js";
import { indexPath, keyPath, renderPath, rootPath, type ValuePath } from "./value-path.js";

export interface DecodeError {
  /** Where: `order.items[2].qty`. */
  readonly path: string;
  /** What: `expected Int, got "3"`. */
  readonly reason: string;
  /** `path: reason`. */
  readonly message: string;
}

/** Thrown inside the decoder only; `decodeJson` turns it into a `DecodeError` value. */
class DecodeFault {
  constructor(
    readonly path: ValuePath,
    readonly reason: string,
  ) {}
}

/**
 * Decodes `json` as a value of `shape`. `path` names the root in messages (a `#main`
 * parameter name, or "$" by default).
 */
export function decodeJson(json: JsonValue, shape: Shape, path = "$"): Result<Value, DecodeError> {
  try {
    return ok(decode(json, shape, rootPath(path)));
  } catch (e) {
    if (e instanceof DecodeFault) return err(decodeError(e));
    throw e;
  }
}

function decodeError(f: DecodeFault): DecodeError {
  const path = renderPath(f.path);
  return { path, reason: f.reason, message: `${path}: ${f.reason}` };
}

function mismatch(path: ValuePath, expected: string, json: JsonValue): DecodeFault {
  return new DecodeFault(path, `expected ${expected}, got ${describeJson(json)}`);
}

function decode(json: JsonValue, shape: Shape, path: ValuePath): Value {
  switch (shape.kind) {
    case "int":
      return decodeInt(json, path);
    case "float":
      return decodeFloat(json, path);
    case "bool":
      if (json.kind !== "bool") throw mismatch(path, "Bool", json);
      return { kind: "bool", value: json.value };
    case "string":
      if (json.kind !== "string") throw mismatch(path, "String", json);
      return { kind: "string", value: json.value };
    case "list":
      if (json.kind !== "array") throw mismatch(path, `${shortShapeName(shape)} (an array)`, json);
      return { kind: "list", items: json.items.map((item, i) => decode(item, shape.element, indexPath(path, i))) };
    case "tuple":
      return { kind: "tuple", items: decodeFixedArray(json, shape.elements, path, shortShapeName(shape)) };
    case "dict":
      return decodeDict(json, shape.value, path, shortShapeName(shape));
    case "record": {
      if (json.kind !== "object") throw mismatch(path, shape.name === undefined ? "an object" : `${shape.name} (an object)`, json);
      const fields = decodeFields(json.members, shape.fields, path);
      return shape.name === undefined ? { kind: "record", fields } : { kind: "record", name: shape.name, fields };
    }
    case "enum":
      return decodeEnum(json, shape.name, shape.variants, path);
    case "option":
      return decodeOption(json, shape.some, path);
    case "result":
      return decodeResult(json, shape.ok, shape.err, path);
    case "closure":
      throw new DecodeFault(path, `a ${shortShapeName(shape)} cannot be decoded from JSON`);
    default:
      return unreachable(shape);
  }
}

function decodeInt(json: JsonValue, path: ValuePath): Value {
  if (json.kind !== "number") throw mismatch(path, "Int", json);
  if (json.integer === null) {
    throw new DecodeFault(path, `expected Int, got ${describeJson(json)} (an Int is written without fraction or exponent)`);
  }
  if (!isI64(json.integer)) throw new DecodeFault(path, `${describeJson(json)} is outside the Int range`);
  return { kind: "int", value: json.integer };
}

function decodeFloat(json: JsonValue, path: ValuePath): Value {
  if (json.kind !== "number") throw mismatch(path, "Float", json);
  const x = parseFloatDecimal(json.text, "json");
  if (x === null) throw new DecodeFault(path, `${describeJson(json)} is not a JSON number`);
  if (x === Infinity || x === -Infinity) throw new DecodeFault(path, `${describeJson(json)} is outside the Float range`);
  return { kind: "float", value: x };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Tuples and tuple-variant payloads: an array of exactly `shapes.length` elements. */
function decodeFixedArray(json: JsonValue, shapes: readonly Shape[], path: ValuePath, expected: string): Value[] {
  const what = `${expected} (an array of ${plural(shapes.length, "element")})`;
  if (json.kind !== "array") throw mismatch(path, what, json);
  if (json.items.length !== shapes.length) {
    throw new DecodeFault(path, `expected ${what}, got an array of ${plural(json.items.length, "element")}`);
  }
  return json.items.map((item, i) => decode(item, shapes[i]!, indexPath(path, i)));
}

function decodeDict(json: JsonValue, valueShape: Shape, path: ValuePath, expected: string): Value {
  if (json.kind !== "object") throw mismatch(path, `${expected} (an object)`, json);
  const entries = [...lastWins(json.members)].sort(([a], [b]) => compareCodePoints(a, b));
  const fields = new Map<string, Value>();
  for (const [key, item] of entries) fields.set(key, decode(item, valueShape, keyPath(path, key)));
  return { kind: "record", fields };
}

/**
 * The last member named `key` (last wins). Small objects are scanned from the end instead
 * of building a Map per object, which dominates decoding of large arrays of records.
 */
function memberLookup(members: readonly JsonMember[]): (key: string) => JsonValue | undefined {
  if (members.length > 16) {
    const props = lastWins(members);
    return (key) => props.get(key);
  }
  return (key) => {
    for (let i = members.length - 1; i >= 0; i--) if (members[i]!.key === key) return members[i]!.value;
    return undefined;
  };
}

/** Record, schema and struct-variant fields: declared ones only, in declaration order. */
function decodeFields(members: readonly JsonMember[], fields: readonly FieldShape[], path: ValuePath): Map<string, Value> {
  const out = new Map<string, Value>();
  const lookup = memberLookup(members);
  for (const f of fields) {
    const fieldPath = keyPath(path, f.name);
    const json = lookup(f.name);
    if (json !== undefined) out.set(f.name, decode(json, f.shape, fieldPath));
    else if (f.default !== undefined) out.set(f.name, f.default);
    else if (f.shape.kind === "option") out.set(f.name, { kind: "option", some: null });
    else throw new DecodeFault(fieldPath, "missing required field");
  }
  return out;
}

/** The single distinct key of a one-property object (after "last wins"), else undefined. */
function soleMember(json: JsonValue): { readonly key: string; readonly value: JsonValue } | undefined {
  if (json.kind !== "object" || json.members.length === 0) return undefined;
  const props = lastWins(json.members);
  if (props.size !== 1) return undefined;
  const [key, value] = [...props][0]!;
  return { key, value };
}

/**
 * `{"Some": x}`-style payload with the `{"value": y}` fallback: x as `shape`, else, when x
 * is `{"value": y}` (wrapperKey "value", or "error" for Err), y as `shape`.
 */
function decodeWrapped(x: JsonValue, shape: Shape, path: ValuePath, wrapperKey: string): Value {
  try {
    return decode(x, shape, path);
  } catch (e) {
    const inner = soleMember(x);
    if (!(e instanceof DecodeFault) || inner === undefined || inner.key !== wrapperKey) throw e;
    return decode(inner.value, shape, keyPath(path, wrapperKey));
  }
}

function decodeOption(json: JsonValue, some: Shape, path: ValuePath): Value {
  if (json.kind === "null" || (json.kind === "string" && json.value === "None")) return { kind: "option", some: null };
  const sole = soleMember(json);
  if (sole !== undefined && sole.key === "None") {
    const p = sole.value;
    if (p.kind === "null" || (p.kind === "object" && p.members.length === 0)) return { kind: "option", some: null };
  }
  if (sole !== undefined && sole.key === "Some") {
    return { kind: "option", some: decodeWrapped(sole.value, some, keyPath(path, "Some"), "value") };
  }
  return { kind: "option", some: decode(json, some, path) };
}

function decodeResult(json: JsonValue, okShape: Shape, errShape: Shape, path: ValuePath): Value {
  const sole = soleMember(json);
  if (sole?.key === "Ok") return { kind: "result", isOk: true, value: decodeWrapped(sole.value, okShape, keyPath(path, "Ok"), "value") };
  if (sole?.key === "Err") {
    return { kind: "result", isOk: false, value: decodeWrapped(sole.value, errShape, keyPath(path, "Err"), "error") };
  }
  throw mismatch(path, `Result<${shortShapeName(okShape)}, ${shortShapeName(errShape)}> ({"Ok": …} or {"Err": …})`, json);
}

function decodeEnum(json: JsonValue, name: string, variants: readonly VariantShape[], path: ValuePath): Value {
  const expected = `${name} (a unit variant name or an object with one property naming a variant)`;
  if (json.kind === "string") {
    const v = findVariant(variants, json.value, name, path);
    if (v.payload.kind !== "unit") {
      throw new DecodeFault(path, `variant ${v.name} of ${name} has a payload; write {${JSON.stringify(v.name)}: …}`);
    }
    return { kind: "enum", enumName: name, variant: v.name, payload: { kind: "unit" } };
  }
  const sole = soleMember(json);
  if (sole === undefined) {
    if (json.kind === "object" && json.members.length > 0) {
      throw new DecodeFault(path, `expected ${expected}, got an object with ${lastWins(json.members).size} properties`);
    }
    throw mismatch(path, expected, json);
  }
  const v = findVariant(variants, sole.key, name, path);
  const payload = decodePayload(sole.value, v, keyPath(path, v.name));
  return { kind: "enum", enumName: name, variant: v.name, payload };
}

function findVariant(variants: readonly VariantShape[], wanted: string, name: string, path: ValuePath): VariantShape {
  const v = variants.find((x) => x.name === wanted);
  if (v === undefined) {
    throw new DecodeFault(path, `${JSON.stringify(wanted)} is not a variant of ${name} (variants: ${variants.map((x) => x.name).join(", ")})`);
  }
  return v;
}

function decodePayload(p: JsonValue, v: VariantShape, path: ValuePath): VariantValue {
  switch (v.payload.kind) {
    case "unit":
      if (p.kind === "null" || (p.kind === "object" && p.members.length === 0)) return { kind: "unit" };
      throw mismatch(path, `{} or null (the payload of unit variant ${v.name})`, p);
    case "tuple":
      return { kind: "tuple", items: decodeFixedArray(p, v.payload.elements, path, `the payload of ${v.name}`) };
    case "struct":
      if (p.kind !== "object") throw mismatch(path, `an object (the payload of ${v.name})`, p);
      return { kind: "struct", fields: decodeFields(p.members, v.payload.fields, path) };
    default:
      return unreachable(v.payload);
  }
}
