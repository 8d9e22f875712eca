// One program per §4.3 diagnostic kind (plus the LATER rejections): the first
// diagnostic's code is the spec's name.
import { describe, expect, it } from "vitest";
import { check } from "../index.js";

function codes(src: string): string[] {
  const r = check(src, "t.relon");
  return r.ok ? [] : r.diagnostics.map((d) => d.code);
}

const CASES: readonly (readonly [string, string])[] = [
  ["Parse", "{ a: }"],
  ["StaticTypeMismatch", '{ Int port: "8080" }'],
  ["StaticTypeMismatch", "{ Float f: 1 }"],
  ["StaticTypeMismatch", "{ Option<Int> o: 5 }"],
  ["StaticTypeMismatch", "{ x: 1 == 1.0 }"],
  ["StaticTypeMismatch", '{ x: "a" < "b" }'],
  ["StaticTypeMismatch", "#schema P { Int x: * }\n{ P p: { x: 1, y: 2 } }"],
  ["StaticTypeMismatch", "#schema P { Int x: *, Int y: * }\n{ P p: { x: 1 } }"],
  ["StaticTypeMismatch", "[(Int x) => x]"],
  // Found by the front-end fuzzer: folding used to run on operands whose type error was reported.
  ["StaticTypeMismatch", "!8"],
  ["StaticTypeMismatch", '{ e: 10 || true, g: false >= 10 }'],
  ["MainReturnTypeMismatch", "#main(Int n) -> String\nn * 2"],
  ["BareGenericContainer", "{ List items: [1, 2] }"],
  ["BareGenericContainer", "#main(Int n) -> Dict\n[n]"],
  ["BareGenericContainer", "{ Closure f: (Int x) => x }"],
  ["ExplicitAnyForbidden", "{ Any x: 1 }"],
  ["ReservedTypeName", "{ Null x: 1 }"],
  ["ReservedTypeName", "{ Unit x: 1 }"],
  ["UnknownTypeName", "#main(Widget w) -> Int\n1"],
  ["UnknownReferenceType", "{ a: b }"],
  ["UnknownReferenceType", "#schema P { Int x: * }\n#main(P p) -> Int\np.y"],
  ["UnknownReferenceType", "{ t: (1, 2), x: t.2 }"],
  ["UnknownReferenceType", "{ n: 1, x: n.field }"],
  ["UnknownReferenceType", "{ x: &sibling.nope }"],
  ["UnknownReferenceType", "[&root.x]"],
  ["ExpressionTypeUnknown", "{ a: &sibling.b, b: &sibling.a }"],
  ["ExpressionTypeUnknown", "{ s: [].sum() }"],
  ["ExpressionTypeUnknown", "{ x: None }"],
  ["ExpressionTypeUnknown", "{ r: Ok(1) }"],
  ["ExpressionTypeUnknown", "1 where { n: [None] }"],
  ["ClosureParamTypeMissing", "{ f: (x) => x }"],
  ["ClosureReturnTypeUnknown", "{ f(Int n): n < 1 ? 0 : f(n - 1) }"],
  ["FnCallArgCountMismatch", "{ Int twice(Int v): v * 2, r: twice(1, 2) }"],
  ["FnCallArgCountMismatch", '{ r: len("a", "b") }'],
  ["FnCallArgTypeMismatch", '{ Int twice(Int v): v * 2, r: twice("x") }'],
  ["FnCallArgTypeMismatch", "{ r: max(1, 2.0) }"],
  ["FnCallArgTypeMismatch", '{ r: [1, 2].map((String s) => s) }'],
  ["UnknownMethod", "{ x: 5, y: x.abs() }"],
  ["UnknownMethod", '{ y: "s".reverse() }'],
  ["NonExhaustiveMatch", "#enum L { Red, Amber, Green }\n#main(L l) -> Int\nl match { Red: 0, Green: 2 }"],
  ["NonExhaustiveMatch", "#main(Option<Int> o) -> Int\no match { Some(v): v }"],
  ["UnknownVariant", "#enum L { Red }\n#main(L l) -> Int\nl match { Blue: 0, _: 1 }"],
  ["UnknownVariant", "#enum L { Red }\n{ x: L.Blue }"],
  ["DuplicateMatchArm", "#enum L { Red, Green }\n#main(L l) -> Int\nl match { Red: 0, Red: 1, Green: 2 }"],
  ["MatchArmTypeMismatch", '#main(Option<Int> o) -> Int\no match { Some(v): v, None: "none" }'],
  ["DuplicateMainParam", "#main(Int a, String a) -> Int\n1"],
  ["DuplicateMainDirective", "#main(Int a)\n#main(Int b)\n1"],
  ["DuplicateField", "{ a: 1, a: 2 }"],
  ["DuplicateField", "{ base: { a: 1 }, d: { ...base, a: 2 } }"],
  ["NonSpreadableSource", "{ d: { ...5 } }"],
  ["NonSpreadableSource", "[...5]"],
  ["NonIterableSource", "[x for x in 5]"],
  ["DynamicKeyTypeUnknown", '{ [k]: 1 }'],
  ["IterationRefOutsideList", "{ a: &prev.x }"],
  ["ConstDivisionByZero", "{ ratio: 10 / 0 }"],
  ["ConstDivisionByZero", "{ r: false ? 1 % 0 : 2 }"],
  ["ConstNumericOverflow", "{ x: 9223372036854775807 + 1 }"],
  ["ConstNumericOverflow", "{ x: -(-9223372036854775807 - 1) }"],
  ["Unsupported", "{ a: &uncle.x }"],
  ["Unsupported", "[1, &prev.x]"],
  ['Unsupported', '#import x from "lib/x.relon"\n1'],
  ["Unsupported", '#import v from "std/value"\n1'],
  ["Unsupported", '{ t: "x".title() }'],
  ["Unsupported", "{ d: { a: 1 } + { b: 2 } }"],
  ["Unsupported", "{ x: [c for c in \"abc\"] }"],
  ["Unsupported", "#enum T { Leaf, Node(T) }\n1"],
  ["Unsupported", "{ Number n: 1 }"],
  ["Unsupported", "{ #brand a: 1 }"],
];

describe("diagnostic-kinds", () => {
  for (const [code, src] of CASES) {
    it(`${code}: ${src.replace(/\n/g, " ⏎ ")}`, () => {
      expect(codes(src)[0]).toBe(code);
    });
  }

  it("accepts-what-the-spec-accepts", () => {
    for (const src of [
      "{ Float f: 1.0, i: 1 + 0.5, s: \"n=\" + 1, c: 1 < 2.5 }",
      "{ y: [], z: [None, Some(1)], w: true ? None : Some(\"a\") }",
      "None",
      "#main(Int n) -> Dict\n{ a: n }",
      "#main(Int n) -> Dict\n{ a: b } where { Int b: n }",
      "#main(Int x) -> List<Option<Int>>\n[x > 0 ? Some(x) : None]",
      "{ Int fact(Int n): n <= 1 ? 1 : n * fact(n - 1), r: fact(5) }",
      "{ a: b + 1, b: 2 }",
      "{ xs: [1, 2].map((v) => v * 2).filter((v) => v > 2), total: [1, 2].reduce(0, (acc, v) => acc + v) }",
      "{ floor: floor(2.5), len: len(\"abc\") }",
    ]) {
      expect(codes(src), src).toEqual([]);
    }
  });
});
