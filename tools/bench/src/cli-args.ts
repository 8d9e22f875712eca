// Command-line options of `tetra bench` / `npm run bench`:
//   --kernel fib,loop   kernels to run (default: all)
//   --target js,wasm    Tetra targets to run (default: all five); the
//                       hand-written JS and C baselines always run
//   --quick             smoke-test sizes and few rounds (seconds, not minutes)
//   --json out.json     also write the whole report as JSON
//   --rounds N          interleaved rounds (default 10, --quick 2)
import { parseArgs } from "node:util";
import { parseTargetList, TARGET_NAMES, type TargetName } from "@tetra/driver";
import { isKernelName, KERNEL_NAMES, type KernelName } from "./kernels.js";

export interface BenchArgs {
  readonly kernels: readonly KernelName[];
  readonly targets: readonly TargetName[];
  readonly quick: boolean;
  readonly json: string | undefined;
  readonly rounds: number | undefined;
}

export type ParsedArgs = { readonly kind: "run"; readonly args: BenchArgs } | { readonly kind: "help" } | { readonly kind: "error"; readonly message: string };

export const USAGE = `usage: tetra bench [--kernel ${KERNEL_NAMES.join(",")}] [--target ${TARGET_NAMES.join(",")}] [--quick] [--json out.json] [--rounds N]

Runs every kernel on every target and on hand-written JavaScript and C in the
same run, and prints ratios against those baselines (medians).`;

export function parseBenchArgs(argv: readonly string[]): ParsedArgs {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        kernel: { type: "string", multiple: true },
        target: { type: "string", multiple: true },
        quick: { type: "boolean", default: false },
        json: { type: "string" },
        rounds: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    return { kind: "error", message: e instanceof Error ? e.message : String(e) };
  }
  if (values.help === true) return { kind: "help" };
  const kernels: KernelName[] = [];
  for (const name of (values.kernel ?? []).flatMap((k) => k.split(","))) {
    const trimmed = name.trim();
    if (trimmed === "") continue;
    if (!isKernelName(trimmed)) return { kind: "error", message: `unknown kernel "${trimmed}" (kernels: ${KERNEL_NAMES.join(", ")})` };
    if (!kernels.includes(trimmed)) kernels.push(trimmed);
  }
  const targets: TargetName[] = [];
  for (const list of values.target ?? []) {
    const t = parseTargetList(list);
    if (!t.ok) return { kind: "error", message: `unknown target "${t.unknown}" (targets: ${TARGET_NAMES.join(", ")})` };
    for (const x of t.targets) if (!targets.includes(x)) targets.push(x);
  }
  let rounds: number | undefined;
  if (values.rounds !== undefined) {
    rounds = Number(values.rounds);
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1000) return { kind: "error", message: `--rounds must be an integer from 1 to 1000, got "${values.rounds}"` };
  }
  if (values.json === "") return { kind: "error", message: "--json needs a file name" };
  return {
    kind: "run",
    args: {
      kernels: kernels.length > 0 ? kernels : [...KERNEL_NAMES],
      targets: targets.length > 0 ? targets : [...TARGET_NAMES],
      quick: values.quick === true,
      json: values.json,
      rounds,
    },
  };
}
