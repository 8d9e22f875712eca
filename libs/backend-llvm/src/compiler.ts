// Compiling IR modules to native libraries, with the cache in front:
//
//   key = sha256(ABI, backend sources, target, tool identities, options, print(module)...)
//   hit  → the verified cached library (no llvm-bindings, no opt/llc/cc)
//   miss → probe the toolchain (an `Unsupported` diagnostic when a piece is
//          missing), build (build.ts), store
//
// `compileBatch` puts many modules into one library (one opt/llc/cc run), which
// is what keeps the filetest suite fast.
import { diagnostic, err, ok, type Diagnostic, type Result } from "@tetra/core";
import { assertValid, print, type CompileOptions, type Module } from "@tetra/ir";
import { ABI_VERSION } from "./abi.js";
import type { NativeArtifact } from "./artifact.js";
import { buildLibrary, buildLl } from "./build.js";
import { backendFingerprint, defaultCacheDir, lookup, sha256, store, type CachedLibrary } from "./cache.js";
import { dispatchIndices } from "./layout.js";
import { GOLDEN_TARGET, hostTarget, type NativeTarget } from "./target.js";
import { systemToolchain, type Toolchain } from "./tools.js";

export interface NativeCompilerEnv {
  /** Where libraries are cached (default `<repo>/.tetra-cache/native`, or $TETRA_CACHE_DIR/native). */
  readonly cacheDir?: string;
  readonly toolchain?: Toolchain;
}

export interface NativeCompiler {
  compileBatch(modules: readonly Module[], options?: CompileOptions): Result<NativeArtifact[], Diagnostic[]>;
  /** The LLVM IR text of a module before optimisation (`tetra emit ll`); `golden` fixes the target to x86-64. */
  emitLl(module: Module, options?: { readonly golden?: boolean }): string;
}

export const unavailable = (why: string): Diagnostic =>
  diagnostic("Unsupported", `native target unavailable: ${why.includes("tools/setup.sh") ? why : `${why}, run tools/setup.sh`}`);

export function createNativeCompiler(env: NativeCompilerEnv = {}): NativeCompiler {
  const tools = env.toolchain ?? systemToolchain();
  const cacheDir = env.cacheDir ?? defaultCacheDir();

  const keyOf = (modules: readonly Module[], target: NativeTarget, optimize: boolean): string =>
    sha256(
      JSON.stringify({
        abi: ABI_VERSION,
        backend: backendFingerprint(),
        target,
        tools: tools.identity(),
        optimize,
        modules: modules.map((m) => print(m)),
      }),
    );

  const artifacts = (modules: readonly Module[], lib: CachedLibrary): NativeArtifact[] => {
    const indices = dispatchIndices(modules);
    return modules.map((module, k) => ({
      kind: "native",
      library: lib.path,
      libraryHash: lib.sha256,
      module,
      functions: Object.fromEntries(indices[k] ?? []),
    }));
  };

  return {
    compileBatch(modules, options = {}) {
      for (const m of modules) assertValid(m, "IR given to the native backend");
      const target = hostTarget();
      if (typeof target === "string") return err([unavailable(target)]);
      const optimize = options.optimize ?? true;
      const key = keyOf(modules, target, optimize);
      const hit = lookup(cacheDir, key);
      if (hit !== undefined) {
        const why = tools.koffiProblem();
        return why === undefined ? ok(artifacts(modules, hit)) : err([unavailable(`cannot load koffi (${why})`)]);
      }
      const status = tools.status();
      if (!status.available) return err([unavailable(status.reason)]);
      const built = buildLibrary(tools, modules, target, { optimize });
      try {
        return ok(artifacts(modules, store(cacheDir, key, built.so)));
      } finally {
        built.cleanup();
      }
    },
    emitLl(module, options = {}) {
      assertValid(module, "IR given to the native backend");
      const target = options.golden === true ? GOLDEN_TARGET : hostTarget();
      if (typeof target === "string") throw new Error(`native target unavailable: ${target}`);
      return buildLl(tools, [module], target);
    },
  };
}
