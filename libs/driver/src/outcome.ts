// What running a program gives, on any target: the same four user-facing
// classes as the tree-walk evaluator (`@tetra/lang` EvalOutcome) plus the two
// compile-time refusals. The CLI maps them to exit codes; the conformance
// harness compares them across targets.
import type { Diagnostic, MainArgErrorKind, RuntimeErrorKind, Span } from "@tetra/core";

export interface RuntimeErrorInfo {
  readonly kind: RuntimeErrorKind;
  readonly message: string;
  readonly span?: Span;
}

export interface BadArgumentsInfo {
  readonly kind: MainArgErrorKind;
  readonly path: string;
  readonly message: string;
}

export type DriverOutcome =
  /** `json` is the canonical JSON text; compiled targets also give the raw output-region bytes. */
  | { readonly kind: "ok"; readonly json: string; readonly bytes?: Uint8Array }
  /** Static errors: the program is not valid. */
  | { readonly kind: "rejected"; readonly diagnostics: readonly Diagnostic[] }
  /** The target cannot compile a construct (`unsupported: …`) or is not available on this machine. */
  | { readonly kind: "unsupported"; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: "runtime-error"; readonly error: RuntimeErrorInfo }
  | { readonly kind: "bad-arguments"; readonly error: BadArgumentsInfo };
