import { describe, expect, it } from "vitest";
import type { JsonValue } from "./json-value.js";
import { lastWins } from "./json-value.js";
import { parseJson } from "./parse-json.js";

function parsed(text: string): JsonValue {
  const r = parseJson(text);
  if (!r.ok) throw new Error(`unexpected syntax error: ${r.error.message}`);
  return r.value;
}

function failure(text: string, maxDepth?: number): string {
  const r = parseJson(text, maxDepth === undefined ? {} : { maxDepth });
  if (r.ok) throw new Error(`expected a syntax error for ${JSON.stringify(text)}`);
  return r.error.message;
}

describe("parseJson values", () => {
  it("keeps-integers-beyond-2^53-exact", () => {
    expect(parsed("9007199254740993")).toEqual({ kind: "number", text: "9007199254740993", integer: 9007199254740993n });
    expect(parsed("-9223372036854775809")).toEqual({
      kind: "number",
      text: "-9223372036854775809",
      integer: -9223372036854775809n,
    });
  });

  it("marks-fraction-and-exponent-numbers-as-non-integer", () => {
    expect(parsed("3.0")).toEqual({ kind: "number", text: "3.0", integer: null });
    expect(parsed("3e0")).toEqual({ kind: "number", text: "3e0", integer: null });
    expect(parsed("-2E+3")).toEqual({ kind: "number", text: "-2E+3", integer: null });
    expect(parsed("-0")).toEqual({ kind: "number", text: "-0", integer: 0n });
  });

  it("keeps-object-members-in-order-with-duplicates", () => {
    const v = parsed('{"b": 1, "10": 2, "b": 3}');
    expect(v).toEqual({
      kind: "object",
      members: [
        { key: "b", value: { kind: "number", text: "1", integer: 1n } },
        { key: "10", value: { kind: "number", text: "2", integer: 2n } },
        { key: "b", value: { kind: "number", text: "3", integer: 3n } },
      ],
    });
    if (v.kind !== "object") throw new Error("object expected");
    expect([...lastWins(v.members)].map(([k, x]) => [k, x.kind === "number" ? x.text : "?"])).toEqual([
      ["b", "3"],
      ["10", "2"],
    ]);
  });

  it("parses-literals-arrays-and-nesting", () => {
    expect(parsed(' [true, false, null, [], {}, "x"] ')).toEqual({
      kind: "array",
      items: [
        { kind: "bool", value: true },
        { kind: "bool", value: false },
        { kind: "null" },
        { kind: "array", items: [] },
        { kind: "object", members: [] },
        { kind: "string", value: "x" },
      ],
    });
  });

  it("decodes-every-escape", () => {
    expect(parsed('"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00"')).toEqual({
      kind: "string",
      value: '" \\ / \b \f \n \r \t é 😀',
    });
  });

  it("accepts-raw-non-ascii-and-raw-surrogate-pairs", () => {
    expect(parsed('"café ☺ 😀 \u007f"')).toEqual({ kind: "string", value: "café ☺ 😀 \u007f" });
  });

  it("accepts-deep-nesting-up-to-the-limit", () => {
    expect(parseJson("[".repeat(512) + "]".repeat(512)).ok).toBe(true);
  });
});

