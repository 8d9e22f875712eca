// Diagnostics: user-facing problems found before a run (parse, type, unsupported
// construct) or a runtime error reported with its source span.
import type { Span } from "./span.js";

export type Severity = "error" | "warning" | "note";

export interface DiagnosticNote {
  readonly message: string;
  readonly span?: Span;
}

export interface Diagnostic {
  readonly severity: Severity;
  /**
   * Stable code: a diagnostic kind of LANGUAGE.md §4.3 (`StaticTypeMismatch`,
   * `Parse`, ...), `Unsupported` for a construct a target cannot compile, or a
   * runtime error kind when a run's error is rendered.
   */
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
  readonly notes: readonly DiagnosticNote[];
}

export function diagnostic(
  code: string,
  message: string,
  span?: Span,
  notes: readonly DiagnosticNote[] = [],
  severity: Severity = "error",
): Diagnostic {
  return span === undefined ? { severity, code, message, notes } : { severity, code, message, span, notes };
}
