import { describe, expect, it } from "vitest";
import { goalFor, groupRatios } from "./ratios.js";
import type { GroupReport } from "./report-types.js";

const summary = (median: number) => ({ median, min: median, q1: median, q3: median, samples: 1 });
const ok = (name: "hand-js" | "c" | "js" | "wasm" | "native" | "ir", median: number) => ({ name, status: "ok", summary: summary(median), batch: 1, calls: 1, output: "1" }) as const;

describe("ratios", () => {
  it("goals-apply-to-compiled-targets-at-full-size-only", () => {
    expect(goalFor("compute", "full", "js", "hand-js")).toBe(2.0);
    expect(goalFor("compute", "quick", "wasm", "c")).toBe(1.5);
    expect(goalFor("compute", "full", "native", "c")).toBe(1.1);
    expect(goalFor("call", "full", "js", "hand-js")).toBe(2.0);
    expect(goalFor("call", "full", "wasm", "c")).toBeUndefined();
    expect(goalFor("compute", "small", "js", "hand-js")).toBeUndefined();
    expect(goalFor("compute", "full", "ir", "hand-js")).toBeUndefined();
  });

  it("every-target-is-divided-by-every-baseline-of-its-group", () => {
    const group: GroupReport = {
      tier: "full",
      workload: "n = 1",
      args: "{}",
      memoryLimit: undefined,
      measurements: [ok("hand-js", 100), ok("c", 50), ok("js", 150), ok("native", 55), { name: "wasm", status: "mismatch", reason: "x" }],
      skipped: [],
    };
    expect(groupRatios({ name: "fib", kind: "compute" }, group)).toEqual([
      { kernel: "fib", tier: "full", workload: "n = 1", target: "js", baseline: "hand-js", ratio: 1.5, goal: 2.0 },
      { kernel: "fib", tier: "full", workload: "n = 1", target: "js", baseline: "c", ratio: 3, goal: undefined },
      { kernel: "fib", tier: "full", workload: "n = 1", target: "native", baseline: "hand-js", ratio: 0.55, goal: undefined },
      { kernel: "fib", tier: "full", workload: "n = 1", target: "native", baseline: "c", ratio: 1.1, goal: 1.1 },
    ]);
  });
});
