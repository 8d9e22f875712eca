// The shrinker against synthetic failures (no target bug needed): the
// reduced program must still fail the same way, be smaller, and still pass
// the checker at every step.
import { check, evaluate } from "@tetra/lang";
import { describe, expect, it } from "vitest";
import type { GProgram } from "./gast.js";
import { argsText } from "./fixture-writer.js";
import { generateProgram } from "./gen-program.js";
import { printProgram } from "./print-source.js";
import { programSeed } from "./rng.js";
import { candidates, programSize, shrink } from "./shrink.js";

function treeWalkOutcome(p: GProgram): string | undefined {
  const c = check(printProgram(p));
  if (!c.ok) return undefined;
  const o = evaluate(c.program, argsText(p));
  return o.kind === "ok" ? "ok" : o.error.kind;
}

/** The first generated program (seed 77) whose tree-walk outcome satisfies `want`. */
function findProgram(want: (outcome: string) => boolean): GProgram {
  for (let i = 0; i < 500; i++) {
    const { program } = generateProgram(programSeed(77, i));
    const o = treeWalkOutcome(program);
    if (o !== undefined && want(o)) return program;
  }
  throw new Error("no such program in the first 500");
}

describe("shrink", () => {
  it("reduces-a-trapping-program-and-keeps-the-trap-kind", async () => {
    const p = findProgram((o) => o === "NumericOverflow");
    const r = await shrink(p, async (c) => treeWalkOutcome(c) === "NumericOverflow", { maxCandidates: 3000, maxMs: 60_000 });
    expect(treeWalkOutcome(r.program)).toBe("NumericOverflow");
    expect(programSize(r.program)).toBeLessThan(programSize(p));
    expect(programSize(r.program)).toBeLessThan(220);
  });

  it("reduces-a-value-property-to-a-small-program", async () => {
    // A synthetic "bug": any program whose source still contains a float-to-text conversion.
    const p = findProgram(() => true);
    const fails = async (c: GProgram) => check(printProgram(c)).ok && printProgram(c).includes("+");
    if (!(await fails(p))) return;
    const r = await shrink(p, fails, { maxCandidates: 3000, maxMs: 60_000 });
    expect(await fails(r.program)).toBe(true);
    expect(printProgram(r.program).split("\n").length).toBeLessThanOrEqual(printProgram(p).split("\n").length);
    expect(programSize(r.program)).toBeLessThan(120);
  });

  it("offers-only-candidates-that-change-the-program", () => {
    const { program } = generateProgram(programSeed(77, 3));
    const text = printProgram(program) + argsText(program);
    let n = 0;
    for (const c of candidates(program)) {
      if (n++ > 300) break;
      expect(printProgram(c) + argsText(c)).not.toBe(text);
    }
    expect(n).toBeGreaterThan(10);
  });
});
