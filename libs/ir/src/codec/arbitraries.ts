// fast-check arbitraries for the codec's differential tests (test support, not
// exported from the package): shapes, values of a shape, and JSON TEXTS aimed
// at a shape — mostly well-typed, with the forms §2.4 allows (Option/Result
// wrappers, duplicate keys, junk properties, escapes, odd whitespace) and a
// steady rate of wrong kinds, boundary numbers and invalid strings, so that
// accept/reject is exercised as much as the decoded values.
import {
  compareCodePoints,
  I64_MAX,
  I64_MIN,
  unreachable,
  type FieldShape,
  type Shape,
  type Value,
  type VariantPayload,
  type VariantShape,
  type VariantValue,
} from "@tetra/core";
import fc from "fast-check";

/** Names that collide with the wrapper keys, share lengths and prefixes, need escapes or exceed the unrolled compare. */
const FIELD_NAMES = ["a", "b", "ab", "ba", "qty", "é", "😀", "a b", "", "\uFFFF", "value", "None", "Some", "Ok", "error", "x\"y", "a_very_long_field_name_of_more_than_32_bytes"];
const VARIANT_NAMES = ["Dot", "Circle", "Box", "Low", "High", "Some", "Ok", "None"];
const TYPE_NAMES = ["P", "Order", "Level"];

const leafArb: fc.Arbitrary<Shape> = fc.constantFrom<Shape>({ kind: "int" }, { kind: "float" }, { kind: "bool" }, { kind: "string" });

export interface ShapeOptions {
  /** Allow `#internal` markers (the encoder omits those fields). */
  readonly internal: boolean;
  /** Allow `#default` values on fields (the decoder materialises them). */
  readonly defaults: boolean;
}

function fieldsArb(depth: number, max: number, o: ShapeOptions): fc.Arbitrary<readonly FieldShape[]> {
  return fc
    .uniqueArray(fc.constantFrom(...FIELD_NAMES), { maxLength: max })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          shapeArb(depth, o).chain((shape) =>
            fc
              .tuple(o.internal ? fc.boolean() : fc.constant(false), o.defaults ? fc.option(valueArb(shape), { freq: 3, nil: undefined }) : fc.constant(undefined))
              .map(([internal, dflt]): FieldShape => ({
                name,
                shape,
                ...(internal ? { internal: true as const } : {}),
                ...(dflt === undefined ? {} : { default: dflt }),
              })),
          ),
        ),
      ),
    );
}

function variantsArb(depth: number, o: ShapeOptions): fc.Arbitrary<readonly VariantShape[]> {
  const payload: fc.Arbitrary<VariantPayload> = fc.oneof(
    fc.constant<VariantPayload>({ kind: "unit" }),
    fc.array(shapeArb(depth, o), { maxLength: 3 }).map((elements): VariantPayload => ({ kind: "tuple", elements })),
    fieldsArb(depth, 3, o).map((fields): VariantPayload => ({ kind: "struct", fields })),
  );
  return fc
    .uniqueArray(fc.constantFrom(...VARIANT_NAMES), { minLength: 1, maxLength: 4 })
    .chain((ns) => fc.tuple(...ns.map((name) => payload.map((p): VariantShape => ({ name, payload: p })))));
}

/** Shapes nested at most `depth` levels, without closures. */
export function shapeArb(depth: number, o: ShapeOptions): fc.Arbitrary<Shape> {
  if (depth <= 0) return leafArb;
  const inner = shapeArb(depth - 1, o);
  return fc.oneof(
    { weight: 3, arbitrary: leafArb },
    { weight: 2, arbitrary: inner.map((element): Shape => ({ kind: "list", element })) },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }).map((elements): Shape => ({ kind: "tuple", elements })) },
    { weight: 1, arbitrary: inner.map((value): Shape => ({ kind: "dict", value })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fieldsArb(depth - 1, 4, o), fc.option(fc.constantFrom(...TYPE_NAMES), { nil: undefined }))
        .map(([fields, name]): Shape => (name === undefined ? { kind: "record", fields } : { kind: "record", name, fields })),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TYPE_NAMES), variantsArb(depth - 1, o)).map(([name, variants]): Shape => ({ kind: "enum", name, variants })) },
    { weight: 2, arbitrary: inner.map((some): Shape => ({ kind: "option", some })) },
    { weight: 1, arbitrary: fc.tuple(inner, inner).map(([ok, err]): Shape => ({ kind: "result", ok, err })) },
  );
}

// ---- values ----------------------------------------------------------------

