// The LLVM target for this machine: triple, data layout and the llc flags,
// decided from `process` alone (no tool runs, no llvm-bindings), so the cache
// key can be computed on a cache hit without touching LLVM.
import { readFileSync } from "node:fs";

export interface NativeTarget {
  readonly triple: string;
  /** Set from a string; llvm-bindings' TargetMachine.createDataLayout() returns freed memory. */
  readonly dataLayout: string;
  /** Flags for llc besides -O and the file names. */
  readonly llcFlags: readonly string[];
}

const X86_64_LAYOUT = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128";
const AARCH64_LAYOUT = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128";

// -fp-contract=off: never fuse a multiply and an add (DESIGN §4), whatever llc's default.
const COMMON_FLAGS = ["-filetype=obj", "-relocation-model=pic", "-fp-contract=off"];

function cpuFlags(): Set<string> {
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    const line = /^flags\s*:(.*)$/m.exec(info)?.[1] ?? "";
    return new Set(line.trim().split(/\s+/));
  } catch {
    return new Set();
  }
}

/**
 * x86-64-v2 (SSE4.2, POPCNT) when the CPU has it: `roundsd` makes floor/ceil/
 * trunc/nearest single instructions instead of libm calls, and `popcnt` one
 * instruction. It never enables FMA (that is v3), so there is nothing to contract.
 */
function x86Flags(): string[] {
  const f = cpuFlags();
  return f.has("sse4_2") && f.has("popcnt") && f.has("ssse3") && f.has("cx16") ? ["-mcpu=x86-64-v2"] : ["-mcpu=x86-64"];
}

/** The target for the running process, or why there is none. */
export function hostTarget(): NativeTarget | string {
  if (process.platform !== "linux") return `no native target for ${process.platform} (Linux only)`;
  switch (process.arch) {
    case "x64":
      return { triple: "x86_64-pc-linux-gnu", dataLayout: X86_64_LAYOUT, llcFlags: [...COMMON_FLAGS, ...x86Flags()] };
    case "arm64":
      return { triple: "aarch64-unknown-linux-gnu", dataLayout: AARCH64_LAYOUT, llcFlags: COMMON_FLAGS };
    default:
      return `no native target for linux-${process.arch}`;
  }
}

/** A fixed x86-64 target for golden `.ll` files, so they do not depend on the machine. */
export const GOLDEN_TARGET: NativeTarget = { triple: "x86_64-pc-linux-gnu", dataLayout: X86_64_LAYOUT, llcFlags: COMMON_FLAGS };
