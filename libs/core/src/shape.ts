// Shapes: a data description of every type a value of the language can have.
// Shapes are plain readonly objects, compared structurally (`shapeEquals`) and
// printed in source-like syntax (`printShape`). They drive the arena layout
// (layout.ts), the interpreted codecs and, later, the compiled codecs.
import type { Value } from "./value.js";

export type Shape =
  | { readonly kind: "int" } // i64
  | { readonly kind: "float" } // f64
  | { readonly kind: "bool" }
  | { readonly kind: "string" } // UTF-8 bytes
  | { readonly kind: "list"; readonly element: Shape }
  | { readonly kind: "tuple"; readonly elements: readonly Shape[] }
  | { readonly kind: "dict"; readonly value: Shape } // Dict<String, V>
  /** A record: a dict literal's type (name undefined) or a schema (nominal, named). Fields in declaration order. */
  | { readonly kind: "record"; readonly name?: string; readonly fields: readonly FieldShape[] }
  | { readonly kind: "enum"; readonly name: string; readonly variants: readonly VariantShape[] }
  | { readonly kind: "option"; readonly some: Shape }
  | { readonly kind: "result"; readonly ok: Shape; readonly err: Shape }
  /** A closure value (never crosses the JSON boundary; lives in the arena as table index + environment). */
  | { readonly kind: "closure"; readonly params: readonly Shape[]; readonly result: Shape };

export interface FieldShape {
  readonly name: string;
  readonly shape: Shape;
  /**
   * `#internal` dict field (LANGUAGE.md §2.5): it exists in the arena and in values
   * like any other field, but JSON projection leaves it out (`{#internal rate: 3, total: 9}`
   * projects to `{"total": 9}`).
   */
  readonly internal?: true;
  /**
   * A schema field's constant `#default` (§3.12), used by the JSON decoder when the
   * input object has no property of this name (`#default "GET" String verb: *`).
   */
  readonly default?: Value;
}

export type VariantPayload =
  | { readonly kind: "unit" }
  | { readonly kind: "tuple"; readonly elements: readonly Shape[] }
  | { readonly kind: "struct"; readonly fields: readonly FieldShape[] };

export interface VariantShape {
  readonly name: string;
  readonly payload: VariantPayload;
}

export type ShapeKind = Shape["kind"];

// Constructors: `S.list(S.int)` reads like the type it builds.
export const S = {
  int: { kind: "int" } as Shape,
  float: { kind: "float" } as Shape,
  bool: { kind: "bool" } as Shape,
  string: { kind: "string" } as Shape,
  list: (element: Shape): Shape => ({ kind: "list", element }),
  tuple: (...elements: Shape[]): Shape => ({ kind: "tuple", elements }),
  dict: (value: Shape): Shape => ({ kind: "dict", value }),
  /** A field with optional markers: `S.field("verb", S.string, { default: V.string("GET") })`. */
  field: (name: string, shape: Shape, markers: { readonly internal?: true; readonly default?: Value } = {}): FieldShape => ({
    name,
    shape,
    ...markers,
  }),
  record: (fields: Record<string, Shape> | readonly FieldShape[], name?: string): Shape => {
    const fs: readonly FieldShape[] = Array.isArray(fields)
      ? (fields as readonly FieldShape[])
      : Object.entries(fields as Record<string, Shape>).map(([n, shape]) => ({ name: n, shape }));
    return name === undefined ? { kind: "record", fields: fs } : { kind: "record", name, fields: fs };
  },
  option: (some: Shape): Shape => ({ kind: "option", some }),
  result: (ok: Shape, error: Shape): Shape => ({ kind: "result", ok, err: error }),
  enum: (name: string, variants: readonly VariantShape[]): Shape => ({ kind: "enum", name, variants }),
  closure: (params: readonly Shape[], result: Shape): Shape => ({ kind: "closure", params, result }),
} as const;