const SPECIAL_CHARS = ["\u0000", "\u0001", "\b", "\t", "\n", "\f", "\r", "\u001f", '"', "\\", "/", "\u007f", "é", "€", "😀", "\u2028", "\uFFFF", "None"];

export const stringArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.array(fc.constantFrom(...SPECIAL_CHARS), { maxLength: 5 }).map((xs) => xs.join("")),
  fc.string({ maxLength: 40 }),
);

const BOUNDARY_INTS = [0n, 1n, -1n, I64_MAX, I64_MIN, I64_MAX - 1n, I64_MIN + 1n, 2n ** 53n + 1n, -(2n ** 31n), 999999999n, 1000000000n];

export const intArb: fc.Arbitrary<bigint> = fc.oneof(fc.constantFrom(...BOUNDARY_INTS), fc.bigInt({ min: I64_MIN, max: I64_MAX }), fc.bigInt({ min: -1000n, max: 1000n }));

const SPECIAL_FLOATS = [0, -0, 1, -1, 0.1, 1e16, 1e21, 5e-324, 1.7976931348623157e308, 2 ** 53, 1000000000000000.2, NaN, Infinity, -Infinity];

export const floatArb: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...SPECIAL_FLOATS), fc.double(), fc.integer({ min: -1000, max: 1000 }));

function fieldValues(fields: readonly FieldShape[]): fc.Arbitrary<ReadonlyMap<string, Value>> {
  return fc.tuple(...fields.map((f) => valueArb(f.shape))).map((vs) => new Map(fields.map((f, i) => [f.name, vs[i] as Value])));
}

/** Values of `shape` (NaN and ±inf included; dict keys sorted by code point, as decoders produce them). */
export function valueArb(shape: Shape): fc.Arbitrary<Value> {
  switch (shape.kind) {
    case "int":
      return intArb.map((value): Value => ({ kind: "int", value }));
    case "float":
      return floatArb.map((value): Value => ({ kind: "float", value }));
    case "bool":
      return fc.boolean().map((value): Value => ({ kind: "bool", value }));
    case "string":
      return stringArb.map((value): Value => ({ kind: "string", value }));
    case "list":
      return fc.array(valueArb(shape.element), { maxLength: 6 }).map((items): Value => ({ kind: "list", items }));
    case "tuple":
      return fc.tuple(...shape.elements.map(valueArb)).map((items): Value => ({ kind: "tuple", items }));
    case "dict":
      return fc
        .uniqueArray(fc.tuple(fc.oneof(stringArb, fc.constantFrom(...FIELD_NAMES)), valueArb(shape.value)), { maxLength: 6, selector: ([k]) => k })
        .map((entries): Value => ({ kind: "record", fields: new Map([...entries].sort(([a], [b]) => compareCodePoints(a, b))) }));
    case "record": {
      const name = shape.name;
      return fieldValues(shape.fields).map((fields): Value => (name === undefined ? { kind: "record", fields } : { kind: "record", name, fields }));
    }
    case "enum": {
      const enumName = shape.name;
      return fc.oneof(...shape.variants.map((v) => payloadArb(v).map((payload): Value => ({ kind: "enum", enumName, variant: v.name, payload }))));
    }
    case "option":
      return fc.option(valueArb(shape.some), { nil: null }).map((some): Value => ({ kind: "option", some }));
    case "result":
      return fc.oneof(
        valueArb(shape.ok).map((value): Value => ({ kind: "result", isOk: true, value })),
        valueArb(shape.err).map((value): Value => ({ kind: "result", isOk: false, value })),
      );
    case "closure":
      return fc.constant<Value>({ kind: "closure", fn: null });
    default:
      return unreachable(shape);
  }
}

function payloadArb(v: VariantShape): fc.Arbitrary<VariantValue> {
  switch (v.payload.kind) {
    case "unit":
      return fc.constant<VariantValue>({ kind: "unit" });
    case "tuple":
      return fc.tuple(...v.payload.elements.map(valueArb)).map((items): VariantValue => ({ kind: "tuple", items }));
    case "struct":
      return fieldValues(v.payload.fields).map((fields): VariantValue => ({ kind: "struct", fields }));
    default:
      return unreachable(v.payload);
  }
}

// ---- JSON texts aimed at a shape ----------------------------------------------

/** A JSON tree to print; `raw` is inserted verbatim (numbers, literals, deliberately broken strings). */
export type Json =
  | { readonly t: "raw"; readonly text: string }
  | { readonly t: "str"; readonly s: string }
  | { readonly t: "arr"; readonly items: readonly Json[] }
  | { readonly t: "obj"; readonly members: readonly (readonly [string, Json])[] };

