// The native target as a Backend (DESIGN §1): IR → LLVM → shared library,
// loaded into Node with koffi. See docs/backend-llvm.md.
import type { Backend, Module } from "@tetra/ir";
import type { NativeArtifact } from "./artifact.js";
import { createNativeCompiler, type NativeCompiler } from "./compiler.js";
import { instantiateNative } from "./instance.js";

let compiler: NativeCompiler | undefined;
/** The process-wide compiler (default cache directory, system toolchain). */
export function defaultNativeCompiler(): NativeCompiler {
  compiler ??= createNativeCompiler();
  return compiler;
}

export const nativeBackend = {
  name: "native",
  compile(module, options = {}) {
    const r = defaultNativeCompiler().compileBatch([module], options);
    return Promise.resolve(r.ok ? { ok: true, value: r.value[0] as NativeArtifact } : r);
  },
  instantiate(artifact) {
    return Promise.resolve(instantiateNative(artifact));
  },
} satisfies Backend<NativeArtifact>;

/** `tetra emit ll`: the module's LLVM IR before optimisation. */
export function emitLl(module: Module): string {
  return defaultNativeCompiler().emitLl(module);
}
