// One test per §2.5/§2.6 projection rule, with the exact expected text; each
// case also checks core's toCanonicalJson says the same.
import { S, V, type Shape, type Value } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { compiledEncode, referenceEncode, type EncodeOutcome } from "./test-support.js";

function expectEncode(shape: Shape, value: Value, want: string | { trap: string }, options?: { outputCap: number }): void {
  const expected: EncodeOutcome = typeof want === "string" ? { ok: true, text: want } : ({ ok: false, trap: want.trap } as EncodeOutcome);
  expect(compiledEncode(shape, value, options === undefined ? undefined : { memoryLimit: 1 << 20, outputCap: options.outputCap })).toEqual(expected);
  if (options === undefined) expect(referenceEncode(shape, value)).toEqual(expected);
}

describe("scalars", () => {
  it("writes-ints-in-decimal", () => {
    expectEncode(S.int, V.int(0), "0");
    expectEncode(S.int, V.int(-(2n ** 63n)), "-9223372036854775808");
    expectEncode(S.int, V.int(2n ** 63n - 1n), "9223372036854775807");
  });
  it("writes-floats-per-section-6-3", () => {
    expectEncode(S.float, V.float(1), "1.0");
    expectEncode(S.float, V.float(-0), "-0.0");
    expectEncode(S.float, V.float(1e16), "1e16");
    expectEncode(S.float, V.float(0.000001), "1e-6");
    expectEncode(S.float, V.float(1000000000000000.2), "1000000000000000.2");
    expectEncode(S.float, V.float(5e-324), "5e-324");
  });
  it("writes-bools", () => {
    expectEncode(S.bool, V.bool(true), "true");
    expectEncode(S.bool, V.bool(false), "false");
  });
  it("escapes-strings-per-section-2-6", () => {
    expectEncode(S.string, V.string('q"b\\s/\u007fé😀'), '"q\\"b\\\\s/\u007fé😀"');
    expectEncode(S.string, V.string("\b\f\n\r\t\u0000\u0001\u001f\u000b"), '"\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f\\u000b"');
    expectEncode(S.string, V.string("a long run of plain ascii text, then one quote: \" end"), '"a long run of plain ascii text, then one quote: \\" end"');
    expectEncode(S.string, V.string(""), '""');
  });
});

describe("containers", () => {
  it("indents-by-two-with-empties-on-one-line", () => {
    expectEncode(S.list(S.list(S.int)), V.list([V.list([]), V.list([V.int(1), V.int(2)])]), "[\n  [],\n  [\n    1,\n    2\n  ]\n]");
    expectEncode(S.tuple(S.bool, S.string), V.tuple([V.bool(true), V.string("x")]), '[\n  true,\n  "x"\n]');
    expectEncode(S.tuple(), V.tuple([]), "[]");
    expectEncode(S.dict(S.int), V.record({}), "{}");
  });
  it("writes-dict-entries-in-arena-order-with-escaped-keys", () => {
    expectEncode(S.dict(S.bool), V.record({ "a\"b": V.bool(true), z: V.bool(false) }), '{\n  "a\\"b": true,\n  "z": false\n}');
  });
  it("sorts-record-keys-by-code-point-and-drops-internal-and-closure-fields", () => {
    const shape = S.record([
      S.field("b", S.int),
      S.field("\uFFFF", S.int),
      S.field("😀", S.int),
      S.field("rate", S.int, { internal: true }),
      S.field("f", S.closure([S.int], S.int)),
      S.field("A", S.int),
    ]);
    const fields = { b: V.int(1), "\uFFFF": V.int(2), "😀": V.int(3), rate: V.int(4), A: V.int(5) };
    const want = '{\n  "A": 5,\n  "b": 1,\n  "\uFFFF": 2,\n  "😀": 3\n}';
    expect(referenceEncode(shape, V.record({ ...fields, f: { kind: "closure", fn: null } }))).toEqual({ ok: true, text: want });
    // encodeArena refuses closures: lay the value out with a String (same 4-byte slot) in place of f
    const arenaShape = S.record(shape.kind === "record" ? shape.fields.map((f) => (f.name === "f" ? S.field("f", S.string) : f)) : []);
    expect(compiledEncode(shape, V.record({ ...fields, f: V.string("") }), undefined, arenaShape)).toEqual({ ok: true, text: want });
    expectEncode(S.record([S.field("rate", S.int, { internal: true })]), V.record({ rate: V.int(1) }), "{}");
  });
  it("writes-a-dict-of-closures-as-an-empty-object", () => {
    const shape = S.dict(S.closure([], S.int));
    expect(referenceEncode(shape, V.record({ f: { kind: "closure", fn: null } }))).toEqual({ ok: true, text: "{}" });
    expect(compiledEncode(shape, V.record({ f: V.string("") }), undefined, S.dict(S.string))).toEqual({ ok: true, text: "{}" });
  });
});

