// Every trap carries the site of the node that raised it, so a compiled run
// reports the same line and column as the tree-walk evaluator: operators,
// indexing, runtime-function failures (at the calling node), argument checks
// (at the parameter), projection errors (at the root).
import { describe, expect, it } from "vitest";
import { run } from "./test-support.js";

function at(src: string, args = "{}") {
  const o = run(src, args);
  return o.kind === "trap" ? { trap: o.trap, line: o.line, column: o.column } : o;
}

describe("trap sites", () => {
  it("division-by-zero-at-the-division", () => {
    expect(at("#main(Int z) -> Dict\n{ a: 1,\n  b: 7 + 10 / z }", '{"z": 0}')).toEqual({ trap: "DivisionByZero", line: 3, column: 10 });
  });

  it("overflow-at-the-operation", () => {
    expect(at("#main(Int x) -> Int\n  x * 2 + x", '{"x": 9223372036854775807}')).toEqual({ trap: "NumericOverflow", line: 2, column: 3 });
  });

  it("index-out-of-bounds-at-the-index-expression", () => {
    expect(at("#main(List<Int> xs) -> Int\nxs[0] + xs[5]", '{"xs": [1]}')).toEqual({ trap: "IndexOutOfBounds", line: 2, column: 9 });
  });

  it("runtime-function-failures-trap-at-the-call", () => {
    expect(at('#main(String s) -> List<String>\n[s.upper(), s.substring(3, 10)]', '{"s": "hello"}')).toEqual({ trap: "IndexOutOfBounds", line: 2, column: 13 });
    expect(at('#main(String s) -> List<String>\n\n  s.split("")', '{"s": "abc"}')).toEqual({ trap: "UnsupportedOperator", line: 3, column: 3 });
  });

  it("missing-argument-at-its-parameter", () => {
    expect(at("#main(Int a, Int b) -> Int\na + b", '{"a": 1}')).toEqual({ trap: "MissingMainArg", line: 1, column: 14 });
  });

  it("no-matching-arm-at-the-match", () => {
    expect(at('#main(String s) -> String\ns match { Int: "int" }', '{"s": "x"}')).toEqual({ trap: "TypeMismatch", line: 2, column: 1 });
  });

  it("empty-list-max-at-the-call", () => {
    expect(at("#main(List<Int> xs) -> Int\n1 + xs.max()", '{"xs": []}')).toEqual({ trap: "EmptyList", line: 2, column: 5 });
  });

  it("dict-key-not-found-at-the-access", () => {
    expect(at('#main(Dict<String, Int> d) -> Int\nd.a + d["zz"]', '{"d": {"a": 1}}')).toEqual({ trap: "VariableNotFound", line: 2, column: 7 });
  });

  it("non-finite-float-at-the-root", () => {
    expect(at("#main(Float x) -> Float\nx * 10.0", '{"x": 1e308}')).toEqual({ trap: "NonFiniteFloat", line: 2, column: 1 });
  });

  it("failed-schema-conversion-at-the-converted-value", () => {
    expect(at("#schema P { Int n: (Int v) -> Bool => v > 0 }\n#main(Int x) -> Dict\n{ P p:  { n: x } }", '{"x": 0}')).toEqual({ trap: "TypeMismatch", line: 3, column: 9 });
  });
});
