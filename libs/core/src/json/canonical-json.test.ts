import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../numbers/text.js";
import { shapedValueArb } from "../testing/arbitraries.js";
import { InternalError, unreachable } from "../errors.js";
import { S, type Shape, type VariantShape } from "../shape.js";
import { V, type Value, type VariantValue } from "../value.js";
import { toCanonicalJson } from "./canonical-json.js";
import { quoteJsonString } from "./json-string.js";
import type { JsonValue } from "./json-value.js";
import { parseJson } from "./parse-json.js";

function text(value: Value, shape: Shape): string {
  const r = toCanonicalJson(value, shape);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const unit = (name: string): VariantShape => ({ name, payload: { kind: "unit" } });

describe("scalars", () => {
  it("writes-ints-in-decimal-across-i64", () => {
    expect(text(V.int(-9223372036854775808n), S.int)).toBe("-9223372036854775808");
    expect(text(V.int(9007199254740993n), S.int)).toBe("9007199254740993");
  });

  it("writes-floats-with-the-json-algorithm", () => {
    expect(text(V.float(1), S.float)).toBe("1.0");
    expect(text(V.float(-0), S.float)).toBe("-0.0");
    expect(text(V.float(1e16), S.float)).toBe("1e16");
    expect(text(V.float(1.5e-7), S.float)).toBe("1.5e-7");
    expect(text(V.float(1000000000000000.25), S.float)).toBe("1000000000000000.2");
  });

  it("writes-bools-and-none", () => {
    expect(text(V.bool(false), S.bool)).toBe("false");
    expect(text(V.none, S.option(S.int))).toBe("null");
  });
});

describe("strings", () => {
  it("escapes-exactly-the-spec-set", () => {
    expect(quoteJsonString('"\\\b\f\n\r\t')).toBe('"\\"\\\\\\b\\f\\n\\r\\t"');
    expect(quoteJsonString("\u0000\u0001\u001f\u000b")).toBe('"\\u0000\\u0001\\u001f\\u000b"');
  });

  it("writes-slash-del-and-non-ascii-raw", () => {
    expect(quoteJsonString("a/b\u007f é ☺ 😀 \u2028")).toBe('"a/b\u007f é ☺ 😀 \u2028"');
  });
});

describe("containers", () => {
  it("writes-empties-on-one-line", () => {
    expect(text(V.list([]), S.list(S.int))).toBe("[]");
    expect(text(V.record({}), S.record({}))).toBe("{}");
    expect(text(V.record({}), S.dict(S.int))).toBe("{}");
  });

  it("indents-by-two-spaces-with-no-trailing-newline", () => {
    const shape = S.record({ b: S.list(S.int), a: S.tuple(S.string, S.bool) });
    const value = V.record({ b: V.list([V.int(1), V.int(2)]), a: V.tuple([V.string("x"), V.bool(true)]) });
    expect(text(value, shape)).toBe('{\n  "a": [\n    "x",\n    true\n  ],\n  "b": [\n    1,\n    2\n  ]\n}');
  });

  it("sorts-keys-by-code-point-not-utf16", () => {
    const keys = ["\u{1F600}", "\uFFFF", "b", "B", "_", "10", "9", "é"];
    const value = V.record(new Map(keys.map((k, i) => [k, V.int(i)])));
    expect(text(value, S.dict(S.int))).toBe(
      '{\n  "10": 5,\n  "9": 6,\n  "B": 3,\n  "_": 4,\n  "b": 2,\n  "é": 7,\n  "\uFFFF": 1,\n  "\u{1F600}": 0\n}',
    );
  });

  it("omits-internal-and-closure-fields", () => {
    const shape = S.record([
      S.field("rate", S.int, { internal: true }),
      S.field("scale", S.closure([S.int], S.int)),
      S.field("total", S.int),
    ]);
    const value = V.record({ rate: V.int(3), scale: { kind: "closure", fn: null }, total: V.int(115) });
    expect(text(value, shape)).toBe('{\n  "total": 115\n}');
  });

  it("omits-every-entry-of-a-closure-dict", () => {
    expect(text(V.record({ f: { kind: "closure", fn: null } }), S.dict(S.closure([], S.int)))).toBe("{}");
  });
});

describe("options, results, enums", () => {
  it("projects-some-as-the-bare-value", () => {
    expect(text(V.list([V.some(V.int(3)), V.none]), S.list(S.option(S.int)))).toBe("[\n  3,\n  null\n]");
    expect(text(V.some(V.none), S.option(S.option(S.int)))).toBe("null");
  });

  it("wraps-ok-and-err", () => {
    const shape = S.result(S.int, S.string);
    expect(text(V.ok(V.int(4)), shape)).toBe('{\n  "Ok": {\n    "value": 4\n  }\n}');
    expect(text(V.err(V.string("small")), shape)).toBe('{\n  "Err": {\n    "error": "small"\n  }\n}');
  });

  it("tags-enums-externally", () => {
    const shape = S.enum("Shape", [
      unit("Dot"),
      { name: "Circle", payload: { kind: "tuple", elements: [S.float] } },
      { name: "Box", payload: { kind: "struct", fields: [S.field("w", S.int), S.field("h", S.int)] } },
    ]);
    const mk = (variant: string, payload: VariantValue): Value => ({
      kind: "enum",
      enumName: "Shape",
      variant,
      payload,
    });
    expect(text(mk("Dot", { kind: "unit" }), shape)).toBe('{\n  "Dot": {}\n}');
    expect(text(mk("Circle", { kind: "tuple", items: [V.float(1.5)] }), shape)).toBe('{\n  "Circle": [\n    1.5\n  ]\n}');
    expect(text(mk("Box", { kind: "struct", fields: new Map([["w", V.int(2)], ["h", V.int(3)]]) }), shape)).toBe(
      '{\n  "Box": {\n    "h": 3,\n    "w": 2\n  }\n}',
    );
  });
});

describe("errors", () => {
  it("reports-the-first-non-finite-float-with-its-path", () => {
    const shape = S.record({ b: S.list(S.float), a: S.result(S.float, S.int) });
    const value = V.record({ b: V.list([V.float(1), V.float(NaN), V.float(Infinity)]), a: V.ok(V.float(-Infinity)) });
    expect(toCanonicalJson(value, shape)).toEqual({
      ok: false,
      error: { kind: "NonFiniteFloat", path: "$.a.Ok.value", message: "$.a.Ok.value: a NaN or infinite Float cannot be written as JSON" },
    });
    expect(toCanonicalJson(V.float(NaN), S.float)).toEqual({
      ok: false,
      error: { kind: "NonFiniteFloat", path: "$", message: "$: a NaN or infinite Float cannot be written as JSON" },
    });
  });

  it("ignores-non-finite-floats-in-internal-fields", () => {
    const shape = S.record([S.field("hidden", S.float, { internal: true })]);
    expect(text(V.record({ hidden: V.float(NaN) }), shape)).toBe("{}");
  });

  it("throws-internal-error-on-a-value-that-misfits-its-shape", () => {
    expect(() => toCanonicalJson(V.string("3"), S.int)).toThrow(InternalError);
    expect(() => toCanonicalJson(V.record({ a: V.int(1) }), S.record({ b: S.int }))).toThrow(InternalError);
    expect(() => toCanonicalJson({ kind: "closure", fn: null }, S.closure([], S.int))).toThrow(InternalError);
  });
});

/** An independent printer of the §2.6 layout over a parsed tree (numbers by their text). */
function reprint(v: JsonValue, indent: string): string {
  const inner = indent + "  ";
  switch (v.kind) {
    case "null":
      return "null";
    case "bool":
      return String(v.value);
    case "number":
      return v.text;
    case "string":
      return JSON.stringify(v.value);
    case "array":
      return v.items.length === 0 ? "[]" : `[\n${v.items.map((x) => inner + reprint(x, inner)).join(",\n")}\n${indent}]`;
    case "object":
      return v.members.length === 0
        ? "{}"
        : `{\n${v.members.map((m) => `${inner}${JSON.stringify(m.key)}: ${reprint(m.value, inner)}`).join(",\n")}\n${indent}}`;
    default:
      return unreachable(v);
  }
}

function keysSorted(v: JsonValue): boolean {
  switch (v.kind) {
    case "array":
      return v.items.every(keysSorted);
    case "object":
      return v.members.every((m, i) => (i === 0 || compareCodePoints(v.members[i - 1]!.key, m.key) < 0) && keysSorted(m.value));
    default:
      return true;
  }
}

describe("canonical text properties", () => {
  it("quotes-strings-exactly-like-json-stringify-for-well-formed-text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(quoteJsonString(s)).toBe(JSON.stringify(s));
      }),
      { seed: 31337, numRuns: 2000 },
    );
  });

  it("writes-valid-json-with-sorted-unique-keys-in-the-two-space-layout", () => {
    fc.assert(
      fc.property(shapedValueArb("json", 3), ({ shape, value }) => {
        const t = text(value, shape);
        expect(() => JSON.parse(t)).not.toThrow();
        const parsed = parseJson(t);
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(keysSorted(parsed.value)).toBe(true);
        expect(reprint(parsed.value, "")).toBe(t);
      }),
      { seed: 5150, numRuns: 400 },
    );
  });
});
