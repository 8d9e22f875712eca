// Language equality on every comparable type (§4.2, §5.5, §3.13): NaN == NaN
// and 0.0 == -0.0 everywhere a Float sits, Strings by bytes, structure for
// containers, variant then payload for enums, Option and Result.
import { describe, expect, it } from "vitest";
import { value } from "./test-support.js";

const NAN = '{"big": 1e308}';
const WITH_NAN = (body: string) => `#main(Float big) -> Bool\n(${body}) where { Float n: big * 10.0 - big * 10.0 }`;

describe("equality", () => {
  it("floats-nan-equals-nan-and-zero-signs-are-equal", () => {
    expect(value(WITH_NAN("n == n"), NAN)).toBe("true");
    expect(value(WITH_NAN("n != n"), NAN)).toBe("false");
    expect(value(WITH_NAN("n == 1.0"), NAN)).toBe("false");
    expect(value("{ a: 0.0 == -0.0, b: 0.5 != 0.25, c: -0.0 != 0.0 }")).toBe('{"a": true,"b": true,"c": false}');
  });

  it("nan-and-zero-rules-hold-inside-containers", () => {
    expect(value(WITH_NAN("[n, 0.0] == [n, -0.0]"), NAN)).toBe("true");
    expect(value(WITH_NAN("(n, 1) == (n, 1)"), NAN)).toBe("true");
    expect(value(WITH_NAN("{ x: n } == { x: n }"), NAN)).toBe("true");
    expect(value(WITH_NAN("Some(n) == Some(n)"), NAN)).toBe("true");
    expect(value(WITH_NAN("[n].contains(n) && ![n, n].unique() && [0.0, -0.0].unique() == false"), NAN)).toBe("true");
  });

  it("strings-compare-by-bytes", () => {
    expect(value('{ a: "café" == "café", b: "a" == "a ", c: "" == "", d: "ß".upper() == "SS" }')).toBe('{"a": true,"b": false,"c": true,"d": true}');
  });

  it("lists-compare-length-then-elements", () => {
    expect(value("{ a: [1, 2] == [1, 2], b: [1, 2] == [1, 2, 3], c: [[1], []] == [[1], []], d: [\"x\"] != [\"y\"] }")).toBe('{"a": true,"b": false,"c": true,"d": true}');
  });

  it("options-and-results-compare-variant-then-payload", () => {
    const src = "#main(Option<Int> a, Option<Int> b) -> Dict\n{ ab: a == b, an: a == None, r1: Ok(1) == Ok(1), r2: Ok(1) == Err(\"x\"), r3: [Err(\"e\"), Ok(2)] == [Err(\"e\"), Ok(2)] }";
    expect(value(src, '{"a": 3, "b": null}')).toBe('{"ab": false,"an": false,"r1": true,"r2": false,"r3": true}');
    expect(value(src, '{"a": null, "b": null}')).toBe('{"ab": true,"an": true,"r1": true,"r2": false,"r3": true}');
  });

  it("enums-compare-variant-then-payload", () => {
    const src = `#enum Sh { Dot, Circle(Float), Box { w: Int, h: Int } }
{ a: Sh.Dot == Sh.Dot, b: Sh.Circle(1.0) == Sh.Circle(1.0), c: Sh.Circle(1.0) == Sh.Circle(2.0),
  d: Sh.Box { w: 1, h: 2 } == Sh.Box { h: 2, w: 1 }, e: Sh.Dot == Sh.Circle(0.0) }`;
    expect(value(src)).toBe('{"a": true,"b": true,"c": false,"d": true,"e": false}');
  });

  it("dict-values-and-schema-values", () => {
    const src = `#schema P { Int x: *, String s: * }
#main(Dict<String, Int> d, Dict<String, Int> e, P p, P q) -> Dict
{ de: d == e, dd: d == d, pq: p == q, pp: p == p }`;
    expect(value(src, '{"d": {"a": 1, "b": 2}, "e": {"b": 2, "a": 1}, "p": {"x": 1, "s": "t"}, "q": {"x": 1, "s": "u"}}')).toBe('{"dd": true,"de": true,"pp": true,"pq": false}');
  });

  it("nested-records-and-tuples", () => {
    expect(value('{ a: { p: (1, "a"), q: [{ r: true }] } == { p: (1, "a"), q: [{ r: true }] }, b: (1, (2, 3)) == (1, (2, 4)) }')).toBe('{"a": true,"b": false}');
  });
});
