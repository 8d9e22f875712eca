// fast-check arbitraries for shapes and values, shared by the property tests of the
// JSON and arena codecs. Test support only: not exported from index.ts.
//
// Two modes:
//   * "arena": every shape the arena codec handles (nested options, internal fields,
//     NaN and infinities); round trips are compared at the Value level;
//   * "json": only shapes whose JSON projection (§2.5) is invertible by the decoder
//     (§2.4), so that text → value → text is the identity. Excluded, and why:
//       - Option<Option<T>>: Some(None) and None both project to null;
//       - Option<String>: Some("None") projects to "None", which decodes as None;
//       - Option/record/dict directly inside Result: the decoder first tries
//         {"value": v} itself as T, and a dict (or a record whose fields may all be
//         absent) accepts it;
//       - names "None", "Some", "Ok", "Err", "value", "error" for fields, dict keys and
//         variants (`{"None": null}` would read as None);
//       - `#internal` fields (not in the JSON), NaN and ±inf (NonFiniteFloat).
import fc from "fast-check";
import { unreachable } from "../errors.js";
import { compareCodePoints } from "../numbers/text.js";
import { I64_MAX, I64_MIN } from "../numbers/int64.js";
import type { FieldShape, Shape, VariantPayload, VariantShape } from "../shape.js";
import type { Value, VariantValue } from "../value.js";

export type ArbitraryMode = "arena" | "json";

const RESERVED = new Set(["None", "Some", "Ok", "Err", "value", "error"]);
const FIELD_NAMES = ["a", "b", "qty", "name", "x_1", "é", "10", "9", "a b", "😀", "\uFFFF", "", "value", "None"];
const TYPE_NAMES = ["P", "Order", "Req", "Level", "Shape"];
const VARIANT_NAMES = ["Dot", "Circle", "Box", "Low", "High", "Some", "Ok"];

function names(mode: ArbitraryMode, pool: readonly string[]): readonly string[] {
  return mode === "json" ? pool.filter((n) => !RESERVED.has(n)) : pool;
}

function fieldsArb(mode: ArbitraryMode, depth: number, max: number): fc.Arbitrary<readonly FieldShape[]> {
  return fc
    .uniqueArray(fc.constantFrom(...names(mode, FIELD_NAMES)), { maxLength: max })
    .chain((ns) =>
      fc.tuple(...ns.map((n) => fc.tuple(fc.constant(n), shapeArb(mode, depth), mode === "arena" ? fc.boolean() : fc.constant(false)))),
    )
    .map((fs) => fs.map(([name, shape, internal]): FieldShape => (internal ? { name, shape, internal: true } : { name, shape })));
}

function variantsArb(mode: ArbitraryMode, depth: number): fc.Arbitrary<readonly VariantShape[]> {
  const payload: fc.Arbitrary<VariantPayload> = fc.oneof(
    fc.constant<VariantPayload>({ kind: "unit" }),
    fc.array(shapeArb(mode, depth), { minLength: 1, maxLength: 3 }).map((elements): VariantPayload => ({ kind: "tuple", elements })),
    fieldsArb(mode, depth, 3).map((fields): VariantPayload => ({ kind: "struct", fields })),
  );
  return fc
    .uniqueArray(fc.constantFrom(...names(mode, VARIANT_NAMES)), { minLength: 1, maxLength: 4 })
    .chain((ns) => fc.tuple(...ns.map((n) => payload.map((p): VariantShape => ({ name: n, payload: p })))));
}

const leafArb: fc.Arbitrary<Shape> = fc.constantFrom<Shape>({ kind: "int" }, { kind: "float" }, { kind: "bool" }, { kind: "string" });

/** Shapes nested at most `depth` levels (never closures). */
export function shapeArb(mode: ArbitraryMode, depth: number): fc.Arbitrary<Shape> {
  if (depth <= 0) return leafArb;
  const inner = shapeArb(mode, depth - 1);
  const optionInner =
    mode === "json" ? inner.filter((s) => s.kind !== "option" && s.kind !== "string") : inner;
  const resultInner =
    mode === "json" ? inner.filter((s) => s.kind !== "option" && s.kind !== "record" && s.kind !== "dict") : inner;
  return fc.oneof(
    { weight: 3, arbitrary: leafArb },
    { weight: 1, arbitrary: inner.map((element): Shape => ({ kind: "list", element })) },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }).map((elements): Shape => ({ kind: "tuple", elements })) },
    { weight: 1, arbitrary: inner.map((value): Shape => ({ kind: "dict", value })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fieldsArb(mode, depth - 1, 4), fc.option(fc.constantFrom(...TYPE_NAMES), { nil: undefined }))
        .map(([fields, name]): Shape => (name === undefined ? { kind: "record", fields } : { kind: "record", name, fields })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...TYPE_NAMES), variantsArb(mode, depth - 1)).map(([name, variants]): Shape => ({ kind: "enum", name, variants })),
    },
    { weight: 1, arbitrary: optionInner.map((some): Shape => ({ kind: "option", some })) },
    { weight: 1, arbitrary: fc.tuple(resultInner, resultInner).map(([ok, err]): Shape => ({ kind: "result", ok, err })) },
  );
}

