// @tetra/backend-llvm: IR → LLVM (llvm-bindings) → object → shared library loaded in-process.
export * from "./toolchain.js";
