// @tetra/backend-llvm: IR → LLVM (llvm-bindings) → object → shared library loaded in-process.
// Nothing here loads llvm-bindings or koffi until a compile or an instantiate needs them.
export * from "./toolchain.js";
export type { NativeArtifact } from "./artifact.js";
export { createNativeCompiler, type NativeCompiler, type NativeCompilerEnv } from "./compiler.js";
export { instantiateNative } from "./instance.js";
export { nativeBackend, emitLl, defaultNativeCompiler } from "./native-backend.js";
export type { Toolchain, Tool } from "./tools.js";
export { systemToolchain } from "./tools.js";
export { writeStandalone, type StandaloneFiles } from "./standalone.js";
export { funcSymbol } from "./layout.js";
