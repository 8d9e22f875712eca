// The differential fuzzer as a test: a fixed seed, a modest budget, every
// program on tree-walk, the IR interpreter and the JavaScript backend (and
// WebAssembly on a smaller budget). Any disagreement fails the test and prints
// the shrunk program, its arguments and each target's outcome — that program
// then belongs in tools/conformance/fixtures/fuzz (`--write-fixtures`).
import { describe, expect, it } from "vitest";
import { formatCampaign } from "./cli-main.js";
import { runCampaign } from "./campaign.js";

const SEED = 5150;

describe("differential fuzzing", () => {
  it("agrees-on-150-programs-across-tree-walk-ir-and-js", async () => {
    const report = await runCampaign({ seed: SEED, count: 150, targets: ["tree-walk", "ir", "js"], shrinkBudget: { maxCandidates: 400, maxMs: 20_000 } });
    const text = formatCampaign(report, SEED);
    expect(report.illTyped, text).toEqual([]);
    expect([...report.signatures.keys()], text).toEqual([]);
    expect(report.programs).toBe(150);
  }, 240_000);

  it("agrees-on-25-programs-on-wasm", async () => {
    const report = await runCampaign({ seed: SEED + 1, count: 25, targets: ["tree-walk", "wasm"], optimize: false, shrinkBudget: { maxCandidates: 150, maxMs: 20_000 } });
    expect([...report.signatures.keys()], formatCampaign(report, SEED + 1)).toEqual([]);
  }, 240_000);
});