describe("parseJson errors", () => {
  it("reports-line-and-column", () => {
    expect(failure('{\n  "a": 1,\n  "b" 2\n}')).toBe("line 3, column 7: expected ':' after an object key, got '2'");
    expect(failure('["😀", x]')).toBe("line 1, column 7: expected a JSON value, got 'x'");
  });

  it("rejects-trailing-garbage", () => {
    expect(failure("{} x")).toBe("line 1, column 4: unexpected 'x' after the JSON value");
    expect(failure("1 2")).toBe("line 1, column 3: unexpected '2' after the JSON value");
  });

  it("rejects-leading-bom", () => {
    expect(failure("\ufeff{}")).toBe("line 1, column 1: a byte order mark (U+FEFF) is not allowed before JSON text");
  });

  it("rejects-empty-input", () => {
    expect(failure("")).toBe("line 1, column 1: expected a JSON value, got end of input");
    expect(failure("   ")).toBe("line 1, column 4: expected a JSON value, got end of input");
  });

  it("rejects-lone-surrogate-escapes", () => {
    expect(failure('"\\uD83D"')).toBe(
      "line 1, column 2: lone surrogate escape \\uD83D in a string (a high surrogate must be followed by a \\u low-surrogate escape)",
    );
    expect(failure('"\\uDE00"')).toBe("line 1, column 2: lone surrogate escape \\uDE00 in a string");
    expect(failure('"\\uD83D\\u0041"')).toBe(
      "line 1, column 2: lone surrogate escape \\uD83D in a string (followed by \\u0041, not a low surrogate)",
    );
  });

  it("rejects-raw-unpaired-surrogates", () => {
    expect(failure('"a\ud800b"')).toBe("line 1, column 3: unpaired surrogate U+D800 in a string");
  });

  it("rejects-control-characters-in-strings", () => {
    expect(failure('"a\nb"')).toBe("line 1, column 3: character U+000A must be escaped in a string");
    expect(failure('"\u0000"')).toBe("line 1, column 2: character U+0000 must be escaped in a string");
  });

  it("rejects-bad-escapes-and-unterminated-strings", () => {
    expect(failure('"\\x"')).toBe("line 1, column 2: invalid escape '\\x' in a string");
    expect(failure('"\\u12G4"')).toBe("line 1, column 6: expected 4 hex digits after '\\u', got 'G'");
    expect(failure('"abc')).toBe("line 1, column 5: unterminated string");
    expect(failure('"abc\\')).toBe("line 1, column 6: unterminated string");
  });

  it("rejects-non-rfc-numbers", () => {
    expect(failure("01")).toBe("line 1, column 1: leading zeros are not allowed in a number");
    expect(failure("-01")).toBe("line 1, column 2: leading zeros are not allowed in a number");
    expect(failure("1.")).toBe("line 1, column 3: expected a digit after '.', got end of input");
    expect(failure(".5")).toBe("line 1, column 1: expected a JSON value, got '.'");
    expect(failure("+1")).toBe("line 1, column 1: expected a JSON value, got '+'");
    expect(failure("1e")).toBe("line 1, column 3: expected a digit in the exponent, got end of input");
    expect(failure("-")).toBe("line 1, column 2: expected a digit after '-', got end of input");
    expect(failure("NaN")).toBe("line 1, column 1: expected a JSON value, got 'N'");
    expect(failure("Infinity")).toBe("line 1, column 1: expected a JSON value, got 'I'");
  });

  it("rejects-trailing-commas-and-bad-keys", () => {
    expect(failure("[1,]")).toBe("line 1, column 4: trailing comma before ']' is not allowed");
    expect(failure('{"a":1,}')).toBe("line 1, column 8: trailing comma before '}' is not allowed");
    expect(failure("{a: 1}")).toBe("line 1, column 2: expected a string key in an object, got 'a'");
    expect(failure("[1 2]")).toBe("line 1, column 4: expected ',' or ']' after an array element, got '2'");
    expect(failure('{"a" : 1 "b"}')).toBe("line 1, column 10: expected ',' or '}' after an object member, got '\"'");
  });

  it("rejects-misspelled-literals", () => {
    expect(failure("tru")).toBe("line 1, column 1: expected a JSON value, got 't' (did you mean true?)");
    expect(failure("nul")).toBe("line 1, column 1: expected a JSON value, got 'n' (did you mean null?)");
  });

  it("bounds-nesting-depth-with-an-error-not-a-stack-overflow", () => {
    expect(failure("[".repeat(513) + "]".repeat(513))).toBe(
      "line 1, column 513: arrays and objects are nested deeper than 512 levels",
    );
    expect(failure('{"a":'.repeat(100_000))).toBe("line 1, column 2561: arrays and objects are nested deeper than 512 levels");
    expect(failure("[[[1]]]", 2)).toBe("line 1, column 3: arrays and objects are nested deeper than 2 levels");
  });
});
