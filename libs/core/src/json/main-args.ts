// `#main` argument checking, in the exact order of LANGUAGE.md §2.4:
//   1. for each parameter in declaration order: absent → MissingMainArg; the value does
//      not decode → MainArgTypeMismatch; `validate` (schema predicates, supplied by the
//      evaluator) rejects it → MainArgTypeMismatch;
//   2. then any property that names no parameter → UnexpectedMainArg.
// So `{"a": "x", "zzz": 1}` for `#main(Int a, Int b)` is MainArgTypeMismatch (a comes
// first), and `{"a": 1, "zzz": 1}` is MissingMainArg (b), not UnexpectedMainArg.
// Text that is not JSON, or JSON that is not an object, is `MalformedArguments`: the
// host could not even read the arguments (the CLI says "bad arguments").
// Parameters are always required: an `Option<T>` parameter must still be present, and
// a parameter's `default` marker is ignored (§2.4 has no optional parameters).
import { err, ok, type Result } from "../result.js";
import type { FieldShape } from "../shape.js";
import type { Value } from "../value.js";
import { decodeJson } from "./decode-json.js";
import { lastWins } from "./json-value.js";
import { parseJson } from "./parse-json.js";

export type MainArgErrorKind = "MissingMainArg" | "UnexpectedMainArg" | "MainArgTypeMismatch" | "MalformedArguments";

export interface MainArgError {
  readonly kind: MainArgErrorKind;
  /** The parameter path (`order.items[2].qty`), the extra property's name, or "" for MalformedArguments. */
  readonly path: string;
  /** A complete sentence for the user: `order.items[2].qty: expected Int, got "3"`. */
  readonly message: string;
}

/**
 * Checks a validated value of parameter `index` (the evaluator runs schema predicates
 * here). Returns undefined when it passes, else the message, used verbatim; it should
 * carry its own path: `order.qty: qty must be positive`.
 */
export type MainArgValidator = (index: number, value: Value) => string | undefined;

/** Decodes the `#main` argument object `jsonText` against `params` (in declaration order). */
export function decodeMainArgs(
  params: readonly FieldShape[],
  jsonText: string,
  validate?: MainArgValidator,
): Result<ReadonlyMap<string, Value>, MainArgError> {
  const parsed = parseJson(jsonText);
  if (!parsed.ok) {
    return err({ kind: "MalformedArguments", path: "", message: `arguments are not valid JSON: ${parsed.error.message}` });
  }
  const json = parsed.value;
  if (json.kind !== "object") {
    const got = json.kind === "array" ? "an array" : json.kind === "null" ? "null" : `a ${json.kind}`;
    return err({ kind: "MalformedArguments", path: "", message: `arguments must be a JSON object, got ${got}` });
  }
  const props = lastWins(json.members);
  const values = new Map<string, Value>();
  for (const [index, param] of params.entries()) {
    const arg = props.get(param.name);
    if (arg === undefined) {
      return err({ kind: "MissingMainArg", path: param.name, message: `missing argument ${JSON.stringify(param.name)}` });
    }
    const decoded = decodeJson(arg, param.shape, param.name);
    if (!decoded.ok) return err({ kind: "MainArgTypeMismatch", path: decoded.error.path, message: decoded.error.message });
    const problem = validate?.(index, decoded.value);
    if (problem !== undefined) return err({ kind: "MainArgTypeMismatch", path: param.name, message: problem });
    values.set(param.name, decoded.value);
  }
  const declared = new Set(params.map((p) => p.name));
  for (const key of props.keys()) {
    if (!declared.has(key)) {
      return err({ kind: "UnexpectedMainArg", path: key, message: `unexpected argument ${JSON.stringify(key)} (no #main parameter has this name)` });
    }
  }
  return ok(values);
}
