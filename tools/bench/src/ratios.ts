// The ratios a run reports and the goals from the project issues (#6, #7, #8):
//   js / hand-written JS   ≤ 2.0×  (every kernel)
//   wasm / C               ≤ 1.5×  (compute kernels)
//   native / C             ≤ 1.10× (compute kernels)
// Goals apply only to the compiled targets at the full (or --quick) size; the
// tree-walk evaluator and the IR interpreter are shown for information.
import { isTargetName, type TargetName } from "@tetra/driver";
import type { Kernel, Tier } from "./kernels.js";
import type { GroupReport, Ratio } from "./report-types.js";

export interface Goal {
  readonly target: TargetName;
  readonly baseline: "hand-js" | "c";
  readonly max: number;
  readonly kinds: readonly Kernel["kind"][];
}

export const GOALS: readonly Goal[] = [
  { target: "js", baseline: "hand-js", max: 2.0, kinds: ["compute", "call"] },
  { target: "wasm", baseline: "c", max: 1.5, kinds: ["compute"] },
  { target: "native", baseline: "c", max: 1.1, kinds: ["compute"] },
];

const INFO_TIERS: readonly Tier[] = ["small", "smallQuick"];

export function goalFor(kind: Kernel["kind"], tier: Tier, target: TargetName, baseline: "hand-js" | "c"): number | undefined {
  if (INFO_TIERS.includes(tier)) return undefined;
  return GOALS.find((g) => g.target === target && g.baseline === baseline && g.kinds.includes(kind))?.max;
}

/** Every target × baseline ratio of one measured group. */
export function groupRatios(kernel: Pick<Kernel, "name" | "kind">, group: GroupReport): Ratio[] {
  const medianOf = (name: string): number | undefined => {
    const m = group.measurements.find((x) => x.name === name);
    return m?.status === "ok" ? m.summary.median : undefined;
  };
  const out: Ratio[] = [];
  for (const m of group.measurements) {
    if (m.status !== "ok" || !isTargetName(m.name)) continue;
    const target = m.name;
    for (const baseline of ["hand-js", "c"] as const) {
      const base = medianOf(baseline);
      if (base === undefined || base <= 0) continue;
      out.push({
        kernel: kernel.name,
        tier: group.tier,
        workload: group.workload,
        target,
        baseline,
        ratio: m.summary.median / base,
        goal: goalFor(kernel.kind, group.tier, target, baseline),
      });
    }
  }
  return out;
}
