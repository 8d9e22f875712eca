// IR -> wasm bytes or WAT, with binaryen. `optimize: false` runs no pass (fast
// compiles, stable golden WAT); `true` runs binaryen's default pipeline at -O3.
// binaryen's pass options are process-wide, so they are set before every run
// (strict float semantics, traps are observable, low memory is used).
import { InternalError } from "@tetra/core";
import type { Module } from "@tetra/ir";
import { buildModule } from "./emit/module.js";
import type { Binaryen, BModule } from "./emit/names.js";

function withModule<T>(b: Binaryen, ir: Module, optimize: boolean, read: (mod: BModule) => T): T {
  const mod = buildModule(b, ir);
  try {
    if (optimize) {
      b.setOptimizeLevel(3);
      b.setShrinkLevel(0);
      b.setFastMath(false);
      b.setTrapsNeverHappen(false);
      b.setLowMemoryUnused(false);
      b.setZeroFilledMemory(false);
      b.setDebugInfo(false);
      mod.optimize();
      if (!mod.validate()) throw new InternalError("binaryen's optimizer produced an invalid module");
    }
    return read(mod);
  } finally {
    mod.dispose();
  }
}

export function emitWasmBytes(b: Binaryen, ir: Module, optimize: boolean): Uint8Array {
  return withModule(b, ir, optimize, (mod) => mod.emitBinary());
}

export function emitWasmText(b: Binaryen, ir: Module, optimize: boolean): string {
  return withModule(b, ir, optimize, (mod) => mod.emitText());
}
