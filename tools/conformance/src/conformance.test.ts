// The conformance matrix as part of the test suite: every shared and project
// fixture on every target, zero disagreements. TETRA_CONFORM_TARGETS narrows
// the targets for a quick local run (CI runs all five).
import { describe, expect, it } from "vitest";
import { parseTargetList, TARGET_NAMES } from "@tetra/driver";
import { conform } from "./conform.js";
import { formatReport } from "./report.js";

function targetsFromEnv() {
  const text = process.env["TETRA_CONFORM_TARGETS"];
  if (text === undefined || text === "") return [...TARGET_NAMES];
  const parsed = parseTargetList(text);
  if (!parsed.ok) throw new Error(`TETRA_CONFORM_TARGETS: unknown target ${parsed.unknown}`);
  return parsed.targets;
}

describe("conformance", () => {
  it("every-fixture-agrees-on-every-target", async () => {
    const { report, problems, fixtureCount } = await conform({ targets: targetsFromEnv() });
    const text = formatReport(report);
    if (!report.ok) console.log(text);
    expect(problems).toEqual([]);
    // 146 shared fixtures + the project's own (≥ 200).
    expect(fixtureCount).toBeGreaterThanOrEqual(354);
    expect(report.results.flatMap((r) => [...r.cells].filter(([, c]) => c.kind === "fail").map(([t]) => `${r.id} [${t}]`))).toEqual([]);
    expect(report.ok).toBe(true);
  }, 1_200_000);
});
