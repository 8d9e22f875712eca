// IR → shared library, the route measured on this machine (docs/backend-llvm.md):
//
//   llvm-bindings IRBuilder → verifyModule → unit.ll (+ attributes, codegen/attributes.ts)
//   opt-14 -O2 unit.ll → unit.opt.bc          (skipped with optimize: false)
//   llc-14 -O2 -filetype=obj -relocation-model=pic -fp-contract=off → unit.o
//   cc -shared -fPIC unit.o runtime.c -lm → lib.so
//
// llvm-bindings cannot emit machine code, hence the text file and the tools.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InternalError } from "@tetra/core";
import type { Module } from "@tetra/ir";
import { withAttributes } from "./codegen/attributes.js";
import { alwaysInlined } from "./codegen/inline.js";
import { buildUnit } from "./codegen/index.js";
import { RUNTIME_C } from "./runtime-c.js";
import type { NativeTarget } from "./target.js";
import type { Toolchain } from "./tools.js";

export interface BuildOptions {
  readonly optimize: boolean;
}

/** The textual LLVM IR of a batch (before optimisation), checked by LLVM's verifier. */
export function buildLl(tools: Toolchain, modules: readonly Module[], target: NativeTarget): string {
  let llvm: ReturnType<Toolchain["loadLlvm"]>;
  try {
    llvm = tools.loadLlvm();
  } catch (e) {
    const why = e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e);
    throw new Error(`native target unavailable: cannot load llvm-bindings (${why}), run tools/setup.sh`);
  }
  return verifiedText(tools, llvm, modules, target);
}

/**
 * The batch built, checked by LLVM's verifier and printed with the attributes
 * llvm-bindings cannot set (codegen/attributes.ts): the text opt reads.
 */
function verifiedText(tools: Toolchain, llvm: ReturnType<Toolchain["loadLlvm"]>, modules: readonly Module[], target: NativeTarget): string {
  const unit = buildUnit(llvm, modules, target);
  const text = unit.mod.print();
  if (llvm.verifyModule(unit.mod)) throw new InternalError("LLVM verifier rejected the generated module", verifierMessage(tools, text));
  return withAttributes(text, alwaysInlined(modules));
}

/** Builds the shared library for a batch into a temporary directory; returns the `.so` path (caller moves it). */
export function buildLibrary(tools: Toolchain, modules: readonly Module[], target: NativeTarget, options: BuildOptions): { so: string; cleanup: () => void } {
  const llvm = tools.loadLlvm();
  const dir = mkdtempSync(join(tmpdir(), "tetra-native-"));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    // Text, not bitcode: the attributes llvm-bindings cannot set are added to it.
    const ll = join(dir, "unit.ll");
    writeFileSync(ll, verifiedText(tools, llvm, modules, target));
    const opt = join(dir, "unit.opt.bc");
    if (options.optimize) tools.run("opt-14", ["-O2", ll, "-o", opt]);
    const obj = join(dir, "unit.o");
    tools.run("llc-14", [options.optimize ? "-O2" : "-O0", ...target.llcFlags, options.optimize ? opt : ll, "-o", obj]);
    const runtime = join(dir, "runtime.c");
    writeFileSync(runtime, RUNTIME_C);
    const so = join(dir, "lib.so");
    tools.run("cc", ["-shared", "-fPIC", "-O2", "-o", so, obj, runtime, "-lm"]);
    return { so, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/** llvm-bindings prints verifier errors to stderr only; re-run the verifier in opt to capture them. */
function verifierMessage(tools: Toolchain, ll: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tetra-verify-"));
  try {
    const file = join(dir, "bad.ll");
    writeFileSync(file, ll);
    tools.run("opt-14", ["-verify", "-disable-output", file]);
    return "opt-14 -verify accepted it";
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
