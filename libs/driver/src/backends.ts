// The backend behind each compiled target, loaded on first use: importing this
// module loads no backend (binaryen costs ~0.5 s, llvm-bindings/koffi are
// native addons that may be missing), so `tetra run --target js` never pays
// for wasm or native.
import type { Backend } from "@tetra/ir";
import type { CompiledTargetName } from "./targets.js";

export interface BackendChoice {
  readonly backend: Backend<unknown>;
  /** Why the target cannot run on this machine, when it cannot. */
  readonly unavailable?: string;
}

export async function backendFor(target: CompiledTargetName): Promise<BackendChoice> {
  switch (target) {
    case "ir": {
      const { interpreterBackend } = await import("@tetra/ir");
      return { backend: interpreterBackend as Backend<unknown> };
    }
    case "js": {
      const { jsBackend } = await import("@tetra/backend-js");
      return { backend: jsBackend as Backend<unknown> };
    }
    case "wasm": {
      const { wasmBackend } = await import("@tetra/backend-wasm");
      return { backend: wasmBackend as Backend<unknown> };
    }
    case "native": {
      const { nativeBackend, probeNativeToolchain } = await import("@tetra/backend-llvm");
      const probe = probeNativeToolchain();
      return probe.available
        ? { backend: nativeBackend as Backend<unknown> }
        : { backend: nativeBackend as Backend<unknown>, unavailable: `native target unavailable: ${probe.reason}` };
    }
  }
}
