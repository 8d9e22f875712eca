// Source → a runnable rule on one target. The pipeline is a straight list of
// calls: check (parse + analyze) → [tree-walk: done] → lowerProgram → verify →
// standardPipeline (fold, dce, fuel, self-call inlining) → verify → backend.compile → instantiate.
import { diagnostic, type Diagnostic } from "@tetra/core";
import { assertValid, standardPipeline, type Instance, type Module } from "@tetra/ir";
import { check, lowerProgram, type TypedProgram } from "@tetra/lang";
import { backendFor } from "./backends.js";
import type { DriverOutcome } from "./outcome.js";
import type { TargetName } from "./targets.js";

export interface CompileRequest {
  readonly source: string;
  readonly file: string;
  readonly target: TargetName;
  /** Backend optimisation (binaryen -O3, LLVM -O2). Default true. */
  readonly optimize?: boolean;
}

export type CompiledRule =
  | { readonly target: "tree-walk"; readonly program: TypedProgram }
  | {
      readonly target: Exclude<TargetName, "tree-walk">;
      readonly program: TypedProgram;
      /** The module after the standard passes (what the backend compiled). */
      readonly module: Module;
      readonly artifact: unknown;
      readonly instance: Instance;
    };

export type CompileResult =
  | { readonly ok: true; readonly rule: CompiledRule }
  | { readonly ok: false; readonly outcome: Extract<DriverOutcome, { kind: "rejected" | "unsupported" }> };

/** Check and lower only: the verified module after the standard passes (`tetra emit ir`). */
export function lowerSource(source: string, file: string): { ok: true; program: TypedProgram; module: Module } | CompileFailure {
  const checked = check(source, file);
  if (!checked.ok) return { ok: false, outcome: { kind: "rejected", diagnostics: checked.diagnostics } };
  const lowered = lowerProgram(checked.program);
  if (!lowered.ok) return { ok: false, outcome: { kind: "unsupported", diagnostics: lowered.error } };
  assertValid(lowered.value, "lowering");
  const module = standardPipeline(lowered.value);
  assertValid(module, "standard passes");
  return { ok: true, program: checked.program, module };
}

type CompileFailure = Extract<CompileResult, { ok: false }>;

export async function compileRule(req: CompileRequest): Promise<CompileResult> {
  if (req.target === "tree-walk") {
    const checked = check(req.source, req.file);
    if (!checked.ok) return { ok: false, outcome: { kind: "rejected", diagnostics: checked.diagnostics } };
    return { ok: true, rule: { target: "tree-walk", program: checked.program } };
  }
  const lowered = lowerSource(req.source, req.file);
  if (!lowered.ok) return lowered;
  const choice = await backendFor(req.target);
  if (choice.unavailable !== undefined) {
    return { ok: false, outcome: { kind: "unsupported", diagnostics: [diagnostic("Unsupported", choice.unavailable)] } };
  }
  const compiled = await choice.backend.compile(lowered.module, { optimize: req.optimize ?? true });
  if (!compiled.ok) return { ok: false, outcome: { kind: "unsupported", diagnostics: compiled.error as readonly Diagnostic[] } };
  const instance = await choice.backend.instantiate(compiled.value);
  return { ok: true, rule: { target: req.target, program: lowered.program, module: lowered.module, artifact: compiled.value, instance } };
}
