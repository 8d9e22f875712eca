// Dict fields and where bindings: source-order forcing, on-demand forcing of
// forward references, CircularReference exactly when a field needs itself,
// and no state machinery where a field is provably computed already.
import { print } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { compile, run, trapOf, value } from "./test-support.js";

const CYCLE_WHEN_TAKEN = "#main(Bool flag) -> Dict\n{ Int a: flag ? b : 1, Int b: a + 1 }";

describe("forcing", () => {
  it("conditional-read-stays-lazy-when-not-taken", () => {
    expect(value(CYCLE_WHEN_TAKEN, '{"flag": false}')).toBe('{"a": 1,"b": 2}');
  });

  it("conditional-read-is-a-cycle-when-taken", () => {
    expect(trapOf(CYCLE_WHEN_TAKEN, '{"flag": true}')).toBe("CircularReference");
  });

  it("forward-references-force-on-demand-depth-first", () => {
    expect(value("{ a: b * 2, b: c + 1, c: 10 }")).toBe('{"a": 22,"b": 11,"c": 10}');
  });

  it("three-field-cycle-traps-at-the-read-that-closes-it", () => {
    const o = run("{ Int a: b + 1,\n  Int b: c + 1,\n  Int c: a + 1 }");
    // a → b → c → a: the read of `a` inside c (line 3, column 10) finds a being computed.
    expect(o).toMatchObject({ kind: "trap", trap: "CircularReference", line: 3, column: 10 });
  });

  it("self-reference-through-sibling-is-a-cycle", () => {
    expect(trapOf("{ Int a: &sibling.a + 1 }")).toBe("CircularReference");
  });

  it("fields-are-evaluated-in-source-order-even-when-forward-read", () => {
    // `later` is forced by `first`, so its overflow comes before `second`'s division.
    const src = "#main(Int z, Int x) -> Dict\n{ first: later, second: 10 / z, later: x + 9223372036854775807 }";
    expect(trapOf(src, '{"z": 0, "x": 1}')).toBe("NumericOverflow");
    const plain = "#main(Int z, Int x) -> Dict\n{ second: 10 / z, later: x + 9223372036854775807 }";
    expect(trapOf(plain, '{"z": 0, "x": 1}')).toBe("DivisionByZero");
  });

  it("unread-internal-fields-are-still-forced", () => {
    expect(trapOf("#main(Int z) -> Dict\n{ #internal Int unused: 1 / z, r: 1 }", '{"z": 0}')).toBe("DivisionByZero");
  });

  it("a-forced-field-is-computed-once", () => {
    // `a` is read 1000 times before its turn; recomputing it would need ~10^7 fuel.
    const src = "{ r: [a + i for i in range(1000)].sum(), Int a: range(10000).sum() }";
    expect(value(src, "{}", { fuel: 100_000, memoryLimit: 1 << 20 })).toBe('{"a": 49995000,"r": 49995499500}');
  });

  it("nested-dict-forces-an-outer-field-declared-later", () => {
    expect(value("{ outer: { a: b, b: u + 1 }, u: 5 }")).toBe('{"outer": {"a": 6,"b": 6},"u": 5}');
  });

  it("root-and-sibling-references-inside-nested-lists", () => {
    expect(value("{ xs: [&root.n * 2, &root.n * 3], n: 7 }")).toBe('{"n": 7,"xs": [14,21]}');
  });

  it("where-bindings-forward-references-and-order", () => {
    expect(value("#main(Int x) -> Int\nc where { Int c: b - 3, Int b: a * 2, Int a: x + 1 }", '{"x": 42}')).toBe("83");
    expect(trapOf("#main(Int z) -> Int\n1 where { Int unused: 10 / z }", '{"z": 0}')).toBe("DivisionByZero");
    expect(trapOf("#main(Int z, Int x) -> Int\n(100 / z) where { Int w: x + 9223372036854775807 }", '{"z": 0, "x": 1}')).toBe("NumericOverflow");
  });

  it("where-cycle-is-circular-reference", () => {
    expect(trapOf("#main(Int x) -> Int\na where { Int a: b + x, Int b: a + 1 }", '{"x": 1}')).toBe("CircularReference");
  });

  it("dict-without-forward-references-has-no-force-functions-or-state-checks", () => {
    const c = compile("#main(Int x) -> Dict\n{ a: x + 1, b: a * 2, inner: { c: a + b } }");
    if (!c.ok) throw new Error("did not compile");
    const text = print(c.raw);
    expect(text).not.toContain("$field.");
    expect(text).not.toContain("CircularReference");
  });

  it("only-forward-read-fields-get-force-functions", () => {
    const c = compile("{ a: b + 1, b: 2, c: a + b }");
    if (!c.ok) throw new Error("did not compile");
    const names = c.raw.funcs.map((f) => f.name).filter((n) => n.startsWith("field."));
    expect(names).toEqual(["field.b"]);
  });
});
