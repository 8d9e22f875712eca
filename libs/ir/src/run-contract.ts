// The run contract every backend implements identically (DESIGN §5): how the
// arena is laid out for a run, what the entry function receives, the runtime
// state a run starts with, the resource limits and the status codes.
//
//   arena: [constants | input | output | scratch]
//           0           ^inputOffset      ^scratchStart         ^arenaSize (= memoryLimit)
//                               ^outputOffset (outputCap bytes)
//
// All hosts compute the plan with `planArena`, so a limit is hit at exactly the
// same point on every target.
import { RUNTIME_ERROR_KINDS, type RuntimeErrorKind } from "@tetra/core";
import type { Module, Signature } from "./types.js";

/** entry(input_offset, input_len, output_offset, output_cap) -> output_len. */
export const ENTRY_SIGNATURE: Signature = { params: ["i32", "i32", "i32", "i32"], result: "i32" };

export const DEFAULT_MEMORY_LIMIT = 8 * 1024 * 1024;
/** The largest arena a host accepts (the IR addresses it with u32 offsets; 2 GiB keeps i32 math simple). */
export const MAX_MEMORY_LIMIT = 2 ** 31;
export const DEFAULT_FUEL = 100_000_000;
/** Fuel is a non-negative integer below 2^53 (a JS number counter is exact). */
export const MAX_FUEL = Number.MAX_SAFE_INTEGER;
/**
 * Calls nested deeper than this trap `MemoryLimitExceeded` at the call's site.
 * The depth counts active IR function frames (the entry frame is depth 1).
 */
export const MAX_CALL_DEPTH = 1000;
/** The constants region starts with 8 zero bytes so that offset 0 can serve as a null address. */
export const CONSTANTS_BASE = 8;

/** Status codes of a compiled `run`: 0 is success, k + 1 is RUNTIME_ERROR_KINDS[k]. */
export const STATUS_OK = 0;

export function statusOfTrap(kind: RuntimeErrorKind): number {
  return RUNTIME_ERROR_KINDS.indexOf(kind) + 1;
}

/** The trap kind of a non-zero status, or undefined for 0 and unknown codes. */
export function trapOfStatus(status: number): RuntimeErrorKind | undefined {
  return status === STATUS_OK ? undefined : RUNTIME_ERROR_KINDS[status - 1];
}

export interface RunOptions {
  /** Fuel units for the run (default DEFAULT_FUEL), clamped to [0, MAX_FUEL]. */
  readonly fuel?: number;
  /** Arena capacity in bytes (default DEFAULT_MEMORY_LIMIT). */
  readonly memoryLimit?: number;
  /** Output region size; default: half of what follows the input, rounded down to 8. */
  readonly outputCap?: number;
}

export interface ArenaPlan {
  readonly arenaSize: number;
  readonly inputOffset: number;
  readonly inputLen: number;
  readonly outputOffset: number;
  readonly outputCap: number;
  readonly scratchStart: number;
  readonly fuel: number;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/**
 * The arena layout for a run, or "MemoryLimitExceeded" when the constants, input
 * and output region do not fit in the memory limit (the run then fails before
 * any code runs, with no site).
 */
export function planArena(module: Module, inputLen: number, options: RunOptions = {}): ArenaPlan | "MemoryLimitExceeded" {
  const arenaSize = Math.min(Math.max(Math.floor(options.memoryLimit ?? DEFAULT_MEMORY_LIMIT), 0), MAX_MEMORY_LIMIT);
  const fuel = Math.min(Math.max(Math.floor(options.fuel ?? DEFAULT_FUEL), 0), MAX_FUEL);
  const inputOffset = align8(Math.max(module.constantsSize, CONSTANTS_BASE));
  const outputOffset = align8(inputOffset + inputLen);
  // A requested output cap is floored and clamped like the other limits, so every
  // host sees the same non-negative integer (a negative cap would otherwise make
  // output_end < output_offset, which unsigned 32-bit hosts read differently).
  const outputCap =
    options.outputCap === undefined
      ? Math.max(0, Math.floor((arenaSize - outputOffset) / 16) * 8)
      : Math.min(Math.max(Math.floor(options.outputCap), 0), MAX_MEMORY_LIMIT);
  const scratchStart = align8(outputOffset + outputCap);
  if (scratchStart > arenaSize) return "MemoryLimitExceeded";
  return { arenaSize, inputOffset, inputLen, outputOffset, outputCap, scratchStart, fuel };
}

/** Runtime state at the start of a run (docs/ir.md "Runtime state"). */
export interface RuntimeState {
  fuel: number;
  depth: number;
  scratch_ptr: number;
  scratch_end: number;
  output_ptr: number;
  output_end: number;
}

export function initialState(plan: ArenaPlan): RuntimeState {
  return {
    fuel: plan.fuel,
    depth: 0,
    scratch_ptr: plan.scratchStart,
    scratch_end: plan.arenaSize,
    output_ptr: plan.outputOffset,
    output_end: plan.outputOffset + plan.outputCap,
  };
}

/** A fresh arena for a plan: zeroes, the module's data segments, then the input bytes. */
export function buildArena(module: Module, plan: ArenaPlan, input: Uint8Array): Uint8Array {
  const arena = new Uint8Array(plan.arenaSize);
  for (const seg of module.data) arena.set(seg.bytes, seg.offset);
  arena.set(input, plan.inputOffset);
  return arena;
}
