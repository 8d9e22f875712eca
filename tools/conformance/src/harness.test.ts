import { describe, expect, it } from "vitest";
import type { Fixture } from "./fixtures.js";
import { runConformance } from "./harness.js";
import type { Outcome } from "./outcome.js";
import { formatReport, reportToJson } from "./report.js";
import type { Target } from "./target.js";

function fixture(id: string, expected: Fixture["expected"], skips: Fixture["skips"] = []): Fixture {
  return { id, file: `${id}.relon`, source: "", expected, skips };
}

function target(name: string, compiled: boolean, answers: Record<string, Outcome>, available: true | string = true): Target {
  return {
    name,
    compiled,
    available: async () => available,
    run: async (f) => {
      const o = answers[f.id];
      if (o === undefined) throw new Error(`no answer for ${f.id}`);
      return o;
    },
  };
}

const ok = (json: string, bytes?: number[]): Outcome => (bytes === undefined ? { kind: "ok", json } : { kind: "ok", json, bytes: Uint8Array.from(bytes) });
const trap = (kind: string): Outcome => ({ kind: "trap", trap: kind, message: "" });

describe("runConformance", () => {
  const fixtures = [
    fixture("a", { kind: "value", json: "1" }),
    fixture("b", { kind: "error", errorKind: "DivisionByZero" }),
    fixture("c", { kind: "error", errorKind: "StaticTypeMismatch" }, [{ targets: ["js"], reason: "needs a fix" }]),
  ];

  it("passes-when-every-target-meets-expectation-and-agrees", async () => {
    const tw = target("tree-walk", false, { a: ok("1"), b: trap("DivisionByZero"), c: { kind: "rejected", codes: ["StaticTypeMismatch"], message: "" } });
    const js = target("js", true, { a: ok("1", [49]), b: trap("DivisionByZero") });
    const report = await runConformance({ fixtures, targets: [tw, js] });
    expect(report.ok).toBe(true);
    expect(report.totals.get("js")).toEqual({ pass: 2, fail: 0, skip: 1, unavailable: 0 });
    expect(report.results[2]!.cells.get("js")).toEqual({ kind: "skip", reason: "needs a fix" });
  });

  it("fails-on-a-wrong-value-a-disagreement-and-byte-differences", async () => {
    const tw = target("tree-walk", false, { a: ok("1"), b: trap("NumericOverflow"), c: { kind: "rejected", codes: ["StaticTypeMismatch"], message: "" } });
    const js = target("js", true, { a: ok("1", [49]), b: trap("DivisionByZero") });
    const wasm = target("wasm", true, { a: ok("1", [50]), b: trap("DivisionByZero"), c: { kind: "unsupported", construct: "schemas" } });
    const report = await runConformance({ fixtures, targets: [tw, js, wasm] });
    expect(report.ok).toBe(false);
    const cellsB = report.results[1]!.cells;
    expect(cellsB.get("tree-walk")).toEqual({ kind: "fail", reason: "expected error DivisionByZero, got trap NumericOverflow" });
    expect(cellsB.get("js")).toEqual({ kind: "fail", reason: "disagrees with tree-walk: trap DivisionByZero, reference trap NumericOverflow" });
    expect(report.results[0]!.cells.get("wasm")).toEqual({ kind: "fail", reason: "disagrees with js: output-region bytes differ" });
    expect(report.results[2]!.cells.get("wasm")?.kind).toBe("fail");
    const text = formatReport(report);
    expect(text).toContain("✗ b [js]");
    expect(text).toContain("conformance: FAILED");
    expect(JSON.stringify(reportToJson(report))).toContain('"unsupported: schemas"');
  });

  it("ignores-resource-limit-differences-against-the-tree-walk-oracle-only", async () => {
    const f = [fixture("deep", { kind: "value", json: "1" })];
    const tw = target("tree-walk", false, { deep: ok("1") });
    const js = target("js", true, { deep: trap("MemoryLimitExceeded") });
    const wasm = target("wasm", true, { deep: trap("StepLimitExceeded") });
    const report = await runConformance({ fixtures: f, targets: [tw, js, wasm] });
    // Both compiled targets still fail their literal expectation (a value).
    expect(report.results[0]!.cells.get("js")).toEqual({ kind: "fail", reason: "expected a value, got trap MemoryLimitExceeded" });
    const spin = [fixture("spin", { kind: "error", errorKind: "StepLimitExceeded" })];
    const tw2 = target("tree-walk", false, { spin: trap("StepLimitExceeded") });
    const js2 = target("js", true, { spin: trap("StepLimitExceeded") });
    expect((await runConformance({ fixtures: spin, targets: [tw2, js2] })).ok).toBe(true);
  });

  it("reports-a-crash-and-an-unavailable-target", async () => {
    const f = [fixture("a", { kind: "value", json: "1" })];
    const tw = target("tree-walk", false, { a: ok("1") });
    const broken = target("ir", true, {});
    const native = target("native", true, {}, "native target unavailable: llc-14 missing");
    const report = await runConformance({ fixtures: f, targets: [tw, broken, native] });
    expect(report.results[0]!.cells.get("ir")).toEqual({ kind: "fail", reason: "expected a value, got crash: Error: no answer for a\ndisagrees with tree-walk: crash: Error: no answer for a; reference: ok 1" });
    expect(report.results[0]!.cells.get("native")).toEqual({ kind: "unavailable", reason: "native target unavailable: llc-14 missing" });
    expect(report.ok).toBe(false);
    expect((await runConformance({ fixtures: f, targets: [tw, native], allowUnavailable: true })).ok).toBe(true);
  });
});