describe("Option, Result, enums", () => {
  it("writes-some-as-the-value-and-none-as-null", () => {
    expectEncode(S.option(S.list(S.int)), V.some(V.list([V.int(1)])), "[\n  1\n]");
    expectEncode(S.option(S.int), V.none, "null");
    expectEncode(S.list(S.option(S.option(S.bool))), V.list([V.some(V.some(V.bool(true))), V.some(V.none), V.none]), "[\n  true,\n  null,\n  null\n]");
  });
  it("wraps-ok-and-err", () => {
    const r = S.result(S.int, S.string);
    expectEncode(r, V.ok(V.int(1)), '{\n  "Ok": {\n    "value": 1\n  }\n}');
    expectEncode(S.list(r), V.list([V.err(V.string("e"))]), '[\n  {\n    "Err": {\n      "error": "e"\n    }\n  }\n]');
  });
  it("tags-enum-variants-externally", () => {
    const e = S.enum("E", [
      { name: "U", payload: { kind: "unit" } },
      { name: "T", payload: { kind: "tuple", elements: [S.int] } },
      { name: "St", payload: { kind: "struct", fields: [S.field("y", S.bool), S.field("x", S.int)] } },
    ]);
    expectEncode(e, { kind: "enum", enumName: "E", variant: "U", payload: { kind: "unit" } }, '{\n  "U": {}\n}');
    expectEncode(e, { kind: "enum", enumName: "E", variant: "T", payload: { kind: "tuple", items: [V.int(7)] } }, '{\n  "T": [\n    7\n  ]\n}');
    expectEncode(
      S.list(e),
      V.list([{ kind: "enum", enumName: "E", variant: "St", payload: { kind: "struct", fields: new Map([["y", V.bool(false)], ["x", V.int(2)]]) } }]),
      '[\n  {\n    "St": {\n      "x": 2,\n      "y": false\n    }\n  }\n]',
    );
  });
});

describe("errors", () => {
  it("traps-non-finite-floats-anywhere-in-the-projection", () => {
    expectEncode(S.float, V.float(NaN), { trap: "NonFiniteFloat" });
    expectEncode(S.list(S.float), V.list([V.float(1), V.float(-Infinity)]), { trap: "NonFiniteFloat" });
    // an #internal NaN is never written
    expectEncode(S.record([S.field("x", S.float, { internal: true })]), V.record({ x: V.float(NaN) }), "{}");
  });
  it("traps-memory-limit-only-when-the-text-does-not-fit", () => {
    const shape = S.tuple(S.string, S.int);
    const value = V.tuple([V.string("abcdef"), V.int(123456)]);
    const text = '[\n  "abcdef",\n  123456\n]';
    expectEncode(shape, value, text, { outputCap: text.length });
    expectEncode(shape, value, { trap: "MemoryLimitExceeded" }, { outputCap: text.length - 1 });
    // the escape "\n" at the very end: 44 bytes fit exactly, 42 do not
    expectEncode(S.string, V.string("x".repeat(40) + "\n"), `"${"x".repeat(40)}\\n"`, { outputCap: 44 });
    expectEncode(S.string, V.string("x".repeat(40) + "\n"), { trap: "MemoryLimitExceeded" }, { outputCap: 43 });
  });
  it("prefers-non-finite-float-over-a-full-output", () => {
    const value = V.tuple([V.string("x".repeat(100)), V.float(NaN)]);
    expectEncode(S.tuple(S.string, S.float), value, { trap: "NonFiniteFloat" }, { outputCap: 16 });
    const nested = S.list(S.option(S.dict(S.result(S.int, S.float))));
    expectEncode(nested, V.list([V.none, V.some(V.record({ k: V.err(V.float(Infinity)) }))]), { trap: "NonFiniteFloat" }, { outputCap: 4 });
    // an #internal NaN is not part of the text: the overflow is the error
    const rec = S.record([S.field("s", S.string), S.field("x", S.float, { internal: true })]);
    expectEncode(rec, V.record({ s: V.string("x".repeat(100)), x: V.float(NaN) }), { trap: "MemoryLimitExceeded" }, { outputCap: 16 });
  });
});
