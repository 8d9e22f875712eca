import { describe, expect, it } from "vitest";
import { S, type Shape, type VariantShape } from "../shape.js";
import { V, type Value } from "../value.js";
import { printValue } from "../value-ops.js";
import { decodeJson } from "./decode-json.js";
import { parseJson } from "./parse-json.js";

function json(text: string) {
  const r = parseJson(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Decodes and prints the value (printValue shows kinds: `2.0` is a Float, `2` an Int). */
function decoded(text: string, shape: Shape, path = "x"): string {
  const r = decodeJson(json(text), shape, path);
  if (!r.ok) throw new Error(`unexpected decode error: ${r.error.message}`);
  return printValue(r.value);
}

function decodedValue(text: string, shape: Shape): Value {
  const r = decodeJson(json(text), shape, "x");
  if (!r.ok) throw new Error(`unexpected decode error: ${r.error.message}`);
  return r.value;
}

function failure(text: string, shape: Shape, path = "x"): string {
  const r = decodeJson(json(text), shape, path);
  if (r.ok) throw new Error(`expected a decode error, got ${printValue(r.value)}`);
  return r.error.message;
}

const unitVariant = (name: string): VariantShape => ({ name, payload: { kind: "unit" } });
const LEVEL = S.enum("Level", [unitVariant("Low"), unitVariant("High")]);
const SHAPE = S.enum("Shape", [
  unitVariant("Dot"),
  { name: "Circle", payload: { kind: "tuple", elements: [S.float] } },
  { name: "Box", payload: { kind: "struct", fields: [{ name: "w", shape: S.int }, { name: "h", shape: S.int }] } },
]);

describe("Int", () => {
  it("decodes-integer-written-numbers-exactly", () => {
    expect(decodedValue("9007199254740993", S.int)).toEqual(V.int(9007199254740993n));
    expect(decoded("-9223372036854775808", S.int)).toBe("-9223372036854775808");
    expect(decoded("-0", S.int)).toBe("0");
  });

  it("rejects-numbers-outside-i64", () => {
    expect(failure("9223372036854775808", S.int)).toBe("x: 9223372036854775808 is outside the Int range");
    expect(failure("-9223372036854775809", S.int)).toBe("x: -9223372036854775809 is outside the Int range");
  });

  it("rejects-fraction-or-exponent-forms", () => {
    expect(failure("1.0", S.int)).toBe("x: expected Int, got 1.0 (an Int is written without fraction or exponent)");
    expect(failure("1e2", S.int)).toBe("x: expected Int, got 1e2 (an Int is written without fraction or exponent)");
  });

  it("rejects-other-json-kinds", () => {
    expect(failure('"3"', S.int)).toBe('x: expected Int, got "3"');
    expect(failure("true", S.int)).toBe("x: expected Int, got true");
    expect(failure("null", S.int)).toBe("x: expected Int, got null");
  });
});

describe("Float", () => {
  it("converts-any-number-to-the-nearest-binary64", () => {
    expect(decoded("2", S.float)).toBe("2.0");
    expect(decoded("0.1", S.float)).toBe("0.1");
    expect(decodedValue("-0", S.float)).toEqual(V.float(-0));
    expect(decoded("9007199254740993", S.float)).toBe("9007199254740992.0");
    expect(decoded("1e-400", S.float)).toBe("0.0");
  });

  it("rejects-numbers-that-round-to-infinity", () => {
    expect(failure("1e400", S.float)).toBe("x: 1e400 is outside the Float range");
    expect(failure("-1e400", S.float)).toBe("x: -1e400 is outside the Float range");
  });

  it("rejects-non-numbers", () => {
    expect(failure('"1.5"', S.float)).toBe('x: expected Float, got "1.5"');
  });
});

describe("Bool and String", () => {
  it("decodes-their-own-kind-only", () => {
    expect(decoded("true", S.bool)).toBe("true");
    expect(decoded('"héllo"', S.string)).toBe('"héllo"');
    expect(failure('"yes"', S.bool, "flag")).toBe('flag: expected Bool, got "yes"');
    expect(failure("1", S.string)).toBe("x: expected String, got 1");
  });

  it("truncates-long-values-in-messages", () => {
    expect(failure(JSON.stringify("a".repeat(100)), S.int)).toBe(`x: expected Int, got "${"a".repeat(36)}...`);
    expect(failure(JSON.stringify("a".repeat(35) + "😀".repeat(10)), S.int)).toBe(`x: expected Int, got "${"a".repeat(35)}...`);
  });
});

describe("List, Tuple, Dict", () => {
  it("decodes-list-elements-with-their-index-in-errors", () => {
    expect(decoded("[1, 2]", S.list(S.int))).toBe("[1, 2]");
    expect(decoded("[]", S.list(S.int))).toBe("[]");
    expect(failure('[1, "2"]', S.list(S.int))).toBe('x[1]: expected Int, got "2"');
    expect(failure("{}", S.list(S.int))).toBe("x: expected List<Int> (an array), got an empty object");
  });

  it("requires-exact-tuple-arity", () => {
    expect(decoded('[5, "five"]', S.tuple(S.int, S.string))).toBe('(5, "five")');
    expect(failure("[5]", S.tuple(S.int, S.string))).toBe(
      "x: expected Tuple<Int, String> (an array of 2 elements), got an array of 1 element",
    );
    expect(failure("[5, 6, 7]", S.tuple(S.int))).toBe("x: expected Tuple<Int> (an array of 1 element), got an array of 3 elements");
    expect(failure("[5, 6]", S.tuple(S.int, S.string))).toBe("x[1]: expected String, got 6");
  });

  it("decodes-dicts-sorted-by-code-point-with-last-wins", () => {
    const v = decodedValue('{"b": 1, "\uFFFF": 2, "\u{1F600}": 3, "a": 4, "b": 5}', S.dict(S.int));
    expect(v.kind === "record" ? [...v.fields.keys()] : []).toEqual(["a", "b", "\uFFFF", "\u{1F600}"]);
    expect(printValue(v)).toBe("{a: 4, b: 5, \uFFFF: 2, \u{1F600}: 3}");
  });

  it("names-dict-keys-in-paths", () => {
    expect(failure('{"ok": 1, "a b": "x"}', S.dict(S.int), "m")).toBe('m["a b"]: expected Int, got "x"');
    expect(failure('{"k": "x"}', S.dict(S.int), "m")).toBe('m.k: expected Int, got "x"');
    expect(failure("[]", S.dict(S.int), "m")).toBe("m: expected Dict<String, Int> (an object), got an empty array");
  });

  it("does-not-decode-overwritten-duplicates", () => {
    expect(decoded('{"k": "bad", "k": 1}', S.dict(S.int))).toBe("{k: 1}");
  });
});

describe("records and schemas", () => {
  const ORDER = S.record(
    [
      { name: "id", shape: S.string },
      { name: "items", shape: S.list(S.record({ sku: S.string, qty: S.int }, "LineItem")) },
    ],
    "Order",
  );

  it("reports-nested-paths", () => {
    expect(failure('{"id": "o", "items": [{"sku": "a", "qty": 1}, {"sku": "b", "qty": 2}, {"sku": "c", "qty": "3"}]}', ORDER, "order")).toBe(
      'order.items[2].qty: expected Int, got "3"',
    );
  });

  it("reports-missing-required-fields", () => {
    expect(failure('{"x": 1}', S.record({ x: S.int, y: S.int }, "P"), "p")).toBe("p.y: missing required field");
  });

  it("discards-undeclared-properties", () => {
    expect(decoded('{"x": 1, "junk": [1, 2], "y": 2}', S.record({ x: S.int, y: S.int }, "P"))).toBe("P{x: 1, y: 2}");
  });

  it("keeps-declaration-order-and-the-schema-name", () => {
    const v = decodedValue('{"y": 2, "x": 1}', S.record({ x: S.int, y: S.int }, "P"));
    expect(v).toEqual(V.record({ x: V.int(1), y: V.int(2) }, "P"));
    expect(v.kind === "record" ? [...v.fields.keys()] : []).toEqual(["x", "y"]);
  });

  it("fills-defaults-then-none-for-absent-fields", () => {
    const req = S.record(
      [
        S.field("path", S.string),
        S.field("retries", S.int, { default: V.int(3) }),
        S.field("verb", S.string, { default: V.string("GET") }),
        S.field("tag", S.option(S.string)),
        S.field("note", S.option(S.string), { default: V.some(V.string("n/a")) }),
      ],
      "Req",
    );
    expect(decoded('{"path": "/a", "verb": "PUT"}', req)).toBe('Req{path: "/a", retries: 3, verb: "PUT", tag: None, note: Some("n/a")}');
  });

  it("decodes-present-fields-even-when-they-have-defaults", () => {
    const req = S.record([S.field("retries", S.int, { default: V.int(3) })], "Req");
    expect(failure('{"retries": "many"}', req)).toBe('x.retries: expected Int, got "many"');
  });

  it("applies-last-wins-to-fields", () => {
    expect(decoded('{"x": "bad", "x": 7}', S.record({ x: S.int }, "P"))).toBe("P{x: 7}");
    expect(failure('{"x": 7, "x": "bad"}', S.record({ x: S.int }, "P"))).toBe('x.x: expected Int, got "bad"');
  });

  it("decodes-anonymous-records", () => {
    expect(decoded('{"a": 1}', S.record({ a: S.int }))).toBe("{a: 1}");
    expect(failure("[]", S.record({ a: S.int }))).toBe("x: expected an object, got an empty array");
    expect(failure("3", S.record({ a: S.int }, "P"))).toBe("x: expected P (an object), got 3");
  });
});

describe("Option", () => {
  const opt = S.option(S.int);

  it("reads-every-none-form", () => {
    for (const text of ["null", '"None"', '{"None": null}', '{"None": {}}']) expect(decoded(text, opt)).toBe("None");
  });

  it("reads-some-with-and-without-the-value-wrapper", () => {
    expect(decoded('{"Some": 5}', opt)).toBe("Some(5)");
    expect(decoded('{"Some": {"value": 5}}', opt)).toBe("Some(5)");
    expect(decoded("5", opt)).toBe("Some(5)");
  });

  it("prefers-the-none-forms-over-a-string-payload", () => {
    expect(decoded('"None"', S.option(S.string))).toBe("None");
    expect(decoded('"Nonesuch"', S.option(S.string))).toBe('Some("Nonesuch")');
  });

  it("uses-x-as-t-before-the-value-fallback", () => {
    // {"value": 1} is itself a Dict<String, Int>, so the fallback is not used.
    expect(decoded('{"Some": {"value": 1}}', S.option(S.dict(S.int)))).toBe("Some({value: 1})");
  });

  it("reports-payload-errors-under-some", () => {
    expect(failure('{"Some": "a"}', opt)).toBe('x.Some: expected Int, got "a"');
    expect(failure('{"Some": {"value": "a"}}', opt)).toBe('x.Some.value: expected Int, got "a"');
    expect(failure('"a"', opt)).toBe('x: expected Int, got "a"');
    expect(failure('{"None": 1}', opt)).toBe("x: expected Int, got an object");
  });

  it("nests-options", () => {
    expect(decoded('{"Some": null}', S.option(S.option(S.int)))).toBe("Some(None)");
    expect(decoded("null", S.option(S.option(S.int)))).toBe("None");
    expect(decoded("3", S.option(S.option(S.int)))).toBe("Some(Some(3))");
  });
});

describe("Result", () => {
  const res = S.result(S.int, S.string);

  it("reads-plain-and-wrapped-forms", () => {
    expect(decoded('{"Ok": 4}', res)).toBe("Ok(4)");
    expect(decoded('{"Ok": {"value": 4}}', res)).toBe("Ok(4)");
    expect(decoded('{"Err": "small"}', res)).toBe('Err("small")');
    expect(decoded('{"Err": {"error": "small"}}', res)).toBe('Err("small")');
  });

  it("rejects-other-forms", () => {
    expect(failure("4", res)).toBe('x: expected Result<Int, String> ({"Ok": …} or {"Err": …}), got 4');
    expect(failure('{"Ok": 1, "Err": "e"}', res)).toBe('x: expected Result<Int, String> ({"Ok": …} or {"Err": …}), got an object');
    expect(failure('{"Err": {"value": "e"}}', res)).toBe('x.Err: expected String, got an object');
    expect(failure('{"Ok": {"value": "e"}}', res)).toBe('x.Ok.value: expected Int, got "e"');
  });
});

describe("enums", () => {
  it("reads-unit-variants-from-strings-and-objects", () => {
    expect(decoded('"High"', LEVEL, "lvl")).toBe("Level.High");
    expect(decoded('{"High": {}}', LEVEL)).toBe("Level.High");
    expect(decoded('{"High": null}', LEVEL)).toBe("Level.High");
  });

  it("reads-tuple-and-struct-variants", () => {
    expect(decoded('{"Circle": [1.5]}', SHAPE)).toBe("Shape.Circle(1.5)");
    expect(decoded('{"Box": {"h": 3, "w": 2, "extra": 1}}', SHAPE)).toBe("Shape.Box{w: 2, h: 3}");
    expect(decoded('{"Dot": {}}', SHAPE)).toBe("Shape.Dot");
  });

  it("rejects-unknown-variants", () => {
    expect(failure('"Medium"', LEVEL, "lvl")).toBe('lvl: "Medium" is not a variant of Level (variants: Low, High)');
    expect(failure('{"Medium": {}}', LEVEL, "lvl")).toBe('lvl: "Medium" is not a variant of Level (variants: Low, High)');
  });

  it("rejects-a-bare-name-for-a-payload-variant", () => {
    expect(failure('"Circle"', SHAPE)).toBe('x: variant Circle of Shape has a payload; write {"Circle": …}');
  });

  it("checks-payload-forms", () => {
    expect(failure('{"Dot": 5}', SHAPE)).toBe("x.Dot: expected {} or null (the payload of unit variant Dot), got 5");
    expect(failure('{"Circle": 1.5}', SHAPE)).toBe("x.Circle: expected the payload of Circle (an array of 1 element), got 1.5");
    expect(failure('{"Circle": [1, 2]}', SHAPE)).toBe(
      "x.Circle: expected the payload of Circle (an array of 1 element), got an array of 2 elements",
    );
    expect(failure('{"Box": {"w": 2}}', SHAPE)).toBe("x.Box.h: missing required field");
    expect(failure('{"Box": [2, 3]}', SHAPE)).toBe("x.Box: expected an object (the payload of Box), got an array");
  });

  it("rejects-objects-that-do-not-name-one-variant", () => {
    expect(failure('{"Dot": {}, "Box": {}}', SHAPE)).toBe(
      "x: expected Shape (a unit variant name or an object with one property naming a variant), got an object with 2 properties",
    );
    expect(failure("3", SHAPE)).toBe("x: expected Shape (a unit variant name or an object with one property naming a variant), got 3");
    expect(failure("{}", SHAPE)).toBe(
      "x: expected Shape (a unit variant name or an object with one property naming a variant), got an empty object",
    );
  });
});

describe("closures and roots", () => {
  it("refuses-closure-shapes", () => {
    expect(failure("1", S.closure([S.int], S.int), "f")).toBe("f: a Closure<Int, Int> cannot be decoded from JSON");
  });

  it("uses-dollar-as-the-default-root", () => {
    const r = decodeJson(json('{"a": "x"}'), S.record({ a: S.int }));
    expect(r).toEqual({ ok: false, error: { path: "$.a", reason: 'expected Int, got "x"', message: '$.a: expected Int, got "x"' } });
  });
});
