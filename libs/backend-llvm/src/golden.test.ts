// Golden LLVM IR: the `.ll` (before optimisation, fixed x86-64 target) of IR
// fixtures covering every op family. Each golden file starts with the command
// that re-blesses it and quotes the IR it was generated from.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { exportAll, parseOrThrow, print } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { defaultNativeCompiler } from "./native-backend.js";

const FIXTURES = [
  "i64-add-checked",
  "i64-mul-checked",
  "i64-neg-checked",
  "i64-div-s",
  "i32-rem",
  "i32-rotate",
  "i64-bitcount",
  "f64-div-checked",
  "f64-nearest",
  "f64-sign",
  "conv-trunc-sat",
  "counter-arith",
  "conv-reinterpret",
  "mem-bounds",
  "mem-copy-bounds",
  "mem-fill",
  "mem-narrow",
  "mem-i64-f64",
  "alloc-scratch",
  "state-regs",
  "call-depth",
  "call-indirect",
  "fuel-loop",
  "br-table",
  "block-value",
  "loop-ranges",
  "loop-value",
  "entry-echo",
  "trap-op",
];

const HEADER = "; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts";
const irDir = new URL("../../ir/testdata/run/", import.meta.url);
const goldenDir = new URL("../testdata/golden/", import.meta.url);

function golden(name: string): string {
  const m = exportAll(parseOrThrow(readFileSync(new URL(`${name}.ir`, irDir), "utf8"), `${name}.ir`));
  const quoted = print(m)
    .split("\n")
    .map((l) => `;   ${l}`.trimEnd())
    .join("\n");
  const ll = defaultNativeCompiler().emitLl(m, { golden: true });
  return `${HEADER}\n; From libs/ir/testdata/run/${name}.ir (every function exported):\n${quoted}\n\n${ll}`;
}

describe("golden .ll", () => {
  it("covers-at-least-15-modules", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(15);
  });
  for (const name of FIXTURES) {
    it(name, () => {
      const file = new URL(`${name}.ll`, goldenDir);
      const actual = golden(name);
      if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(file, actual);
      expect(existsSync(file), `missing ${name}.ll: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(file, "utf8"));
    });
  }
});
