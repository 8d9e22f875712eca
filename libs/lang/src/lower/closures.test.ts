// Closures and calls: captures (values and not-yet-forced fields), direct
// calls of function fields, call_indirect for closure values, inlining of
// literal closures given to higher-order built-ins, and the call-depth limit.
import { print, type Expr, type Module } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { compile, trapOf, value } from "./test-support.js";

function ops(m: Module, func: string): string[] {
  const f = m.funcs.find((x) => x.name === func);
  if (f === undefined) throw new Error(`no function ${func}`);
  const out: string[] = [];
  const visit = (e: unknown): void => {
    if (e === null || typeof e !== "object") return;
    if (Array.isArray(e)) return e.forEach(visit);
    const x = e as Expr;
    if (typeof x.kind === "string") out.push(x.kind === "call" ? `call ${x.func}` : x.kind);
    for (const v of Object.values(x)) if (typeof v === "object") visit(v);
  };
  visit(f.body);
  return out;
}

function compiled(src: string): Module {
  const c = compile(src);
  if (!c.ok) throw new Error(JSON.stringify(c.outcome));
  return c.raw;
}

describe("closures", () => {
  it("closure-captures-a-field-declared-after-it", () => {
    expect(value("{ #internal f: (Int x) -> Int => x + b, r: f(1), b: 2 }")).toBe('{"b": 2,"r": 3}');
  });

  it("function-field-forces-later-fields-it-reads", () => {
    const src = "{ Int r: g(1), #internal Int g(Int x): x + b + h(x), #internal Int h(Int y): y * c, Int b: 10, Int c: 3 }";
    expect(value(src)).toBe('{"b": 10,"c": 3,"r": 14}');
  });

  it("function-field-reading-its-caller-is-a-cycle", () => {
    expect(trapOf("{ Int a: f(1), #internal Int f(Int x): a + x }")).toBe("CircularReference");
  });

  it("functions-returning-closures-capture-parameters", () => {
    expect(value("{ #internal add_n(Int n): (Int v) -> Int => v + n, #internal add5: add_n(5), r: add5(10) }")).toBe('{"r": 15}');
  });

  it("closures-capture-comprehension-variables-and-match-bindings", () => {
    const src = `#enum Sh { Dot, Sq(Int) }
{ #internal fs: [(Int v) -> Int => v * i for i in range(3)],
  r: fs.map((Closure<Int, Int> f) -> Int => f(10)),
  m: [Sh.Sq(3), Sh.Dot].map((Sh s) -> Int => s match { Sq(k): [1, 2].map((Int z) -> Int => z * k).sum(), Dot: 0 }) }`;
    expect(value(src)).toBe('{"m": [9,0],"r": [0,10,20]}');
  });

  it("mutual-recursion-in-a-where", () => {
    const src = "#main(Int n) -> Bool\neven(n) where { Bool even(Int k): k == 0 ? true : odd(k - 1), Bool odd(Int k): k == 0 ? false : even(k - 1) }";
    expect(value(src, '{"n": 10}')).toBe("true");
    expect(value(src, '{"n": 7}')).toBe("false");
  });

  it("function-fields-capture-main-parameters-through-the-frame", () => {
    expect(value("#main(Int base) -> List<Int>\n[1, 2, 3].map((Int v) -> Int => adder(v)) where { Int adder(Int x): x + base }", '{"base": 100}')).toBe("[101,102,103]");
  });

  it("function-field-passed-as-a-value", () => {
    expect(value("{ #internal Int twice(Int v): v * 2, r: [1, 2].map(twice), s: [3].map(twice).sum() }")).toBe('{"r": [2,4],"s": 6}');
  });

  it("recursive-function-calls-are-direct-calls-with-a-null-environment", () => {
    const m = compiled("{ #internal Int fib(Int n): n < 2 ? n : fib(n - 1) + fib(n - 2), r: fib(10) }");
    const body = ops(m, "fn.fib");
    expect(body.filter((o) => o === "call fn.fib")).toHaveLength(2);
    expect(body).not.toContain("call_indirect");
    expect(print(m)).toContain("(call $fn.fib site=");
    expect(print(m)).toMatch(/\(call \$fn\.fib site=\d+\s+\(i32\.const 0\)/);
  });

  it("the-argument-decoder-is-a-function-of-its-own-and-the-body-stays-in-the-entry", () => {
    // The entry calls $main.args once, loads the arguments, runs the body and encodes: a JIT sees
    // the codec apart from the rule, and the rule's calls are as deep as in the tree-walk.
    const src = "#main(Int n, String s) -> Int\nrange(n).reduce(0, (Int acc, Int i) -> Int => acc + i + len(s))";
    const m = compiled(src);
    const args = m.funcs.find((f) => f.name === "main.args");
    expect(args?.params.map((p) => `${p.name} ${p.type}`)).toEqual(["input_offset i32", "input_len i32"]);
    expect(ops(m, "main").filter((o) => o === "call main.args")).toHaveLength(1);
    const text = (name: string) => print({ ...m, funcs: m.funcs.filter((f) => f.name === name) });
    expect(text("main")).toContain("i64.add_checked");
    expect(text("main")).not.toContain("codec.json_valid");
    expect(text("main.args")).toContain("codec.json_valid");
    expect(value(src, '{"n": 4, "s": "ab"}')).toBe("14");
  });

  it("closure-values-are-called-indirectly", () => {
    const m = compiled("{ #internal f: (Int x) -> Int => x + 1, r: f(1) }");
    expect(ops(m, "main")).toContain("call_indirect");
  });

  it("literal-closures-given-to-builtins-are-inlined", () => {
    const m = compiled("#main(List<Int> xs) -> Int\nxs.map((Int v) -> Int => v * 2).filter((Int v) -> Bool => v > 2).reduce(0, (Int a, Int v) -> Int => a + v)");
    expect(m.table).toEqual([]);
    expect(ops(m, "main")).not.toContain("call_indirect");
    expect(m.funcs.some((f) => f.name.startsWith("fn."))).toBe(false);
  });

  it("function-names-follow-source-names", () => {
    const m = compiled("{ pricing: { Float rate: 0.2, Float total(Float x): x * (1.0 + rate), r: total(10.0) }, later: pricing.r }");
    const names = m.funcs.map((f) => f.name);
    expect(names).toContain("fn.pricing.total");
    expect(names).toContain("field.pricing.rate");
  });

  it("runaway-recursion-hits-the-call-depth-limit", () => {
    expect(trapOf("{ #internal Int f(Int n): f(n + 1) + 1, r: f(0) }")).toBe("MemoryLimitExceeded");
    expect(value("{ #internal Int total(Int n): n == 0 ? 0 : n + total(n - 1), r: total(500) }")).toBe('{"r": 125250}');
  });

  it("arguments-are-evaluated-before-the-callee", () => {
    // The callee expression `fs[5]` is out of bounds; the argument's division comes first.
    const src = "#main(Int z) -> Dict\n{ #internal fs: [(Int x) -> Int => x], r: fs[5](1 / z) }";
    expect(trapOf(src, '{"z": 0}')).toBe("DivisionByZero");
    expect(trapOf(src, '{"z": 1}')).toBe("IndexOutOfBounds");
  });

  // Captures of fields that are not computed yet when the closure or frame is created, and
  // captures across nested dicts, wheres, comprehensions and matches (checked against the
  // tree-walk evaluator when written).
  const CAPTURES: readonly (readonly [string, string])[] = [
    ["{ Int f(Int x): y where { Int y: x + a }, r: f(1), Int a: 5 }", '{"a": 5,"r": 6}'],
    ["{ r: r2 } where { Int r2: g(2), Int g(Int k): k * m, Int m: 3 }", '{"r": 6}'],
    ["{ #internal mk(Int n): (Int v) -> Int => v + n + c, #internal g: mk(1), r: g(2), Int c: 10 }", '{"c": 10,"r": 13}'],
    ["{ inner: { #internal f: (Int x) -> Int => x + &root.n, r: f(1) }, n: 5 }", '{"inner": {"r": 6},"n": 5}'],
    ["{ Int f(Int x): x <= 0 ? 0 : g(x - 1) + 1, Int g(Int x): x <= 0 ? 0 : f(x - 1) + base, base: 100, r: f(5) }", '{"base": 100,"r": 203}'],
    ["{ xs: [{ k: i, f: (Int v) -> Int => v + i + off } for i in range(3)], r: xs.map((x) => x.f(1)), off: 1000 }", '{"off": 1000,"r": [1001,1002,1003],"xs": [{"k": 0},{"k": 1},{"k": 2}]}'],
    ["{ #internal Int f(Int x): [x, x + 1].map((Int y) -> Int => y * mult).sum(), r: f(1), mult: 3 }", '{"mult": 3,"r": 9}'],
    ["{ a: x where { x: y + 1, y: z * 2, z: w }, w: 4 }", '{"a": 9,"w": 4}'],
    ["{ r: (t match { Some(v): [v].map((Int q) -> Int => q + v).sum(), None: 0 }) where { t: Some(3) } }", '{"r": 6}'],
    ["{ a: { ...b, z: 1 }, b: { x: 1 } }", '{"a": {"x": 1,"z": 1},"b": {"x": 1}}'],
  ];
  for (const [src, expected] of CAPTURES) {
    it(`captures: ${src.slice(0, 60)}`, () => expect(value(src)).toBe(expected));
  }
});
