// The C baseline: c/kernels.c compiled with `cc -O2` into a temporary
// directory, run as a child process that times itself (warm-up, then samples of
// batches of calls, clock_gettime) and prints the per-call times and the
// canonical JSON result. A process per round keeps C out of Node's address
// space (no FFI in the timed path) and lets the runner interleave it with the
// in-process variants.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CKernelName } from "./kernels.js";
import type { Variant } from "./variant.js";

export const C_SOURCE = new URL("../c/kernels.c", import.meta.url);
export const C_FLAGS = ["-O2"] as const;

export type CBuild =
  | { readonly ok: true; readonly binary: string; readonly dir: string; readonly compiler: string; readonly command: string }
  | { readonly ok: false; readonly reason: string };

/** Compiles c/kernels.c; `cc` may be overridden with $CC. */
export function buildCKernels(cc: string = process.env["CC"] ?? "cc"): CBuild {
  const dir = mkdtempSync(join(tmpdir(), "tetra-bench-c-"));
  const binary = join(dir, "kernels");
  const source = fileURLToPath(C_SOURCE);
  const args = [...C_FLAGS, "-o", binary, source];
  const r = spawnSync(cc, args, { encoding: "utf8", timeout: 120_000 });
  if (r.error !== undefined || r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    const why = r.error !== undefined ? r.error.message : `exit ${r.status}: ${r.stderr.trim()}`;
    return { ok: false, reason: `${cc} failed: ${why}` };
  }
  return { ok: true, binary, dir, compiler: compilerVersion(cc), command: `${cc} ${C_FLAGS.join(" ")} c/kernels.c` };
}

export function removeCBuild(build: CBuild): void {
  if (build.ok) rmSync(build.dir, { recursive: true, force: true });
}

function compilerVersion(cc: string): string {
  try {
    return execFileSync(cc, ["--version"], { encoding: "utf8", timeout: 10_000 }).split("\n")[0]?.trim() ?? cc;
  } catch {
    return cc;
  }
}

export type CRun =
  | { readonly ok: true; readonly nsPerCall: readonly number[]; readonly output: string }
  | { readonly ok: false; readonly reason: string };

/** Exit codes of c/kernels.c for the traps it can raise. */
const C_EXIT: Readonly<Record<number, string>> = { 2: "usage error", 3: "NumericOverflow", 4: "MemoryLimitExceeded", 5: "IndexOutOfBounds" };

export function runCKernel(binary: string, kernel: CKernelName, n: number, batch: number, samples: number, warmupMs: number): CRun {
  const r = spawnSync(binary, [kernel, String(n), String(batch), String(samples), String(warmupMs)], { encoding: "utf8", timeout: 600_000 });
  if (r.error !== undefined) return { ok: false, reason: r.error.message };
  if (r.status !== 0) return { ok: false, reason: `exit ${r.status ?? r.signal} (${C_EXIT[r.status ?? -1] ?? "crash"}): ${r.stderr.trim()}` };
  return parseCOutput(r.stdout);
}

/** `"ns 12.5 13.0\n196418"` → the samples and the result text. */
export function parseCOutput(stdout: string): CRun {
  const nl = stdout.indexOf("\n");
  const head = nl < 0 ? stdout : stdout.slice(0, nl);
  const words = head.split(" ");
  if (words[0] !== "ns" || words.length < 2) return { ok: false, reason: `unexpected output from the C kernel: ${JSON.stringify(stdout.slice(0, 80))}` };
  const nsPerCall = words.slice(1).map(Number);
  if (nsPerCall.some((x) => !Number.isFinite(x) || x < 0)) return { ok: false, reason: `bad timing line ${JSON.stringify(head)}` };
  return { ok: true, nsPerCall, output: nl < 0 ? "" : stdout.slice(nl + 1) };
}

/**
 * The C program as a variant: every sample is one process that warms up for
 * `warmupMs` first (a fresh process has cold caches and unmapped pages).
 */
export function cVariant(binary: string, kernel: CKernelName, n: number, warmupMs: number): Variant {
  return {
    name: "c",
    probe() {
      const r = runCKernel(binary, kernel, n, 1, 1, 0);
      return r.ok ? { ok: true, json: r.output } : r;
    },
    warmUp() {},
    sample(batch, samples) {
      const r = runCKernel(binary, kernel, n, batch, samples, warmupMs);
      return r.ok ? { ok: true, nsPerCall: r.nsPerCall, last: { ok: true, json: r.output } } : r;
    },
  };
}
