// Shared by the CLI tests: run `main(argv, io)` in-process with a capturing Io,
// and write scratch programs into a temporary directory.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { probeNativeToolchain } from "@tetra/backend-llvm";
import { main, type Io } from "./main.js";

export const REPO = join(import.meta.dirname, "../../..");
export const EXAMPLES = join(REPO, "examples");
export const SHARED_FIXTURES = join(REPO, "../shared/fixtures");
export const NATIVE = probeNativeToolchain();

export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function tetra(...argv: string[]): Promise<Ran> {
  let out = "";
  let err = "";
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), color: false };
  const code = await main(argv, io);
  return { code, out, err };
}

let scratch: string | undefined;

/** A fresh temporary directory per test file (outside the repository). */
export function scratchDir(): string {
  scratch ??= mkdtempSync(join(tmpdir(), "tetra-cli-"));
  return scratch;
}

export function scratchFile(name: string, content: string | Uint8Array): string {
  const p = join(scratchDir(), name);
  writeFileSync(p, content);
  return p;
}

/** What `tetra run --target native` prints when the toolchain is missing. */
export function nativeUnavailableMessage(file: string): string {
  if (NATIVE.available) throw new Error("the native toolchain is available");
  return `error[Unsupported]: native target unavailable: ${NATIVE.reason}\n\nerror: ${file} cannot be compiled for native\n`;
}
