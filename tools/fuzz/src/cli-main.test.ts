import { describe, expect, it } from "vitest";
import { fuzzMain } from "./cli-main.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("tetra fuzz", () => {
  it("rejects-unknown-options-and-targets-with-status-2", async () => {
    const a = capture();
    expect(await fuzzMain(["--frobnicate"], a.io)).toBe(2);
    expect(a.err).toEqual(["tetra fuzz: unknown option --frobnicate"]);
    const b = capture();
    expect(await fuzzMain(["--targets", "tree-walk,cobol"], b.io)).toBe(2);
    expect(b.err).toEqual(["tetra fuzz: unknown target cobol"]);
    const c = capture();
    expect(await fuzzMain(["--count", "-3"], c.io)).toBe(2);
  });

  it("prints-its-usage-for-help-with-status-0", async () => {
    const a = capture();
    expect(await fuzzMain(["--help"], a.io)).toBe(0);
    expect(a.out[0]?.split("\n")[0]).toBe("usage: tetra fuzz [options]   (also: node tools/fuzz/dist/cli.js [options])");
    expect(a.out[0]).toContain("--write-fixtures [DIR]");
    expect(a.err).toEqual([]);
  });

  it("prints-the-same-programs-for-the-same-seed", async () => {
    const a = capture();
    const b = capture();
    expect(await fuzzMain(["--print", "--seed", "9", "--skip", "4", "--count", "2"], a.io)).toBe(0);
    await fuzzMain(["--print", "--seed", "9", "--skip", "4", "--count", "2"], b.io);
    expect(a.out).toEqual(b.out);
    expect(a.out.map((t) => t.split("\n")[0])).toEqual(["// program 4 (seed 9)", "// program 5 (seed 9)"]);
  });

  it("runs-a-campaign-and-exits-0-when-targets-agree", async () => {
    const a = capture();
    expect(await fuzzMain(["--seed", "12", "--count", "20", "--targets", "tree-walk"], a.io)).toBe(0);
    const report = a.out.join("\n");
    expect(report).toContain("programs: 20");
    expect(report).toContain("fuzz: no disagreement");
  });
});
