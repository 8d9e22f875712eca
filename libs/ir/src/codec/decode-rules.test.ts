// One test per §2.4 decoding rule, with exact expected values. Each case also
// checks that core's reference decoder says the same, so a case pins both.
import { S, V, type Shape, type Value, type VariantShape, type VariantValue } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { compiledDecode, decodeOutcomeText, referenceDecode, valueText } from "./test-support.js";

const REJECT = "trap MainArgTypeMismatch";

function expectDecode(shape: Shape, text: string | Uint8Array, want: Value | typeof REJECT): void {
  const wantText = want === REJECT ? REJECT : `ok ${valueText(want)}`;
  expect([text, decodeOutcomeText(compiledDecode(shape, text))]).toEqual([text, wantText]);
  if (typeof text === "string") expect([text, decodeOutcomeText(referenceDecode(shape, text))]).toEqual([text, wantText]);
}

const unit = (name: string): VariantShape => ({ name, payload: { kind: "unit" } });
const color = S.enum("Color", [unit("Red"), { name: "Rgb", payload: { kind: "tuple", elements: [S.int, S.int, S.int] } }, { name: "Named", payload: { kind: "struct", fields: [{ name: "name", shape: S.string }, { name: "alpha", shape: S.option(S.int) }] } }]);
const ev = (variant: string, payload: VariantValue): Value => ({ kind: "enum", enumName: "Color", variant, payload });

describe("Int", () => {
  it("decodes-integers-exactly-across-i64", () => {
    expectDecode(S.int, "0", V.int(0));
    expectDecode(S.int, "-0", V.int(0));
    expectDecode(S.int, "9007199254740993", V.int(9007199254740993n));
    expectDecode(S.int, "9223372036854775807", V.int(2n ** 63n - 1n));
    expectDecode(S.int, "-9223372036854775808", V.int(-(2n ** 63n)));
    expectDecode(S.int, "123456789", V.int(123456789));
    expectDecode(S.int, "1234567890", V.int(1234567890));
  });
  it("rejects-ints-outside-i64", () => {
    expectDecode(S.int, "9223372036854775808", REJECT);
    expectDecode(S.int, "-9223372036854775809", REJECT);
    expectDecode(S.int, "18446744073709551616", REJECT);
    expectDecode(S.int, "100000000000000000000", REJECT);
  });
  it("rejects-numbers-written-with-fraction-or-exponent", () => {
    expectDecode(S.int, "1.0", REJECT);
    expectDecode(S.int, "1e2", REJECT);
    expectDecode(S.int, "1E0", REJECT);
  });
  it("rejects-other-kinds", () => {
    expectDecode(S.int, '"3"', REJECT);
    expectDecode(S.int, "true", REJECT);
    expectDecode(S.int, "null", REJECT);
  });
});

describe("Float", () => {
  it("decodes-any-number-to-the-nearest-double", () => {
    expectDecode(S.float, "2", V.float(2));
    expectDecode(S.float, "-0", V.float(-0));
    expectDecode(S.float, "0.1", V.float(0.1));
    expectDecode(S.float, "1E+2", V.float(100));
    expectDecode(S.float, "123456789012345678901234567890", V.float(1.2345678901234568e29));
    expectDecode(S.float, "0.30000000000000000000000000000001", V.float(0.3));
    expectDecode(S.float, "9007199254740993", V.float(9007199254740992));
    expectDecode(S.float, "4.9e-324", V.float(5e-324));
    expectDecode(S.float, "1e-400", V.float(0));
    expectDecode(S.float, "-1e-400", V.float(-0));
    expectDecode(S.float, "1.7976931348623158e308", V.float(1.7976931348623157e308));
  });
  it("rejects-numbers-beyond-the-largest-double", () => {
    expectDecode(S.float, "1e400", REJECT);
    expectDecode(S.float, "-1e400", REJECT);
    expectDecode(S.float, "1.7976931348623159e308", REJECT);
    expectDecode(S.float, '"1.5"', REJECT);
  });
});

describe("Bool and String", () => {
  it("decodes-bools", () => {
    expectDecode(S.bool, "true", V.bool(true));
    expectDecode(S.bool, " false\n", V.bool(false));
    expectDecode(S.bool, "0", REJECT);
  });
  it("decodes-escapes-and-surrogate-pairs-to-utf8", () => {
    expectDecode(S.string, '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', V.string('a"b\\c/d\b\f\n\r\t'));
    expectDecode(S.string, '"\\u00e9\\u20AC\\ud83d\\ude00\\u0000"', V.string("é€😀\u0000"));
    expectDecode(S.string, '"raw é€😀"', V.string("raw é€😀"));
    expectDecode(S.string, '""', V.string(""));
  });
  it("rejects-lone-surrogates-control-bytes-and-bad-utf8", () => {
    expectDecode(S.string, '"\\ud83d"', REJECT);
    expectDecode(S.string, '"\\ude00"', REJECT);
    expectDecode(S.string, '"\\ud83d\\u0041"', REJECT);
    expectDecode(S.string, '"a\nb"', REJECT);
    expectDecode(S.string, new Uint8Array([0x22, 0xff, 0x22]), REJECT);
    expectDecode(S.string, "5", REJECT);
  });
});

