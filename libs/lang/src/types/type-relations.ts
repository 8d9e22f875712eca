// Equality, assignability (§4.2) and the join used to unify list elements,
// ternary branches and match arms.
//
// Assignability, value of type A where B is expected:
//   * A equals B; A or B is Error (already reported);
//   * A is Never (`[]`'s element, `None`'s payload) — assignable to anything;
//   * List/Tuple/Option/Result/Dict: component-wise;
//   * record → schema: every required schema field present with an assignable
//     type, no undeclared projected field (internal and closure fields are
//     dropped by the conversion);
//   * record → Dict<String, V>: every projected field assignable to V;
//   * record → record: the same projected field names, component-wise.
// Int is never assignable to Float (`{ Float f: 1 }` is StaticTypeMismatch).
import { unreachable } from "@tetra/core";
import type { RecordFieldType, Type } from "./type.js";
import { memoTypePair } from "./type-memo.js";

export const typeEquals: (a: Type, b: Type) => boolean = memoTypePair(typeEqualsOnce);

function typeEqualsOnce(a: Type, b: Type): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case "Int":
    case "Float":
    case "Bool":
    case "String":
    case "Never":
    case "Error":
      return b.kind === a.kind;
    case "List":
      return b.kind === "List" && typeEquals(a.element, b.element);
    case "Tuple":
      return b.kind === "Tuple" && a.elements.length === b.elements.length && a.elements.every((t, i) => typeEquals(t, b.elements[i]!));
    case "Dict":
      return b.kind === "Dict" && typeEquals(a.value, b.value);
    case "Record":
      return b.kind === "Record" && a.fields.length === b.fields.length && a.fields.every((f, i) => fieldEquals(f, b.fields[i]!));
    case "Schema":
    case "Enum":
      return b.kind === a.kind && b.name === a.name;
    case "Option":
      return b.kind === "Option" && typeEquals(a.some, b.some);
    case "Result":
      return b.kind === "Result" && typeEquals(a.ok, b.ok) && typeEquals(a.err, b.err);
    case "Closure":
      return (
        b.kind === "Closure" &&
        a.params.length === b.params.length &&
        a.params.every((t, i) => typeEquals(t, b.params[i]!)) &&
        typeEquals(a.result, b.result)
      );
    default:
      return unreachable(a);
  }
}

function fieldEquals(f: RecordFieldType, g: RecordFieldType): boolean {
  return f.name === g.name && f.internal === g.internal && typeEquals(f.type, g.type);
}

/** Fields a record contributes to JSON and to conversions: not `#internal`, not closures. */
export function projectedFields(fields: readonly RecordFieldType[]): readonly RecordFieldType[] {
  return fields.filter((f) => !f.internal && f.type.kind !== "Closure");
}

export const isAssignable: (from: Type, to: Type) => boolean = memoTypePair(isAssignableOnce);

function isAssignableOnce(from: Type, to: Type): boolean {
  if (from.kind === "Error" || to.kind === "Error" || from.kind === "Never") return true;
  if (typeEquals(from, to)) return true;
  switch (to.kind) {
    case "List":
      return from.kind === "List" && isAssignable(from.element, to.element);
    case "Tuple":
      return from.kind === "Tuple" && from.elements.length === to.elements.length && from.elements.every((t, i) => isAssignable(t, to.elements[i]!));
    case "Option":
      return from.kind === "Option" && isAssignable(from.some, to.some);
    case "Result":
      return from.kind === "Result" && isAssignable(from.ok, to.ok) && isAssignable(from.err, to.err);
    case "Dict":
      if (from.kind === "Dict") return isAssignable(from.value, to.value);
      return from.kind === "Record" && projectedFields(from.fields).every((f) => isAssignable(f.type, to.value));
    case "Schema":
      return from.kind === "Record" && recordFitsSchema(from.fields, to) === undefined;
    case "Record": {
      if (from.kind !== "Record") return false;
      const src = projectedFields(from.fields);
      const dst = projectedFields(to.fields);
      return (
        src.length === dst.length &&
        dst.every((d) => {
          const s = src.find((f) => f.name === d.name);
          return s !== undefined && isAssignable(s.type, d.type);
        })
      );
    }
    default:
      return false;
  }
}

/**
 * Why a record does not fit a schema (undefined when it does): a missing
 * required field, an undeclared field, or a field of the wrong type.
 * A field may be absent when it has a `#default` or is an Option (§3.12).
 */
export function recordFitsSchema(fields: readonly RecordFieldType[], schema: Extract<Type, { kind: "Schema" }>): string | undefined {
  const present = projectedFields(fields);
  for (const sf of schema.fields) {
    const f = present.find((x) => x.name === sf.name);
    if (f === undefined) {
      if (sf.default === undefined && sf.type.kind !== "Option") return `the required field \`${sf.name}\` of schema ${schema.name} is missing`;
      continue;
    }
    if (!isAssignable(f.type, sf.type)) return `field \`${sf.name}\` of schema ${schema.name} is ${printName(sf.type)} but the value is ${printName(f.type)}`;
  }
  const extra = present.find((f) => !schema.fields.some((sf) => sf.name === f.name));
  if (extra !== undefined) return `schema ${schema.name} declares no field \`${extra.name}\``;
  return undefined;
}

function printName(t: Type): string {
  return t.kind === "Schema" || t.kind === "Enum" ? t.name : t.kind;
}

/**
 * The least type both fit in, or undefined: `join(List<Never>, List<Int>)` =
 * `List<Int>`, `join(Option<Never>, Option<String>)` = `Option<String>`,
 * `join(Int, Float)` = undefined (Int and Float do not unify, §3.4).
 */
export const joinTypes: (a: Type, b: Type) => Type | undefined = memoTypePair(joinTypesOnce);

function joinTypesOnce(a: Type, b: Type): Type | undefined {
  if (a.kind === "Error") return b;
  if (b.kind === "Error" || a.kind === "Never") return b.kind === "Error" ? a : b;
  if (b.kind === "Never") return a;
  if (typeEquals(a, b)) return a;
  if (a.kind === "List" && b.kind === "List") {
    const e = joinTypes(a.element, b.element);
    return e === undefined ? undefined : { kind: "List", element: e };
  }
  if (a.kind === "Option" && b.kind === "Option") {
    const s = joinTypes(a.some, b.some);
    return s === undefined ? undefined : { kind: "Option", some: s };
  }
  if (a.kind === "Result" && b.kind === "Result") {
    const ok = joinTypes(a.ok, b.ok);
    const err = joinTypes(a.err, b.err);
    return ok === undefined || err === undefined ? undefined : { kind: "Result", ok, err };
  }
  if (a.kind === "Tuple" && b.kind === "Tuple" && a.elements.length === b.elements.length) {
    const elements: Type[] = [];
    for (let i = 0; i < a.elements.length; i++) {
      const e = joinTypes(a.elements[i]!, b.elements[i]!);
      if (e === undefined) return undefined;
      elements.push(e);
    }
    return { kind: "Tuple", elements };
  }
  if (a.kind === "Dict" && b.kind === "Dict") {
    const v = joinTypes(a.value, b.value);
    return v === undefined ? undefined : { kind: "Dict", value: v };
  }
  if (isAssignable(a, b)) return b;
  if (isAssignable(b, a)) return a;
  return undefined;
}
