// The generator's own types: what a generated expression is built to have.
// They mirror LANGUAGE.md §3.6 (and the checker's Type) but stay small:
// schemas and enums are referenced by name and looked up in the program's
// declarations; a Record is the type of a dict literal (fields in source
// order, internal flag included, as the checker computes it).
import { unreachable } from "@tetra/core";

export type GType =
  | { readonly kind: "Int" }
  | { readonly kind: "Float" }
  | { readonly kind: "Bool" }
  | { readonly kind: "String" }
  | { readonly kind: "List"; readonly el: GType }
  | { readonly kind: "Tuple"; readonly els: readonly GType[] }
  | { readonly kind: "Dict"; readonly value: GType }
  | { readonly kind: "Option"; readonly some: GType }
  | { readonly kind: "Result"; readonly ok: GType; readonly err: GType }
  | { readonly kind: "Schema"; readonly name: string }
  | { readonly kind: "Enum"; readonly name: string }
  | { readonly kind: "Record"; readonly fields: readonly RecordField[] }
  | { readonly kind: "Closure"; readonly params: readonly GType[]; readonly result: GType };

export interface RecordField {
  readonly name: string;
  readonly type: GType;
  readonly internal: boolean;
}

export const G = {
  int: { kind: "Int" } as GType,
  float: { kind: "Float" } as GType,
  bool: { kind: "Bool" } as GType,
  string: { kind: "String" } as GType,
  list: (el: GType): GType => ({ kind: "List", el }),
  tuple: (els: readonly GType[]): GType => ({ kind: "Tuple", els }),
  dict: (value: GType): GType => ({ kind: "Dict", value }),
  option: (some: GType): GType => ({ kind: "Option", some }),
  result: (ok: GType, err: GType): GType => ({ kind: "Result", ok, err }),
  schema: (name: string): GType => ({ kind: "Schema", name }),
  enumT: (name: string): GType => ({ kind: "Enum", name }),
  record: (fields: readonly RecordField[]): GType => ({ kind: "Record", fields }),
  closure: (params: readonly GType[], result: GType): GType => ({ kind: "Closure", params, result }),
} as const;

export function typeEq(a: GType, b: GType): boolean {
  switch (a.kind) {
    case "Int":
    case "Float":
    case "Bool":
    case "String":
      return a.kind === b.kind;
    case "List":
      return b.kind === "List" && typeEq(a.el, b.el);
    case "Tuple":
      return b.kind === "Tuple" && a.els.length === b.els.length && a.els.every((t, i) => typeEq(t, b.els[i]!));
    case "Dict":
      return b.kind === "Dict" && typeEq(a.value, b.value);
    case "Option":
      return b.kind === "Option" && typeEq(a.some, b.some);
    case "Result":
      return b.kind === "Result" && typeEq(a.ok, b.ok) && typeEq(a.err, b.err);
    case "Schema":
    case "Enum":
      return a.kind === b.kind && a.name === (b as { name: string }).name;
    case "Record":
      return (
        b.kind === "Record" &&
        a.fields.length === b.fields.length &&
        a.fields.every((f, i) => f.name === b.fields[i]!.name && f.internal === b.fields[i]!.internal && typeEq(f.type, b.fields[i]!.type))
      );
    case "Closure":
      return b.kind === "Closure" && a.params.length === b.params.length && a.params.every((t, i) => typeEq(t, b.params[i]!)) && typeEq(a.result, b.result);
    default:
      return unreachable(a);
  }
}

/** Source text of a type; undefined for types that cannot be written (records). */
export function writeType(t: GType): string | undefined {
  switch (t.kind) {
    case "Int":
    case "Float":
    case "Bool":
    case "String":
      return t.kind;
    case "List": {
      const el = writeType(t.el);
      return el === undefined ? undefined : `List<${el}>`;
    }
    case "Tuple": {
      const els = t.els.map(writeType);
      if (els.some((e) => e === undefined)) return undefined;
      return els.length === 1 ? `(${els[0]},)` : `(${els.join(", ")})`;
    }
    case "Dict": {
      const v = writeType(t.value);
      return v === undefined ? undefined : `Dict<String, ${v}>`;
    }
    case "Option": {
      const s = writeType(t.some);
      return s === undefined ? undefined : `Option<${s}>`;
    }
    case "Result": {
      const ok = writeType(t.ok);
      const err = writeType(t.err);
      return ok === undefined || err === undefined ? undefined : `Result<${ok}, ${err}>`;
    }
    case "Schema":
    case "Enum":
      return t.name;
    case "Record":
      return undefined;
    case "Closure": {
      const parts = [...t.params, t.result].map(writeType);
      return parts.some((p) => p === undefined) ? undefined : `Closure<${parts.join(", ")}>`;
    }
    default:
      return unreachable(t);
  }
}

export function isWritable(t: GType): boolean {
  return writeType(t) !== undefined;
}

/** A short text for reports and coverage counts (`List<Int>`, `{a: Int}`). */
export function showType(t: GType): string {
  if (t.kind === "Record") return `{${t.fields.map((f) => `${f.internal ? "#internal " : ""}${f.name}: ${showType(f.type)}`).join(", ")}}`;
  if (t.kind === "List") return `List<${showType(t.el)}>`;
  if (t.kind === "Tuple") return `(${t.els.map(showType).join(", ")})`;
  if (t.kind === "Option") return `Option<${showType(t.some)}>`;
  if (t.kind === "Dict") return `Dict<String, ${showType(t.value)}>`;
  if (t.kind === "Result") return `Result<${showType(t.ok)}, ${showType(t.err)}>`;
  if (t.kind === "Closure") return `Closure<${[...t.params, t.result].map(showType).join(", ")}>`;
  return writeType(t) ?? t.kind;
}

/** Whether `==` is defined (§4.2: no closures, and Dict values are not in the list). */
export function isEquatable(t: GType): boolean {
  return !contains(t, (x) => x.kind === "Closure" || x.kind === "Dict");
}

/** Int, Float, Bool, String: what f-strings, `+` with a String and `join` convert (§6). */
export function isTextable(t: GType): boolean {
  return t.kind === "Int" || t.kind === "Float" || t.kind === "Bool" || t.kind === "String";
}

/**
 * Whether a value of this type can be the projected result (§2.5): closures
 * only as (omitted) dict fields.
 */
export function isProjectable(t: GType): boolean {
  switch (t.kind) {
    case "Closure":
      return false;
    case "Record":
      return t.fields.every((f) => f.type.kind === "Closure" || isProjectable(f.type));
    case "List":
      return isProjectable(t.el);
    case "Tuple":
      return t.els.every(isProjectable);
    case "Dict":
      return isProjectable(t.value);
    case "Option":
      return isProjectable(t.some);
    case "Result":
      return isProjectable(t.ok) && isProjectable(t.err);
    default:
      return true;
  }
}

/** True when `pred` holds for `t` or any type inside it (schemas and enums are not entered). */
export function contains(t: GType, pred: (t: GType) => boolean): boolean {
  if (pred(t)) return true;
  switch (t.kind) {
    case "List":
      return contains(t.el, pred);
    case "Tuple":
      return t.els.some((x) => contains(x, pred));
    case "Dict":
      return contains(t.value, pred);
    case "Option":
      return contains(t.some, pred);
    case "Result":
      return contains(t.ok, pred) || contains(t.err, pred);
    case "Record":
      return t.fields.some((f) => contains(f.type, pred));
    case "Closure":
      return t.params.some((x) => contains(x, pred)) || contains(t.result, pred);
    default:
      return false;
  }
}
