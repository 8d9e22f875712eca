// zod 4 schema → Shape, through zod's public introspection (`schema._zod.def`, the
// definition object every zod 4 schema — classic or mini — carries; `globalRegistry`
// for `.meta({ id })`).
//
//   z.object({...})             → record, field order kept; named by `.meta({ id })` if any
//   z.string() / z.boolean()    → String / Bool
//   z.number().int(), z.int()   → Int (i64: wider than zod's safe-integer range)
//   z.number(), z.float64()     → Float
//   z.array(T) / z.tuple([...]) → List<T> / Tuple<...>
//   .optional() / .nullable()   → Option<T> (a chain of them is one Option)
//   z.enum(["A", "B"])          → enum of unit variants
//   z.discriminatedUnion("k", [z.object({ k: z.literal("a"), ... }), ...])
//                               → enum of struct variants named by the literal, the
//                                 discriminator itself removed from the fields
//   z.record(z.string(), V)     → Dict<String, V>
//   field.default(x)            → the field's `default`
// Everything else is refused, naming the feature (`z.date is not supported (at $.when)`),
// because a shape that accepted more or less than the zod schema would be a guess:
// refinements and checks (`.min(3)`, `.email()`), strict/loose objects, unions without a
// discriminator, literals outside a discriminator, transforms, dates, bigints, … .
//
// Note for users of the JSON codec: shapes decode JSON by LANGUAGE.md §2.4, so an enum
// from z.discriminatedUnion reads the externally tagged form `{"a": {"x": 1}}`, not zod's
// `{"k": "a", "x": 1}`; and a nullable (not optional) object field may be absent (None).
import type {
  $ZodArrayDef,
  $ZodDefaultDef,
  $ZodDiscriminatedUnionDef,
  $ZodEnumDef,
  $ZodLiteralDef,
  $ZodObjectDef,
  $ZodOptionalDef,
  $ZodRecordDef,
  $ZodTupleDef,
  $ZodType,
  $ZodTypeDef,
} from "zod/v4/core";
import { globalRegistry } from "zod/v4/core";
import { err, ok, type Result } from "../result.js";
import type { FieldShape, Shape, VariantShape } from "../shape.js";
import { zodDefaultValue } from "./zod-default.js";

/** Thrown inside the converter only; `shapeFromZod` returns its message. */
class Refusal {
  constructor(readonly message: string) {}
}

/** The shape of a zod 4 schema, or why it has none. */
export function shapeFromZod(schema: $ZodType): Result<Shape, string> {
  try {
    return ok(convert(schema, ["$"]));
  } catch (e) {
    if (e instanceof Refusal) return err(e.message);
    throw e;
  }
}

type Path = readonly string[];

function at(path: Path): string {
  return path.join("").replace(/^\$\./, "$.");
}

function refuse(feature: string, path: Path): Refusal {
  return new Refusal(`${feature} is not supported (at ${at(path)})`);
}

/** zod's API name for a def type: "template_literal" → "z.templateLiteral". */
function apiName(type: $ZodTypeDef["type"]): string {
  return `z.${type.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())}`;
}

function checkNames(def: $ZodTypeDef): string[] {
  return (def.checks ?? []).map((c) => {
    const d = c._zod.def as { check: string; format?: string };
    return d.format === undefined ? d.check : `${d.check} "${d.format}"`;
  });
}

function noChecks(def: $ZodTypeDef, api: string, path: Path): void {
  const names = checkNames(def);
  if (names.length > 0) throw refuse(`${api} with checks (${names.join(", ")})`, path);
}

function metaName(schema: $ZodType): string | undefined {
  const meta = globalRegistry.get(schema);
  const id = meta?.id ?? meta?.title;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/** `["$", ".order", ".status"]` → "OrderStatus"; list elements add "Item"; the root is "Root". */
function nameFromPath(path: Path): string {
  const words = path
    .slice(1)
    .map((p) => (p === "[]" ? "Item" : p.replace(/^\.|^\[|\]$/g, "")))
    .map((w) => w.replace(/[^A-Za-z0-9_]/g, ""))
    .filter((w) => w !== "")
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return words.length === 0 ? "Root" : words.join("");
}

function convert(schema: $ZodType, path: Path): Shape {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
      return convertString(def, path);
    case "number":
      return convertNumber(def, path);
    case "boolean":
      noChecks(def, "z.boolean()", path);
      return { kind: "bool" };
    case "array": {
      const d = def as $ZodArrayDef;
      noChecks(def, "z.array()", path);
      return { kind: "list", element: convert(d.element, [...path, "[]"]) };
    }
    case "tuple": {
      const d = def as $ZodTupleDef;
      noChecks(def, "z.tuple()", path);
      if (d.rest !== null) throw refuse("z.tuple() with a rest element", path);
      const elements = d.items.map((item, i) => {
        if (item._zod.optin !== undefined) throw refuse("an optional z.tuple() element", [...path, `[${i}]`]);
        return convert(item, [...path, `[${i}]`]);
      });
      return { kind: "tuple", elements };
    }
    case "optional":
    case "nullable":
      return { kind: "option", some: convert(unwrapOptional(schema), path) };
    case "readonly":
      return convert((def as $ZodOptionalDef).innerType, path);
    case "enum":
      return convertEnum(schema, def as $ZodEnumDef, path);
    case "union": {
      const d = def as $ZodDiscriminatedUnionDef;
      if (typeof d.discriminator !== "string") throw refuse("z.union (without a discriminator; use z.discriminatedUnion)", path);
      return convertDiscriminatedUnion(schema, d, path);
    }
    case "record":
      return convertRecord(def as $ZodRecordDef, path);
    case "object":
      return convertObject(schema, def as $ZodObjectDef, path);
    case "default":
      throw refuse("z.default outside an object field", path);
    default:
      throw refuse(apiName(def.type), path);
  }
}

