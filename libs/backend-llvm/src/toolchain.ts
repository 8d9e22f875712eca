// Finds out whether the native target can run on this machine. The native
// route (issue: IR → LLVM) needs llvm-bindings (built against LLVM 14 by
// tools/setup.sh), opt-14 and llc-14 to optimise and compile, a C compiler to
// link a shared object, and koffi to load it. When any piece is missing the
// target reports why, and the rest of Tetra keeps working.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

export type ToolchainStatus = { readonly available: true } | { readonly available: false; readonly reason: string };

const TOOLS = ["opt-14", "llc-14", "cc"] as const;

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function canLoad(pkg: string): string | undefined {
  try {
    createRequire(import.meta.url)(pkg);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message.split("\n")[0] : String(e);
  }
}

/** Probes the native toolchain; `reason` is phrased for a user ("native target unavailable: ..."). */
export function probeNativeToolchain(
  probe: { hasTool: (name: string) => boolean; canLoad: (pkg: string) => string | undefined } = { hasTool, canLoad },
): ToolchainStatus {
  const missingTools = TOOLS.filter((t) => !probe.hasTool(t));
  if (missingTools.length > 0) {
    return { available: false, reason: `missing ${missingTools.join(", ")}, run tools/setup.sh` };
  }
  for (const pkg of ["llvm-bindings", "koffi"]) {
    const why = probe.canLoad(pkg);
    if (why !== undefined) return { available: false, reason: `cannot load ${pkg} (${why}), run tools/setup.sh` };
  }
  return { available: true };
}
