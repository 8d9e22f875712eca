import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRunLine, exportAll, parseRunLines } from "../filetest.js";
import { interpret } from "../interp/index.js";
import { parseOrThrow } from "../parse.js";
import { printExpr } from "../print.js";
import type { Expr, Func, Module } from "../types.js";
import { formatVerifyError, verify } from "../verify.js";
import { insertFuel } from "./fuel.js";
import { inlineSelfCalls } from "./inline.js";

const runDir = new URL("../../testdata/run/", import.meta.url);
const fixtures = readdirSync(runDir)
  .filter((f) => f.endsWith(".ir"))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, runDir), "utf8") }));

const funcOf = (m: Module, name: string): Func => {
  const f = m.funcs.find((x) => x.name === name);
  if (f === undefined) throw new Error(`no $${name}`);
  return f;
};
const countFrames = (f: Func): number => f.body.map((e) => printExpr(e)).join("\n").split("(frame ").length - 1;

// fib with an early `return`, a local that must start at zero in every copy, and a labelled block.
const FIB = `(module (constants 8) (sites 6) (export $fib) (export $fib_plain)
  (func $fib (param $k i64) (result i64) (local $acc i64)
    (local.set $acc (i64.add (local.get $acc) (local.get $k)))
    (if (i64.lt_s (local.get $k) (i64.const 2)) (then (return (i64.sub (local.get $acc) (i64.const 0)))))
    (block $b (result i64)
      (if (i64.eq (local.get $acc) (i64.const -1)) (then (br $b (i64.const 0))))
      (i64.add_checked site=1
        (call $fib site=2 (i64.sub_checked site=3 (local.get $k) (i64.const 1)))
        (call $fib site=4 (i64.sub_checked site=5 (local.get $k) (i64.const 2))))))
  (func $fib_plain (param $k i64) (result i64)
    (if (result i64) (i64.lt_s (local.get $k) (i64.const 2))
      (then (local.get $k))
      (else (i64.add_checked site=1
        (call $fib_plain site=2 (i64.sub_checked site=3 (local.get $k) (i64.const 1)))
        (call $fib_plain site=4 (i64.sub_checked site=5 (local.get $k) (i64.const 2))))))))`;

