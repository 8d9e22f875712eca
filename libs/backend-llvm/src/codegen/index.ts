// IR modules → one LLVM module (llvm-bindings), checked by LLVM's verifier.
import type { Module } from "@tetra/ir";
import type { Llvm } from "../native-deps.js";
import type { NativeTarget } from "../target.js";
import { FuncEmitter } from "./emit-func.js";
import { Unit } from "./unit.js";

export { Unit } from "./unit.js";

/** Builds the LLVM module for a batch of verified IR modules (module k's functions are `@mk.*`). */
export function buildUnit(llvm: Llvm, modules: readonly Module[], target: NativeTarget): Unit {
  const unit = new Unit(llvm, modules, target);
  modules.forEach((m, k) => {
    for (const f of m.funcs) new FuncEmitter(unit, k, m, f).emit();
  });
  unit.finish();
  return unit;
}
