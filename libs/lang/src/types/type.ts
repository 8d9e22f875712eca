// Semantic types of the checker (§3.6). Plain readonly data; records are
// structural, schemas and enums nominal (compared by name) but carry their
// field/variant lists so that a type is self-describing (typeToShape needs
// nothing else).
//
// Two types exist only inside the checker's results:
//   Never — the element type of `[]` with no expected type (`List<Never>`) and the
//           unknown half of `None` / `Ok(x)` / `Err(e)` without one. Assignable to
//           every type; an operation that needs the type reports ExpressionTypeUnknown.
//   Error — the type of an expression whose error was already reported; it is
//           compatible with everything so one mistake gives one diagnostic.
import { unreachable, type Value } from "@tetra/core";
import { memoType } from "./type-memo.js";

export interface RecordFieldType {
  readonly name: string;
  readonly type: Type;
  /** `#internal`: visible in the document, never projected (§2.5). */
  readonly internal: boolean;
}

export interface SchemaFieldType {
  readonly name: string;
  readonly type: Type;
  /** The constant `#default` value, if any (§3.12). */
  readonly default?: Value;
}

export type VariantPayloadType =
  | { readonly kind: "unit" }
  | { readonly kind: "tuple"; readonly elements: readonly Type[] }
  | { readonly kind: "struct"; readonly fields: readonly { readonly name: string; readonly type: Type }[] };

export interface VariantType {
  readonly name: string;
  readonly payload: VariantPayloadType;
}

export type Type =
  | { readonly kind: "Int" }
  | { readonly kind: "Float" }
  | { readonly kind: "Bool" }
  | { readonly kind: "String" }
  | { readonly kind: "List"; readonly element: Type }
  | { readonly kind: "Tuple"; readonly elements: readonly Type[] }
  | { readonly kind: "Dict"; readonly value: Type }
  /** A dict literal's type: fields in source order (spreads expanded in place). */
  | { readonly kind: "Record"; readonly fields: readonly RecordFieldType[] }
  | { readonly kind: "Schema"; readonly name: string; readonly fields: readonly SchemaFieldType[] }
  | { readonly kind: "Enum"; readonly name: string; readonly variants: readonly VariantType[] }
  | { readonly kind: "Option"; readonly some: Type }
  | { readonly kind: "Result"; readonly ok: Type; readonly err: Type }
  | { readonly kind: "Closure"; readonly params: readonly Type[]; readonly result: Type }
  | { readonly kind: "Never" }
  | { readonly kind: "Error" };

export type TypeKind = Type["kind"];

export const T = {
  int: { kind: "Int" } as Type,
  float: { kind: "Float" } as Type,
  bool: { kind: "Bool" } as Type,
  string: { kind: "String" } as Type,
  never: { kind: "Never" } as Type,
  error: { kind: "Error" } as Type,
  list: (element: Type): Type => ({ kind: "List", element }),
  tuple: (elements: readonly Type[]): Type => ({ kind: "Tuple", elements }),
  dict: (value: Type): Type => ({ kind: "Dict", value }),
  record: (fields: readonly RecordFieldType[]): Type => ({ kind: "Record", fields }),
  option: (some: Type): Type => ({ kind: "Option", some }),
  result: (ok: Type, err: Type): Type => ({ kind: "Result", ok, err }),
  closure: (params: readonly Type[], result: Type): Type => ({ kind: "Closure", params, result }),
} as const;

/** Longer type texts are cut with `…` (a type can be exponentially larger than its program). */
const MAX_TYPE_TEXT = 200;

/** Source-like text for messages: `List<Int>`, `{a: Int, #internal b: String}`, `Order`, `(Int, String)`. */
export function printType(t: Type): string {
  const s = printBounded(t, { left: MAX_TYPE_TEXT });
  return s.length > MAX_TYPE_TEXT ? `${s.slice(0, MAX_TYPE_TEXT)}…` : s;
}

function printBounded(t: Type, budget: { left: number }): string {
  if (budget.left <= 0) return "…";
  const s = printOne(t, (x) => printBounded(x, budget));
  budget.left -= s.length;
  return s;
}

function printOne(t: Type, printType: (t: Type) => string): string {
  switch (t.kind) {
    case "Int":
    case "Float":
    case "Bool":
    case "String":
    case "Never":
      return t.kind;
    case "Error":
      return "<error>";
    case "List":
      return `List<${printType(t.element)}>`;
    case "Tuple":
      return t.elements.length === 1 ? `(${printType(t.elements[0]!)},)` : `(${t.elements.map(printType).join(", ")})`;
    case "Dict":
      return `Dict<String, ${printType(t.value)}>`;
    case "Record":
      return `{${t.fields.map((f) => `${f.internal ? "#internal " : ""}${f.name}: ${printType(f.type)}`).join(", ")}}`;
    case "Schema":
    case "Enum":
      return t.name;
    case "Option":
      return `Option<${printType(t.some)}>`;
    case "Result":
      return `Result<${printType(t.ok)}, ${printType(t.err)}>`;
    case "Closure":
      return `Closure<${[...t.params, t.result].map(printType).join(", ")}>`;
    default:
      return unreachable(t);
  }
}

export function isNumeric(t: Type): boolean {
  return t.kind === "Int" || t.kind === "Float";
}

/** Int, Float, Bool or String: the types that convert to text (§6). */
export function isTextable(t: Type): boolean {
  return t.kind === "Int" || t.kind === "Float" || t.kind === "Bool" || t.kind === "String";
}

/** True when `Never` occurs anywhere in `t` (an unknown part). */
export const containsNever: (t: Type) => boolean = memoType(containsNeverOnce);

function containsNeverOnce(t: Type): boolean {
  switch (t.kind) {
    case "Never":
      return true;
    case "List":
      return containsNever(t.element);
    case "Tuple":
      return t.elements.some(containsNever);
    case "Dict":
      return containsNever(t.value);
    case "Record":
      return t.fields.some((f) => containsNever(f.type));
    case "Option":
      return containsNever(t.some);
    case "Result":
      return containsNever(t.ok) || containsNever(t.err);
    case "Closure":
      return t.params.some(containsNever) || containsNever(t.result);
    default:
      return false;
  }
}
