// Golden emitted JavaScript: emitJs of IR modules (filetests read in place and
// the benchmark kernels after the fuel pass), so every change to the generated
// code shows up in review. Each file starts with the line that re-blesses it and
// contains its IR input as comments. UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportAll, insertFuel, parseOrThrow, print, type Module } from "@tetra/ir";
import { emitJs } from "./emit-module.js";

const FILETESTS = [
  "block-value",
  "br-table",
  "call-depth",
  "call-direct",
  "call-indirect",
  "conv-reinterpret",
  "conv-trunc-sat",
  "data-segment",
  "entry-echo",
  "f64-const",
  "f64-nearest",
  "fuel-loop",
  "i64-mul-checked",
  "i64-shifts",
  "if-else",
  "loop-sum",
  "loop-value",
  "mem-copy",
  "mem-i64-f64",
  "select-drop",
  "sum-array",
  "unreachable-dead",
];
const KERNELS = ["fib", "i64-loop"];
/** libs/backend-js/testdata/ir: modules shaped like lowered rules, after the fuel pass. */
const RULE_SHAPES = ["entry-loop"];

const golden = new URL("../testdata/golden/", import.meta.url);
const runDir = new URL("../../ir/testdata/run/", import.meta.url);
const kernelDir = new URL("../bench/kernels/", import.meta.url);
const irDir = new URL("../testdata/ir/", import.meta.url);

interface Case {
  readonly name: string;
  readonly origin: string;
  readonly module: Module;
}

const cases: Case[] = [
  ...FILETESTS.map((n) => ({ name: n, origin: `libs/ir/testdata/run/${n}.ir`, module: exportAll(parseOrThrow(readFileSync(new URL(`${n}.ir`, runDir), "utf8"), n)) })),
  ...KERNELS.map((n) => ({
    name: `kernel-${n}-fuel`,
    origin: `insertFuel(libs/backend-js/bench/kernels/${n}.ir)`,
    module: insertFuel(parseOrThrow(readFileSync(new URL(`${n}.ir`, kernelDir), "utf8"), n)),
  })),
  ...RULE_SHAPES.map((n) => ({
    name: `${n}-fuel`,
    origin: `insertFuel(libs/backend-js/testdata/ir/${n}.ir)`,
    module: insertFuel(parseOrThrow(readFileSync(new URL(`${n}.ir`, irDir), "utf8"), n)),
  })),
];

function goldenText(c: Case): string {
  const ir = print(c.module)
    .trimEnd()
    .split("\n")
    .map((l) => `// ${l}`);
  return [`// UPDATE_GOLDEN=1 npx vitest run golden (in libs/backend-js) regenerates this file: emitJs(${c.origin})`, "//", ...ir, "", emitJs(c.module)].join("\n");
}

describe("golden emitted JavaScript", () => {
  it("has-at-least-15-cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of cases) {
    it(c.name, () => {
      const file = new URL(`${c.name}.js`, golden);
      const text = goldenText(c);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, text);
      expect(existsSync(file), `missing ${c.name}.js: run UPDATE_GOLDEN=1 npx vitest run golden`).toBe(true);
      expect(text).toBe(readFileSync(file, "utf8"));
    });
  }
  it("has-no-stale-golden-files", () => {
    const names = new Set(cases.map((c) => `${c.name}.js`));
    expect(readdirSync(golden).filter((f) => !names.has(f))).toEqual([]);
  });
});
