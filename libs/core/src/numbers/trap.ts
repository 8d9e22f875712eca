// How the primitives in this folder report a runtime error (LANGUAGE.md §5.3).
//
// They throw `PrimitiveTrap`. A run ends at its first runtime error, so the
// tree-walk evaluator wants "compute or abort", not a Result it must thread
// through every arithmetic node: it calls `i64Add(a, b)` directly and catches
// `PrimitiveTrap` once, at the top of the run, turning `trap.kind` into its own
// runtime-error outcome. Traps are rare, so the cost of `throw` is irrelevant.
// (Internal bugs still throw `InternalError`; a trap is never a bug.)

import type { RuntimeErrorKind } from "../errors.js";

/** The runtime error kinds a number or text primitive can raise. */
export type PrimitiveTrapKind = Extract<
  RuntimeErrorKind,
  "DivisionByZero" | "NumericOverflow" | "IndexOutOfBounds" | "UnsupportedOperator"
>;

/** A runtime error raised by a primitive; `kind` is the §5.3 name, `operation` says which primitive. */
export class PrimitiveTrap extends Error {
  override readonly name = "PrimitiveTrap";
  constructor(
    readonly kind: PrimitiveTrapKind,
    readonly operation: string,
  ) {
    super(`${kind} in ${operation}`);
  }
}

export function isPrimitiveTrap(e: unknown): e is PrimitiveTrap {
  return e instanceof PrimitiveTrap;
}
