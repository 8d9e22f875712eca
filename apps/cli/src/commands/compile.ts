// Shared by `run` and `check`: read the file, check it, print diagnostics.
import { check, renderDiagnostics, type TypedProgram } from "@tetra/lang";
import { EXIT, type Io } from "../io.js";
import { readText } from "../source-file.js";

export type Compiled = { readonly ok: true; readonly program: TypedProgram; readonly source: string } | { readonly ok: false; readonly exitCode: number };

export function compileFile(file: string, io: Io): Compiled {
  const text = readText(file, "program");
  if (!text.ok) {
    io.stderr(`error: ${text.error}\n`);
    return { ok: false, exitCode: EXIT.compileError };
  }
  const checked = check(text.value, file);
  if (!checked.ok) {
    io.stderr(renderDiagnostics(checked.diagnostics, text.value, { color: io.color }));
    const n = checked.diagnostics.length;
    io.stderr(`\nerror: ${file} has ${n} error${n === 1 ? "" : "s"}\n`);
    return { ok: false, exitCode: EXIT.compileError };
  }
  return { ok: true, program: checked.program, source: text.value };
}
