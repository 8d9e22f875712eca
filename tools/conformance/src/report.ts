// Printing a conformance report: the matrix, the failures with their diffs,
// the totals; and the machine-readable form written by `--json`.
import { describeOutcome } from "./outcome.js";
import type { Cell, Report } from "./harness.js";

const MARK: Record<Cell["kind"], string> = { pass: "✓", fail: "✗", skip: "skip", unavailable: "n/a" };

/** The fixture × target matrix, one row per fixture, then failures and totals. */
export function formatReport(report: Report): string {
  const width = Math.max(7, ...report.results.map((r) => r.id.length));
  const colWidth = Math.max(...report.targets.map((t) => t.length), 4);
  const lines: string[] = [];
  lines.push(`${"fixture".padEnd(width)}  ${report.targets.map((t) => t.padEnd(colWidth)).join(" ")}`);
  for (const r of report.results) {
    lines.push(`${r.id.padEnd(width)}  ${report.targets.map((t) => MARK[r.cells.get(t)!.kind].padEnd(colWidth)).join(" ")}`.trimEnd());
  }
  const failures = report.results.flatMap((r) =>
    report.targets.flatMap((t) => {
      const c = r.cells.get(t)!;
      return c.kind === "fail" ? [`✗ ${r.id} [${t}]\n${indent(c.reason)}`] : [];
    }),
  );
  const skips = report.results.flatMap((r) =>
    report.targets.flatMap((t) => {
      const c = r.cells.get(t)!;
      return c.kind === "skip" ? [`skip ${r.id} [${t}]: ${c.reason}`] : [];
    }),
  );
  if (skips.length > 0) lines.push("", "Declared skips:", ...skips);
  if (failures.length > 0) lines.push("", "Failures:", ...failures);
  lines.push("", "Totals:");
  for (const t of report.targets) {
    const n = report.totals.get(t)!;
    lines.push(`  ${t.padEnd(colWidth)}  ${n.pass} passed, ${n.fail} failed, ${n.skip} skipped${n.unavailable > 0 ? `, ${n.unavailable} unavailable` : ""}`);
  }
  lines.push(report.ok ? "conformance: OK" : "conformance: FAILED");
  return lines.join("\n");
}

function indent(s: string): string {
  return s
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

/** Plain data for `--json`. */
export function reportToJson(report: Report): unknown {
  return {
    ok: report.ok,
    targets: report.targets,
    totals: Object.fromEntries(report.totals),
    fixtures: report.results.map((r) => ({
      id: r.id,
      cells: Object.fromEntries(r.cells),
      outcomes: Object.fromEntries([...r.outcomes].map(([t, o]) => [t, describeOutcome(o)])),
    })),
  };
}
