// @tetra/backend-wasm: IR → binaryen → .wasm, instantiated with the standard WebAssembly API.
// See docs/backend-wasm.md.
export { wasmBackend, createWasmBackend, emitWat, type WasmBackendConfig, type WasmCompileOptions } from "./backend.js";
export { BACKEND_VERSION, type WasmArtifact, type WasmMeta, type ExportSig, type SiteLocation } from "./artifact.js";
export { defaultCacheDir } from "./cache.js";
export { loadBinaryen } from "./binaryen-loader.js";
export { emitStandalone, type Standalone, type StandaloneOptions } from "./standalone.js";
