// Real generated IR on the JS backend against the interpreter: the IR runtime
// library (all of it must compile; the f64 functions are compared value by
// value) and the shape-compiled JSON codecs, as a decode → encode round trip
// (JSON text in, canonical JSON text out, or a trap) over valid, edge-case and
// malformed texts.
import { S, type Shape } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { addWholeRuntime, emitDecodeJson, emitEncodeResult, f64Bits, interpret, ModuleBuilder, type Module, type RunOutcome } from "@tetra/ir";
import { compileJs, instantiateJs } from "./backend.js";
import { F64_EDGES } from "./test-support/edge-values.js";

const show = (o: RunOutcome) => (o.ok ? `ok ${new TextDecoder().decode(o.output)}` : `trap ${o.trap} site=${String(o.site)}`);

function roundTripModule(shape: Shape): Module {
  const m = new ModuleBuilder();
  m.func("entry", [["in", "i32"], ["len", "i32"], ["out", "i32"], ["cap", "i32"]], "i32", (b) => {
    const site = m.site();
    const slot = emitDecodeJson(b, m, shape, { ptr: b.get("in"), len: b.get("len") }, { kind: "MainArgTypeMismatch", site });
    return emitEncodeResult(b, m, shape, b.get(slot), site);
  });
  m.entry("entry");
  return m.finish();
}

const SHAPES: Record<string, Shape> = {
  int: S.int,
  float: S.float,
  record: S.record({ a: S.int, b: S.float, c: S.bool, s: S.string, l: S.list(S.int), o: S.option(S.float), d: S.dict(S.string) }),
  "list-of-records": S.list(S.record({ id: S.int, tags: S.list(S.string) })),
  tuple: S.tuple(S.int, S.string, S.list(S.float)),
  enum: S.enum("Shape", [
    { name: "Circle", payload: { kind: "struct", fields: [S.field("r", S.float)] } },
    { name: "Point", payload: { kind: "unit" } },
    { name: "Pair", payload: { kind: "tuple", elements: [S.int, S.int] } },
  ]),
};

const TEXTS: Record<string, readonly string[]> = {
  int: ["0", "-0", "42", "9007199254740993", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e3", "1.0", " 7 ", "", "x", "--1"],
  float: ["0", "-0", "0.1", "1e308", "1e309", "5e-324", "2.2250738585072014e-308", "123456789012345678901234567890", "-1.5e-7", "1.7976931348623157e308", "nan", "1.", ".5"],
  record: [
    '{"a": 1, "b": 2.5, "c": true, "s": "h\\u00e9llo \\ud83d\\ude00", "l": [1, -2, 9007199254740993], "o": null, "d": {"k": "v", "a": "b"}}',
    '{"a": -9223372036854775808, "b": -0, "c": false, "s": "", "l": [], "o": 1e-300, "d": {}}',
    '{"a": 1, "a": 2, "b": 1, "c": true, "s": "x", "l": [], "o": 3, "d": {}}',
    '{"a": 1, "b": 2.5, "c": true, "s": "x", "l": [1], "d": {}}',
    '{"a": 1, "b": 2.5, "c": true, "s": "x", "l": [1], "o": 1, "d": {}, "extra": 0}',
    '{"a": 1.5, "b": 2.5, "c": true, "s": "x", "l": [1], "o": 1, "d": {}}',
    '{"a": 1, "b": 2.5, "c": true, "s": "\\x", "l": [1], "o": 1, "d": {}}',
    '{"a": 1, "b": 2.5, "c": true, "s": "x", "l": [1,], "o": 1, "d": {}}',
    "[]",
  ],
  "list-of-records": ['[{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}]', "[]", '[{"id": 1}]', '[{"id": 1, "tags": [1]}]', "[", '[{"id": 99999999999999999999, "tags": []}]'],
  tuple: ['[1, "two", [3.5, -0, 1e-5]]', '[1, "two"]', '[1, "two", [], 4]', '[-1, "\\"quoted\\"", [1e21, 1e-7]]'],
  enum: ['{"Circle": {"r": 1.5}}', '"Point"', '{"Pair": [1, 2]}', '{"Pair": [1]}', '"Square"', '{"Circle": {"r": "big"}}', "{}"],
};

describe("shape-compiled JSON codecs: decode then encode", () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`round-trips-${name}`, () => {
      const m = roundTripModule(shape);
      const js = instantiateJs(compileJs(m));
      const ref = interpret(m);
      const results = (TEXTS[name] ?? []).map((t) => {
        const input = new TextEncoder().encode(t);
        return { text: t, js: show(js.run(input, { memoryLimit: 1 << 16 })), interp: show(ref.run(input, { memoryLimit: 1 << 16 })) };
      });
      expect(results.map((r) => r.js)).toEqual(results.map((r) => r.interp));
      // Both outcomes occur, so the comparison is not vacuous.
      expect(results.some((r) => r.js.startsWith("ok"))).toBe(true);
      expect(results.some((r) => r.js.startsWith("trap"))).toBe(true);
    });
  }
});

describe("the IR runtime library", () => {
  const m = new ModuleBuilder();
  addWholeRuntime(m);
  const built = m.finish();
  const module: Module = { ...built, exports: built.funcs.map((f) => f.name) };
  const js = instantiateJs(compileJs(module));
  const ref = interpret(module);

  it("compiles-every-runtime-function", () => {
    expect(module.funcs.length).toBeGreaterThan(40);
  });

  for (const fn of ["rt.pow", "rt.fmod"]) {
    it(`${fn}-agrees-bit-for-bit`, () => {
      const xs = [...F64_EDGES, 3, 10, 0.25, 1.0000001, -2, 7.5, 1e-10, 123.456];
      const bad: string[] = [];
      for (const a of xs)
        for (const b of xs) {
          const want = ref.invoke(fn, [a, b], { memoryLimit: 1 << 16 });
          const got = js.invoke(fn, [a, b], { memoryLimit: 1 << 16 });
          const bits = (o: typeof want) => (o.ok ? (Number.isNaN(o.value) ? "nan" : String(f64Bits(o.value as number))) : `trap ${o.trap} ${String(o.site)}`);
          if (bits(want) !== bits(got) && bad.length < 5) bad.push(`${fn}(${a}, ${b}): js ${bits(got)} interp ${bits(want)}`);
        }
      expect(bad).toEqual([]);
    });
  }
});