const raw = (text: string): Json => ({ t: "raw", text });
const str = (s: string): Json => ({ t: "str", s });
const arr = (items: readonly Json[]): Json => ({ t: "arr", items });
const obj = (members: readonly (readonly [string, Json])[]): Json => ({ t: "obj", members });

/** Any small JSON value, for "wrong kind" positions and junk properties. */
export const anyJson: fc.Arbitrary<Json> = fc.letrec<{ j: Json }>((tie) => ({
  j: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(raw("null"), raw("true"), raw("false"), raw("0"), raw("-1.5e3"), raw("12345678901234567890"), str(""), str("None"), obj([]), arr([])),
    stringArb.map(str),
    fc.array(tie("j"), { maxLength: 3 }).map(arr),
    fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES), tie("j")), { maxLength: 3 }).map(obj),
  ),
})).j;

const INT_TEXTS = [
  "0", "-0", "7", "-7", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
  "18446744073709551615", "18446744073709551616", "99999999999999999999", "1.0", "1e2", "-0.0", "1E0", "123456789", "1234567890",
];
const FLOAT_TEXTS = [
  "0", "-0", "0.0", "-0.0", "1", "1.5", "-2.25e-3", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
  "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "123456789012345678901234567890",
  "0.123456789012345678901234567890", "9007199254740993", "1E+2", "1e-7", "3.141592653589793238462643383279",
];

function numberJson(kind: "int" | "float"): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.constantFrom(...(kind === "int" ? INT_TEXTS : FLOAT_TEXTS)).map(raw),
    intArb.map((n) => raw(n.toString())),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => raw(Object.is(x, -0) ? "-0.0" : String(x))),
  );
}

/** Some wrapper forms need specific keys; a member list from fields with duplicates, gaps and junk. */
function membersFor(fields: readonly FieldShape[]): fc.Arbitrary<Json> {
  return fc
    .tuple(
      fc.tuple(...fields.map((f) => fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), jsonFor(f.shape)))),
      fc.array(fc.tuple(fc.constantFrom(...fields.map((f) => f.name), "junk", "zz"), fc.oneof(anyJson, ...fields.map((f) => jsonFor(f.shape)))), { maxLength: 2 }),
      fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    )
    .map(([present, extra, order]) => {
      const ms: (readonly [string, Json])[] = [];
      fields.forEach((f, i) => {
        const [p, v] = present[i] as [number, Json];
        if (p < 0.85) ms.push([f.name, v]);
      });
      ms.push(...extra);
      // deterministic shuffle from the drawn naturals
      for (let i = ms.length - 1; i > 0; i--) {
        const j = (order[i % order.length] as number) % (i + 1);
        [ms[i], ms[j]] = [ms[j] as readonly [string, Json], ms[i] as readonly [string, Json]];
      }
      return obj(ms);
    });
}

/** JSON aimed at `shape`: mostly of the right kind, sometimes wrong (one in ten at every level). */
export function jsonFor(shape: Shape): fc.Arbitrary<Json> {
  return fc.oneof({ weight: 9, arbitrary: typedJson(shape) }, { weight: 1, arbitrary: anyJson });
}

