// The targets of `tetra run`, `build` and `conform`: the driver's five
// (tree-walk, ir, js, wasm, native), with tree-walk — the reference
// evaluator — as the default of `tetra run`.
import { TARGET_DESCRIPTIONS, TARGET_NAMES, type TargetName } from "@tetra/driver";

export const DEFAULT_TARGET: TargetName = "tree-walk";

/** `tree-walk: reference evaluator over the typed AST; ir: ...` for --help. */
export function describeTargets(names: readonly TargetName[] = TARGET_NAMES): string {
  return names.map((n) => `${n}: ${TARGET_DESCRIPTIONS[n]}`).join("; ");
}