const stringArb = fc.string({ unit: "binary", maxLength: 8 });

function dictKeyArb(mode: ArbitraryMode): fc.Arbitrary<string> {
  const any = fc.oneof(stringArb, fc.constantFrom(...FIELD_NAMES));
  return mode === "json" ? any.filter((k) => !RESERVED.has(k)) : any;
}

function fieldValues(fields: readonly FieldShape[], mode: ArbitraryMode): fc.Arbitrary<ReadonlyMap<string, Value>> {
  return fc.tuple(...fields.map((f) => valueArb(f.shape, mode))).map((vs) => new Map(fields.map((f, i) => [f.name, vs[i]!])));
}

/** Values of `shape`. Dict keys come out sorted by code point, as the decoders produce them. */
export function valueArb(shape: Shape, mode: ArbitraryMode): fc.Arbitrary<Value> {
  switch (shape.kind) {
    case "int":
      return fc.bigInt({ min: I64_MIN, max: I64_MAX }).map((value): Value => ({ kind: "int", value }));
    case "float":
      return fc
        .double(mode === "json" ? { noNaN: true, noDefaultInfinity: true } : {})
        .map((value): Value => ({ kind: "float", value }));
    case "bool":
      return fc.boolean().map((value): Value => ({ kind: "bool", value }));
    case "string":
      return stringArb.map((value): Value => ({ kind: "string", value }));
    case "list":
      return fc.array(valueArb(shape.element, mode), { maxLength: 4 }).map((items): Value => ({ kind: "list", items }));
    case "tuple":
      return fc.tuple(...shape.elements.map((s) => valueArb(s, mode))).map((items): Value => ({ kind: "tuple", items }));
    case "dict":
      return fc
        .uniqueArray(fc.tuple(dictKeyArb(mode), valueArb(shape.value, mode)), { maxLength: 4, selector: ([k]) => k })
        .map((entries): Value => ({ kind: "record", fields: new Map([...entries].sort(([a], [b]) => compareCodePoints(a, b))) }));
    case "record": {
      const name = shape.name;
      return fieldValues(shape.fields, mode).map((fields): Value =>
        name === undefined ? { kind: "record", fields } : { kind: "record", name, fields },
      );
    }
    case "enum": {
      const enumName = shape.name;
      return fc.oneof(
        ...shape.variants.map((v) =>
          payloadArb(v, mode).map((payload): Value => ({ kind: "enum", enumName, variant: v.name, payload })),
        ),
      );
    }
    case "option":
      return fc.option(valueArb(shape.some, mode), { nil: null }).map((some): Value => ({ kind: "option", some }));
    case "result":
      return fc.oneof(
        valueArb(shape.ok, mode).map((value): Value => ({ kind: "result", isOk: true, value })),
        valueArb(shape.err, mode).map((value): Value => ({ kind: "result", isOk: false, value })),
      );
    case "closure":
      return fc.constant<Value>({ kind: "closure", fn: null });
    default:
      return unreachable(shape);
  }
}

function payloadArb(v: VariantShape, mode: ArbitraryMode): fc.Arbitrary<VariantValue> {
  switch (v.payload.kind) {
    case "unit":
      return fc.constant<VariantValue>({ kind: "unit" });
    case "tuple":
      return fc.tuple(...v.payload.elements.map((s) => valueArb(s, mode))).map((items): VariantValue => ({ kind: "tuple", items }));
    case "struct":
      return fieldValues(v.payload.fields, mode).map((fields): VariantValue => ({ kind: "struct", fields }));
    default:
      return unreachable(v.payload);
  }
}

/** A shape together with one of its values. */
export function shapedValueArb(mode: ArbitraryMode, depth: number): fc.Arbitrary<{ readonly shape: Shape; readonly value: Value }> {
  return shapeArb(mode, depth).chain((shape) => valueArb(shape, mode).map((value) => ({ shape, value })));
}
