// The whole command in-process at the smallest settings: options → run →
// text report and JSON file. Checks the plumbing, not the numbers.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";
import type { BenchReport } from "./report-types.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe("main", () => {
  it("a-quick-run-prints-the-report-and-writes-the-json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tetra-bench-test-"));
    try {
      const file = join(dir, "out.json");
      const c = capture();
      const code = await main(["--quick", "--rounds", "1", "--kernel", "fib,echo", "--target", "tree-walk,js", "--json", file], c.io);
      expect(c.err.join("")).toContain("C baseline: cc -O2");
      expect(code).toBe(0);
      const text = c.out.join("");
      expect(text).toContain("fib — fib(n), recursive");
      expect(text).toMatch(/Goals \(same run\)\s+js\/hand-JS ≤ 2\.00×/);
      expect(text).toContain("Per-call overhead");
      const report = JSON.parse(readFileSync(file, "utf8")) as BenchReport;
      expect(report.format).toBe("tetra-bench-1");
      expect(report.failed).toBe(false);
      expect(report.kernels.map((k) => k.name)).toEqual(["fib", "echo"]);
      const fib = report.kernels[0];
      expect(fib?.groups.map((g) => [g.tier, g.workload, g.measurements.map((m) => [m.name, m.status])])).toEqual([
        ["smallQuick", "n = 12", [["hand-js", "ok"], ["c", "ok"], ["tree-walk", "ok"]]],
        ["quick", "n = 20", [["hand-js", "ok"], ["c", "ok"], ["js", "ok"]]],
      ]);
      expect(report.ratios.filter((r) => r.kernel === "fib").map((r) => [r.target, r.baseline, r.goal ?? null])).toEqual([
        ["tree-walk", "hand-js", null],
        ["tree-walk", "c", null],
        ["js", "hand-js", 2],
        ["js", "c", null],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("usage-errors-exit-2-and-help-exits-0", async () => {
    const bad = capture();
    expect(await main(["--kernel", "nope"], bad.io)).toBe(2);
    expect(bad.err.join("")).toContain('unknown kernel "nope"');
    const help = capture();
    expect(await main(["--help"], help.io)).toBe(0);
    expect(help.out.join("")).toContain("usage: tetra bench");
  });
});
