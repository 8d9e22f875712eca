import { describe, expect, it } from "vitest";
import type { Expr } from "../ast.js";
import { parse } from "./parse.js";

function root(src: string): Expr {
  const r = parse(src, "t.relon");
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  return r.document.root;
}

function errors(src: string): string[] {
  return parse(src, "t.relon").diagnostics.map((d) => `${d.code}: ${d.message}`);
}

/** A compact S-expression of an expression, for precedence tests. */
function show(e: Expr): string {
  switch (e.kind) {
    case "Int":
      return String(e.value);
    case "Float":
      return `${e.value}f`;
    case "Name":
      return e.name;
    case "Binary":
      return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case "Unary":
      return `(${e.op}${show(e.operand)})`;
    case "Ternary":
      return `(? ${show(e.cond)} ${show(e.then)} ${show(e.else)})`;
    case "Pipe":
      return `(| ${show(e.left)} ${show(e.target)})`;
    case "Call":
      return `${show(e.callee)}(${e.args.map(show).join(" ")})`;
    case "Member":
      return `${show(e.object)}.${e.name}`;
    case "Match":
      return `(match ${show(e.scrutinee)})`;
    case "Where":
      return `(where ${show(e.body)})`;
    default:
      return e.kind;
  }
}

describe("parser", () => {
  it("follows-the-precedence-table", () => {
    expect(show(root("1 + 2 * 3 - 4"))).toBe("(- (+ 1 (* 2 3)) 4)");
    expect(show(root("10 + x | abs()"))).toBe("(+ 10 (| x abs()))");
    expect(show(root("-x.y * 3"))).toBe("(* (-x.y) 3)");
    expect(show(root("a || b && c == d < e"))).toBe("(|| a (&& b (== c (< d e))))");
    expect(show(root("1 < 2 < 3"))).toBe("(< (< 1 2) 3)");
    expect(show(root("!a && b"))).toBe("(&& (!a) b)");
  });

  it("makes-ternaries-right-associative-with-full-branches", () => {
    expect(show(root("a ? b : c ? d : e"))).toBe("(? a b (? c d e))");
    expect(show(root("c ? a : b where { b: 1 }"))).toBe("(? c a (where b))");
    expect(show(root("c ? a : b match { _: 1 }"))).toBe("(? c a (match b))");
  });

  it("attaches-match-and-where-to-everything-on-their-left", () => {
    expect(show(root("a + b where { a: 1, b: 2 }"))).toBe("(where (+ a b))");
    expect(show(root("x match { _: 1 } where { x: 2 }"))).toBe("(where (match x))");
  });

  it("reads-tuples-groups-and-closures", () => {
    expect(root("()").kind).toBe("Tuple");
    expect(root("(1,)")).toMatchObject({ kind: "Tuple", items: [{ kind: "Int" }] });
    expect(root("(1)").kind).toBe("Int");
    expect(root("(Int v) -> Int => v * 2")).toMatchObject({ kind: "Closure", params: [{ name: "v" }], result: { path: ["Int"] } });
    expect(root("(acc, _) => acc")).toMatchObject({ kind: "Closure", params: [{ name: "acc" }, { name: "_" }] });
    expect(root("(List<Int> xs) => xs")).toMatchObject({ kind: "Closure", params: [{ type: { path: ["List"], args: [{ path: ["Int"] }] } }] });
  });

  it("reads-lists-spreads-and-comprehensions", () => {
    expect(root("[0, ...xs, 1,]")).toMatchObject({ kind: "List", items: [{ kind: "Item" }, { kind: "Spread" }, { kind: "Item" }] });
    expect(root("[i * i for i in range(n) if i % 2 == 1]")).toMatchObject({ kind: "Comprehension", binder: "i", filter: { kind: "Binary" } });
  });

  it("reads-every-dict-field-form", () => {
    const d = root(`{
      a: 1, Int b: 2, "c d": 3, List<Int> e: [], (Int, String) f: (1, "x"),
      Int twice(Int v): v * 2, half(Int v) -> Int: v / 2,
      #internal secret: 4, ...base, #schema P: { Int x: * },
    }`);
    if (d.kind !== "Dict") throw new Error("not a dict");
    expect(d.entries.map((e) => (e.kind === "Field" ? `${e.key}${e.type ? ":T" : ""}${e.params ? "()" : ""}${e.resultType ? "->" : ""}` : e.kind))).toEqual([
      "a", "b:T", "c d", "e:T", "f:T", "twice()->", "half()->", "secret", "Spread", "DeclEntry",
    ]);
  });

  it("needs-adjacent-angle-brackets-for-generic-keys", () => {
    expect(errors("{ List <Int> xs: [] }")[0]).toMatch(/expected a field name/);
  });

  it("reads-references-and-steps", () => {
    expect(root("&root.config.port")).toMatchObject({ kind: "Member", name: "port", object: { kind: "Ref", base: "root", field: "config" } });
    expect(root('&sibling["odd key"]')).toMatchObject({ kind: "Ref", base: "sibling", field: "odd key" });
    expect(root('x["k"]')).toMatchObject({ kind: "Member", name: "k" });
    expect(root("x[i]")).toMatchObject({ kind: "Index" });
    expect(root("t.0.1")).toMatchObject({ kind: "TupleIndex", index: 1, object: { kind: "TupleIndex", index: 0 } });
  });

  it("reads-enum-construction-and-patterns", () => {
    expect(root("Shape.Box { w: 2, h: 3 }")).toMatchObject({ kind: "StructVariant", path: ["Shape", "Box"] });
    const m = root("s match { Move(dx, _): 1, Say { text, loud: l, x: _ }: 2, Color.Red: 3, None: 4, _: 5 }");
    if (m.kind !== "Match") throw new Error("not a match");
    expect(m.arms.map((a) => a.pattern.kind)).toEqual(["TuplePattern", "StructPattern", "NamePattern", "NamePattern", "Wildcard"]);
    expect(m.arms[1]!.pattern).toMatchObject({ fields: [{ field: "text", bind: "text" }, { field: "loud", bind: "l" }, { field: "x", bind: "_" }] });
  });

  it("reads-directives", () => {
    const doc = parse('#relaxed\n#import list from "std/list"\n#import * from "std/math"\n#import { a, b as c } from "std/string"\n#enum E { A, B(Int), C { x: Int } }\n#schema S { #expect "m" #default 1 Int x: * }\n#main(S s, E e) -> Int\n1', "t").document;
    expect(doc.declarations.map((d) => d.kind)).toEqual(["Flag", "Import", "Import", "Import", "Enum", "Schema", "Main"]);
  });

  it("reads-literal-words", () => {
    expect(root("Infinity")).toMatchObject({ kind: "Float", value: Infinity });
    expect(root("None").kind).toBe("None");
    expect(root("f\"x${1}\"").kind).toBe("FString");
  });

  it("rejects-what-the-spec-calls-parse-errors", () => {
    expect(errors("1 ++ 2")).toEqual(["Parse: `++` is not an operator: use `+` to concatenate"]);
    expect(errors("null")).toEqual(["Parse: `null` is not a value: use `None`"]);
    expect(errors("#main(Int? x) -> Int\n1")).toEqual(["Parse: `T?` is not a type: write `Option<T>`"]);
    expect(errors(".5")).toEqual(["Parse: a Float needs digits before the point: write `0.5`, not `.5`"]);
    expect(errors("#schema S { Int x: * }")).toEqual(["Parse: empty document: a document needs a root expression after its directives"]);
    expect(errors("1 2")).toEqual(["Parse: trailing input after the root expression: a number"]);
    expect(errors("{ a: #main(Int x) }")[0]).toMatch(/`#main` is allowed only at the start/);
    expect(errors("[x for x in xs for y in ys]")[0]).toMatch(/only one `for` clause/);
    expect(errors("x match { 1: 2 }")[0]).toMatch(/literal patterns/);
    expect(errors("+1")[0]).toMatch(/unary `\+` does not exist/);
  });

  it("rejects-later-syntax-as-unsupported", () => {
    expect(errors("a ?? b")).toEqual(["Unsupported: the `??` operator is not supported (LATER in the language reference)"]);
    expect(errors("a?.b")[0]).toMatch(/^Unsupported: optional chaining/);
    expect(errors("f(x = 1)")[0]).toMatch(/^Unsupported: named arguments/);
    expect(errors("#schema Box<T> { T v: * }\n1")[0]).toMatch(/^Unsupported: a generic schema/);
  });

  it("recovers-and-reports-several-errors", () => {
    const es = errors("{ a: 1 +, b: ], c: 3 4, d: 0X1 }");
    expect(es.length).toBeGreaterThanOrEqual(3);
    expect(es).toContain("Parse: number prefixes are lower case: write `0x`, not `0X`");
  });

  it("gives-every-node-a-span", () => {
    const e = root("{ total: a + b }");
    if (e.kind !== "Dict" || e.entries[0]?.kind !== "Field") throw new Error("shape");
    const v = e.entries[0].value;
    expect([v.span.start.column, v.span.end.column]).toEqual([10, 15]);
  });

  it("refuses-excessive-nesting-without-overflowing", () => {
    expect(errors("(".repeat(5000) + "1" + ")".repeat(5000))[0]).toMatch(/nested more than 160 levels/);
    expect(errors(Array.from({ length: 5000 }, () => "1").join(" + "))[0]).toMatch(/nested more than 160 levels/);
    expect(errors("-".repeat(5000) + "1")[0]).toMatch(/nested more than 160 levels/);
  });
});
