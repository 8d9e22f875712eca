// The runtime library registry: IR functions that every compiled target gets
// by compiling them like user code (DESIGN §4). Lowering and the codec
// generator never paste runtime code; they call `useRuntime(m, "rt.str_concat")`,
// which adds the function (and, first, every runtime function it depends on)
// to the module being built, once, and returns the name to `call`.
//
// Conventions every runtime function follows (docs/runtime.md):
//   * names start with "rt."; params/results are IR value types only;
//   * a String is an i32 pointer to `[len u32][utf-8 bytes]` (docs/abi.md);
//   * results are allocated in the scratch region (`alloc.scratch`);
//   * a function never traps with a user-visible kind: a failure the language
//     reports (IndexOutOfBounds, UnsupportedOperator, ...) is signalled by the
//     documented return value, and the CALLER traps at its own site so the error
//     points at the user's source line. Only allocation may trap
//     (MemoryLimitExceeded, site 0).
import { InternalError } from "@tetra/core";
import type { FuncBuilder, ModuleBuilder } from "../builder.js";
import type { Expr, ResultType, ValType } from "../types.js";
import { NUMBER_RUNTIME } from "./numbers/index.js";
import { STRING_RUNTIME } from "./strings/index.js";

export interface RuntimeDef {
  /** "rt.<name>" */
  readonly name: string;
  readonly params: readonly (readonly [string, ValType])[];
  readonly result: ResultType;
  /** Runtime functions this one calls (added to the module before it). */
  readonly deps: readonly string[];
  /** One line: what it computes, what it returns on failure. Used by docs/runtime.md. */
  readonly doc: string;
  /**
   * Emits the body. May place constant tables with `m.data(...)` (called once
   * per module, when the function is first used) and call `deps` by name.
   */
  readonly build: (b: FuncBuilder, m: ModuleBuilder) => Expr | void;
}

const ALL: readonly RuntimeDef[] = [...NUMBER_RUNTIME, ...STRING_RUNTIME];

export const RUNTIME: ReadonlyMap<string, RuntimeDef> = new Map(ALL.map((d) => [d.name, d]));

if (RUNTIME.size !== ALL.length) throw new InternalError("duplicate runtime function name");

/** Adds runtime function `name` (and its dependencies) to `m` if absent; returns `name`. */
export function useRuntime(m: ModuleBuilder, name: string): string {
  if (m.has(name)) return name;
  const def = RUNTIME.get(name);
  if (def === undefined) throw new InternalError("unknown runtime function", name);
  for (const dep of def.deps) useRuntime(m, dep);
  m.func(def.name, def.params, def.result, (b) => def.build(b, m));
  return name;
}

/** Every runtime function in a fresh module (for tests, docs and `tetra emit ir --runtime`). */
export function addWholeRuntime(m: ModuleBuilder): void {
  for (const d of ALL) useRuntime(m, d.name);
}
