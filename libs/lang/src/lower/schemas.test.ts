// Schema validation (§3.12): which kind each position reports, defaults and
// None for absent fields, declaration order of the checks, and validation of
// `#main` arguments in the codec's per-parameter hook (§2.4 order).
import { describe, expect, it } from "vitest";
import { trapOf, value } from "./test-support.js";

const POS = '#schema Pos {\n  #expect "n must be positive"\n  Int n: (Int v) -> Bool => v > 0,\n  #default "unit"\n  String label: *,\n  Option<Int> extra: *,\n}\n';

describe("schemas", () => {
  it("typed-field-validation-failure-is-type-mismatch", () => {
    expect(trapOf(`${POS}#main(Int x) -> Dict\n{ Pos p: { n: x } }`, '{"x": 0}')).toBe("TypeMismatch");
  });

  it("result-validation-failure-is-main-return-type-mismatch", () => {
    expect(trapOf(`${POS}#main(Int x) -> Pos\n{ n: x }`, '{"x": 0}')).toBe("MainReturnTypeMismatch");
  });

  it("argument-validation-failure-is-main-arg-type-mismatch", () => {
    expect(trapOf(`${POS}#main(Pos p) -> Int\np.n`, '{"p": {"n": 0}}')).toBe("MainArgTypeMismatch");
  });

  it("defaults-and-absent-options-are-filled-in-conversions", () => {
    expect(value(`${POS}#main(Int x) -> Pos\n{ n: x }`, '{"x": 4}')).toBe('{"extra": null,"label": "unit","n": 4}');
    expect(value(`${POS}#main(Pos p) -> Pos\np`, '{"p": {"n": 2, "extra": 7}}')).toBe('{"extra": 7,"label": "unit","n": 2}');
  });

  it("function-arguments-and-where-bindings-are-validated", () => {
    expect(trapOf(`${POS}{ #internal Int f(Pos p): p.n, r: f({ n: 0 }) }`)).toBe("TypeMismatch");
    expect(value(`${POS}{ #internal Int f(Pos p): p.n, r: f({ n: 5 }) }`)).toBe('{"r": 5}');
    expect(trapOf(`${POS}#main(Int x) -> Int\np.n where { Pos p: { n: x } }`, '{"x": -1}')).toBe("TypeMismatch");
  });

  it("fields-are-converted-then-predicates-run-in-declaration-order", () => {
    // `a`'s predicate divides by zero before `b`'s predicate could fail, whatever the literal's order.
    const src = "#schema S { Int a: (Int v) -> Bool => 10 / v > 0, Int b: (Int v) -> Bool => v > 0 }\n#main(Int z) -> Dict\n{ S s: { b: z, a: z } }";
    expect(trapOf(src, '{"z": 0}')).toBe("DivisionByZero");
    expect(trapOf(src, '{"z": -1}')).toBe("TypeMismatch");
  });

  it("nested-schemas-in-lists-are-validated", () => {
    const src = `${POS}#main(List<Pos> ps) -> Int\nps.map((Pos p) -> Int => p.n).sum()`;
    expect(value(src, '{"ps": [{"n": 1}, {"n": 2}]}')).toBe("3");
    expect(trapOf(src, '{"ps": [{"n": 1}, {"n": 0}]}')).toBe("MainArgTypeMismatch");
    const inner = `${POS}#schema Box { Pos inner: *, List<Pos> more: * }\n#main(Int x) -> Dict\n{ Box b: { inner: { n: 1 }, more: [{ n: x }] } }`;
    expect(trapOf(inner, '{"x": 0}')).toBe("TypeMismatch");
    expect(value(inner, '{"x": 3}')).toBe('{"b": {"inner": {"extra": null,"label": "unit","n": 1},"more": [{"extra": null,"label": "unit","n": 3}]}}');
  });

  it("argument-checks-follow-section-2-4-order", () => {
    const src = `${POS}#main(Int a, Pos p) -> Int\na + p.n`;
    // a missing parameter is reported before a later parameter's validation failure
    expect(trapOf(src, '{"p": {"n": 0}}')).toBe("MissingMainArg");
    // a failing parameter is reported before an unexpected property
    expect(trapOf(src, '{"a": 1, "p": {"n": 0}, "zzz": 1}')).toBe("MainArgTypeMismatch");
    expect(trapOf(src, '{"a": 1, "p": {"n": 1}, "zzz": 1}')).toBe("UnexpectedMainArg");
  });

  it("spreading-a-schema-value-into-a-schema-typed-result", () => {
    expect(value("#schema Seed { Int a: * }\n#schema Grown { Int a: *, Int b: * }\n#main(Seed e) -> Grown\n{ ...e, b: 40 }", '{"e": {"a": 1}}')).toBe('{"a": 1,"b": 40}');
  });

  it("records-convert-to-dicts-with-sorted-keys", () => {
    expect(value("#import dict from \"std/dict\"\n{ k: dict.keys({ zeta: 1, alpha: 2, \"é\": 3 }), v: dict.values({ zeta: 1, alpha: 2 }) }")).toBe('{"k": ["alpha","zeta","é"],"v": [2,1]}');
  });
});
