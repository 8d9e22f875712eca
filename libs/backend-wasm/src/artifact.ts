// What `wasmBackend.compile` produces: the wasm bytes plus the little the host
// needs to drive them (the run contract's constants size, export signatures,
// the trap-site table). Everything but the bytes is derived from the IR
// without binaryen, so a cached compile never loads it.
import type { Module, ResultType, ValType } from "@tetra/ir";

/**
 * Bumped whenever the emitted code or the host protocol changes: it is part of
 * the cache key, so stale cache entries are never reused.
 */
export const BACKEND_VERSION = "tetra-wasm 10 / binaryen 132.0.0";

export interface SiteLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface ExportSig {
  readonly name: string;
  readonly params: readonly ValType[];
  readonly result: ResultType;
}

export interface WasmMeta {
  readonly constantsSize: number;
  /** The run entry's IR name, or null for a library module (then `run` is unavailable). */
  readonly entry: string | null;
  readonly exports: readonly ExportSig[];
  /** IR function names by index (an `unreachable` reports its function's index). */
  readonly funcNames: readonly string[];
  /** The trap-site table: where site i points in the source, or null (runtime-library sites). */
  readonly sites: readonly (SiteLocation | null)[];
}

export interface WasmArtifact {
  readonly wasm: Uint8Array;
  readonly meta: WasmMeta;
  readonly optimize: boolean;
  /** Content hash of the IR text, the options and BACKEND_VERSION (the cache key). */
  readonly key: string;
}

export function metaOf(m: Module): WasmMeta {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  return {
    constantsSize: m.constantsSize,
    entry: m.entry,
    exports: m.exports.map((name) => {
      const f = byName.get(name);
      return { name, params: f?.params.map((p) => p.type) ?? [], result: f?.result ?? "none" };
    }),
    funcNames: m.funcs.map((f) => f.name),
    sites: m.sites.map((s) => (s.span === null ? null : { file: s.span.file, line: s.span.start.line, column: s.span.start.column })),
  };
}

/** The module fields planArena reads, for hosts that hold only the metadata. */
export function planModule(meta: WasmMeta): Module {
  return { funcs: [], constantsSize: meta.constantsSize, data: [], table: [], exports: [], entry: null, sites: [] };
}
