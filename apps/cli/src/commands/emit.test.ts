import { describe, expect, it } from "vitest";
import { EXIT } from "../io.js";
import { NATIVE, scratchFile, tetra } from "../test-support.js";

const program = scratchFile("emit.relon", "#main(Int a) -> Int\na * 2");

describe("tetra emit", () => {
  it("prints-the-ir-after-the-standard-passes", async () => {
    const r = await tetra("emit", "ir", program);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^\(module\n/);
    expect(r.out).toContain(`(site 3 "${program}" 20:2:1 25:2:6)`);
    expect(r.out).toContain("(entry $main)");
    expect(r.out).toContain("i64.mul_checked");
    expect(r.out.endsWith(")\n")).toBe(true);
  });

  it("prints-the-javascript", async () => {
    const r = await tetra("emit", "js", program);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/function /);
    expect(r.out).toMatch(/return \{ run/);
  });

  it("prints-the-wat", async () => {
    const r = await tetra("emit", "wat", program);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^\(module\n/);
    expect(r.out).toContain('(export "run"');
  }, 60_000);

  it("prints-the-llvm-ir-or-says-the-toolchain-is-missing", async () => {
    const r = await tetra("emit", "ll", program);
    if (NATIVE.available) {
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toMatch(/^define .*@tetra_dispatch\(/m);
    } else {
      expect(r).toEqual({ code: EXIT.compileError, out: "", err: `error[Unsupported]: native target unavailable: ${NATIVE.reason}\n\nerror: ${program} cannot be compiled for native\n` });
    }
  }, 60_000);

  it("renders-diagnostics-and-refusals", async () => {
    const bad = scratchFile("emit-bad.relon", "{ a: 1 +");
    const r = await tetra("emit", "wat", bad);
    expect(r.code).toBe(EXIT.compileError);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^error\[Parse\]/);
    expect(r.err).toMatch(/\nerror: .*emit-bad\.relon has 1 error\n$/);
    const variants = Array.from({ length: 300 }, (_, i) => `V${i}`).join(", ");
    const big = await tetra("emit", "ir", scratchFile("emit-big.relon", `#enum Big { ${variants} }\n{ n: 1 }`));
    expect(big.code).toBe(EXIT.compileError);
    expect(big.err).toMatch(/^error\[Unsupported\]: unsupported: enum Big/);
  });

  it("names-the-stages-when-given-another", async () => {
    expect(await tetra("emit", "wasm", program)).toEqual({ code: EXIT.compileError, out: "", err: "error: unknown stage `wasm` (available: ir, js, wat, ll)\n" });
  });
});
