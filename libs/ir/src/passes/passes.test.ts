import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRunLine, exportAll, parseRunLines } from "../filetest.js";
import { interpret } from "../interp/index.js";
import { parseExpr, parseOrThrow } from "../parse.js";
import { print, printExpr } from "../print.js";
import type { Func, Module } from "../types.js";
import { formatVerifyError, verify } from "../verify.js";
import { dce } from "./dce.js";
import { fold } from "./fold.js";
import { insertFuel } from "./fuel.js";

const runDir = new URL("../../testdata/run/", import.meta.url);
const goldenDir = new URL("../../testdata/golden/", import.meta.url);
const fixtures = readdirSync(runDir)
  .filter((f) => f.endsWith(".ir"))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, runDir), "utf8") }));

function expectValid(m: Module): void {
  expect(verify(m).map(formatVerifyError)).toEqual([]);
}

function oneFunc(body: string, result = "i64"): Module {
  return parseOrThrow(`(module (constants 8) (sites 2) (export $f) (func $f (result ${result}) ${body}))`);
}
const bodyOf = (m: Module): string => ((m.funcs[0] as Func).body.map((e) => printExpr(e)).join("\n"));

describe("fold and dce keep the semantics of every run fixture", () => {
  for (const { name, text } of fixtures) {
    it(name, () => {
      const m = exportAll(parseOrThrow(text, name));
      const folded = fold(m);
      expectValid(folded);
      const optimized = dce(folded);
      expectValid(optimized);
      const inst = interpret(optimized);
      const failures = parseRunLines(text)
        .map((l) => checkRunLine(optimized, inst, l))
        .filter((x) => x !== undefined);
      expect(failures).toEqual([]);
      expectValid(insertFuel(optimized));
    });
  }
});

describe("fold", () => {
  it("folds-exact-constant-arithmetic", () => {
    expect(bodyOf(fold(oneFunc("(i64.add (i64.const 1) (i64.mul (i64.const 2) (i64.const 3)))")))).toBe("(i64.const 7)");
  });
  it("leaves-an-op-that-would-trap", () => {
    const m = oneFunc("(i64.div_s site=1 (i64.const 1) (i64.const 0))");
    expect(bodyOf(fold(m))).toBe("(i64.div_s site=1 (i64.const 1) (i64.const 0))");
    expect(bodyOf(fold(oneFunc("(i64.add_checked site=1 (i64.const 9223372036854775807) (i64.const 1))")))).toContain("add_checked");
  });
  it("keeps-negative-zero-and-never-folds-to-nan", () => {
    expect(bodyOf(fold(oneFunc("(f64.mul (f64.const -1) (f64.const 0))", "f64")))).toBe("(f64.const -0)");
    expect(bodyOf(fold(oneFunc("(f64.sub (f64.const inf) (f64.const inf))", "f64")))).toContain("f64.sub");
  });
  it("folds-checked-ops-that-do-not-trap", () => {
    expect(bodyOf(fold(oneFunc("(i64.neg_checked site=1 (i64.const 5))")))).toBe("(i64.const -5)");
  });
});

describe("dce", () => {
  it("removes-code-after-a-terminator", () => {
    const m = oneFunc("(return (i64.const 1)) (drop (i64.const 2)) (i64.const 3)");
    expect(bodyOf(dce(m))).toBe("(return (i64.const 1))");
    expectValid(dce(m));
  });
  it("splices-the-taken-arm-of-a-constant-if", () => {
    const m = oneFunc("(if (result i64) (i32.const 0) (then (i64.const 1)) (else (i64.const 2)))");
    expect(bodyOf(dce(m))).toBe("(i64.const 2)");
  });
  it("drops-pure-drops-but-keeps-trapping-ones", () => {
    const m = oneFunc("(drop (i64.add (i64.const 1) (i64.const 2))) (drop (i64.div_s site=1 (i64.const 1) (i64.const 0))) (i64.const 0)");
    expect(bodyOf(dce(m))).toBe("(drop (i64.div_s site=1 (i64.const 1) (i64.const 0)))\n(i64.const 0)");
  });
  it("removes-unreachable-functions-but-keeps-table-entries", () => {
    const m = parseOrThrow(
      "(module (constants 8) (table $t) (export $a) (func $a (call $b site=0)) (func $b) (func $c) (func $t))".replace("(module", "(module (sites 1)"),
    );
    expect(dce(m).funcs.map((f) => f.name)).toEqual(["a", "b", "t"]);
  });
  it("parses-single-expressions-for-tests", () => {
    expect(parseExpr("(i32.add (i32.const 1) (i32.const 2))")).toEqual({
      kind: "num",
      op: "i32.add",
      args: [
        { kind: "i32.const", value: 1 },
        { kind: "i32.const", value: 2 },
      ],
    });
  });
});

describe("fuel pass", () => {
  for (const name of ["loop-sum.ir", "call-direct.ir", "fuel-loop.ir"]) {
    it(`matches-golden-${name}`, () => {
      const src = fixtures.find((f) => f.name === name);
      if (src === undefined) throw new Error(`missing fixture ${name}`);
      const out = insertFuel(parseOrThrow(src.text, name));
      expectValid(out);
      const text = `; fuel pass output for testdata/run/${name}; regenerate: UPDATE_GOLDEN=1 npx vitest run passes\n${print(out)}`;
      const golden = new URL(`fuel-${name}`, goldenDir);
      if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, "utf8"));
    });
  }
  it("runs-out-at-the-same-point-as-the-cost-model-says", () => {
    const src = fixtures.find((f) => f.name === "loop-sum.ir");
    const m = exportAll(insertFuel(parseOrThrow(src?.text ?? "")));
    const inst = interpret(m);
    // sum(10): 1 (entry) + 11 loop iterations (10 back-edges + the first) = 12 units
    expect(inst.invoke("sum", [10n], { fuel: 12 })).toEqual({ ok: true, value: 55n });
    expect(inst.invoke("sum", [10n], { fuel: 11 })).toEqual({ ok: false, trap: "StepLimitExceeded", site: 0 });
  });
});
