// The text report: the machine, then per kernel the measured table (absolute
// medians shown alongside, ratios against the baselines of the same group),
// then the goals, compile times and per-call overhead.
import type { TargetName } from "@tetra/driver";
import { formatMs, formatNs, formatRatio, table } from "./format.js";
import { describeMachine } from "./machine.js";
import type { Measurement } from "./measure.js";
import { GOALS } from "./ratios.js";
import type { BenchReport, GroupReport, KernelReport, Ratio } from "./report-types.js";

export function renderReport(r: BenchReport): string {
  const s = r.settings;
  const lines = [
    `Tetra benchmarks${r.quick ? " (--quick: smoke-test sizes, numbers are not meaningful)" : ""} — ${r.date}`,
    ...describeMachine(r.machine),
    `command: ${r.command}`,
    `method:  per variant: warm-up ${s.warmupMs} ms (C: ${s.cWarmupMs} ms per process), then ${s.rounds} interleaved rounds × ${s.samplesPerRound} samples of ~${s.sampleMs} ms (call kernels: at least 10^5 calls, within ${s.maxVariantMs / 1000} s per variant); median per call. Ratios are medians over a baseline's median from the same group.`,
    `C:       ${r.cBuild ?? "not built"}`,
    "",
  ];
  for (const k of r.kernels) lines.push(...renderKernel(k, r.ratios), "");
  lines.push(...renderGoals(r), "", ...renderCompile(r), "", ...renderCalls(r));
  if (r.problems.length > 0) lines.push("", "Problems:", ...r.problems.map((p) => `  ${p}`));
  return lines.join("\n");
}

function renderKernel(k: KernelReport, ratios: readonly Ratio[]): string[] {
  const lines = [`${k.name} — ${k.title}`];
  for (const g of k.groups) {
    const ratioOf = (target: string, baseline: "hand-js" | "c") =>
      ratios.find((x) => x.kernel === k.name && x.tier === g.tier && x.target === target && x.baseline === baseline)?.ratio;
    const rows: string[][] = [[`${g.workload}, arena ${formatBytes(g.memoryLimit)}`, "median", "min", "IQR", "calls", "/hand-JS", "/C"]];
    for (const m of g.measurements) rows.push(measurementRow(m, ratioOf));
    for (const sk of g.skipped) rows.push([sk.name, `${sk.status}: ${truncate(sk.reason, 100)}`]);
    lines.push(...table(rows, "  "));
  }
  return lines;
}

function measurementRow(m: Measurement, ratioOf: (target: string, b: "hand-js" | "c") => number | undefined): string[] {
  if (m.status !== "ok") return [m.name, `${m.status}: ${truncate(m.reason, 100)}`];
  const s = m.summary;
  const iqr = s.median > 0 ? `±${(((s.q3 - s.q1) / 2 / s.median) * 100).toFixed(1)}%` : "–";
  const baseline = m.name === "hand-js" || m.name === "c";
  return [m.name, formatNs(s.median), formatNs(s.min), iqr, String(m.calls), baseline ? "" : formatRatio(ratioOf(m.name, "hand-js")), baseline ? "" : formatRatio(ratioOf(m.name, "c"))];
}

function renderGoals(r: BenchReport): string[] {
  const header = ["Goals (same run)", ...GOALS.map((g) => `${g.target}/${g.baseline === "c" ? "C" : "hand-JS"} ≤ ${g.max.toFixed(2)}×`)];
  const rows: string[][] = [header];
  for (const k of r.kernels) {
    const cells = GOALS.map((g) => {
      const x = r.ratios.find((q) => q.kernel === k.name && q.target === g.target && q.baseline === g.baseline && q.goal !== undefined);
      if (x === undefined || x.goal === undefined) return "–";
      return `${formatRatio(x.ratio)} ${x.ratio <= x.goal ? "ok" : "MISS"}`;
    });
    rows.push([k.name, ...cells]);
  }
  return table(rows);
}

function renderCompile(r: BenchReport): string[] {
  const targets = [...new Set(r.kernels.flatMap((k) => k.compile.map((c) => c.target)))].filter((t) => t !== "tree-walk");
  const lines = [
    `Compile times, ms (cold: first compile of the program, a cache miss; cached: the same compile again, a cache hit). First compile in the process, loading the backend: ${
      r.backendLoad.map((b) => `${b.target} ${formatMs(b.ms)}`).join(", ") || "–"
    }.`,
  ];
  const header = ["kernel", "front end", ...targets.flatMap((t) => (t === "wasm" || t === "native" ? [`${t} cold`, `${t} cached`] : [t]))];
  const rows: string[][] = [header];
  for (const k of r.kernels) {
    const of = (t: TargetName) => k.compile.find((c) => c.target === t);
    rows.push([k.name, formatMs(k.frontEndMs), ...targets.flatMap((t) => (t === "wasm" || t === "native" ? [formatMs(of(t)?.coldMs), formatMs(of(t)?.cachedMs)] : [formatMs(of(t)?.coldMs)]))]);
  }
  return [...lines, ...table(rows, "  ")];
}

/** Per-call cost of the call kernels (pricing, echo) on every variant. */
function renderCalls(r: BenchReport): string[] {
  const calls = r.kernels.filter((k) => k.kind === "call");
  if (calls.length === 0) return [];
  const groups: { kernel: KernelReport; group: GroupReport }[] = calls.flatMap((k) => k.groups.map((group) => ({ kernel: k, group })));
  const names = [...new Set(groups.flatMap((g) => g.group.measurements.map((m) => m.name)))];
  const rows: string[][] = [["per call", ...groups.map((g) => `${g.kernel.name}${g.kernel.groups.length > 1 ? ` (${g.group.tier})` : ""}`), ...(hasPricing(groups) ? ["pricing × 10^5"] : [])]];
  for (const name of names) {
    const cells = groups.map((g) => {
      const m = g.group.measurements.find((x) => x.name === name);
      return m?.status === "ok" ? formatNs(m.summary.median) : "–";
    });
    const pricing = groups.find((g) => g.kernel.name === "pricing" && (g.group.tier === "full" || g.group.tier === "quick"))?.group.measurements.find((x) => x.name === name);
    rows.push([name, ...cells, ...(hasPricing(groups) ? [pricing?.status === "ok" ? formatNs(pricing.summary.median * 1e5) : "–"] : [])]);
  }
  return ["Per-call overhead (JSON text in → JSON text out, median per call):", ...table(rows, "  ")];
}

function hasPricing(groups: readonly { kernel: KernelReport }[]): boolean {
  return groups.some((g) => g.kernel.name === "pricing");
}

function formatBytes(n: number | undefined): string {
  if (n === undefined) return "8 MiB (default)";
  return n >= 1 << 20 ? `${n / (1 << 20)} MiB` : `${n / 1024} KiB`;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
