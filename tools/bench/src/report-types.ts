// What a benchmark run produces (also the `--json` file). Times are per-call
// nanoseconds; ratios are medians divided by a baseline's median measured in
// the same group of the same run.
import type { TargetName } from "@tetra/driver";
import type { KernelName, Tier } from "./kernels.js";
import type { MachineInfo } from "./machine.js";
import type { Measurement, MeasureSettings } from "./measure.js";

export interface Skipped {
  readonly name: TargetName | "c";
  readonly status: "unavailable" | "unsupported" | "rejected" | "failed";
  readonly reason: string;
}

export interface GroupReport {
  readonly tier: Tier;
  readonly workload: string;
  readonly args: string;
  /** The arena capacity of the compiled targets (undefined: the default, 8 MiB). */
  readonly memoryLimit: number | undefined;
  readonly measurements: readonly Measurement[];
  readonly skipped: readonly Skipped[];
}

export interface CompileTiming {
  readonly target: TargetName;
  readonly coldMs: number;
  readonly cachedMs: number | undefined;
}

export interface KernelReport {
  readonly name: KernelName;
  readonly title: string;
  readonly kind: "compute" | "call";
  /** check + lower + standard passes (`lowerSource`), once, after the backends are loaded. */
  readonly frontEndMs: number | undefined;
  readonly compile: readonly CompileTiming[];
  readonly groups: readonly GroupReport[];
}

export interface Ratio {
  readonly kernel: KernelName;
  readonly tier: Tier;
  readonly workload: string;
  readonly target: TargetName;
  readonly baseline: "hand-js" | "c";
  readonly ratio: number;
  /** The goal from the project issues, where one applies (ratio ≤ goal). */
  readonly goal: number | undefined;
}

export interface BenchReport {
  readonly format: "tetra-bench-1";
  readonly date: string;
  readonly command: string;
  readonly quick: boolean;
  readonly settings: MeasureSettings;
  readonly machine: MachineInfo;
  /** The first compile on each target in the process (loads the backend: binaryen, llvm-bindings, koffi). */
  readonly backendLoad: readonly { readonly target: TargetName; readonly ms: number }[];
  readonly cBuild: string | undefined;
  readonly kernels: readonly KernelReport[];
  readonly ratios: readonly Ratio[];
  /** Disagreements and failures (these make the run fail) and skips (these do not). */
  readonly problems: readonly string[];
  readonly failed: boolean;
}
