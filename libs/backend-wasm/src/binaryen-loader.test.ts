import { describe, expect, it } from "vitest";
import { loadBinaryen } from "./binaryen-loader.js";

describe("loadBinaryen", () => {
  it("loads-once-and-builds-a-valid-module", async () => {
    const [a, b] = await Promise.all([loadBinaryen(), loadBinaryen()]);
    expect(a).toBe(b);
    const mod = new a.Module();
    mod.addFunction("add", a.createType([a.i32, a.i32]), a.i32, [], mod.i32.add(mod.local.get(0, a.i32), mod.local.get(1, a.i32)));
    mod.addFunctionExport("add", "add");
    expect(mod.validate()).toBe(1);
    const wasm = mod.emitBinary();
    mod.dispose();
    const { instance } = await WebAssembly.instantiate(wasm as BufferSource);
    const add = instance.exports["add"] as (x: number, y: number) => number;
    expect(add(40, 2)).toBe(42);
  });
});
