// The canonical writer against the shared fixtures' expected outputs
// (../shared/fixtures/**/*.expected.json, read in place).
//   * Round trip: for fixtures whose result shape we can write down, the expected text is
//     parsed, decoded with that shape and written again; it must come back byte for byte.
//     This checks decoder and writer together against text neither of them produced.
//   * Hand-built: where the projection loses information (internal fields, closures,
//     source key order) the value is built by hand as the evaluator would produce it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { S, type Shape, type VariantShape } from "../shape.js";
import { V, type Value } from "../value.js";
import { toCanonicalJson } from "./canonical-json.js";
import { decodeJson } from "./decode-json.js";
import { parseJson } from "./parse-json.js";

const FIXTURES = new URL("../../../../../shared/fixtures/", import.meta.url);

/** The expected text without the file's final newline (canonical text has none). */
function expected(name: string): string {
  const raw = readFileSync(new URL(`${name}.expected.json`, FIXTURES), "utf8");
  return raw.endsWith("\n") ? raw.slice(0, -1) : raw;
}

function canonical(value: Value, shape: Shape): string {
  const r = toCanonicalJson(value, shape);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const unit = (name: string): VariantShape => ({ name, payload: { kind: "unit" } });
const tupleVariant = (name: string, ...elements: Shape[]): VariantShape => ({ name, payload: { kind: "tuple", elements } });
const structVariant = (name: string, fields: Record<string, Shape>): VariantShape => ({
  name,
  payload: { kind: "struct", fields: Object.entries(fields).map(([n, shape]) => ({ name: n, shape })) },
});

const DOC_SHAPE = S.enum("Shape", [unit("Dot"), tupleVariant("Circle", S.float), structVariant("Box", { w: S.int, h: S.int })]);
const SIGNAL = S.enum("Signal", [tupleVariant("Reading", S.int, S.string), unit("Silent")]);
const SHAPE_CR = S.enum("Shape", [
  structVariant("Circle", { label: S.string, radius: S.int }),
  structVariant("Rect", { label: S.string, width: S.int, height: S.int }),
]);
const REQ = S.record({ path: S.string, retries: S.int, verb: S.string }, "Req");

const ROUND_TRIP: readonly (readonly [string, Shape])[] = [
  ["reference/doc-03", S.list(S.tuple(S.int, S.string))],
  ["reference/doc-04", S.string],
  ["reference/doc-05", S.record({ swapped: S.tuple(S.string, S.int), single: S.tuple(S.int), first_plus: S.int })],
  ["reference/doc-06", S.list(S.option(S.int))],
  ["reference/doc-07", S.record({ dot: DOC_SHAPE, circle: DOC_SHAPE, box: DOC_SHAPE })],
  ["reference/doc-08", S.list(S.result(S.int, S.string))],
  ["reference/main-04", S.record({ line: S.string, echo: REQ })],
  ["reference/main-05", S.record({ f: S.float, xs: S.list(S.float), sum: S.float })],
  ["reference/main-06", S.int],
  ["reference/dev-03", S.bool],
  ["reference/flt-01", S.list(S.string)],
  ["reference/flt-02", S.list(S.float)],
  ["reference/flt-03", S.record({ as_json: S.float, as_text: S.string })],
  [
    "reference/flt-04",
    S.record({
      floor: S.int,
      ceil: S.int,
      round: S.int,
      neg_floor: S.int,
      sqrt: S.float,
      sqrt_int: S.float,
      pow: S.float,
      pow_neg: S.float,
      abs_f: S.float,
      abs_i: S.int,
    }),
  ],
  ["reference/flt-05", S.list(S.int)],
  ["spec/enum_json_shapes", S.record({ reading: SIGNAL, silent: SIGNAL })],
  ["spec/enum_struct_match", S.record({ shapes: S.list(SHAPE_CR), described: S.list(S.string) })],
  ["spec/enum_unit_roundtrip", S.enum("Level", [unit("Low"), unit("High")])],
  ["spec/keys_sorted_codepoint", S.dict(S.int)],
  ["spec/lit_numbers", S.record({ dec: S.int, hex: S.int, bin: S.int, frac: S.float, text: S.string })],
  ["spec/mixed_arith", S.record({ a: S.float, b: S.int, c: S.float })],
  ["spec/none_root", S.option(S.int)],
  ["spec/raw_string", S.record({ path: S.string })],
  ["spec/string_escapes", S.record({ s: S.string })],
  ["spec/float_json_integral", S.float],
  ["spec/tuple_root", S.tuple(S.int, S.string, S.bool)],
  [
    "spec/std_string_basics",
    S.record({ fields: S.list(S.string), greeting: S.string, loud: S.string, mentions: S.bool, path: S.string, soft: S.string }),
  ],
];

describe("expected outputs round-trip through decode and the canonical writer", () => {
  for (const [name, shape] of ROUND_TRIP) {
    it(`reproduces-${name}`, () => {
      const text = expected(name);
      const json = parseJson(text);
      if (!json.ok) throw new Error(json.error.message);
      const value = decodeJson(json.value, shape);
      if (!value.ok) throw new Error(value.error.message);
      expect(canonical(value.value, shape)).toBe(text);
    });
  }
});

describe("hand-built values match expected outputs", () => {
  it("sorts-doc-01-source-order-keys-by-code-point", () => {
    const keys = ["b", "a", "B", "_x", "é", "10", "9", "a b"];
    const value = V.record(new Map(keys.map((k, i) => [k, V.int([1, 2, 3, 4, 5, 6, 7, 8][i]!)])));
    const shape = S.record(keys.map((k) => S.field(k, S.int)));
    expect(canonical(value, shape)).toBe(expected("reference/doc-01"));
  });

  it("drops-internal-and-closure-fields-of-doc-02", () => {
    const closure: Value = { kind: "closure", fn: "scale" };
    const shape = S.record([
      S.field("rate", S.int, { internal: true }),
      S.field("scale", S.closure([S.int], S.int)),
      S.field("offset", S.closure([S.int], S.int), { internal: true }),
      S.field("total", S.int),
    ]);
    const value = V.record({ rate: V.int(3), scale: closure, offset: closure, total: V.int(115) });
    expect(canonical(value, shape)).toBe(expected("reference/doc-02"));
  });

  it("writes-spec-keys-sorted-from-a-record-in-source-order", () => {
    const shape = S.record({ zeta: S.int, alpha: S.int, Mid: S.int, _under: S.int });
    const value = V.record({ zeta: V.int(1), alpha: V.int(2), Mid: V.int(3), _under: V.int(4) });
    expect(canonical(value, shape)).toBe(expected("spec/keys_sorted_codepoint"));
  });

  it("drops-local-function-fields", () => {
    const shape = S.record([S.field("sq", S.closure([S.int], S.int)), S.field("r", S.int)]);
    expect(canonical(V.record({ sq: { kind: "closure", fn: "sq" }, r: V.int(49) }), shape)).toBe(expected("spec/local_fn_dropped"));
  });

  it("writes-flt-02-floats-from-their-values", () => {
    const xs = [1.0, -0.0, 0.1, 1e15, 1e16, 123456789.125, 0.00001, 0.000001, 3e20, 1.5e-7, 0.3333333333333333];
    expect(canonical(V.list(xs.map(V.float)), S.list(S.float))).toBe(expected("reference/flt-02"));
  });
});
