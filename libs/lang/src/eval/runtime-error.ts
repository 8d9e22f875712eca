// A runtime error (§5.3) raised inside the tree-walk evaluator. A run stops at
// its first runtime error, so the evaluator throws this and `evaluate` catches
// it once at the top. Primitive traps from @tetra/core (PrimitiveTrap) are
// converted into it at the node that called the primitive, which supplies the span.
import type { RuntimeErrorKind, Span } from "@tetra/core";

export class RuntimeError extends Error {
  override readonly name = "RuntimeError";
  constructor(
    readonly kind: RuntimeErrorKind,
    message: string,
    readonly span?: Span,
  ) {
    super(message);
  }

  withSpan(span: Span): RuntimeError {
    return this.span === undefined ? new RuntimeError(this.kind, this.message, span) : this;
  }
}

/** Short default messages per kind (the primitives' traps carry only the kind and the operation). */
export function describeTrap(kind: RuntimeErrorKind, operation: string): string {
  switch (kind) {
    case "DivisionByZero":
      return `division by zero in ${operation}`;
    case "NumericOverflow":
      return `${operation} overflows the 64-bit Int range`;
    case "IndexOutOfBounds":
      return `${operation}: index out of bounds`;
    case "UnsupportedOperator":
      return `${operation}: the separator is empty`;
    default:
      return `${kind} in ${operation}`;
  }
}
