// Test helpers for the lowering suites (not exported from the package): the
// whole compiled pipeline on the IR interpreter, as the driver will run it —
// parse → analyze → lowerProgram → verify → fold/dce/fuel → verify → run.
import { InternalError, type Diagnostic } from "@tetra/core";
import { assertValid, interpret, standardPipeline, type Module, type RunOptions } from "@tetra/ir";
import { analyze } from "../analyze/analyzer.js";
import type { TypedProgram } from "../analyze/typed-ast.js";
import { parse } from "../syntax/parse.js";
import { lowerProgram } from "./lower-program.js";

export type Outcome =
  | { readonly kind: "ok"; readonly json: string }
  | { readonly kind: "trap"; readonly trap: string; readonly site: number | undefined; readonly line?: number; readonly column?: number }
  | { readonly kind: "rejected"; readonly codes: readonly string[]; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: "unsupported"; readonly messages: readonly string[] };

/** The conformance harness's settings: 10^7 fuel, a 64 MiB arena. */
export const FIXTURE_RUN: RunOptions = { fuel: 10_000_000, memoryLimit: 64 * 1024 * 1024 };

export function typecheck(source: string, file = "test.relon"): { program?: TypedProgram; diagnostics: readonly Diagnostic[] } {
  const parsed = parse(source, file);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  const r = analyze(parsed.document);
  return r.program === undefined ? { diagnostics: r.diagnostics } : { program: r.program, diagnostics: [] };
}

export type Compiled = { readonly ok: true; readonly module: Module; readonly raw: Module } | { readonly ok: false; readonly outcome: Outcome };

/** Source → verified, optimised, fuelled module (or why not). */
export function compile(source: string, file = "test.relon"): Compiled {
  const t = typecheck(source, file);
  if (t.program === undefined) return { ok: false, outcome: { kind: "rejected", codes: t.diagnostics.map((d) => d.code), diagnostics: t.diagnostics } };
  const lowered = lowerProgram(t.program);
  if (!lowered.ok) return { ok: false, outcome: { kind: "unsupported", messages: lowered.error.map((d) => d.message) } };
  assertValid(lowered.value, "lowered module");
  const module = standardPipeline(lowered.value);
  assertValid(module, "module after the standard pipeline");
  return { ok: true, module, raw: lowered.value };
}

/** Runs a compiled module on `args` (JSON text) and returns the outcome and the final runtime state. */
export function runModule(module: Module, args: string, options: RunOptions = FIXTURE_RUN) {
  const inst = interpret(module);
  const r = inst.run(new TextEncoder().encode(args), options);
  const state = { ...inst.machine.state };
  if (r.ok) return { outcome: { kind: "ok", json: new TextDecoder("utf-8", { fatal: true }).decode(r.output) } as Outcome, state };
  const span = r.site === undefined ? null : module.sites[r.site]?.span;
  const outcome: Outcome =
    span === null || span === undefined
      ? { kind: "trap", trap: r.trap, site: r.site }
      : { kind: "trap", trap: r.trap, site: r.site, line: span.start.line, column: span.start.column };
  return { outcome, state };
}

export function run(source: string, args = "{}", options: RunOptions = FIXTURE_RUN): Outcome {
  const c = compile(source);
  if (!c.ok) return c.outcome;
  return runModule(c.module, args, options).outcome;
}

/** The JSON text of a successful run, or an InternalError describing the outcome. */
export function runOk(source: string, args = "{}", options: RunOptions = FIXTURE_RUN): string {
  const o = run(source, args, options);
  if (o.kind !== "ok") throw new InternalError("expected a value", o);
  return o.json;
}

/** Canonical JSON on one line (layout whitespace removed; key order and number text kept): `{"a": 1,"b": [1,2]}`. */
export function oneLine(json: string): string {
  return json.replace(/\n\s*/g, "");
}

/** The one-line JSON of a successful run. */
export function value(source: string, args = "{}", options: RunOptions = FIXTURE_RUN): string {
  return oneLine(runOk(source, args, options));
}

/** The trap kind of a run (or a description of why it did not trap). */
export function trapOf(source: string, args = "{}", options: RunOptions = FIXTURE_RUN): string {
  const o = run(source, args, options);
  return o.kind === "trap" ? o.trap : `no trap: ${JSON.stringify(o)}`;
}
