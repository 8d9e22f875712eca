// Reading the inputs of a command: the program file and the argument JSON.
import { readFileSync } from "node:fs";
import type { Result } from "@tetra/core";
import { err, ok } from "@tetra/core";

export function readText(path: string, what: string): Result<string, string> {
  try {
    return ok(readFileSync(path, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return err(`cannot read ${what} ${path}: ${code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
}

/** The argument object text from `--args` or `--args-file` (never both); undefined when neither is given. */
export function argumentText(opts: { args?: string; argsFile?: string }): Result<string | undefined, string> {
  if (opts.args !== undefined && opts.argsFile !== undefined) return err("use either --args or --args-file, not both");
  if (opts.args !== undefined) return ok(opts.args);
  if (opts.argsFile !== undefined) return readText(opts.argsFile, "argument file");
  return ok(undefined);
}
