// One benchmark run: machine info, the C build, backend loading, then per
// kernel: compile on every requested target (cold and cached), and measure
// each workload tier with its baselines in interleaved rounds.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileRule, lowerSource, type TargetName } from "@tetra/driver";
import { buildCKernels, cVariant, removeCBuild, type CBuild } from "./c-baseline.js";
import type { Kernel, Tier } from "./kernels.js";
import { finishMachineInfo, readMachineInfo } from "./machine.js";
import { measureGroup, type MeasureSettings } from "./measure.js";
import { groupRatios } from "./ratios.js";
import type { BenchReport, CompileTiming, GroupReport, KernelReport, Skipped } from "./report-types.js";
import { handVariant, prepareTarget, ruleVariant, type Prepared } from "./targets.js";
import { hrClock, type Variant } from "./variant.js";

export interface BenchOptions {
  readonly kernels: readonly Kernel[];
  readonly targets: readonly TargetName[];
  readonly quick: boolean;
  readonly settings: MeasureSettings;
  /** The command line, as printed in the report. */
  readonly command: string;
  /** Progress lines (stderr in the CLI). */
  readonly log: (line: string) => void;
}

/** The tier a target runs at: compiled targets at full size, tree-walk and ir smaller. */
export function tierFor(target: TargetName, quick: boolean): Tier {
  const slow = target === "tree-walk" || target === "ir";
  return slow ? (quick ? "smallQuick" : "small") : quick ? "quick" : "full";
}

export function kernelFile(kernel: Kernel): string {
  return basename(fileURLToPath(kernel.source));
}

export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const machine = readMachineInfo();
  const restoreCache = isolateCompileCache();
  const needsC = o.kernels.some((k) => k.c !== undefined);
  const c: CBuild | undefined = needsC ? buildCKernels() : undefined;
  if (c !== undefined) o.log(c.ok ? `C baseline: ${c.command} (${c.compiler})` : `C baseline unavailable: ${c.reason}`);
  try {
    const backendLoad = await loadBackends(o.targets, o.log);
    const kernels: KernelReport[] = [];
    for (const k of o.kernels) kernels.push(await benchKernel(k, o, c));
    const ratios = kernels.flatMap((k) => k.groups.flatMap((g) => groupRatios(k, g)));
    const problems = kernels.flatMap(problemsOf);
    // Wrong answers and crashes fail the run; a target that cannot compile a kernel (unsupported,
    // unavailable) is reported and does not. A kernel the front end rejects is a bug in the kernel.
    const failed = kernels.some((k) => k.groups.some((g) => g.measurements.some((m) => m.status !== "ok") || g.skipped.some((s) => s.status === "rejected")));
    return {
      format: "tetra-bench-1",
      date: new Date().toISOString(),
      command: o.command,
      quick: o.quick,
      settings: o.settings,
      machine: finishMachineInfo(machine, c?.ok === true ? c.compiler : undefined),
      backendLoad,
      cBuild: c?.ok === true ? c.command : undefined,
      kernels,
      ratios,
      problems,
      failed,
    };
  } finally {
    restoreCache();
    if (c !== undefined) removeCBuild(c);
  }
}

/**
 * Compile caches go to a fresh directory for the run, so the first compile of
 * each kernel is a true cache miss ("cold") and the second a hit ("cached"),
 * whatever an earlier run left in <repo>/.tetra-cache.
 */
function isolateCompileCache(): () => void {
  const before = process.env["TETRA_CACHE_DIR"];
  const dir = mkdtempSync(join(tmpdir(), "tetra-bench-cache-"));
  process.env["TETRA_CACHE_DIR"] = dir;
  return () => {
    if (before === undefined) delete process.env["TETRA_CACHE_DIR"];
    else process.env["TETRA_CACHE_DIR"] = before;
    rmSync(dir, { recursive: true, force: true });
  };
}

/** A program no kernel uses, compiled once per target to load its backend before anything is timed. */
const WARM_UP_SOURCE = "#main(Int n) -> Int\nn + 1\n";

