// What `nativeBackend.compile` produces: a shared library in the cache plus the
// metadata the host needs to run it (the run contract is planned from the IR
// module: constants, data segments, signatures, trap sites).
import type { Module } from "@tetra/ir";

export interface NativeArtifact {
  readonly kind: "native";
  /** Path of the shared library (usually in the cache; several artifacts of a batch share one). */
  readonly library: string;
  /** SHA-256 of the library's bytes, checked again before it is loaded. */
  readonly libraryHash: string;
  readonly module: Module;
  /** Dispatch index (`tetra_run`'s first argument) of the entry and each exported function. */
  readonly functions: Readonly<Record<string, number>>;
}
