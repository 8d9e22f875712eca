// Checking the flag values shared by several commands. A bad value is a
// usage error (exit 2) with a message naming the flag.
import { err, ok, type Result } from "@tetra/core";
import { isTargetName, TARGET_NAMES, type TargetName } from "@tetra/driver";
import { MAX_MEMORY_LIMIT } from "@tetra/ir";
import { EXIT, type Io } from "../io.js";

export function targetOption(name: string, allowed: readonly string[] = TARGET_NAMES): Result<TargetName, string> {
  if (!isTargetName(name) || !allowed.includes(name)) return err(`unknown target \`${name}\` (available: ${allowed.join(", ")})`);
  return ok(name);
}

/** `--fuel 1000` → 1000; undefined stays undefined. */
export function countOption(flag: string, text: string | undefined, max = Number.MAX_SAFE_INTEGER): Result<number | undefined, string> {
  if (text === undefined) return ok(undefined);
  const n = Number(text);
  if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(n) || n > max) {
    return err(`${flag} takes a non-negative integer${max === Number.MAX_SAFE_INTEGER ? "" : ` up to ${max}`}, got \`${text}\``);
  }
  return ok(n);
}

export const memoryOption = (text: string | undefined): Result<number | undefined, string> => countOption("--memory", text, MAX_MEMORY_LIMIT);

/** Prints `error: <message>` and returns the usage exit code (2). */
export function usageError(io: Io, message: string): number {
  io.stderr(`error: ${message}\n`);
  return EXIT.compileError;
}
