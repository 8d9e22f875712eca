// The machine a run was measured on: CPU model (from /proc/cpuinfo), logical
// CPUs, what nproc reports, the load average at the start and the end of the
// run, memory, OS, Node/V8 and the C compiler. Printed at the top of every
// report, because the absolute times mean nothing without it.
import { readFileSync } from "node:fs";
import os from "node:os";

export interface MachineInfo {
  readonly cpuModel: string;
  /** Logical CPUs listed in /proc/cpuinfo (or os.cpus()). */
  readonly logicalCpus: number;
  /** os.availableParallelism(): what `nproc` reports (affinity-aware). */
  readonly nproc: number;
  readonly cpuMHz: number | undefined;
  readonly loadAverageStart: readonly number[];
  readonly loadAverageEnd: readonly number[] | undefined;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly v8: string;
  readonly cCompiler: string | undefined;
}

export interface CpuInfo {
  readonly model: string | undefined;
  readonly processors: number;
  readonly mhz: number | undefined;
}

/** The parts of /proc/cpuinfo we report: the first "model name", the processor count, the first "cpu MHz". */
export function parseCpuInfo(text: string): CpuInfo {
  let model: string | undefined;
  let mhz: number | undefined;
  let processors = 0;
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === "processor") processors++;
    else if (key === "model name" && model === undefined) model = value;
    else if (key === "cpu MHz" && mhz === undefined && Number.isFinite(Number(value))) mhz = Number(value);
  }
  return { model, processors, mhz };
}

export function readMachineInfo(): MachineInfo {
  let cpu: CpuInfo = { model: undefined, processors: 0, mhz: undefined };
  try {
    cpu = parseCpuInfo(readFileSync("/proc/cpuinfo", "utf8"));
  } catch {
    // Not Linux: os.cpus() below.
  }
  const cpus = os.cpus();
  return {
    cpuModel: cpu.model ?? cpus[0]?.model ?? "unknown",
    logicalCpus: cpu.processors > 0 ? cpu.processors : cpus.length,
    nproc: os.availableParallelism(),
    cpuMHz: cpu.mhz,
    loadAverageStart: os.loadavg().map(round2),
    loadAverageEnd: undefined,
    memoryGiB: round2(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    cCompiler: undefined,
  };
}

/** The info at the end of a run: the load average then, and the C compiler used. */
export function finishMachineInfo(m: MachineInfo, cCompiler: string | undefined): MachineInfo {
  return { ...m, loadAverageEnd: os.loadavg().map(round2), cCompiler };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function describeMachine(m: MachineInfo): string[] {
  const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(" ");
  return [
    `cpu:     ${m.cpuModel}${m.cpuMHz === undefined ? "" : ` @ ${m.cpuMHz.toFixed(0)} MHz`}, ${m.logicalCpus} logical CPUs, nproc ${m.nproc}, ${m.memoryGiB} GiB`,
    `load:    ${load(m.loadAverageStart)} at the start, ${m.loadAverageEnd === undefined ? "?" : load(m.loadAverageEnd)} at the end (1, 5, 15 min)`,
    `system:  ${m.os}; node ${m.node} (V8 ${m.v8}); C: ${m.cCompiler ?? "none"}`,
  ];
}
