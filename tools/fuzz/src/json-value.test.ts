import { describe, expect, it } from "vitest";
import { STRING_POOL } from "./gen-literals.js";
import { J, jsonString, printJson } from "./json-value.js";

describe("JSON argument text", () => {
  it("escapes-strings-so-any-json-parser-reads-them-back", () => {
    for (const s of STRING_POOL) {
      expect(JSON.parse(jsonString(s, false))).toBe(s);
      expect(JSON.parse(jsonString(s, true))).toBe(s);
      expect(/^[\x20-\x7e]*$/.test(jsonString(s, true))).toBe(true);
    }
    expect(jsonString("😀", true)).toBe('"\\ud83d\\ude00"');
    expect(jsonString("\u0001\u007f", false)).toBe('"\\u0001\\u007f"');
  });

  it("keeps-number-text-and-duplicate-keys-as-given", () => {
    const v = J.obj([["a", J.num("9223372036854775807")], ["b", J.arr([J.num("-0.0"), J.num("1E5")])], ["a", J.null]]);
    expect(printJson(v)).toBe('{"a":9223372036854775807,"b":[-0.0,1E5],"a":null}');
    expect(printJson(v, true)).toBe('{"a": 9223372036854775807, "b": [-0.0, 1E5], "a": null}');
  });
});
