// The binary interface between the host (host/instance.ts, the standalone
// loader), the C runtime (runtime-c.ts) and generated code (codegen/). One
// native call per run:
//
//   int32_t tetra_run(uint32_t fn, void *arena, void *io, const uint8_t *consts, const uint8_t *input)
//
// `io` is an array of 64-bit words the host fills before the call and reads
// after it. Words 0..7 are the runtime-state registers (docs/ir.md "Runtime
// state"); the C runtime copies them into its own frame, hands generated code a
// pointer to that copy (`regs`) and copies them back. The return value is the
// run-contract status (0 ok, k + 1 = RUNTIME_ERROR_KINDS[k]) or one of the
// internal statuses below.

/** Register words, shared by `io` and the `regs` pointer generated code receives. */
export const REG = {
  fuel: 0,
  scratch_ptr: 1,
  scratch_end: 2,
  output_ptr: 3,
  output_end: 4,
  arenaSize: 5,
  /**
   * The write marks (run-contract.ts "Arena reuse"): writes that started below
   * `scratchStart` lie in [lowStart, lowEnd), the others in [scratchStart,
   * highEnd). The host starts them at the input (offset, end) and at the
   * scratch start; generated code widens them on every store, copy and fill
   * (and writes them back before a trap), so after any run the next one zeroes
   * just those ranges.
   */
  lowStart: 6,
  lowEnd: 7,
  highEnd: 8,
  /** The run's scratch start (read-only): where the marks split. */
  scratchStart: 9,
  /**
   * Lowest native stack address generated code may call below (set by the C
   * runtime from the thread's stack bounds, with a margin). MAX_CALL_DEPTH
   * bounds the depth, this bounds the bytes: a call that would go past it
   * ends the run with STATUS_STACK_EXHAUSTED instead of a SIGSEGV.
   */
  stackLimit: 10,
} as const;
export const REG_WORDS = 11;

/** Host-only words of `io` (after the registers). */
export const IO = {
  /** out: the trap site of a non-zero status. */
  site: 11,
  /** out: the function's result (i32 sign-extended, i64, or f64 bits). */
  result: 12,
  /**
   * in: what an earlier run may have written, zeroed (memset) first:
   * [zeroLowStart, zeroLowEnd) and [zeroHighStart, zeroHighEnd), each empty when end <= start.
   */
  zeroLowStart: 13,
  zeroLowEnd: 14,
  zeroHighStart: 15,
  zeroHighEnd: 16,
  /** in: bytes of the constants image to copy to arena offset 0 — 0 when the constants are intact. */
  constsLen: 17,
  /** in: where the input bytes go, and how many. */
  inputOffset: 18,
  inputLen: 19,
  /** in: the function's arguments, one word each (i32 sign-extended, i64, f64 bits). */
  args: 20,
} as const;

/** `unreachable` executed: the host throws InternalError. */
export const STATUS_UNREACHABLE = 255;
/** A dispatch index the library does not define (a host bug). */
export const STATUS_BAD_FUNCTION = 254;
/** The native stack ran out below MAX_CALL_DEPTH (the host throws InternalError, as the interpreter does). */
export const STATUS_STACK_EXHAUSTED = 253;

/** Bumped when the layout above or the runtime's exports change; the loader checks it. */
export const ABI_VERSION = 2;
