// The toolchain the compiler drives, behind an interface so tests can count
// what a compile touched (a cache hit must neither load llvm-bindings nor run
// opt/llc/cc) and simulate a machine without LLVM.
import { execFileSync } from "node:child_process";
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { InternalError } from "@tetra/core";
import { loadKoffi, loadLlvm, packageVersion, type Llvm } from "./native-deps.js";
import { probeNativeToolchain, type ToolchainStatus } from "./toolchain.js";

export type Tool = "opt-14" | "llc-14" | "cc";

export interface Toolchain {
  /** Whether every piece of the native route is present (may run `<tool> --version` once). */
  status(): ToolchainStatus;
  /** Why koffi cannot be loaded, or undefined (a cache hit needs only koffi). */
  koffiProblem(): string | undefined;
  loadLlvm(): Llvm;
  /** Runs a tool; throws InternalError with its stderr when it fails. */
  run(tool: Tool, args: readonly string[]): void;
  /** Identifies the tools' behaviour without running them (part of the cache key). */
  identity(): string;
}

/** The executable `name` on PATH, resolved through symlinks, or undefined. */
function which(name: string): string | undefined {
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    if (dir === "") continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return realpathSync(p);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function fileIdentity(path: string | undefined): string {
  if (path === undefined) return "missing";
  const s = statSync(path);
  return `${path}:${s.size}:${Math.floor(s.mtimeMs)}`;
}

let cachedStatus: ToolchainStatus | undefined;

export function systemToolchain(): Toolchain {
  return {
    status: () => (cachedStatus ??= probeNativeToolchain()),
    koffiProblem: () => {
      try {
        loadKoffi();
        return undefined;
      } catch (e) {
        return e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e);
      }
    },
    loadLlvm,
    run(tool, args) {
      try {
        execFileSync(tool, args, { stdio: ["ignore", "pipe", "pipe"], timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
      } catch (e) {
        const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
        throw new InternalError(`${tool} ${args.join(" ")} failed`, stderr.slice(0, 4000));
      }
    },
    identity: () =>
      [
        ...(["opt-14", "llc-14", "cc"] as const).map((t) => `${t}=${fileIdentity(which(t))}`),
        `llvm-bindings=${packageVersion("llvm-bindings")}`,
      ].join(";"),
  };
}
