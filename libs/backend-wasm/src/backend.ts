// The wasm backend (backend contract: libs/ir/src/backend.ts).
//
//   const r = await wasmBackend.compile(module, { optimize: true });  // cached by content hash
//   const inst = await wasmBackend.instantiate(r.value);              // standard WebAssembly API
//   inst.run(inputBytes, { fuel: 1e6 });
//
// Every IR construct is supported, so the Result is always ok; invalid IR is
// an InternalError (assertValid). binaryen is loaded only when a module must
// actually be built: a cache hit never pays for it.
import { ok, type Diagnostic, type Result } from "@tetra/core";
import { assertValid, type Backend, type CompileOptions, type Instance, type Module } from "@tetra/ir";
import { metaOf, type WasmArtifact } from "./artifact.js";
import { loadBinaryen } from "./binaryen-loader.js";
import { cacheKey, defaultCacheDir, readCache, writeCache } from "./cache.js";
import { emitWasmBytes, emitWasmText } from "./compile.js";
import type { Binaryen } from "./emit/names.js";
import { createInstance } from "./instance.js";

export interface WasmCompileOptions extends CompileOptions {
  /** Overrides the backend's cache directory for this compile; false compiles uncached. */
  readonly cacheDir?: string | false;
}

export interface WasmBackendConfig {
  /** Where compiled modules are cached; false disables the cache. Default: defaultCacheDir(). */
  readonly cacheDir?: string | false;
  /** How binaryen is obtained (default: the shared lazy loader). */
  readonly loadBinaryen?: () => Promise<Binaryen>;
}

export function createWasmBackend(config: WasmBackendConfig = {}) {
  const load = config.loadBinaryen ?? loadBinaryen;
  return {
    name: "wasm",
    async compile(module: Module, options: WasmCompileOptions = {}): Promise<Result<WasmArtifact, Diagnostic[]>> {
      assertValid(module, "IR given to the wasm backend");
      const optimize = options.optimize ?? false;
      const key = await cacheKey(module, optimize);
      const dir = options.cacheDir ?? config.cacheDir ?? defaultCacheDir() ?? false;
      const meta = metaOf(module);
      const cached = dir === false ? undefined : await readCache(dir, key);
      if (cached !== undefined) return ok({ wasm: cached, meta, optimize, key });
      const wasm = emitWasmBytes(await load(), module, optimize);
      if (dir !== false) await writeCache(dir, key, wasm);
      return ok({ wasm, meta, optimize, key });
    },
    async instantiate(artifact: WasmArtifact): Promise<Instance> {
      const { instance } = await WebAssembly.instantiate(artifact.wasm as BufferSource, {});
      return createInstance(artifact.meta, instance);
    },
  } satisfies Backend<WasmArtifact>;
}

export const wasmBackend = createWasmBackend();

/** The module as WAT (`tetra emit wat`); unoptimised unless asked, so it reads like the IR. */
export async function emitWat(module: Module, options: CompileOptions = {}): Promise<string> {
  assertValid(module, "IR given to the wasm backend");
  return emitWasmText(await loadBinaryen(), module, options.optimize ?? false);
}