async function loadBackends(targets: readonly TargetName[], log: (line: string) => void): Promise<{ target: TargetName; ms: number }[]> {
  const out: { target: TargetName; ms: number }[] = [];
  for (const target of targets) {
    if (target === "tree-walk") continue;
    const t0 = hrClock();
    const r = await compileRule({ source: WARM_UP_SOURCE, file: "warm-up.relon", target });
    const ms = (hrClock() - t0) / 1e6;
    if (r.ok) out.push({ target, ms });
    log(`${target}: first compile in this process ${ms.toFixed(0)} ms${r.ok ? "" : ` (${r.outcome.diagnostics.map((d) => d.message).join("; ")})`}`);
  }
  return out;
}

async function benchKernel(kernel: Kernel, o: BenchOptions, c: CBuild | undefined): Promise<KernelReport> {
  const source = readFileSync(kernel.source, "utf8");
  const frontEndMs = o.targets.some((t) => t !== "tree-walk") ? timeFrontEnd(source, kernelFile(kernel)) : undefined;
  const prepared: Prepared[] = [];
  const compile: CompileTiming[] = [];
  for (const target of o.targets) {
    const p = await prepareTarget(source, kernelFile(kernel), target);
    prepared.push(p);
    if (p.ok) {
      compile.push({ target, coldMs: p.coldMs, cachedMs: p.cachedMs });
      o.log(`${kernel.name}: ${target} compiled in ${p.coldMs.toFixed(1)} ms${p.cachedMs === undefined ? "" : `, cached ${p.cachedMs.toFixed(1)} ms`}`);
    } else {
      o.log(`${kernel.name}: ${target} ${p.status}: ${p.reason}`);
    }
  }
  const tiers = [...new Set(o.targets.map((t) => tierFor(t, o.quick)))];
  const groups: GroupReport[] = [];
  for (const tier of tiers) {
    const workload = kernel.workloads[tier];
    const inTier = prepared.filter((p) => tierFor(p.target, o.quick) === tier);
    const skipped: Skipped[] = inTier.flatMap((p) => (p.ok ? [] : [{ name: p.target, status: p.status, reason: p.reason }]));
    let expected: string;
    try {
      expected = kernel.hand(workload.args);
    } catch (e) {
      const reason = `the hand-written JS threw: ${e instanceof Error ? e.message : String(e)}`;
      groups.push({ tier, workload: workload.label, args: workload.args, memoryLimit: workload.memoryLimit, measurements: [{ name: "hand-js", status: "failed", reason }], skipped });
      continue;
    }
    const variants: Variant[] = [handVariant(kernel, workload.args)];
    if (kernel.c !== undefined && c !== undefined) {
      if (c.ok) variants.push(cVariant(c.binary, kernel.c, workload.n, o.settings.cWarmupMs));
      else skipped.push({ name: "c", status: "unavailable", reason: c.reason });
    }
    for (const p of inTier) if (p.ok) variants.push(ruleVariant(p.rule, workload));
    o.log(`${kernel.name} (${workload.label}): measuring ${variants.map((v) => v.name).join(", ")}`);
    const measurements = measureGroup(variants, expected, o.settings, workload.minCalls);
    groups.push({ tier, workload: workload.label, args: workload.args, memoryLimit: workload.memoryLimit, measurements, skipped });
  }
  return { name: kernel.name, title: kernel.title, kind: kernel.kind, frontEndMs, compile, groups };
}

function timeFrontEnd(source: string, file: string): number | undefined {
  const t0 = hrClock();
  try {
    const r = lowerSource(source, file);
    return r.ok ? (hrClock() - t0) / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

function problemsOf(k: KernelReport): string[] {
  return k.groups.flatMap((g) => [
    ...g.measurements.flatMap((m) => (m.status === "ok" ? [] : [`${k.name} (${g.workload}) ${m.name}: ${m.status}: ${m.reason}`])),
    ...g.skipped.map((s) => `${k.name} (${g.workload}) ${s.name}: ${s.status}: ${s.reason}`),
  ]);
}
