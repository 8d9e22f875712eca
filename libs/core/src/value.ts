// Runtime values: the model used by the tree-walk evaluator and the
// interpreted codecs. Int is a bigint (exact over all of i64; no silent loss
// past 2^53). Float is a number; its bit pattern (including -0 and NaN payload)
// is preserved by every operation on it. Strings are JavaScript strings of
// well-formed Unicode; lengths and offsets in the language count UTF-8 bytes.

export type Value =
  | { readonly kind: "int"; readonly value: bigint }
  | { readonly kind: "float"; readonly value: number }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "list"; readonly items: readonly Value[] }
  | { readonly kind: "tuple"; readonly items: readonly Value[] }
  /**
   * A dict literal value, a schema value (`name` set) or a `Dict<String, V>`.
   * `fields` keeps insertion order; JSON projection sorts keys by code point.
   */
  | { readonly kind: "record"; readonly name?: string; readonly fields: ReadonlyMap<string, Value> }
  | { readonly kind: "enum"; readonly enumName: string; readonly variant: string; readonly payload: VariantValue }
  | { readonly kind: "option"; readonly some: Value | null }
  | { readonly kind: "result"; readonly isOk: boolean; readonly value: Value }
  /** A closure. `fn` is owned by whoever created it (the evaluator); the codec never projects it. */
  | { readonly kind: "closure"; readonly fn: unknown };

export type VariantValue =
  | { readonly kind: "unit" }
  | { readonly kind: "tuple"; readonly items: readonly Value[] }
  | { readonly kind: "struct"; readonly fields: ReadonlyMap<string, Value> };

export { I64_MAX, I64_MIN } from "./numbers/int64.js";

// Constructors.
export const V = {
  int: (value: bigint | number): Value => ({ kind: "int", value: BigInt(value) }),
  float: (value: number): Value => ({ kind: "float", value }),
  bool: (value: boolean): Value => ({ kind: "bool", value }),
  string: (value: string): Value => ({ kind: "string", value }),
  list: (items: readonly Value[]): Value => ({ kind: "list", items }),
  tuple: (items: readonly Value[]): Value => ({ kind: "tuple", items }),
  record: (fields: ReadonlyMap<string, Value> | Record<string, Value>, name?: string): Value => {
    const map = fields instanceof Map ? fields : new Map(Object.entries(fields as Record<string, Value>));
    return name === undefined ? { kind: "record", fields: map } : { kind: "record", name, fields: map };
  },
  none: { kind: "option", some: null } as Value,
  some: (v: Value): Value => ({ kind: "option", some: v }),
  ok: (v: Value): Value => ({ kind: "result", isOk: true, value: v }),
  err: (v: Value): Value => ({ kind: "result", isOk: false, value: v }),
} as const;
