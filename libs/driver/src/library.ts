// Tetra as a library (DESIGN §8): one call from source text to something with
// `run(args)`.
//
//   const r = await compile(source, { target: "wasm" });
//   if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
//   r.value.run({ qty: 3, price: 2.5 })  // { kind: "ok", json: "7.5" } | runtime-error | bad-arguments
//
// A thin layer over compileRule/runRule: arguments may be a plain object
// (BigInt for exact Ints; see args-json.ts) as well as JSON text, and the
// static refusals (diagnostics, `unsupported: …`, an unavailable native
// toolchain) come back as the Result's error. Compiled wasm and native code is
// cached on disk by content hash by the backends, so compiling the same
// program again is a cache hit.
import { err, ok, type Diagnostic, type Result } from "@tetra/core";
import { argsToJson, isWellFormedText } from "./args-json.js";
import { compileRule, type CompiledRule } from "./compile.js";
import type { DriverOutcome } from "./outcome.js";
import { runRule, type RunSettings } from "./run.js";
import type { TargetName } from "./targets.js";

export interface RuleOptions {
  readonly target: TargetName;
  /** The name spans and messages use. Default "<input>". */
  readonly file?: string;
  /** Backend optimisation (binaryen -O3, LLVM -O2). Default true. */
  readonly optimize?: boolean;
}

/** Arguments: JSON text, or a plain object whose values JSON can carry (BigInt allowed). */
export type RuleArgs = string | { readonly [name: string]: unknown };

export interface Rule {
  readonly target: TargetName;
  /** False for a library document (no `#main`), which runs without arguments. */
  readonly hasMain: boolean;
  /** The compiled rule, for callers that need the module or the instance. */
  readonly compiled: CompiledRule;
  run(args?: RuleArgs, settings?: RunSettings): DriverOutcome;
}

export async function compile(source: string, options: RuleOptions): Promise<Result<Rule, Diagnostic[]>> {
  const c = await compileRule({ source, file: options.file ?? "<input>", target: options.target, optimize: options.optimize ?? true });
  if (!c.ok) return err([...c.outcome.diagnostics]);
  const compiled = c.rule;
  return ok({
    target: compiled.target,
    hasMain: compiled.program.main !== null,
    compiled,
    run: (args, settings) => runWith(compiled, args, settings),
  });
}

function runWith(rule: CompiledRule, args: RuleArgs | undefined, settings: RunSettings = {}): DriverOutcome {
  if (args === undefined || typeof args === "string") {
    if (args !== undefined && !isWellFormedText(args)) {
      return { kind: "bad-arguments", error: { kind: "MalformedArguments", path: "", message: "the argument text has a lone surrogate, so it is not valid UTF-8" } };
    }
    return runRule(rule, args, settings);
  }
  const text = argsToJson(args);
  if (!text.ok) return { kind: "bad-arguments", error: { kind: "MalformedArguments", path: text.error.path, message: text.error.message } };
  return runRule(rule, text.value, settings);
}