describe("inlineSelfCalls", () => {
  it("replaces-each-self-call-with-a-framed-copy-of-the-body", () => {
    const m = parseOrThrow(FIB);
    const out = inlineSelfCalls(m);
    expect(verify(out).map(formatVerifyError)).toEqual([]);
    const f = funcOf(out, "fib_plain");
    expect(f.locals).toEqual([
      { name: "k.in1", type: "i64" },
      { name: "k.in2", type: "i64" },
    ]);
    expect(printExpr(f.body[0] as Expr)).toBe(
      [
        "(if (result i64)",
        "  (i64.lt_s (local.get $k) (i64.const 2))",
        "  (then",
        "    (local.get $k))",
        "  (else",
        "    (i64.add_checked site=1",
        "      (block $fib_plain.args.in1 (result i64)",
        "        (local.set $k.in1 (i64.sub_checked site=3 (local.get $k) (i64.const 1)))",
        "        (frame $fib_plain.in1 site=2 (result i64)",
        "          (if (result i64)",
        "            (i64.lt_s (local.get $k.in1) (i64.const 2))",
        "            (then",
        "              (local.get $k.in1))",
        "            (else",
        "              (i64.add_checked site=1",
        "                (call $fib_plain site=2 (i64.sub_checked site=3 (local.get $k.in1) (i64.const 1)))",
        "                (call $fib_plain site=4 (i64.sub_checked site=5 (local.get $k.in1) (i64.const 2))))))))",
        "      (block $fib_plain.args.in2 (result i64)",
        "        (local.set $k.in2 (i64.sub_checked site=5 (local.get $k) (i64.const 2)))",
        "        (frame $fib_plain.in2 site=4 (result i64)",
        "          (if (result i64)",
        "            (i64.lt_s (local.get $k.in2) (i64.const 2))",
        "            (then",
        "              (local.get $k.in2))",
        "            (else",
        "              (i64.add_checked site=1",
        "                (call $fib_plain site=2 (i64.sub_checked site=3 (local.get $k.in2) (i64.const 1)))",
        "                (call $fib_plain site=4 (i64.sub_checked site=5 (local.get $k.in2) (i64.const 2)))))))))))",
      ].join("\n"),
    );
  });

  it("turns-return-into-a-branch-out-of-the-frame-and-zeroes-the-copys-locals", () => {
    const out = inlineSelfCalls(parseOrThrow(FIB));
    const text = funcOf(out, "fib").body.map((e) => printExpr(e)).join("\n");
    expect(text).toContain("(local.set $acc.in1 (i64.const 0))");
    expect(text).toContain("(br $fib.in1 (i64.sub (local.get $acc.in1) (i64.const 0)))");
    expect(text).toContain("(block $b.in2 (result i64)");
    expect(text).not.toMatch(/\(frame[\s\S]*\(return/);
    const [a, b] = [interpret(exportAll(parseOrThrow(FIB))), interpret(exportAll(out))];
    for (const k of [0n, 1n, 2n, 3n, 10n, 15n]) expect(b.invoke("fib", [k])).toEqual(a.invoke("fib", [k]));
    expect(b.invoke("fib", [10n])).toEqual({ ok: true, value: 55n });
  });

  it("keeps-fuel-and-depth-outcomes-exact-for-every-budget", () => {
    const base = exportAll(insertFuel(parseOrThrow(FIB)));
    const [a, b] = [interpret(base), interpret(inlineSelfCalls(base))];
    // fib_plain(8) makes 67 calls: every budget up to one past that, each trap at the same site.
    for (let fuel = 0; fuel <= 68; fuel++) expect([fuel, b.invoke("fib_plain", [8n], { fuel })]).toEqual([fuel, a.invoke("fib_plain", [8n], { fuel })]);
    expect(b.invoke("fib_plain", [8n], { fuel: 66 })).toEqual({ ok: false, trap: "StepLimitExceeded", site: 0 });
    expect(b.invoke("fib_plain", [8n], { fuel: 67 })).toEqual({ ok: true, value: 21n });
    // Deep recursion: a chain of 999 nested calls fits, 1000 traps at the call's site, as without inlining.
    const down = exportAll(
      insertFuel(
        parseOrThrow(`(module (constants 8) (sites 2) (func $down (param $n i32) (result i32)
          (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0)) (else (call $down site=1 (i32.sub (local.get $n) (i32.const 1)))))))`),
      ),
    );
    const inlined = inlineSelfCalls(down);
    expect(countFrames(funcOf(inlined, "down"))).toBe(1);
    const c = interpret(inlined);
    expect(c.invoke("down", [999])).toEqual({ ok: true, value: 0 });
    expect(c.invoke("down", [1000])).toEqual({ ok: false, trap: "MemoryLimitExceeded", site: 1 });
  });

  it("leaves-large-non-recursive-and-many-call-functions-alone", () => {
    const big = Array.from({ length: 40 }, () => "(drop (i64.const 1))").join(" ");
    const calls = Array.from({ length: 5 }, () => "(drop (call $many site=1 (i32.const 0)))").join(" ");
    const m = parseOrThrow(`(module (constants 8) (sites 2)
      (func $big (param $n i32) (result i64) ${big} ${big} (call $big site=1 (local.get $n)))
      (func $many (param $n i32) (result i64) (if (i32.eqz (local.get $n)) (then ${calls})) (i64.const 0))
      (func $leaf (param $n i32) (result i32) (local.get $n)))`);
    expect(inlineSelfCalls(m)).toEqual(m);
  });
});

describe("inlineSelfCalls keeps every run fixture's results", () => {
  for (const { name, text } of fixtures) {
    it(name, () => {
      const out = inlineSelfCalls(exportAll(parseOrThrow(text, name)));
      expect(verify(out).map(formatVerifyError)).toEqual([]);
      const inst = interpret(out);
      expect(parseRunLines(text).map((l) => checkRunLine(out, inst, l)).filter((x) => x !== undefined)).toEqual([]);
    });
  }
});