function typedJson(shape: Shape): fc.Arbitrary<Json> {
  switch (shape.kind) {
    case "int":
      return numberJson("int");
    case "float":
      return numberJson("float");
    case "bool":
      return fc.constantFrom(raw("true"), raw("false"));
    case "string":
      return fc.oneof(
        { weight: 8, arbitrary: stringArb.map(str) },
        // lone surrogates and bad escapes: rejected by both sides
        { weight: 1, arbitrary: fc.constantFrom(raw('"\\ud83d"'), raw('"\\ude00x"'), raw('"\\ud83d\\u0041"'), raw('"\\x"'), raw('"\\u12g4"'), raw('"tab\there"')) },
      );
    case "list":
      return fc.array(jsonFor(shape.element), { maxLength: 6 }).map(arr);
    case "tuple":
      return fc.oneof(
        { weight: 5, arbitrary: fc.tuple(...shape.elements.map(jsonFor)).map(arr) },
        { weight: 1, arbitrary: fc.array(jsonFor(shape.elements[0] ?? { kind: "int" }), { maxLength: shape.elements.length + 1 }).map(arr) },
      );
    case "dict":
      return fc.array(fc.tuple(fc.oneof(fc.constantFrom("a", "b", "é", "😀", ""), stringArb), jsonFor(shape.value)), { maxLength: 6 }).map(obj);
    case "record":
      return membersFor(shape.fields);
    case "enum":
      return fc.oneof(
        ...shape.variants.map((v) => variantJson(v)),
        fc.constantFrom(str("Nope"), obj([["Nope", raw("null")]]), obj([])),
      );
    case "option": {
      const x = jsonFor(shape.some);
      return fc.oneof(
        fc.constantFrom(raw("null"), str("None"), obj([["None", raw("null")]]), obj([["None", obj([])]]), obj([["None", raw("1")]])),
        x.map((v) => obj([["Some", v]])),
        x.map((v) => obj([["Some", obj([["value", v]])]])),
        fc.tuple(x, x).map(([v, w]) => obj([["Some", v], ["Some", w]])),
        { weight: 3, arbitrary: x },
      );
    }
    case "result": {
      const ok = jsonFor(shape.ok);
      const e = jsonFor(shape.err);
      return fc.oneof(
        ok.map((v) => obj([["Ok", v]])),
        ok.map((v) => obj([["Ok", obj([["value", v]])]])),
        e.map((v) => obj([["Err", v]])),
        e.map((v) => obj([["Err", obj([["error", v]])]])),
        fc.tuple(ok, e).map(([v, w]) => obj([["Ok", v], ["Err", w]])),
        fc.tuple(ok, ok).map(([v, w]) => obj([["Ok", v], ["Ok", w]])),
      );
    }
    case "closure":
      return anyJson;
    default:
      return unreachable(shape);
  }
}

function variantJson(v: VariantShape): fc.Arbitrary<Json> {
  const p = v.payload;
  switch (p.kind) {
    case "unit":
      return fc.constantFrom(str(v.name), obj([[v.name, raw("null")]]), obj([[v.name, obj([])]]), obj([[v.name, raw("1")]]));
    case "tuple":
      return fc.oneof(
        { weight: 4, arbitrary: fc.tuple(...p.elements.map(jsonFor)).map((xs) => obj([[v.name, arr(xs)]])) },
        { weight: 1, arbitrary: fc.constantFrom(str(v.name), obj([[v.name, arr([])]])) },
      );
    case "struct":
      return fc.oneof({ weight: 4, arbitrary: membersFor(p.fields).map((x) => obj([[v.name, x]])) }, { weight: 1, arbitrary: fc.constant(str(v.name)) });
    default:
      return unreachable(p);
  }
}

// ---- printing with random layout ------------------------------------------------

/** A small deterministic PRNG (mulberry32): layout choices follow from the drawn seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WS = ["", "", "", " ", "\n", "\t", "\r\n  "];
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

const hex4 = (u: number) => u.toString(16).padStart(4, "0");

function quote(s: string, rnd: () => number): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    const must = cp < 0x20 || ch === '"' || ch === "\\";
    const r = rnd();
    if (must) out += r < 0.5 && SHORT_ESCAPES[ch] !== undefined ? SHORT_ESCAPES[ch] : `\\u${r < 0.75 ? hex4(cp) : hex4(cp).toUpperCase()}`;
    else if (r < 0.15) {
      // escape an ordinary character: "\u00e9", "\uD83D\uDE00", "\/"
      out += ch === "/" ? "\\/" : [...ch].length === 1 && cp > 0xffff
        ? `\\u${hex4(0xd800 + ((cp - 0x10000) >> 10))}\\u${hex4(0xdc00 + ((cp - 0x10000) & 0x3ff))}`
        : `\\u${hex4(cp)}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Print `j` with whitespace and escapes chosen by `seed`. */
export function printJson(j: Json, seed: number): string {
  const rnd = prng(seed);
  const ws = () => WS[Math.floor(rnd() * WS.length)] as string;
  const go = (x: Json): string => {
    switch (x.t) {
      case "raw":
        return x.text;
      case "str":
        return quote(x.s, rnd);
      case "arr":
        return x.items.length === 0 ? `[${ws()}]` : `[${x.items.map((i) => `${ws()}${go(i)}${ws()}`).join(",")}]`;
      case "obj":
        return x.members.length === 0 ? `{${ws()}}` : `{${x.members.map(([k, v]) => `${ws()}${quote(k, rnd)}${ws()}:${ws()}${go(v)}${ws()}`).join(",")}}`;
      default:
        return unreachable(x);
    }
  };
  return `${ws()}${go(j)}${ws()}`;
}

/** A text aimed at `shape`, printed with a random layout. */
export function textFor(shape: Shape): fc.Arbitrary<string> {
  return fc.tuple(jsonFor(shape), fc.nat()).map(([j, seed]) => printJson(j, seed));
}
