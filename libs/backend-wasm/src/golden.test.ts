// Golden WAT: what the emitter produces (at optimize: false, so binaryen's
// passes cannot churn it) for IR fixtures covering every lowering strategy.
// Each golden file holds the IR it came from as comments, then the WAT.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { exportAll, parseOrThrow, print } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { emitWat } from "./backend.js";

const FIXTURES = [
  "alloc-limit",
  "alloc-output",
  "block-value",
  "br-table",
  "call-depth",
  "call-indirect",
  "conv-reinterpret",
  "conv-trunc-sat",
  "counter-arith",
  "data-segment",
  "entry-echo",
  "f64-div-checked",
  "f64-nearest",
  "fuel-loop",
  "i32-div",
  "i64-add-checked",
  "i64-mul-checked",
  "i64-neg-checked",
  "i64-rem-s",
  "loop-ranges",
  "loop-value",
  "mem-bounds",
  "mem-copy",
  "mem-fill",
  "mem-i64-f64",
  "select-drop",
  "state-regs",
  "trap-op",
  "unreachable-dead",
] as const;

const irDir = new URL("../../ir/testdata/run/", import.meta.url);
const goldenDir = new URL("../testdata/golden/", import.meta.url);
const update = process.env["UPDATE_GOLDEN"] === "1";

async function render(name: string): Promise<string> {
  const module = exportAll(parseOrThrow(readFileSync(new URL(`${name}.ir`, irDir), "utf8"), `${name}.ir`));
  const ir = print(module)
    .trimEnd()
    .split("\n")
    .map((l) => `;; ${l}`)
    .join("\n");
  return [
    ";; Regenerate: cd libs/backend-wasm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts",
    `;; WAT at optimize: false for libs/ir/testdata/run/${name}.ir (every function exported), from this IR:`,
    ir,
    (await emitWat(module)).trimEnd(),
    "",
  ].join("\n");
}

describe("golden wat", () => {
  it("covers-at-least-15-modules", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(15);
  });
  for (const name of FIXTURES) {
    it(name, async () => {
      const actual = await render(name);
      const file = new URL(`${name}.wat`, goldenDir);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file), `missing golden ${name}.wat: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(file, "utf8"));
    });
  }
});
