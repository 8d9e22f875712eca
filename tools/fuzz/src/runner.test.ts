import type { Outcome } from "@tetra/conformance";
import { describe, expect, it } from "vitest";
import { compareRuns, DEFAULT_LIMITS, failureSignature, involvedTargets, runProgram, type TargetRun } from "./runner.js";

const ok = (json: string, bytes?: number[]): Outcome => (bytes === undefined ? { kind: "ok", json } : { kind: "ok", json, bytes: Uint8Array.from(bytes) });
const trap = (kind: string): Outcome => ({ kind: "trap", trap: kind, message: "" });
const run = (target: TargetRun["target"], outcome: Outcome): TargetRun => ({ target, outcome, ms: 0 });

describe("compareRuns", () => {
  it("agrees-on-equal-values-and-equal-trap-kinds", () => {
    expect(compareRuns([run("tree-walk", ok("1")), run("ir", ok("1", [49])), run("js", ok("1", [49]))], DEFAULT_LIMITS)).toEqual([]);
    expect(compareRuns([run("tree-walk", trap("DivisionByZero")), run("js", trap("DivisionByZero"))], DEFAULT_LIMITS)).toEqual([]);
  });

  it("reports-a-value-difference-against-tree-walk", () => {
    const d = compareRuns([run("tree-walk", ok("1")), run("js", ok("2", [50]))], DEFAULT_LIMITS);
    expect(d.map((x) => [x.target, x.against])).toEqual([["js", "tree-walk"]]);
    expect(d[0]!.reason).toContain("value differs");
  });

  it("does-not-compare-step-limits-with-tree-walk-but-does-among-compiled-targets", () => {
    expect(compareRuns([run("tree-walk", trap("StepLimitExceeded")), run("ir", ok("1", [49]))], DEFAULT_LIMITS)).toEqual([]);
    expect(compareRuns([run("tree-walk", ok("1")), run("ir", trap("MemoryLimitExceeded"))], DEFAULT_LIMITS)).toEqual([]);
    const d = compareRuns([run("tree-walk", trap("StepLimitExceeded")), run("ir", trap("StepLimitExceeded")), run("js", ok("1", [49]))], DEFAULT_LIMITS);
    expect(d.map((x) => [x.target, x.against])).toEqual([["js", "ir"]]);
  });

  it("compares-output-bytes-among-compiled-targets", () => {
    const d = compareRuns([run("tree-walk", ok("1")), run("ir", ok("1", [49])), run("js", ok("1", [49, 10]))], DEFAULT_LIMITS);
    expect(d).toEqual([{ target: "js", against: "ir", reason: "output-region bytes differ" }]);
  });

  it("skips-tree-walk-for-tiny-arena-runs", () => {
    const limits = { ...DEFAULT_LIMITS, memoryLimit: 2048, withTreeWalk: false };
    expect(compareRuns([run("tree-walk", ok("1")), run("ir", trap("MemoryLimitExceeded")), run("js", trap("MemoryLimitExceeded"))], limits)).toEqual([]);
    expect(compareRuns([run("tree-walk", ok("1")), run("ir", trap("MemoryLimitExceeded")), run("js", ok("1", [49]))], limits).length).toBe(1);
  });

  it("treats-crashes-and-unsupported-as-failures-of-their-own", () => {
    const d = compareRuns([run("tree-walk", ok("1")), run("ir", { kind: "crash", message: "boom" }), run("js", { kind: "unsupported", construct: "x" })], DEFAULT_LIMITS);
    expect(d).toEqual([
      { target: "ir", against: "ir", reason: "crashed: boom" },
      { target: "js", against: "js", reason: "unsupported: x" },
    ]);
  });

  it("compares-the-compiled-targets-that-did-not-crash-with-each-other", () => {
    const d = compareRuns([run("tree-walk", trap("MemoryLimitExceeded")), run("ir", { kind: "crash", message: "stack" }), run("js", trap("NumericOverflow")), run("wasm", trap("MemoryLimitExceeded"))], DEFAULT_LIMITS);
    expect(d.map((x) => [x.target, x.against])).toEqual([
      ["ir", "ir"],
      ["wasm", "js"],
    ]);
  });
});

describe("failureSignature", () => {
  it("names-targets-and-outcome-classes-only", () => {
    const runs = [run("tree-walk", trap("NumericOverflow")), run("ir", ok("5", [53])), run("js", ok("5", [53]))];
    const p = { runs, disagreements: compareRuns(runs, DEFAULT_LIMITS) };
    expect(failureSignature(p)).toBe("ir[ok]≠tree-walk[trap NumericOverflow] js[ok]≠tree-walk[trap NumericOverflow]");
    expect(involvedTargets(p)).toEqual(["tree-walk", "ir", "js"]);
  });
});

describe("runProgram", () => {
  it("runs-a-program-through-the-driver-on-each-target", async () => {
    const r = await runProgram({ source: "#main(Int x) -> Int\nx * 2", args: '{"x": 21}', targets: ["tree-walk", "ir"], limits: DEFAULT_LIMITS });
    expect(r.runs.map((x) => [x.target, x.outcome.kind, x.outcome.kind === "ok" ? x.outcome.json : ""])).toEqual([
      ["tree-walk", "ok", "42"],
      ["ir", "ok", "42"],
    ]);
    expect(r.disagreements).toEqual([]);
  });

  it("reports-the-trap-kind-of-each-target", async () => {
    const r = await runProgram({ source: "#main(Int x) -> Int\nx + 1", args: '{"x": 9223372036854775807}', targets: ["tree-walk", "ir"], limits: DEFAULT_LIMITS });
    expect(r.runs.map((x) => (x.outcome.kind === "trap" ? x.outcome.trap : x.outcome.kind))).toEqual(["NumericOverflow", "NumericOverflow"]);
  });
});
