// Names and dispatch indices of a native library, computed from the IR alone
// (no LLVM needed), so the host finds functions in a cached library without
// rebuilding anything. A library holds one or more IR modules (a batch); module
// k's function $f is the LLVM function `@mk.f`, and every exported function
// and entry gets a thunk with a dispatch index, numbered module by module.
import type { Module, Signature } from "@tetra/ir";

/** The LLVM symbol of IR function `name` in batch module `k` (prefixed, so `$memcpy` never shadows libc). */
export const funcSymbol = (k: number, name: string): string => `m${k}.${name}`;
export const thunkSymbol = (k: number, name: string): string => `m${k}.${name}.thunk`;
export const indirectSymbol = (k: number, sig: Signature): string => `m${k}.call_indirect.${sigKey(sig)}`;

/** `(param i64 f64) (result i32)` → "i64.f64-i32"; no params → "-i32". */
export function sigKey(sig: Signature): string {
  return `${sig.params.join(".")}-${sig.result}`;
}

/** Functions a host can call: the entry (if any) first, then the exports, each once. */
export function callableFuncs(m: Module): string[] {
  return [...new Set([...(m.entry === null ? [] : [m.entry]), ...m.exports])];
}

/** For each module of a batch, its callable functions' dispatch indices. */
export function dispatchIndices(modules: readonly Module[]): ReadonlyMap<string, number>[] {
  let next = 0;
  return modules.map((m) => new Map(callableFuncs(m).map((name) => [name, next++])));
}
