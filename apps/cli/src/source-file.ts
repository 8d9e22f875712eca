// Reading the inputs of a command: the program file and the argument JSON.
// Both are decoded as strict UTF-8: an invalid byte is an error naming the
// file, never a silent U+FFFD that would change what the program sees.
import { readFileSync } from "node:fs";
import type { Result } from "@tetra/core";
import { err, ok } from "@tetra/core";

/** `usage`: the flags are wrong; `unreadable`: the file cannot be read; `not-utf8`: it can, but is not UTF-8. */
export type ReadError = { readonly kind: "usage" | "unreadable" | "not-utf8"; readonly message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function readText(path: string, what: string): Result<string, ReadError> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (e as Error).message;
    return err({ kind: "unreadable", message: `cannot read ${what} ${path}: ${why}` });
  }
  try {
    return ok(utf8.decode(bytes));
  } catch {
    return err({ kind: "not-utf8", message: `${what} ${path} is not valid UTF-8` });
  }
}

/** The argument object text from `--args` or `--args-file` (never both); undefined when neither is given. */
export function argumentText(opts: { readonly args?: string; readonly argsFile?: string }): Result<string | undefined, ReadError> {
  if (opts.args !== undefined && opts.argsFile !== undefined) return err({ kind: "usage", message: "use either --args or --args-file, not both" });
  if (opts.args !== undefined) return ok(opts.args);
  if (opts.argsFile !== undefined) return readText(opts.argsFile, "argument file");
  return ok(undefined);
}
