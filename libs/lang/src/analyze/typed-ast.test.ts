// The typed AST as the lowering sees it: resolved names, calls, patterns,
// explicit conversions, folded constants, captures and dict layouts.
import { S, V } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { check, typeToShape, type TExpr, type TypedProgram } from "../index.js";

function program(src: string): TypedProgram {
  const r = check(src, "t.relon");
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code}: ${d.message}`).join("\n"));
  return r.program;
}

/** The value of dict field `key` of a root dict literal. */
function field(p: TypedProgram, key: string): TExpr {
  const root = p.root.kind === "Coerce" ? p.root.operand : p.root;
  if (root.kind !== "Dict") throw new Error(`root is ${root.kind}`);
  const f = root.entries.find((e) => e.kind === "Field" && e.key === key);
  if (f?.kind !== "Field") throw new Error(`no field ${key}`);
  return f.value;
}

describe("typed-ast", () => {
  it("resolves-names-to-bindings", () => {
    const p = program("#main(Int x) -> Dict\n{ a: x, b: &sibling.a, c: y where { Int y: 2 }, d: [i for i in [1]], e: ((Int k) => k)(1) }");
    expect(field(p, "a")).toMatchObject({ kind: "Name", bindingKind: "MainParam", via: "name" });
    const b = field(p, "b");
    expect(b).toMatchObject({ kind: "Name", bindingKind: "DictField", via: "sibling", name: "a" });
    if (b.kind !== "Name") throw new Error();
    expect(p.bindings[b.binding]).toMatchObject({ kind: "DictField", index: 0, internal: false, function: false });
    expect(field(p, "c")).toMatchObject({ kind: "Where", body: { kind: "Name", bindingKind: "WhereBinding" } });
    expect(field(p, "d")).toMatchObject({ kind: "Comprehension", element: { kind: "Name", bindingKind: "ComprehensionVar" } });
    expect(field(p, "e")).toMatchObject({ kind: "CallClosure", callee: { kind: "Closure", body: { kind: "Name", bindingKind: "ClosureParam" } } });
  });

  it("lets-a-plain-field-read-the-outer-name-of-its-own-key", () => {
    const p = program("#main(Float f) -> Dict\n{ f: f }");
    expect(field(p, "f")).toMatchObject({ kind: "Name", bindingKind: "MainParam" });
  });

  it("resolves-calls", () => {
    const p = program(`#import list from "std/list"
{ Int twice(Int v): v * 2, g: twice, a: twice(1), b: g(2), c: "x".upper(), d: list.sum([1]), e: [1] | list.sum, f: len("ab"), h: abs(-1.5) }`);
    expect(field(p, "a")).toMatchObject({ kind: "CallFunction" });
    expect(field(p, "b")).toMatchObject({ kind: "CallClosure", callee: { kind: "Name" } });
    expect(field(p, "c")).toMatchObject({ kind: "CallIntrinsic", fn: "string.upper", form: "method", args: [{ kind: "Const" }] });
    expect(field(p, "d")).toMatchObject({ kind: "CallIntrinsic", fn: "list.sum.int", form: "module" });
    expect(field(p, "e")).toMatchObject({ kind: "CallIntrinsic", fn: "list.sum.int", form: "pipe" });
    expect(field(p, "f")).toMatchObject({ kind: "CallIntrinsic", fn: "string.len", form: "function" });
    expect(field(p, "h")).toMatchObject({ kind: "CallIntrinsic", fn: "abs.float" });
  });

  it("makes-implicit-conversions-explicit", () => {
    const p = program('#main(Int n, Float f) -> Dict\n{ a: n + f, b: "n=" + n, c: n < f, d: sqrt(n), e: f"${f}" }');
    expect(field(p, "a")).toMatchObject({ kind: "Binary", op: "addFloat", left: { kind: "IntToFloat" }, right: { kind: "Name" } });
    expect(field(p, "b")).toMatchObject({ kind: "Binary", op: "concat", right: { kind: "ToText", operand: { kind: "Name" } } });
    expect(field(p, "c")).toMatchObject({ kind: "Binary", op: "ltFloat", left: { kind: "IntToFloat" } });
    expect(field(p, "d")).toMatchObject({ kind: "CallIntrinsic", fn: "sqrt", args: [{ kind: "IntToFloat" }] });
    expect(field(p, "e")).toMatchObject({ kind: "FString", parts: [{ kind: "Interp", expr: { kind: "ToText" } }] });
  });

  it("folds-constants", () => {
    const p = program('{ a: 2 + 3 * 4, b: "v" + 1.5, c: -0x10, d: 1 < 2 && true, e: 1.0 / 0.0, f: f"${1 + 1}x" }');
    expect(field(p, "a")).toMatchObject({ kind: "Const", value: V.int(14) });
    expect(field(p, "b")).toMatchObject({ kind: "Const", value: V.string("v1.5") });
    expect(field(p, "c")).toMatchObject({ kind: "Const", value: V.int(-16) });
    expect(field(p, "d")).toMatchObject({ kind: "Const", value: V.bool(true) });
    expect(field(p, "e")).toMatchObject({ kind: "Binary", op: "divFloat" });
    expect(field(p, "f")).toMatchObject({ kind: "Const", value: V.string("2x") });
  });

  it("lists-closure-captures", () => {
    const p = program("#main(Int base) -> List<Int>\n[1].map((Int v) -> Int => v * k + base) where { Int k: 10 }");
    const w = p.root;
    if (w.kind !== "Where" || w.body.kind !== "CallIntrinsic") throw new Error(w.kind);
    const closure = w.body.args[1]!;
    if (closure.kind !== "Closure") throw new Error(closure.kind);
    const names = closure.captures.map((id) => p.bindings[id]!.name).sort();
    expect(names).toEqual(["base", "k"]);
  });

  it("lets-function-fields-capture-themselves", () => {
    const p = program("{ Int fact(Int n): n <= 1 ? 1 : n * fact(n - 1), r: fact(3) }");
    const f = field(p, "fact");
    if (f.kind !== "Closure") throw new Error(f.kind);
    expect(f.name).toBe("fact");
    expect(f.captures.map((id) => p.bindings[id]!.name)).toEqual(["fact"]);
  });

  it("resolves-match-arms", () => {
    const p = program(`#enum Cmd { Move(Int, Int), Say { text: String, loud: Bool }, Stop }
