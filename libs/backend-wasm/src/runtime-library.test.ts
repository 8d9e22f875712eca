// The IR runtime library (strings, number formatting/parsing) is compiled into
// every wasm module that uses it: the whole of it must build and validate at
// both optimisation levels.
import { addWholeRuntime, ModuleBuilder } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { createWasmBackend } from "./backend.js";

describe("runtime library on wasm", () => {
  it("compiles-every-runtime-function-at-both-levels", async () => {
    const m = new ModuleBuilder();
    addWholeRuntime(m);
    const module = m.finish();
    expect(module.funcs.length).toBeGreaterThan(0);
    const backend = createWasmBackend({ cacheDir: false });
    for (const optimize of [false, true]) {
      const r = await backend.compile({ ...module, exports: module.funcs.map((f) => f.name) }, { optimize });
      expect(r.ok).toBe(true);
      if (r.ok) expect(WebAssembly.validate(r.value.wasm as BufferSource)).toBe(true);
    }
  });
});
