// @tetra/bench: every kernel on every target against hand-written JavaScript
// and C, ratios measured in the same run (docs/performance.md). The CLI calls
// `main(argv)` as `tetra bench`.
export { main, type BenchIo } from "./main.js";
export { parseBenchArgs, USAGE, type BenchArgs } from "./cli-args.js";
export { runBench, tierFor, type BenchOptions } from "./run-bench.js";
export { renderReport } from "./report.js";
export { KERNELS, KERNEL_NAMES, kernelByName, type Kernel, type KernelName, type Tier, type Workload } from "./kernels.js";
export { FULL_SETTINGS, QUICK_SETTINGS, type MeasureSettings } from "./measure.js";
export type { BenchReport, KernelReport, GroupReport, Ratio } from "./report-types.js";
