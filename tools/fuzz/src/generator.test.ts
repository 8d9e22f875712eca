// Generator self-tests: every generated program is well typed (passes the
// checker), generation is deterministic, and a thousand programs reach the
// whole CORE surface — counted over the generator's tree and over the
// checker's typed AST (every intrinsic of §7, every typed node kind).
import { check, INTRINSICS, type TExprKind } from "@tetra/lang";
import { describe, expect, it } from "vitest";
import { generatorCoverage, typedCoverage, type Counts } from "./coverage.js";
import type { GExprKind } from "./gast.js";
import { generateProgram } from "./gen-program.js";
import { printProgram } from "./print-source.js";
import { argsText } from "./fixture-writer.js";
import { programSeed } from "./rng.js";

const SAMPLES = 1000;
const SEED = 20240601;

describe("generator", () => {
  const gen = new Map<string, number>();
  const typed = new Map<string, number>();
  const rejected: string[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const { program } = generateProgram(programSeed(SEED, i));
    const source = printProgram(program);
    const c = check(source, "gen.relon");
    if (!c.ok) {
      rejected.push(`program ${i}:\n${source}\n${c.diagnostics.map((d) => `${d.code}: ${d.message}`).join("\n")}`);
      continue;
    }
    generatorCoverage(program, gen);
    typedCoverage(c.program, typed);
  }

  it("generates-only-programs-that-pass-the-checker", () => {
    expect(rejected.slice(0, 3)).toEqual([]);
  });

  it("is-deterministic-per-seed-and-index", () => {
    for (const i of [0, 17, 999]) {
      const a = generateProgram(programSeed(SEED, i)).program;
      const b = generateProgram(programSeed(SEED, i)).program;
      expect(printProgram(b)).toBe(printProgram(a));
      expect(argsText(b)).toBe(argsText(a));
    }
    expect(printProgram(generateProgram(programSeed(SEED, 1)).program)).not.toBe(printProgram(generateProgram(programSeed(SEED, 2)).program));
  });

  const missing = (counts: Counts, keys: readonly string[]) => keys.filter((k) => (counts.get(k) ?? 0) === 0);

  it("reaches-every-generator-construct", () => {
    const kinds: readonly GExprKind[] = [
      "Int", "Float", "Str", "Bool", "None", "Name", "Field", "TupleGet", "Index", "Call", "Method", "Module", "Pipe", "Unary", "Binary",
      "Ternary", "FString", "List", "Comp", "Tuple", "Dict", "Closure", "Where", "Match", "Variant",
    ];
    const features = [
      "ref:sibling", "ref:root", "ref:sibling-quoted", "spelling:pipe-bare", "spelling:module", "pattern:StructP", "pattern:StructP-qualified",
      "pattern:TupleP", "pattern:Unit-qualified", "pattern:TypeName", "pattern:Wild", "field:function", "field:typed", "field:plain-internal",
      "field:plain-quoted", "field:spread", "binding:function", "binding:typed", "fstring:raw", "string:raw", "string:escaped", "int:radix16",
      "int:radix2", "int:radix8", "closure:untyped", "closure:typed", "import:alias", "import:names", "decl:predicate", "decl:default",
      "decl:expect", "decl:variant-struct", "decl:variant-tuple", "decl:variant-unit", "main:library", "main:result", "main:dict-result",
      ...["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"].map((op) => `op:${op}`),
    ];
    expect(missing(gen, kinds.map((k) => `expr:${k}`))).toEqual([]);
    expect(missing(gen, features)).toEqual([]);
  });

  it("reaches-every-typed-node-kind-and-every-intrinsic", () => {
    const kinds: readonly TExprKind[] = [
      "Const", "FString", "ToText", "IntToFloat", "Name", "RecordGet", "DictGet", "TupleGet", "ListIndex", "Unary", "Binary", "Ternary",
      "CallIntrinsic", "CallFunction", "CallClosure", "MakeOption", "MakeResult", "MakeVariant", "List", "Tuple", "Comprehension", "Dict",
      "Closure", "Where", "Match", "Coerce",
    ];
    expect(missing(typed, kinds.map((k) => `texpr:${k}`))).toEqual([]);
    expect(missing(typed, Object.keys(INTRINSICS).map((k) => `intrinsic:${k}`))).toEqual([]);
    const more = [
      "form:function", "form:method", "form:module", "form:pipe", "closure:captures", "list:spread", "coerce:Record->Schema", "coerce:Record->Dict",
      "tpattern:Variant:enum", "tpattern:Variant:option", "tpattern:Variant:result", "tpattern:TypeTest", "tpattern:Wildcard",
      "name:DictField:sibling", "name:DictField:root", "binding:MatchBinding", "binding:ComprehensionVar", "binding:ClosureParam",
      ...["addInt", "subInt", "mulInt", "divInt", "remInt", "addFloat", "subFloat", "mulFloat", "divFloat", "remFloat", "concat", "eq", "ne", "and", "or"].map((op) => `binary:${op}`),
      "unary:negInt", "unary:negFloat", "unary:not",
    ];
    expect(missing(typed, more)).toEqual([]);
  });
});
