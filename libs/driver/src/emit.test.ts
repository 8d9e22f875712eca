import { describe, expect, it } from "vitest";
import { probeNativeToolchain } from "@tetra/backend-llvm";
import { print } from "@tetra/ir";
import { emitStage, isEmitStage, lowerSource } from "./index.js";

const SOURCE = "#main(Int a) -> Int\na * 2";

describe("emitStage", () => {
  it("prints-the-verified-ir-after-the-standard-passes", async () => {
    const lowered = lowerSource(SOURCE, "t.relon");
    if (!lowered.ok) throw new Error("does not lower");
    expect(await emitStage("ir", SOURCE, "t.relon")).toEqual({ ok: true, text: print(lowered.module) });
  });

  it("emits-javascript-wat-and-llvm-ir", async () => {
    const js = await emitStage("js", SOURCE, "t.relon");
    expect(js.ok && js.text).toMatch(/function /);
    const wat = await emitStage("wat", SOURCE, "t.relon");
    expect(wat.ok && wat.text).toMatch(/^\(module\n/);
    const ll = await emitStage("ll", SOURCE, "t.relon");
    if (probeNativeToolchain().available) expect(ll.ok && ll.text).toMatch(/^define .*@m0\./m);
    else expect(!ll.ok && ll.outcome.diagnostics[0]!.message).toMatch(/^native target unavailable: /);
  }, 60_000);

  it("rejects-a-program-with-errors", async () => {
    const r = await emitStage("wat", "{ a: 1 +", "bad.relon");
    expect(!r.ok && r.outcome.kind).toBe("rejected");
  });

  it("knows-its-stages", () => {
    expect(["ir", "js", "wat", "ll", "wasm"].map(isEmitStage)).toEqual([true, true, true, true, false]);
  });
});
