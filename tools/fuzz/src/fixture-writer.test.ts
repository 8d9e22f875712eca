import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discoverFixtures } from "@tetra/conformance";
import { describe, expect, it } from "vitest";
import type { GProgram } from "./gast.js";
import { fixtureFiles, fixtureName, writeFixture } from "./fixture-writer.js";
import { G } from "./gtype.js";
import { J } from "./json-value.js";
import { compareRuns, DEFAULT_LIMITS, type ProgramRun } from "./runner.js";

const program: GProgram = {
  imports: [],
  enums: [],
  schemas: [],
  main: { params: [{ name: "p0", type: G.int }], result: G.int },
  root: {
    kind: "Binary",
    op: "+",
    left: { kind: "Name", name: "p0", via: "name", quoted: false, type: G.int, hinted: false },
    right: { kind: "Int", value: 1n, radix: 10, type: G.int, hinted: false },
    type: G.int,
    hinted: true,
  },
  args: J.obj([["p0", J.num("9223372036854775807")]]),
};

function runOf(tw: ProgramRun["runs"][number]["outcome"], js: ProgramRun["runs"][number]["outcome"]): ProgramRun {
  const runs = [
    { target: "tree-walk" as const, outcome: tw, ms: 1 },
    { target: "js" as const, outcome: js, ms: 1 },
  ];
  return { runs, disagreements: compareRuns(runs, DEFAULT_LIMITS) };
}

describe("fixture writer", () => {
  it("writes-a-regular-fixture-with-the-tree-walk-expectation", () => {
    const run = runOf({ kind: "trap", trap: "NumericOverflow", message: "" }, { kind: "ok", json: "-9223372036854775808", bytes: new Uint8Array([45]) });
    const origin = { seed: 3, index: 41 };
    const name = fixtureName(run, origin);
    expect(name).toBe("s3_p41_js_value_differs");
    const files = fixtureFiles(name, program, run, origin);
    expect(files.relon).toBe(
      [
        "// fuzz: seed 3, program 41, shrunk (regenerate: node tools/fuzz/dist/cli.js --seed 3 --skip 41 --count 1)",
        "// tree-walk: trap NumericOverflow",
        "// js: ok -9223372036854775808",
        "// expectation: the tree-walk evaluator's outcome",
        "#main(Int p0) -> Int",
        "(p0 + 1)",
        "",
      ].join("\n"),
    );
    expect(files.args).toBe('{"p0":9223372036854775807}\n');
    expect(files.expected).toEqual({ file: "expected-error.txt", text: "NumericOverflow\n" });
    const dir = mkdtempSync(join(tmpdir(), "tetra-fuzz-"));
    writeFixture(dir, files);
    expect(readdirSync(dir).sort()).toEqual([`${name}.args.json`, `${name}.expected-error.txt`, `${name}.relon`]);
    const found = discoverFixtures(dir);
    expect(found.problems).toEqual([]);
    expect(found.fixtures.map((f) => [f.id, f.expected])).toEqual([[name, { kind: "error", errorKind: "NumericOverflow" }]]);
    expect(readFileSync(join(dir, `${name}.relon`), "utf8")).toBe(files.relon);
  });

  it("marks-the-expectation-for-review-when-tree-walk-gave-none", () => {
    const run = runOf({ kind: "crash", message: "boom" }, { kind: "ok", json: "7", bytes: new Uint8Array([55]) });
    const files = fixtureFiles("x", program, run, { seed: 1, index: 2 });
    expect(files.expectationFromTreeWalk).toBe(false);
    expect(files.expected).toEqual({ file: "expected.json", text: "7\n" });
    expect(files.relon).toContain("expectation: NEEDS REVIEW");
  });
});
