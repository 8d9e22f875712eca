// Names shared by the emitter, the host (instance.ts) and the standalone loader.
//
// Internal wasm names contain a ":" ("tetra:fuel"), which no IR name can
// contain, so they never collide with IR functions. IR functions keep their
// own names inside the module ("rt.str_len" stays $rt.str_len in the WAT) and
// are exported as "$" + name, which no host export ("run", "memory", ...) starts with.
import type binaryen from "binaryen";

export type Binaryen = typeof binaryen;
export type BModule = binaryen.Module;
export type Ref = binaryen.ExpressionRef;

/** Mutable globals holding the run's state (docs/ir.md "Runtime state") and the trap report. */
export const GLOBAL = {
  /** Arena size in bytes, as i64 so `addr + offset + n` is compared without wrapping. */
  arena: "tetra:arena",
  /**
   * The run's write marks (i64, run-contract.ts "Arena reuse"): writes that started below
   * `scratch_start` lie in [low_start, low_end), the others in [scratch_start, high_end), where
   * high_end = scratch_start + high_span (kept as a span so a store's fast path is one compare,
   * memory.ts coverWrite). The next run zeroes those ranges, the high one from 8 bytes below
   * scratch_start (and copies the data segments again only if low_start < input_offset).
   */
  lowStart: "tetra:low_start",
  lowEnd: "tetra:low_end",
  highSpan: "tetra:high_span",
  /** The run's scratch start (i64): where the write marks split. */
  scratchStart: "tetra:scratch_start",
  /** Remaining fuel (i64; always < 2^53). */
  fuel: "tetra:fuel",
  scratch_ptr: "tetra:scratch_ptr",
  scratch_end: "tetra:scratch_end",
  output_ptr: "tetra:output_ptr",
  output_end: "tetra:output_end",
  /** The trap's status code (statusOfTrap), or UNREACHABLE_KIND; 0 while no trap happened. */
  trapKind: "tetra:trap_kind",
  /** The trap's site; for UNREACHABLE_KIND, the index of the function that executed `unreachable`. */
  trapSite: "tetra:trap_site",
} as const;

export const FUNC = {
  trap: "tetra:trap",
  sigOf: "tetra:sig_of",
  prepare: "tetra:prepare",
  run: "tetra:run",
} as const;

export const TABLE = "tetra:table";

/** Export names of the compiled module (the host and the standalone loader use only these). */
export const EXPORT = {
  memory: "memory",
  prepare: "prepare",
  run: "run",
  trapKind: "trap_kind",
  trapSite: "trap_site",
} as const;

export function exportNameOf(func: string): string {
  return `$${func}`;
}

/** The trap-kind value an IR `unreachable` stores: not a status, so the host reports an InternalError. */
export const UNREACHABLE_KIND = -1;

export const PAGE_SIZE = 65536;
/** MAX_MEMORY_LIMIT (2 GiB) in pages: the declared maximum of the wasm memory. */
export const MAX_PAGES = 32768;

/** binaryen.Function exists at run time, but index.d.ts (132.0.0) declares it inside Module. */
interface FunctionApi {
  readonly Function: { setLocalName(func: number, index: number, name: string): void };
}

/** Names a function's locals in the WAT (`$n` instead of `$0`). */
export function setLocalNames(b: Binaryen, func: number, names: readonly string[]): void {
  const api = (b as unknown as FunctionApi).Function;
  names.forEach((name, index) => api.setLocalName(func, index, name));
}