function convertString(def: $ZodTypeDef, path: Path): Shape {
  const format = (def as { format?: string }).format;
  if (format !== undefined) throw refuse(`z.${format}() (a string format)`, path);
  noChecks(def, "z.string()", path);
  return { kind: "string" };
}

/** z.number() → Float; an integer format (z.int(), .int()) → Int; float64 is Float too. */
function convertNumber(def: $ZodTypeDef, path: Path): Shape {
  const own = (def as { format?: string }).format;
  const formats = [own, ...(def.checks ?? []).map((c) => (c._zod.def as { check: string; format?: string }))]
    .map((x) => (typeof x === "object" ? (x.check === "number_format" ? x.format : `check ${x.check}`) : x))
    .filter((x): x is string => x !== undefined);
  let shape: Shape = { kind: "float" };
  for (const f of formats) {
    if (f === "safeint") shape = { kind: "int" };
    else if (f !== "float64") throw refuse(f.startsWith("check ") ? `z.number() with ${f}` : `z.${f}()`, path);
  }
  return shape;
}

/** The schema inside a chain of .optional()/.nullable(): z.string().optional().nullable() → z.string(). */
function unwrapOptional(schema: $ZodType): $ZodType {
  let s = schema;
  while (s._zod.def.type === "optional" || s._zod.def.type === "nullable") s = (s._zod.def as $ZodOptionalDef).innerType;
  return s;
}

function convertEnum(schema: $ZodType, def: $ZodEnumDef, path: Path): Shape {
  noChecks(def, "z.enum()", path);
  const variants: VariantShape[] = [];
  for (const value of Object.values(def.entries)) {
    if (typeof value !== "string") throw refuse("a z.enum() with non-string values", path);
    variants.push({ name: value, payload: { kind: "unit" } });
  }
  return { kind: "enum", name: metaName(schema) ?? nameFromPath(path), variants };
}

function convertDiscriminatedUnion(schema: $ZodType, def: $ZodDiscriminatedUnionDef, path: Path): Shape {
  const key = def.discriminator;
  const variants = def.options.map((option, i): VariantShape => {
    const optionPath = [...path, `[${i}]`];
    const d = option._zod.def;
    if (d.type !== "object") throw refuse(`a z.discriminatedUnion() option that is ${apiName(d.type)}`, optionPath);
    const objectDef = d as $ZodObjectDef;
    const tag = objectDef.shape[key];
    const literal = tag?._zod.def as $ZodLiteralDef<string> | undefined;
    if (literal?.type !== "literal" || literal.values.length !== 1 || typeof literal.values[0] !== "string") {
      throw refuse(`a discriminator "${key}" that is not one z.literal() string`, optionPath);
    }
    const name = literal.values[0];
    const fields = convertFields(objectDef, optionPath, key);
    return { name, payload: { kind: "struct", fields } };
  });
  return { kind: "enum", name: metaName(schema) ?? nameFromPath(path), variants };
}

function convertRecord(def: $ZodRecordDef, path: Path): Shape {
  const keyDef = def.keyType._zod.def;
  if (keyDef.type !== "string" || (keyDef as { format?: string }).format !== undefined || checkNames(keyDef).length > 0) {
    throw refuse("z.record() with keys other than a plain z.string()", path);
  }
  if (def.mode === "loose" || def.partial === true) throw refuse("a loose or partial z.record()", path);
  return { kind: "dict", value: convert(def.valueType, [...path, "[*]"]) };
}

function convertObject(schema: $ZodType, def: $ZodObjectDef, path: Path): Shape {
  noChecks(def, "z.object()", path);
  if (def.catchall !== undefined) {
    throw refuse(`z.object() with ${def.catchall._zod.def.type === "never" ? ".strict()" : ".loose() or .catchall()"} (unknown properties are discarded)`, path);
  }
  const fields = convertFields(def, path, undefined);
  const name = metaName(schema);
  return name === undefined ? { kind: "record", fields } : { kind: "record", name, fields };
}

function convertFields(def: $ZodObjectDef, path: Path, skip: string | undefined): FieldShape[] {
  const fields: FieldShape[] = [];
  for (const [name, fieldSchema] of Object.entries(def.shape)) {
    if (name === skip) continue;
    const fieldPath = [...path, `.${name}`];
    const fd = fieldSchema._zod.def;
    if (fd.type !== "default") {
      fields.push({ name, shape: convert(fieldSchema, fieldPath) });
      continue;
    }
    const d = fd as $ZodDefaultDef;
    const shape = convert(d.innerType, fieldPath);
    const value = zodDefaultValue(d.defaultValue, shape);
    if (!value.ok) throw new Refusal(`the default of ${at(fieldPath)} does not fit ${value.error}`);
    fields.push({ name, shape, default: value.value });
  }
  return fields;
}