describe("List, Tuple, Dict", () => {
  it("decodes-lists-of-every-slot-size", () => {
    expectDecode(S.list(S.int), "[1, 2, 3, 4, 5, 6, 7, 8, 9]", V.list([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => V.int(n))));
    expectDecode(S.list(S.bool), "[true,false,true,true,false]", V.list([true, false, true, true, false].map(V.bool)));
    expectDecode(S.list(S.list(S.string)), '[[], ["a"], ["b", "c"]]', V.list([V.list([]), V.list([V.string("a")]), V.list([V.string("b"), V.string("c")])]));
    expectDecode(S.list(S.int), "[ ]", V.list([]));
    expectDecode(S.list(S.int), '[1, "2"]', REJECT);
    expectDecode(S.list(S.int), '{"0": 1}', REJECT);
  });
  it("decodes-tuples-of-exact-arity", () => {
    expectDecode(S.tuple(S.int, S.string), '[1, "x"]', V.tuple([V.int(1), V.string("x")]));
    expectDecode(S.tuple(), "[]", V.tuple([]));
    expectDecode(S.tuple(S.int, S.string), "[1]", REJECT);
    expectDecode(S.tuple(S.int, S.string), '[1, "x", 2]', REJECT);
    expectDecode(S.tuple(), "[1]", REJECT);
  });
  it("sorts-dict-keys-by-bytes-and-keeps-the-last-duplicate", () => {
    expectDecode(S.dict(S.int), '{"b": 1, "a": 2, "😀": 3, "\\uFFFF": 4, "b": 5}', V.record({ a: V.int(2), b: V.int(5), "\uFFFF": V.int(4), "😀": V.int(3) }));
    expectDecode(S.dict(S.int), "{}", V.record({}));
    expectDecode(S.dict(S.string), '{"\\u0061": "x", "a": "y"}', V.record({ a: V.string("y") }));
  });
  it("ignores-an-earlier-duplicate-that-would-not-decode", () => {
    expectDecode(S.dict(S.int), '{"a": "x", "a": 1}', V.record({ a: V.int(1) }));
    expectDecode(S.dict(S.int), '{"a": 1, "a": "x"}', REJECT);
  });
});

describe("records and schemas", () => {
  const point = S.record({ x: S.int, y: S.int }, "P");
  it("decodes-declared-fields-by-name-and-skips-undeclared-ones", () => {
    expectDecode(point, '{"y": 2, "junk": {"deep": [1, {"x": "no"}]}, "x": 1}', V.record({ x: V.int(1), y: V.int(2) }, "P"));
    expectDecode(point, '{"\\u0078": 7, "y": 8}', V.record({ x: V.int(7), y: V.int(8) }, "P"));
  });
  it("keeps-the-last-duplicate-field", () => {
    expectDecode(point, '{"x": 1, "y": 2, "x": 3}', V.record({ x: V.int(3), y: V.int(2) }, "P"));
    expectDecode(point, '{"x": "one", "y": 2, "x": 3}', V.record({ x: V.int(3), y: V.int(2) }, "P"));
    expectDecode(point, '{"x": 1, "y": 2, "x": "three"}', REJECT);
  });
  it("fills-missing-fields-from-defaults-then-none", () => {
    const req = S.record(
      [
        S.field("verb", S.string, { default: V.string("GET") }),
        S.field("tries", S.int, { default: V.int(3) }),
        S.field("tags", S.list(S.string), { default: V.list([V.string("a"), V.string("b")]) }),
        S.field("note", S.option(S.string)),
        S.field("path", S.string),
      ],
      "Req",
    );
    expectDecode(req, '{"path": "/"}', V.record({ verb: V.string("GET"), tries: V.int(3), tags: V.list([V.string("a"), V.string("b")]), note: V.none, path: V.string("/") }, "Req"));
    expectDecode(req, '{"path": "/", "verb": "PUT", "note": "n"}', V.record({ verb: V.string("PUT"), tries: V.int(3), tags: V.list([V.string("a"), V.string("b")]), note: V.some(V.string("n")), path: V.string("/") }, "Req"));
    expectDecode(req, '{"verb": "PUT"}', REJECT);
  });
  it("matches-long-and-escaped-field-names", () => {
    const long = "a_field_name_that_is_longer_than_thirty_two_bytes";
    expectDecode(S.record({ [long]: S.int, "a b": S.bool, "é": S.int }), `{"${long}": 1, "a b": true, "\\u00e9": 2}`, V.record({ [long]: V.int(1), "a b": V.bool(true), "é": V.int(2) }));
  });
  it("decodes-an-empty-record-from-any-object", () => {
    expectDecode(S.record({}), '{"a": 1}', V.record({}));
    expectDecode(S.record({}), "[]", REJECT);
  });
});

