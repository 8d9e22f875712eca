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
//
// Every run starts on an arena equal to `buildArena(module, plan, input)`: zeroes,
// the data segments, the input. Compiled hosts reuse one arena per instance and
// get there by zeroing only what the previous run (or invoke) wrote, tracked per
// region with three write marks ("Arena reuse" below).
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
  /** Fuel units for the run (default DEFAULT_FUEL), floored and clamped to [0, MAX_FUEL] (NaN is 0, as are the other options). */
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
 * An option as a whole number in [0, max]: floored, negatives and NaN become 0
 * (so `{ fuel: NaN }` is no fuel, never a NaN counter that no compare ever trips).
 */
const clampOption = (x: number, max: number): number => (x >= 0 ? Math.min(Math.floor(x), max) : 0);

/**
 * The arena layout for a run, or "MemoryLimitExceeded" when the constants, input
 * and output region do not fit in the memory limit (the run then fails before
 * any code runs, with no site).
 */
export function planArena(module: Pick<Module, "constantsSize">, inputLen: number, options: RunOptions = {}): ArenaPlan | "MemoryLimitExceeded" {
  const arenaSize = clampOption(options.memoryLimit ?? DEFAULT_MEMORY_LIMIT, MAX_MEMORY_LIMIT);
  const fuel = clampOption(options.fuel ?? DEFAULT_FUEL, MAX_FUEL);
  const inputOffset = align8(Math.max(module.constantsSize, CONSTANTS_BASE));
  const outputOffset = align8(inputOffset + inputLen);
  // A requested output cap is floored and clamped like the other limits, so every
  // host sees the same non-negative integer (a negative cap would otherwise make
  // output_end < output_offset, which unsigned 32-bit hosts read differently).
  const outputCap =
    options.outputCap === undefined ? Math.max(0, Math.floor((arenaSize - outputOffset) / 16) * 8) : clampOption(options.outputCap, MAX_MEMORY_LIMIT);
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

/**
 * `planArena` with a one-entry cache, for hosts that plan once per run: a run
 * with the same input length and the same limits as the previous one gets the
 * same (frozen) plan object back instead of a new one.
 */
export function arenaPlanner(module: Pick<Module, "constantsSize">): (inputLen: number, options?: RunOptions) => ArenaPlan | "MemoryLimitExceeded" {
  const constantsSize = module.constantsSize;
  let last: ArenaPlan | "MemoryLimitExceeded" | undefined;
  let key: readonly [number, number | undefined, number | undefined, number | undefined] = [-1, undefined, undefined, undefined];
  return (inputLen, options = {}) => {
    const { fuel, memoryLimit, outputCap } = options;
    if (last !== undefined && key[0] === inputLen && Object.is(key[1], fuel) && Object.is(key[2], memoryLimit) && Object.is(key[3], outputCap)) return last;
    last = planArena({ constantsSize }, inputLen, options);
    if (last !== "MemoryLimitExceeded") Object.freeze(last);
    key = [inputLen, fuel, memoryLimit, outputCap];
    return last;
  };
}

// ---- Arena reuse --------------------------------------------------------------
//
// A compiled instance keeps one arena and, before each run, zeroes only what
// the previous run wrote. With one high-water mark a run that touched scratch
// (which starts after an output region of half the arena) would make the next
// run zero at least half the arena, so every host keeps three marks, split at
// the run's scratch start S:
//
//   low_start  the lowest start of a write below S; it starts at the input
//              offset (the host copies the input there), so it only drops
//              below it when the run wrote into the constants;
//   low_end    the highest end of a write that started below S; it starts at
//              the input's end;
//   high_end   the highest end of a write that started at or above S; it
//              starts at S.
//
// "Write" is every store, memory.copy destination and memory.fill, wherever it
// lands (IR may store anywhere in the arena, not only into allocated memory).
// Everything a run wrote lies in [low_start, low_end) ∪ [S, high_end): a write
// [p, e) with p < S has low_start <= p and e <= low_end; one with p >= S lies
// in [S, e) ⊆ [S, high_end). A write straddling S counts as low, which covers
// it whole. So the next run zeroes those two ranges, copies the data segments
// in again only when low_start is below the input offset (otherwise nothing
// touched the constants since they were last copied: the first run of a fresh
// arena starts with low_start = 0), and copies its input in; the arena then
// equals buildArena's. The marks are absolute offsets of the previous run,
// whatever the next plan: a smaller or larger arena, or a different input
// length (which moves S; the input offset depends only on the module), changes
// nothing. A run that trapped leaves its marks exact as well (the hosts keep
// them where a trap cannot lose them).
//
// The marks may cover more than was written (zeroing an unwritten byte of a
// fresh-arena-equivalent range changes nothing), and the hosts use that: an
// `alloc` widens high_end (scratch) or low_end (output) to the end of the new
// block, and a write that lies inside [S, high_end) or [low_start, low_end) is
// already covered — both windows lie inside the arena — so compiled code skips
// its bounds check and mark update; any other write takes the slow path (bounds
// check, then the update above). testdata/run/arena-reset.ir pins the writes
// around allocated blocks that must still be caught.

/**
 * Headroom a host may give a mark that a write raises: to min(arena, end +
 * MARK_HEADROOM_BYTES + ((end - base) >> MARK_HEADROOM_SHIFT)), base the start
 * of its window, so code that appends past the marks (a string's bytes written
 * at scratch_ptr before its `alloc`, JSON past output_ptr) raises them
 * O(log n) times instead of once per write. Over-covering, so always allowed.
 */
export const MARK_HEADROOM_BYTES = 64n;
export const MARK_HEADROOM_SHIFT = 4n;
