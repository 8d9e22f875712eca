// Error kinds and the two failure classes that are not user-input problems.
//
// Runtime error kinds are the stable names of LANGUAGE.md §5.3 (plus the
// projection error of §2.5 and this project's internal `MemoryFault`). They are
// one union so that every target, the codec and the harness speak one
// vocabulary: `trap(kind)` outcomes compare by these strings.

/** Every runtime error / trap kind a run can end with. */
export const RUNTIME_ERROR_KINDS = [
  "DivisionByZero",
  "NumericOverflow",
  "IndexOutOfBounds",
  "EmptyList",
  "TypeMismatch",
  "CircularReference",
  "VariableNotFound",
  "UnsupportedOperator",
  "MissingMainArg",
  "UnexpectedMainArg",
  "MainArgTypeMismatch",
  "MainReturnTypeMismatch",
  "NoMainSignature",
  "StepLimitExceeded",
  "MemoryLimitExceeded",
  // Projection error (§2.5): a NaN or infinite Float reached the JSON result.
  "NonFiniteFloat",
  // Internal: an arena access out of range. Verified IR from correct lowering
  // never hits it; it exists so that a bug can never read outside the arena.
  "MemoryFault",
] as const;

export type RuntimeErrorKind = (typeof RUNTIME_ERROR_KINDS)[number];

export function isRuntimeErrorKind(s: string): s is RuntimeErrorKind {
  return (RUNTIME_ERROR_KINDS as readonly string[]).includes(s);
}

/** A bug in Tetra itself (never a user-input problem). Carries the offending value. */
export class InternalError extends Error {
  override readonly name = "InternalError";
  constructor(message: string, readonly detail?: unknown) {
    super(detail === undefined ? message : `${message}: ${safeShow(detail)}`);
  }
}

/** Exhaustiveness guard: `default: return unreachable(x)` at the end of a switch over a union. */
export function unreachable(x: never): never {
  throw new InternalError("unreachable case", x);
}

function safeShow(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}
