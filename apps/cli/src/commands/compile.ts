// Shared by the commands that take a program: read it, check it or compile it
// through the driver, and print what stops it (diagnostics with source
// excerpts, `unsupported: …`, an unavailable target) — always exit 2.
import { compileRule, type CompiledRule, type CompileResult, type TargetName } from "@tetra/driver";
import { check, renderDiagnostics, type TypedProgram } from "@tetra/lang";
import { EXIT, type Io } from "../io.js";
import { readText } from "../source-file.js";

export type Failed = { readonly ok: false; readonly exitCode: number };
type Refusal = Extract<CompileResult, { ok: false }>["outcome"];

export function readProgram(file: string, io: Io): { readonly ok: true; readonly source: string } | Failed {
  const text = readText(file, "program");
  if (!text.ok) {
    io.stderr(`error: ${text.error.message}\n`);
    return { ok: false, exitCode: EXIT.compileError };
  }
  return { ok: true, source: text.value };
}

/** `tetra check`: parse and analyze only. */
export function checkFile(file: string, io: Io): { readonly ok: true; readonly program: TypedProgram; readonly source: string } | Failed {
  const read = readProgram(file, io);
  if (!read.ok) return read;
  const checked = check(read.source, file);
  if (!checked.ok) return { ok: false, exitCode: reportRefusal({ kind: "rejected", diagnostics: checked.diagnostics }, read.source, file, undefined, io) };
  return { ok: true, program: checked.program, source: read.source };
}

/** The program compiled for one target (`tetra run`). */
export async function compileFile(
  file: string,
  target: TargetName,
  optimize: boolean,
  io: Io,
): Promise<{ readonly ok: true; readonly rule: CompiledRule; readonly source: string } | Failed> {
  const read = readProgram(file, io);
  if (!read.ok) return read;
  const compiled = await compileRule({ source: read.source, file, target, optimize });
  if (!compiled.ok) return { ok: false, exitCode: reportRefusal(compiled.outcome, read.source, file, target, io) };
  return { ok: true, rule: compiled.rule, source: read.source };
}

/** Prints the diagnostics and the closing line; returns the exit code (2). */
export function reportRefusal(outcome: Refusal, source: string, file: string, target: string | undefined, io: Io): number {
  io.stderr(renderDiagnostics(outcome.diagnostics, source, { color: io.color }));
  const n = outcome.diagnostics.length;
  if (outcome.kind === "rejected") io.stderr(`\nerror: ${file} has ${n} error${n === 1 ? "" : "s"}\n`);
  else io.stderr(`\nerror: ${file} cannot be compiled for ${target ?? "this target"}\n`);
  return EXIT.compileError;
}