#main(Cmd c, String s) -> Dict
{ a: c match { Move(dx, _): dx, Say { loud, text: _ }: 1, Stop: 0 }, b: s match { Int: 1, String: 2 } }`);
    const a = field(p, "a");
    if (a.kind !== "Match") throw new Error(a.kind);
    expect(a.arms.map((x) => x.pattern)).toMatchObject([
      { kind: "Variant", family: "enum", typeName: "Cmd", variant: "Move", index: 0, slots: [expect.any(Number), null] },
      { kind: "Variant", variant: "Say", index: 1, slots: [null, expect.any(Number)] },
      { kind: "Variant", variant: "Stop", index: 2, slots: [] },
    ]);
    const b = field(p, "b");
    if (b.kind !== "Match") throw new Error(b.kind);
    expect(b.arms.map((x) => x.pattern)).toEqual([
      { kind: "TypeTest", typeName: "Int", matches: false },
      { kind: "TypeTest", typeName: "String", matches: true },
    ]);
  });

  it("converts-a-record-to-the-declared-schema-at-the-root", () => {
    const p = program("#schema Pos { Int n: (Int v) -> Bool => v > 0, #default \"unit\" String label: * }\n#main(Int x) -> Pos\n{ n: x }");
    expect(p.root).toMatchObject({ kind: "Coerce", failure: "MainReturnTypeMismatch", from: { kind: "Record" }, to: { kind: "Schema", name: "Pos" } });
    expect(p.schemas.get("Pos")?.fields[0]?.predicate?.kind).toBe("Closure");
    expect(typeToShape(p.resultType)).toEqual(S.record([S.field("n", S.int), S.field("label", S.string, { default: V.string("unit") })], "Pos"));
  });

  it("describes-dict-literals", () => {
    const p = program("{ base: { a: 1 }, d: { ...&sibling.base, #internal Int k: 2, f(Int x): x + k, v: f(1) } }");
    const d = field(p, "d");
    if (d.kind !== "Dict") throw new Error(d.kind);
    expect(d.entries.map((e) => (e.kind === "Field" ? [e.key, e.internal, e.function] : ["...", e.keys]))).toEqual([
      ["...", ["a"]],
      ["k", true, false],
      ["f", false, true],
      ["v", false, false],
    ]);
    expect(typeToShape(d.type)).toEqual({
      kind: "record",
      fields: [
        { name: "a", shape: S.int },
        { name: "k", shape: S.int, internal: true },
        { name: "f", shape: S.closure([S.int], S.int) },
        { name: "v", shape: S.int },
      ],
    });
  });

  it("types-empty-containers-from-the-expected-type", () => {
    const p = program("#main(Int x) -> Dict\n{ List<Int> xs: [], Option<String> o: None, Result<Int, String> r: Ok(x), e: [] }");
    expect(field(p, "xs").type).toEqual({ kind: "List", element: { kind: "Int" } });
    expect(field(p, "o").type).toEqual({ kind: "Option", some: { kind: "String" } });
    expect(field(p, "r").type).toEqual({ kind: "Result", ok: { kind: "Int" }, err: { kind: "String" } });
    expect(field(p, "e").type).toEqual({ kind: "List", element: { kind: "Never" } });
  });
});
