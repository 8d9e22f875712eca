// `tetra emit ir|js|wat|ll`: each stage of the pipeline as text, from the one
// module every compiled target consumes (lowerSource: verified, after the
// standard passes).
//
//   ir   print(module), the IR text format (docs/ir.md)
//   js   emitJs(module): the body of the factory the JS backend evaluates
//   wat  emitWat(module): the WebAssembly text, before binaryen optimisation
//   ll   emitLl(module): the LLVM IR, before opt; needs the native toolchain
import { diagnostic, unreachable } from "@tetra/core";
import { print } from "@tetra/ir";
import { lowerSource, type CompileResult } from "./compile.js";

export const EMIT_STAGES = ["ir", "js", "wat", "ll"] as const;
export type EmitStage = (typeof EMIT_STAGES)[number];

export function isEmitStage(s: string): s is EmitStage {
  return (EMIT_STAGES as readonly string[]).includes(s);
}

export type EmitResult = { readonly ok: true; readonly text: string } | Extract<CompileResult, { ok: false }>;

export async function emitStage(stage: EmitStage, source: string, file: string): Promise<EmitResult> {
  const lowered = lowerSource(source, file);
  if (!lowered.ok) return lowered;
  const module = lowered.module;
  switch (stage) {
    case "ir":
      return { ok: true, text: print(module) };
    case "js": {
      const { emitJs } = await import("@tetra/backend-js");
      return { ok: true, text: emitJs(module) };
    }
    case "wat": {
      const { emitWat } = await import("@tetra/backend-wasm");
      return { ok: true, text: await emitWat(module) };
    }
    case "ll": {
      const { emitLl, probeNativeToolchain } = await import("@tetra/backend-llvm");
      const probe = probeNativeToolchain();
      if (!probe.available) {
        return { ok: false, outcome: { kind: "unsupported", diagnostics: [diagnostic("Unsupported", `native target unavailable: ${probe.reason}`)] } };
      }
      return { ok: true, text: emitLl(module) };
    }
    default:
      return unreachable(stage);
  }
}

