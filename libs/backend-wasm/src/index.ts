// @tetra/backend-wasm: IR → binaryen → .wasm, instantiated with the standard WebAssembly API.
export * from "./binaryen-loader.js";
