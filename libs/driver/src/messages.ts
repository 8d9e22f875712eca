// Messages for runtime errors raised by compiled code. A trap carries only its
// kind and site; the site gives the span (and, for schema predicates, the
// `#expect` text). Messages are informative (LANGUAGE.md §0.3): kinds and
// spans are what targets agree on.
import type { RuntimeErrorKind } from "@tetra/core";

/** One sentence per runtime error kind (also inlined into standalone artifacts). */
export const TRAP_MESSAGES: Readonly<Record<RuntimeErrorKind, string>> = {
  DivisionByZero: "division by zero",
  NumericOverflow: "integer arithmetic overflowed the Int range",
  IndexOutOfBounds: "index out of bounds",
  EmptyList: "the list is empty",
  TypeMismatch: "a value does not match its schema or no match arm matched",
  CircularReference: "a field needs its own value",
  VariableNotFound: "the key is not in the dict",
  UnsupportedOperator: "unsupported operand (an empty separator)",
  MissingMainArg: "a #main argument is missing",
  UnexpectedMainArg: "an argument names no #main parameter",
  MainArgTypeMismatch: "an argument does not decode or validate",
  MainReturnTypeMismatch: "the result does not validate against the #main return type",
  NoMainSignature: "the document has no #main, so it cannot be run with arguments",
  StepLimitExceeded: "the evaluation ran out of fuel",
  MemoryLimitExceeded: "the run exceeded its memory limit (arena capacity or call depth)",
  NonFiniteFloat: "a NaN or infinite Float cannot be written to JSON",
  MemoryFault: "internal error: an arena access out of range",
};

export function trapMessage(kind: RuntimeErrorKind, siteMessage: string | undefined): string {
  return siteMessage === undefined ? TRAP_MESSAGES[kind] : `${TRAP_MESSAGES[kind]}: ${siteMessage}`;
}
