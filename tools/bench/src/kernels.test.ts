// Correctness of the kernels and of the harness, never timing: at --quick
// sizes every kernel gives the same canonical JSON on every target, in the
// hand-written JavaScript and in C. (Timing happens only in `npm run bench`.)
import { readFileSync } from "node:fs";
import { TARGET_NAMES } from "@tetra/driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCKernels, cVariant, removeCBuild, type CBuild } from "./c-baseline.js";
import { KERNELS, kernelByName } from "./kernels.js";
import { kernelFile, tierFor } from "./run-bench.js";
import { prepareTarget, ruleVariant } from "./targets.js";

let c: CBuild;
beforeAll(() => {
  c = buildCKernels();
});
afterAll(() => removeCBuild(c));

describe.each(KERNELS.map((k) => [k.name, k] as const))("kernel %s", (_name, kernel) => {
  const source = readFileSync(kernel.source, "utf8");

  it.each(TARGET_NAMES.map((t) => [t]))("%s-gives-the-hand-written-js-result", async (target) => {
    const workload = kernel.workloads[tierFor(target, true)];
    const p = await prepareTarget(source, kernelFile(kernel), target);
    if (!p.ok) throw new Error(`${target} ${p.status}: ${p.reason}`);
    expect(ruleVariant(p.rule, workload).probe()).toEqual({ ok: true, json: kernel.hand(workload.args) });
  });
});

describe.each(KERNELS.flatMap((k) => (k.c === undefined ? [] : [[k.name, k, k.c] as const])))("C kernel %s", (_name, kernel, cName) => {
  it("gives-the-hand-written-js-result", () => {
    if (!c.ok) throw new Error(c.reason);
    for (const tier of ["quick", "smallQuick"] as const) {
      const w = kernel.workloads[tier];
      expect(cVariant(c.binary, cName, w.n, 0).probe()).toEqual({ ok: true, json: kernel.hand(w.args) });
    }
  });
});

describe("kernel definitions", () => {
  it("hand-written-js-gives-the-known-answers", () => {
    expect(kernelByName("fib").hand('{"n": 27}')).toBe("196418");
    // sum of i*3 + i%8 for i < 10^5: 3 * (10^5 * 99999 / 2) + 12500 * 28
    expect(kernelByName("loop").hand('{"n": 100000}')).toBe("15000200000");
    // "<0:0>,<1:1>,<2:4>,<3:9>,<4:16>" is 30 bytes.
    expect(kernelByName("strings").hand('{"n": 5}')).toBe('{\n  "length": 30,\n  "tail": "<1:1>,<2:4>,<3:9>,<4:16>"\n}');
    // Shorter than 24 bytes: the rule's substring raises IndexOutOfBounds, the hand-written JS throws.
    expect(() => kernelByName("strings").hand('{"n": 3}')).toThrow(/IndexOutOfBounds/);
    // xs = [0, 7919, 5831, 3743]; squares 0, 62710561, 34000561, 14010049; only 0 is a multiple of 3.
    expect(kernelByName("lists").hand('{"n": 4}')).toBe(String(62710561 + 34000561 + 14010049));
  });

  it("pricing-by-hand-matches-the-examples-expected-output", () => {
    const pricing = kernelByName("pricing");
    const examples = new URL("../../../examples/", import.meta.url);
    expect(JSON.parse(pricing.workloads.full.args)).toEqual(JSON.parse(readFileSync(new URL("pricing.args.json", examples), "utf8")));
    expect(pricing.hand(pricing.workloads.full.args)).toBe(readFileSync(new URL("pricing.expected.json", examples), "utf8").trimEnd());
  });

  it("pricing-by-hand-rounds-ties-to-even-and-checks-the-schema", () => {
    const pricing = kernelByName("pricing");
    // 0.125 * 100 = 12.5 exactly: the rule's round gives 12, Math.round would give 13.
    const one = (item: object, tier: unknown = "Standard") => JSON.stringify({ items: [item], tier, country: "XX" });
    expect(JSON.parse(pricing.hand(one({ sku: "a", qty: 1, unit_price: 0.125 }))).total_cents).toBe(12);
    expect(JSON.parse(pricing.hand(one({ sku: "a", qty: 1, unit_price: 1 }, { Partner: { discount_pct: 90 } }))).discount_cents).toBe(50);
    expect(() => pricing.hand(one({ sku: "a", qty: 0, unit_price: 1 }))).toThrow(/quantity must be positive/);
    expect(() => pricing.hand(one({ sku: "a", qty: 1, unit_price: -1 }))).toThrow(/must not be negative/);
    expect(() => pricing.hand(JSON.stringify({ items: [], tier: "Gold", country: "DE", extra: 1 }))).toThrow(/unexpected argument extra/);
  });

  it("loop-workloads-fit-in-an-arena-smaller-than-their-range", () => {
    // A materialised range(n) needs 8 bytes per element; the loop's arenas are far smaller,
    // so the *-gives-the-hand-written-js-result tests above also check that range is fused.
    for (const w of Object.values(kernelByName("loop").workloads)) expect(w.memoryLimit ?? Infinity).toBeLessThan(w.n * 8);
  });
});
