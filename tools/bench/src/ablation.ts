// Where the time goes, by ablation (docs/performance.md). Two experiments on
// the compiled targets, each measured like the benchmark (interleaved rounds,
// medians, outputs checked against the hand-written JavaScript):
//
//   fuel    every compute kernel with the standard pipeline (fold, dce, fuel)
//           and without the fuel pass; the call-depth check stays (it is the
//           backends' own), so "no fuel" is an upper bound on fuel's cost;
//   arena   the echo rule (#main(Int n) -> Int n) at arena sizes 64 KiB to
//           64 MiB: the per-call cost that grows with the arena.
//
// Run after `npx tsc -b tools/bench`:
//   node tools/bench/dist/ablation.js [--kernel fib,loop] [--target js,wasm,native] [--quick] [--rounds N]
import { readFileSync, realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { InternalError } from "@tetra/core";
import { assertValid, dce, fold, insertFuel, MAX_FUEL, type Backend, type Instance, type Module } from "@tetra/ir";
import { check, lowerProgram } from "@tetra/lang";
import { buildCKernels, cVariant, removeCBuild, type CBuild } from "./c-baseline.js";
import { parseBenchArgs, USAGE } from "./cli-args.js";
import { formatNs, formatRatio, table } from "./format.js";
import { kernelByName, type Kernel, type Workload } from "./kernels.js";
import { describeMachine, finishMachineInfo, readMachineInfo } from "./machine.js";
import { FULL_SETTINGS, measureGroup, QUICK_SETTINGS, type Measurement, type MeasureSettings } from "./measure.js";
import type { BenchIo } from "./main.js";
import { kernelFile } from "./run-bench.js";
import { handVariant } from "./targets.js";
import { inProcessVariant, type Variant } from "./variant.js";

export type AblatedTarget = "js" | "wasm" | "native";
const ABLATED_TARGETS: readonly AblatedTarget[] = ["js", "wasm", "native"];

/** The module as the driver compiles it (`fuel: true`) or the same without the fuel pass. */
export function lowerKernel(kernel: Kernel, fuel: boolean): Module {
  const checked = check(readFileSync(kernel.source, "utf8"), kernelFile(kernel));
  if (!checked.ok) throw new InternalError(`${kernel.name}: the kernel does not check: ${checked.diagnostics.map((d) => d.message).join("; ")}`);
  const lowered = lowerProgram(checked.program);
  if (!lowered.ok) throw new InternalError(`${kernel.name}: lowering refused: ${lowered.error.map((d) => d.message).join("; ")}`);
  const passes = dce(fold(lowered.value));
  const m = fuel ? insertFuel(passes) : passes;
  assertValid(m, fuel ? "standard passes" : "fold + dce");
  return m;
}

async function backendOf(target: AblatedTarget): Promise<Backend<unknown>> {
  switch (target) {
    case "js":
      return (await import("@tetra/backend-js")).jsBackend as Backend<unknown>;
    case "wasm":
      return (await import("@tetra/backend-wasm")).wasmBackend as Backend<unknown>;
    case "native": {
      const llvm = await import("@tetra/backend-llvm");
      const probe = llvm.probeNativeToolchain();
      if (!probe.available) throw new InternalError(`native target unavailable: ${probe.reason}`);
      return llvm.nativeBackend as Backend<unknown>;
    }
    default:
      return unreachableTarget(target);
  }
}

function unreachableTarget(x: never): never {
  throw new InternalError(`unknown target ${String(x)}`);
}

export async function instantiate(target: AblatedTarget, m: Module): Promise<Instance> {
  const backend = await backendOf(target);
  const r = await backend.compile(m, { optimize: true });
  if (!r.ok) throw new InternalError(`${target} refused the module: ${JSON.stringify(r.error)}`);
  return backend.instantiate(r.value);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

/** A run straight on an instance: the same work as `runRule` on the success path. */
export function instanceVariant(name: string, inst: Instance, workload: Workload, memoryLimit = workload.memoryLimit): Variant {
  const options = memoryLimit === undefined ? { fuel: MAX_FUEL } : { fuel: MAX_FUEL, memoryLimit };
  return inProcessVariant(name, () => {
    const r = inst.run(encoder.encode(workload.args), options);
    return r.ok ? { ok: true, json: decoder.decode(r.output) } : { ok: false, reason: `trap ${r.trap}` };
  });
}

function medianOf(ms: readonly Measurement[], name: string): number | undefined {
  const m = ms.find((x) => x.name === name);
  return m?.status === "ok" ? m.summary.median : undefined;
}

async function fuelAblation(kernels: readonly Kernel[], targets: readonly AblatedTarget[], quick: boolean, settings: MeasureSettings, c: CBuild, io: BenchIo): Promise<string[]> {
  const rows: string[][] = [["kernel", "C", "hand-JS", ...targets.flatMap((t) => [t, `${t} no fuel`, "fuel share"])]];
  for (const kernel of kernels) {
    if (kernel.c === undefined) continue;
    const workload = kernel.workloads[quick ? "quick" : "full"];
    const variants: Variant[] = [handVariant(kernel, workload.args)];
    if (c.ok) variants.push(cVariant(c.binary, kernel.c, workload.n, settings.cWarmupMs));
    const withFuel = lowerKernel(kernel, true);
    const withoutFuel = lowerKernel(kernel, false);
    for (const t of targets) {
      variants.push(instanceVariant(t, await instantiate(t, withFuel), workload));
      variants.push(instanceVariant(`${t} no fuel`, await instantiate(t, withoutFuel), workload));
    }
    io.stderr(`fuel ablation: ${kernel.name} (${workload.label})\n`);
    const ms = measureGroup(variants, kernel.hand(workload.args), settings, workload.minCalls);
    for (const m of ms) if (m.status !== "ok") io.stderr(`  ${m.name}: ${m.status}: ${m.reason}\n`);
    const cell = (name: string) => formatNs(medianOf(ms, name) ?? NaN);
    rows.push([
      `${kernel.name} (${workload.label})`,
      cell("c"),
      cell("hand-js"),
      ...targets.flatMap((t) => {
        const a = medianOf(ms, t);
        const b = medianOf(ms, `${t} no fuel`);
        return [cell(t), cell(`${t} no fuel`), a === undefined || b === undefined ? "–" : `${(((a - b) / a) * 100).toFixed(0)}%`];
      }),
    ]);
  }
  return ["Fuel ablation (median per call; fuel share = 1 − no-fuel/with-fuel, negative = noise):", ...table(rows, "  ")];
}

export const ARENA_SIZES: readonly number[] = [64 << 10, 1 << 20, 8 << 20, 64 << 20];

async function arenaSweep(targets: readonly AblatedTarget[], settings: MeasureSettings, io: BenchIo): Promise<string[]> {
  const echo = kernelByName("echo");
  const m = lowerKernel(echo, true);
  const instances = await Promise.all(targets.map(async (t) => [t, await instantiate(t, m)] as const));
  const workload = echo.workloads.full;
  const rows: string[][] = [["arena", "hand-JS", ...targets]];
  for (const size of ARENA_SIZES) {
    io.stderr(`arena sweep: ${size / 1024} KiB\n`);
    const variants = [handVariant(echo, workload.args), ...instances.map(([t, inst]) => instanceVariant(t, inst, workload, size))];
    const ms = measureGroup(variants, echo.hand(workload.args), settings, 1);
    rows.push([size >= 1 << 20 ? `${size / (1 << 20)} MiB` : `${size / 1024} KiB`, formatNs(medianOf(ms, "hand-js") ?? NaN), ...targets.map((t) => formatNs(medianOf(ms, t) ?? NaN))]);
  }
  return ["Per-call cost of the echo rule by arena size (median per call; 8 MiB is the default):", ...table(rows, "  ")];
}

export async function ablationMain(argv: readonly string[], io: BenchIo): Promise<number> {
  const parsed = parseBenchArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(`${USAGE.replace("tetra bench", "node tools/bench/dist/ablation.js")}\n`);
    return 0;
  }
  if (parsed.kind === "error") {
    io.stderr(`ablation: ${parsed.message}\n`);
    return 2;
  }
  const a = parsed.args;
  const base = a.quick ? QUICK_SETTINGS : FULL_SETTINGS;
  const settings = a.rounds === undefined ? base : { ...base, rounds: a.rounds };
  const targets = ABLATED_TARGETS.filter((t) => a.targets.includes(t));
  const machine = readMachineInfo();
  const c = buildCKernels();
  let fuel: string[];
  try {
    fuel = await fuelAblation(a.kernels.map(kernelByName), targets, a.quick, settings, c, io);
  } finally {
    removeCBuild(c);
  }
  const arena = await arenaSweep(targets, settings, io);
  io.stdout([...describeMachine(finishMachineInfo(machine, c.ok ? c.compiler : undefined)), `command: node tools/bench/dist/ablation.js ${argv.join(" ")}`, "", ...fuel, "", ...arena, ""].join("\n"));
  return 0;
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  ablationMain(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ablation: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
