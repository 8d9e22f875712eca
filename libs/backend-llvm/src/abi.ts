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
   * An upper bound of the arena bytes written so far: the host starts it past
   * the constants and input it copies in, generated code raises it to the end
   * of every store, copy and fill. After a run that returned normally, the
   * next run only needs to zero `[0, written)`.
   */
  written: 6,
  /**
   * Lowest native stack address generated code may call below (set by the C
   * runtime from the thread's stack bounds, with a margin). MAX_CALL_DEPTH
   * bounds the depth, this bounds the bytes: a call that would go past it
   * ends the run with STATUS_STACK_EXHAUSTED instead of a SIGSEGV.
   */
  stackLimit: 7,
} as const;
export const REG_WORDS = 8;

/** Host-only words of `io` (after the registers). */
export const IO = {
  /** out: the trap site of a non-zero status. */
  site: 8,
  /** out: the function's result (i32 sign-extended, i64, or f64 bits). */
  result: 9,
  /** in: bytes at the start of the arena that an earlier run may have dirtied (zeroed first). */
  dirty: 10,
  /** in: length of the constants image copied to arena offset 0. */
  constsLen: 11,
  /** in: where the input bytes go, and how many. */
  inputOffset: 12,
  inputLen: 13,
  /** in: the function's arguments, one word each (i32 sign-extended, i64, f64 bits). */
  args: 16,
} as const;

/** `unreachable` executed: the host throws InternalError. */
export const STATUS_UNREACHABLE = 255;
/** A dispatch index the library does not define (a host bug). */
export const STATUS_BAD_FUNCTION = 254;
/** The native stack ran out below MAX_CALL_DEPTH (the host throws InternalError, as the interpreter does). */
export const STATUS_STACK_EXHAUSTED = 253;

/** Bumped when the layout above or the runtime's exports change; the loader checks it. */
export const ABI_VERSION = 1;