describe("nesting", () => {
  it("decodes-deeply-nested-shapes", () => {
    let shape: Shape = S.int;
    let value: Value = V.int(1);
    for (let i = 0; i < 40; i++) {
      shape = i % 2 === 0 ? S.list(shape) : S.option(shape);
      value = i % 2 === 0 ? V.list([value]) : V.some(value);
    }
    expectDecode(shape, "[".repeat(20) + "1" + "]".repeat(20), value);
  });
  it("skips-undeclared-properties-up-to-the-nesting-limit-and-rejects-deeper", () => {
    const p = S.record({ x: S.int });
    const junk = (n: number) => `{"junk": ${"[".repeat(n)}${"]".repeat(n)}, "x": 1}`;
    expectDecode(p, junk(511), V.record({ x: V.int(1) }));
    expectDecode(p, junk(512), REJECT);
    expectDecode(S.list(S.int), "[".repeat(100_000), REJECT);
  });
});

describe("Option", () => {
  const o = S.option(S.int);
  it("reads-the-none-forms", () => {
    for (const t of ["null", '"None"', '{"None": null}', '{"None": {}}', '{"None": { }}', '{"None": 1, "None": null}']) expectDecode(o, t, V.none);
    expectDecode(S.option(S.string), '"None"', V.none);
    expectDecode(S.option(S.string), '"\\u004eone"', V.none);
    expectDecode(S.option(S.string), '"Nonе"', V.some(V.string("Nonе")));
  });
  it("reads-some-with-the-value-fallback", () => {
    expectDecode(o, '{"Some": 5}', V.some(V.int(5)));
    expectDecode(o, '{"Some": {"value": 5}}', V.some(V.int(5)));
    expectDecode(o, '{"Some": 1, "Some": 2}', V.some(V.int(2)));
    expectDecode(o, '{"Some": "x"}', REJECT);
    expectDecode(o, '{"Some": {"value": "x"}}', REJECT);
  });
  it("reads-anything-else-as-the-plain-value", () => {
    expectDecode(o, "5", V.some(V.int(5)));
    expectDecode(o, '{"None": 5}', REJECT);
    expectDecode(S.option(S.dict(S.int)), '{"None": 5}', V.some(V.record({ None: V.int(5) })));
    expectDecode(S.option(S.dict(S.int)), '{"Some": 1, "x": 2}', V.some(V.record({ Some: V.int(1), x: V.int(2) })));
  });
  it("nests", () => {
    const oo = S.option(S.option(S.int));
    expectDecode(oo, "null", V.none);
    expectDecode(oo, '{"Some": null}', V.some(V.none));
    expectDecode(oo, "7", V.some(V.some(V.int(7))));
  });
});

describe("Result", () => {
  const r = S.result(S.int, S.string);
  it("reads-ok-and-err-with-their-wrapped-forms", () => {
    expectDecode(r, '{"Ok": 1}', V.ok(V.int(1)));
    expectDecode(r, '{"Ok": {"value": 1}}', V.ok(V.int(1)));
    expectDecode(r, '{"Err": "bad"}', V.err(V.string("bad")));
    expectDecode(r, '{"Err": {"error": "bad"}}', V.err(V.string("bad")));
    expectDecode(r, '{"Err": {"value": "bad"}}', REJECT);
  });
  it("rejects-anything-but-one-property", () => {
    expectDecode(r, '{"Ok": 1, "Err": "x"}', REJECT);
    expectDecode(r, "{}", REJECT);
    expectDecode(r, "1", REJECT);
    expectDecode(r, '{"Ok": 1, "Ok": 2}', V.ok(V.int(2)));
  });
  it("tries-the-payload-itself-before-the-wrapper", () => {
    expectDecode(S.result(S.dict(S.int), S.int), '{"Ok": {"value": 5}}', V.ok(V.record({ value: V.int(5) })));
  });
});

describe("enums", () => {
  it("reads-unit-variants-from-a-name-or-an-object", () => {
    expectDecode(color, '"Red"', ev("Red", { kind: "unit" }));
    expectDecode(color, '{"Red": null}', ev("Red", { kind: "unit" }));
    expectDecode(color, '{"Red": {}}', ev("Red", { kind: "unit" }));
    expectDecode(color, '{"Red": 1}', REJECT);
    expectDecode(color, '"Blue"', REJECT);
    expectDecode(color, '"Rgb"', REJECT);
  });
  it("reads-tuple-and-struct-payloads", () => {
    expectDecode(color, '{"Rgb": [1, 2, 3]}', ev("Rgb", { kind: "tuple", items: [V.int(1), V.int(2), V.int(3)] }));
    expectDecode(color, '{"Rgb": [1, 2]}', REJECT);
    expectDecode(color, '{"Named": {"name": "teal"}}', ev("Named", { kind: "struct", fields: new Map([["name", V.string("teal")], ["alpha", V.none]]) }));
    expectDecode(color, '{"Named": {"alpha": 3}}', REJECT);
    expectDecode(color, '{"Named": {"name": "a"}, "Red": null}', REJECT);
  });
});
