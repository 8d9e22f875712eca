// Without LLVM or koffi the native target reports why, as an Unsupported
// diagnostic, and importing the backend loads neither package.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InternalError } from "@tetra/core";
import { parseOrThrow } from "@tetra/ir";
import { afterAll, describe, expect, it } from "vitest";
import * as backend from "./index.js";
import type { Toolchain } from "./tools.js";

const loadedNativePackages = (): string[] =>
  Object.keys(createRequire(import.meta.url).cache).filter((p) => /[\\/]node_modules[\\/](llvm-bindings|koffi)[\\/]/.test(p));

const module = parseOrThrow("(module (constants 8) (export $one) (func $one (result i32) (i32.const 1)))");
const dir = mkdtempSync(join(tmpdir(), "tetra-unavailable-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const missing = (reason: string): Toolchain => ({
  status: () => ({ available: false, reason }),
  koffiProblem: () => "Cannot find module 'koffi'",
  loadLlvm: () => {
    throw new Error("llvm-bindings must not be loaded");
  },
  run: () => {
    throw new Error("no tool may run");
  },
  identity: () => "opt-14=missing;llc-14=missing;cc=missing;llvm-bindings=missing",
});

describe("native target unavailable", () => {
  it("importing-the-backend-loads-neither-llvm-bindings-nor-koffi", () => {
    expect(typeof backend.nativeBackend.compile).toBe("function");
    expect(loadedNativePackages()).toEqual([]);
  });

  it("missing-tools-give-an-unsupported-diagnostic", () => {
    const c = backend.createNativeCompiler({ cacheDir: dir, toolchain: missing("missing opt-14, llc-14, run tools/setup.sh") });
    const r = c.compileBatch([module]);
    expect(r).toEqual({
      ok: false,
      error: [{ severity: "error", code: "Unsupported", message: "native target unavailable: missing opt-14, llc-14, run tools/setup.sh", notes: [] }],
    });
  });

  it("a-package-that-does-not-load-is-named", () => {
    const c = backend.createNativeCompiler({ cacheDir: dir, toolchain: missing("cannot load llvm-bindings (Cannot find module 'llvm-bindings'), run tools/setup.sh") });
    const r = c.compileBatch([module]);
    expect(r.ok ? "" : r.error[0]?.message).toBe("native target unavailable: cannot load llvm-bindings (Cannot find module 'llvm-bindings'), run tools/setup.sh");
    expect(loadedNativePackages()).toEqual([]);
  });

  it("emit-ll-names-the-missing-package", () => {
    const c = backend.createNativeCompiler({ cacheDir: dir, toolchain: missing("unused") });
    expect(() => c.emitLl(module)).toThrow("native target unavailable: cannot load llvm-bindings (llvm-bindings must not be loaded), run tools/setup.sh");
  });

  it("invalid-ir-is-an-internal-error-not-a-diagnostic", () => {
    const bad = parseOrThrow("(module (constants 8) (func $f (result i32) (i64.const 1)))");
    const c = backend.createNativeCompiler({ cacheDir: dir, toolchain: missing("unused") });
    expect(() => c.compileBatch([bad])).toThrow(InternalError);
    expect(() => c.compileBatch([bad])).toThrow(/invalid IR given to the native backend/);
  });
});
