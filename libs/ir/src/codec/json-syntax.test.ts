// codec.json_valid agrees with core's parseJson on what is JSON at all: the
// syntax errors, the nesting bound, and the byte-level rules (UTF-8, BOM) that a
// JS-string parser only sees after the host decoded the bytes.
import { DEFAULT_MAX_JSON_DEPTH, parseJson } from "@tetra/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModuleBuilder } from "../builder.js";
import { interpret } from "../interp/index.js";
import { assertValid } from "../verify.js";
import { anyJson, printJson } from "./arbitraries.js";
import { useCodecFn } from "./codec-fns.js";

function validator() {
  const m = new ModuleBuilder();
  m.func("entry", [["in", "i32"], ["len", "i32"], ["out", "i32"], ["cap", "i32"]], "i32", (b) => {
    b.i32.store8(b.alloc("output", b.i32.const(1), 1), b.call(useCodecFn(m, "codec.json_valid"), [b.get("in"), b.get("len")]));
    return b.i32.const(1);
  });
  m.entry("entry");
  const module = m.finish();
  assertValid(module);
  return interpret(module);
}

const inst = validator();
const utf8 = new TextEncoder();

function valid(input: string | Uint8Array): boolean {
  // A small arena: every run allocates (and zeroes) a fresh one.
  const out = inst.run(typeof input === "string" ? utf8.encode(input) : input, { memoryLimit: 1 << 20 });
  if (!out.ok) throw new Error(`validator trapped ${out.trap}`);
  return out.output[0] === 1;
}

const reference = (text: string): boolean => parseJson(text).ok;

describe("codec.json_valid", () => {
  it("accepts-what-parse-json-accepts", () => {
    for (const t of ["0", " -0.5e+3 ", "[]", "{}", '{"a": [1, {"b": null}], "a": true}', '"\\ud83d\\ude00"', '"é\\u00e9\\/"', "\t\r\n[ 1 ,2 ]\n", '""', "false"]) {
      expect([t, valid(t)]).toEqual([t, true]);
      expect(reference(t)).toBe(true);
    }
  });

  it("rejects-what-parse-json-rejects", () => {
    const bad = [
      "", " ", "[1,]", '{"a":1,}', "[1 2]", '{"a" 1}', '{a: 1}', "01", "1.", ".5", "-", "+1", "1e", "1e+", "NaN", "Infinity",
      "tru", "nul", "truex", "[", "]", "{", '{"a":}', '"abc', '"\\x"', '"\\u12g4"', '"\\ud83d"', '"\\ude00"', '"\\ud83d\\u0041"',
      '"a\tb"', '"\u0001"', "1 2", "[] []", "'a'", "[1]x", '{"a":1}}', "\ufeff[]",
    ];
    for (const t of bad) {
      expect([t, valid(t)]).toEqual([t, false]);
      expect([t, reference(t)]).toEqual([t, false]);
    }
  });

  it("bounds-nesting-at-the-parse-json-depth", () => {
    const nest = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(valid(nest(DEFAULT_MAX_JSON_DEPTH))).toBe(true);
    expect(valid(nest(DEFAULT_MAX_JSON_DEPTH + 1))).toBe(false);
    expect(reference(nest(DEFAULT_MAX_JSON_DEPTH + 1))).toBe(false);
    expect(valid('{"a":'.repeat(DEFAULT_MAX_JSON_DEPTH) + "1" + "}".repeat(DEFAULT_MAX_JSON_DEPTH))).toBe(true);
    expect(valid("[".repeat(100_000))).toBe(false);
  });

  it("rejects-invalid-utf8-in-strings-and-outside", () => {
    const q = 0x22;
    expect(valid(new Uint8Array([q, 0xc3, 0xa9, q]))).toBe(true); // "é"
    expect(valid(new Uint8Array([q, 0xc3, q]))).toBe(false); // truncated sequence
    expect(valid(new Uint8Array([q, 0xa9, q]))).toBe(false); // stray continuation byte
    expect(valid(new Uint8Array([q, 0xed, 0xa0, 0x80, q]))).toBe(false); // encoded surrogate
    expect(valid(new Uint8Array([q, 0xc0, 0xaf, q]))).toBe(false); // overlong "/"
    expect(valid(new Uint8Array([q, 0xf4, 0x90, 0x80, 0x80, q]))).toBe(false); // above U+10FFFF
    expect(valid(new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x5d]))).toBe(false); // BOM then []
    expect(valid(new Uint8Array([0x5b, 0xc3, 0xa9, 0x5d]))).toBe(false); // raw é outside a string
  });

  it("agrees-on-random-and-mutated-texts", () => {
    const mutated = fc.tuple(anyJson, fc.nat(), fc.nat(), fc.constantFrom("", ",", "]", "}", '"', "\\", ":", "x", " ", "\u0001", "1")).map(([j, seed, at, ins]) => {
      const t = printJson(j, seed);
      const i = at % (t.length + 1);
      return seed % 3 === 0 ? t : t.slice(0, i) + ins + t.slice(i + (seed % 2));
    });
    // A cut through a surrogate pair leaves a JS string no byte input can express.
    const expressible = mutated.filter((t) => !/\p{Cs}/u.test(t));
    fc.assert(
      fc.property(expressible, (t) => {
        expect([t, valid(t)]).toEqual([t, reference(t)]);
      }),
      { seed: 4242, numRuns: 3000 },
    );
  });
});
