// One program per construct family, with hand-written expectations from the
// language reference: strings and text conversion, dict spreads (including a
// spread Dict value), record conversions, enums and Results, tuples, `type()`,
// std modules, and the Float NaN rules.
import { describe, expect, it } from "vitest";
import { print } from "@tetra/ir";
import { lowerProgram } from "./lower-program.js";
import { typecheck, value } from "./test-support.js";

describe("constructs", () => {
  it("fstrings-convert-every-scalar-by-section-6", () => {
    const src = '{ a: f"${1.5}|${-0.0}|${true}|${"x"}|${9223372036854775807}|${-9223372036854775807 - 1}", b: "é" + 1 + 2.5 + false }';
    expect(value(src)).toBe('{"a": "1.5|-0|true|x|9223372036854775807|-9223372036854775808","b": "é12.5false"}');
  });

  it("fstring-text-is-stored-after-one-room-check-with-the-next-part", () => {
    // One String of 8 parts (`+` of two f-strings is flattened): "<", ":", "é>[" are stores, each
    // checked together with the Int after it (3 checks), the 9-byte "]>>>>>>>>" a copy of the
    // constant with its own check; the 2 bytes of "é" are one store16.
    const src = '#main(Int n) -> String\nf"<${n}:${n * n}é>" + f"[${n}]>>>>>>>>"';
    const t = typecheck(src);
    const m = lowerProgram(t.program!);
    if (!m.ok) throw new Error("lowering failed");
    const main = print({ ...m.value, funcs: m.value.funcs.filter((f) => f.name === "main") });
    expect(main.match(/\(state\.get scratch_end\)/g)).toHaveLength(4);
    expect(main.match(/\(memory\.copy/g)).toHaveLength(1);
    expect(main.match(/\(i32\.store16/g)).toHaveLength(1);
    expect(value(src, '{"n": -12}')).toBe('"<-12:144é>[-12]>>>>>>>>"');
  });

  it("string-functions-on-non-ascii-text", () => {
    const src = '{ a: "héllo wörld".upper(), b: "  x ".trim_start(), c: "a,b".split(",").join("+"), d: "aaa".replace("aa", "b"), e: "ab".replace("", "-"), n: len("café") }';
    expect(value(src)).toBe('{"a": "HÉLLO WÖRLD","b": "x ","c": "a+b","d": "ba","e": "-a-b-","n": 5}');
  });

  it("join-writes-numbers-and-bools-as-text", () => {
    expect(value('{ c: [1.5, 2.0].join(", "), d: [true, false].join(""), e: range(4).join("-"), f: [-1, 20].join("") }')).toBe('{"c": "1.5, 2","d": "truefalse","e": "0-1-2-3","f": "-120"}');
  });

  it("spreading-a-dict-value-makes-a-dict-later-keys-win", () => {
    const src = "#main(Dict<String, Int> d) -> Dict\n{ m: { ...d, b: 20, z: 0 }, k: { a: 100, ...d }, f: { ...d, #internal q: 1, Int g(Int x): x } }";
    expect(value(src, '{"d": {"a": 1, "b": 2}}')).toBe('{"f": {"a": 1,"b": 2},"k": {"a": 1,"b": 2},"m": {"a": 1,"b": 20,"z": 0}}');
  });

  it("records-of-different-field-order-unify-by-conversion", () => {
    expect(value("{ xs: [{a: 1, b: 2}, {b: 3, a: 4}], s: xs.map((v) => v.a).sum() }")).toBe('{"s": 5,"xs": [{"a": 1,"b": 2},{"a": 4,"b": 3}]}');
  });

  it("enum-payloads-from-arguments-and-match-bindings", () => {
    const src = '#enum E { A, B(Int, String), C { s: String } }\n#main(List<E> es) -> List<String>\n[e match { A: "a", B(n, s): f"${n}${s}", C { s: t }: t } for e in es]';
    expect(value(src, '{"es": ["A", {"B": [1, "x"]}, {"C": {"s": "y"}}]}')).toBe('["a","1x","y"]');
  });

  it("results-match-and-project", () => {
    const src = "#main(Result<Int, String> r) -> Dict\n{ n: r match { Ok(v): v, Err(e): len(e) }, back: r }";
    expect(value(src, '{"r": {"Err": "abc"}}')).toBe('{"back": {"Err": {"error": "abc"}},"n": 3}');
  });

  it("tuples-nest-and-project-as-arrays", () => {
    expect(value('{ x: (1, (2, "a")), y: x.1.1, s: f"${x.0}", e: () }')).toBe('{"e": [],"s": "1","x": [1,[2,"a"]],"y": "a"}');
  });

  it("type-names-come-from-static-types", () => {
    expect(value("{ t: [type([]), type(None), type(1 == 1), type((1,)), type({}), type((Int x) -> Int => x), type(1.5)] }")).toBe(
      '{"t": ["List","Dict","Bool","Tuple","Dict","Closure","Float"]}',
    );
  });

  it("std-modules-and-pipes", () => {
    const src = `#import list from "std/list"
#import * from "std/math"
{ a: [3, 1, 2] | list.first, b: clamp(15, 0, 10), c: list.avg([1.0, 2.0]), d: [1, 2, 3] | list.map((Int x) -> Int => x * 2), e: list.reduce([1, 2], 10, (Int a, Int x) -> Int => a - x) }`;
    expect(value(src)).toBe('{"a": 3,"b": 10,"c": 1.5,"d": [2,4,6],"e": 7}');
  });

  it("reduce-can-build-lists", () => {
    expect(value("{ c: [[1], [2, 3]].reduce([], (List<Int> acc, List<Int> x) -> List<Int> => [...acc, ...x]) }")).toBe('{"c": [1,2,3]}');
  });

  it("closure-fields-are-called-through-records", () => {
    expect(value("{ Float rate: 0.5, helpers: { Float twice(Float v): v * 2.0 * rate }, r: helpers.twice(3.0) }")).toBe('{"helpers": {},"r": 3.0,"rate": 0.5}');
  });

  it("float-nan-rules-in-every-operation", () => {
    const src = `#main(Float big)
{
    self_eq: n == n, ne: n != n, lt: n < 1.0, gt: n > 1.0, ge: n >= n,
    found: [n, 1.0].contains(n), distinct: [n, n].unique(), text: f"\${n}",
    max_first: max(n, 1.0), min_first: min(n, 1.0), max_second: f"\${max(1.0, n)}",
    list_max_nan_first: f"\${[n, 1.0, 2.0].max()}", list_max_nan_later: [1.0, n, 2.0].max(),
} where { Float n: big * 10.0 - big * 10.0 }`;
    expect(value(src, '{"big": 1e308}')).toBe(
      '{"distinct": false,"found": true,"ge": false,"gt": false,"list_max_nan_first": "NaN","list_max_nan_later": 2.0,"lt": false,"max_first": 1.0,"max_second": "NaN","min_first": 1.0,"ne": false,"self_eq": true,"text": "NaN"}',
    );
  });

  it("an-enum-too-large-for-a-tag-byte-is-unsupported-not-a-crash", () => {
    const variants = Array.from({ length: 300 }, (_, i) => `V${i}`).join(", ");
    const t = typecheck(`#enum Big { ${variants} }\n{ n: 1 }`);
    if (t.program === undefined) throw new Error(JSON.stringify(t.diagnostics));
    const r = lowerProgram(t.program);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((d) => d.code)).toEqual(["Unsupported"]);
      expect(r.error[0]!.message).toMatch(/^unsupported: enum Big with 300 variants/);
      expect(r.error[0]!.span?.start.line).toBe(1);
    }
  });
});
