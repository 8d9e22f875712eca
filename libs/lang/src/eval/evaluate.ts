// Running a typed program (§5.2 rule 1): decode and check the `#main`
// arguments, evaluate the root (the `#main -> T` check is the root's Coerce
// node), then project the value to canonical JSON (§2.5, §2.6).
//
// Three outcomes, never an exception for any program or argument text:
//   ok            — the canonical JSON text (and the value);
//   runtime-error — a §5.3 kind (or the projection error NonFiniteFloat) with its span;
//   bad-arguments — MissingMainArg / UnexpectedMainArg / MainArgTypeMismatch /
//                   MalformedArguments (not JSON, or not an object), with the path.
import { decodeMainArgs, toCanonicalJson, type MainArgErrorKind, type RuntimeErrorKind, type Span, type Value } from "@tetra/core";
import type { TypedProgram } from "../analyze/typed-ast.js";
import { typeToShape } from "../types/type-to-shape.js";
import { validateDecoded } from "./coerce-value.js";
import { DEFAULT_TREE_WALK_FUEL, Interpreter } from "./interpreter.js";
import { projectedSize } from "./output-size.js";
import { RuntimeError } from "./runtime-error.js";

/** Results that would project to more JSON values than this are MemoryLimitExceeded. */
export const MAX_OUTPUT_NODES = 5_000_000;

export interface EvaluateOptions {
  /** Step budget; default DEFAULT_TREE_WALK_FUEL. Exhausting it is StepLimitExceeded. */
  readonly fuel?: number;
}

export type EvalOutcome =
  | { readonly kind: "ok"; readonly json: string; readonly value: Value }
  | { readonly kind: "runtime-error"; readonly error: { readonly kind: RuntimeErrorKind; readonly message: string; readonly span?: Span } }
  | { readonly kind: "bad-arguments"; readonly error: { readonly kind: MainArgErrorKind; readonly path: string; readonly message: string } };

/**
 * `argsJson` undefined runs a library document (§2.3); for an entry document it
 * means "no arguments" (`{}`). Arguments for a library document are NoMainSignature.
 */
export function evaluate(program: TypedProgram, argsJson: string | undefined, options: EvaluateOptions = {}): EvalOutcome {
  const it = new Interpreter(program, options.fuel ?? DEFAULT_TREE_WALK_FUEL);
  try {
    const env = it.globalEnv;
    const main = program.main;
    if (main === null && argsJson !== undefined) {
      return runtimeError("NoMainSignature", "the document has no `#main`, so it cannot be run with arguments", undefined);
    }
    if (main !== null) {
      const params = main.params.map((p) => ({ name: p.name, shape: typeToShape(p.type) }));
      const decoded = decodeMainArgs(params, argsJson ?? "{}", (index, value) => {
        const p = main.params[index]!;
        return validateDecoded(it, value, p.type, p.name);
      });
      if (!decoded.ok) return { kind: "bad-arguments", error: decoded.error };
      for (const p of main.params) env.bind(p.binding, decoded.value.get(p.name)!);
    }
    const value = it.eval(program.root, env);
    if (projectedSize(value, program.resultType, MAX_OUTPUT_NODES) > MAX_OUTPUT_NODES) {
      return runtimeError("MemoryLimitExceeded", `the result has more than ${MAX_OUTPUT_NODES} JSON values`, program.root.span);
    }
    const json = toCanonicalJson(value, typeToShape(program.resultType));
    if (!json.ok) return runtimeError("NonFiniteFloat", json.error.message, program.root.span);
    return { kind: "ok", json: json.value, value };
  } catch (e) {
    if (e instanceof RuntimeError) return runtimeError(e.kind, e.message, e.span);
    // Backstop for the depth guard and for engine limits on string length.
    if (e instanceof RangeError) return runtimeError("MemoryLimitExceeded", `the evaluation exceeded an engine limit (${e.message})`, undefined);
    throw e;
  }
}

function runtimeError(kind: RuntimeErrorKind, message: string, span: Span | undefined): EvalOutcome {
  return { kind: "runtime-error", error: span === undefined ? { kind, message } : { kind, message, span } };
}
