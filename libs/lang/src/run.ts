// Source text + argument JSON → one outcome: the front end and the tree-walk
// evaluator in a row. Used by the CLI's tree-walk target and by the fixture tests.
import { unreachable, type Diagnostic } from "@tetra/core";
import { evaluate, type EvalOutcome, type EvaluateOptions } from "./eval/evaluate.js";
import { check } from "./index.js";

export type RunOutcome = EvalOutcome | { readonly kind: "static-error"; readonly diagnostics: readonly Diagnostic[] };

export function runSource(source: string, file: string, argsJson: string | undefined, options: EvaluateOptions = {}): RunOutcome {
  const checked = check(source, file);
  if (!checked.ok) return { kind: "static-error", diagnostics: checked.diagnostics };
  return evaluate(checked.program, argsJson, options);
}

/** The error kind of a failed outcome: the first diagnostic's code, or the runtime / argument error kind. */
export function outcomeErrorKind(o: RunOutcome): string | undefined {
  switch (o.kind) {
    case "ok":
      return undefined;
    case "static-error":
      return o.diagnostics[0]?.code;
    case "runtime-error":
    case "bad-arguments":
      return o.error.kind;
    default:
      return unreachable(o);
  }
}

/**
 * Whether an outcome has the error kind a fixture expects. Equal kinds match;
 * so does a static `Const<K>` diagnostic for an expected runtime kind K: the
 * constant folder reports `ConstNumericOverflow` where evaluation would raise
 * `NumericOverflow` (§4.2), and fixtures written against the runtime record K
 * (`spec/overflow_literal_add`). docs/frontend.md explains the reading.
 */
export function errorKindMatches(expected: string, o: RunOutcome): boolean {
  const kind = outcomeErrorKind(o);
  if (kind === undefined) return false;
  if (kind === expected) return true;
  return o.kind === "static-error" && o.diagnostics.some((d) => d.code === `Const${expected}`);
}
