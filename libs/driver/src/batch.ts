// Compiling many programs for one target at once. For `native` this puts up to
// CHUNK modules into one shared library (one opt/llc/cc run per chunk instead
// of three tool runs per program), which is what keeps the conformance matrix
// affordable; the other targets compile one by one.
import { diagnostic, type Diagnostic } from "@tetra/core";
import type { Module } from "@tetra/ir";
import type { TypedProgram } from "@tetra/lang";
import { backendFor } from "./backends.js";
import { compileRule, lowerSource, type CompileRequest, type CompileResult } from "./compile.js";

const CHUNK = 24;

export async function compileRules(requests: readonly CompileRequest[]): Promise<CompileResult[]> {
  const results: CompileResult[] = [];
  const native = requests.filter((r) => r.target === "native");
  if (native.length === 0 || native.length !== requests.length || new Set(requests.map((r) => r.optimize ?? true)).size > 1) {
    for (const r of requests) results.push(await compileRule(r));
    return results;
  }
  const choice = await backendFor("native");
  const lowered = requests.map((r) => lowerSource(r.source, r.file));
  if (choice.unavailable !== undefined) {
    const why = choice.unavailable;
    return lowered.map((l) => (l.ok ? { ok: false, outcome: { kind: "unsupported", diagnostics: [diagnostic("Unsupported", why)] } } : l));
  }
  const { defaultNativeCompiler } = await import("@tetra/backend-llvm");
  const optimize = requests[0]?.optimize ?? true;
  const out: (CompileResult | undefined)[] = lowered.map((l) => (l.ok ? undefined : l));
  const pending = lowered.flatMap((l, i) => (l.ok ? [{ i, program: l.program, module: l.module }] : []));
  for (let k = 0; k < pending.length; k += CHUNK) {
    const chunk: { i: number; program: TypedProgram; module: Module }[] = pending.slice(k, k + CHUNK);
    const compiled = defaultNativeCompiler().compileBatch(
      chunk.map((c) => c.module),
      { optimize },
    );
    for (const [j, c] of chunk.entries()) {
      if (!compiled.ok) {
        out[c.i] = { ok: false, outcome: { kind: "unsupported", diagnostics: compiled.error as readonly Diagnostic[] } };
        continue;
      }
      const artifact = compiled.value[j]!;
      const instance = await choice.backend.instantiate(artifact);
      out[c.i] = { ok: true, rule: { target: "native", program: c.program, module: c.module, artifact, instance } };
    }
  }
  return out.map((r) => r!);
}
