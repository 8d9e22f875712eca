// `range(…)` written directly as the source of a comprehension or a list
// built-in is a counting loop: no list is built, so arena use does not grow
// with the range. Materialised results are allocated once.
import { planArena, walkFunc, type Module } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { compile, oneLine, runModule, value } from "./test-support.js";

function runWith(src: string, options: { fuel: number; memoryLimit: number }) {
  const c = compile(src);
  if (!c.ok) throw new Error(JSON.stringify(c.outcome));
  const r = runModule(c.module, "{}", options);
  const plan = planArena(c.module, 2, options);
  if (plan === "MemoryLimitExceeded") throw new Error("arena too small");
  const used = r.state.scratch_ptr - plan.scratchStart;
  expect(used).toBeGreaterThanOrEqual(0);
  return { outcome: r.outcome, used };
}

describe("range fusion", () => {
  it("reduce-over-ten-million-runs-in-a-small-arena", () => {
    // A materialised range(10^7) would need 80 MB; the whole arena here is 256 KiB.
    const { outcome, used } = runWith("{ r: range(10000000).reduce(0, (Int acc, Int i) -> Int => acc + i) }", { fuel: 30_000_000, memoryLimit: 256 * 1024 });
    expect(outcome.kind === "ok" ? oneLine(outcome.json) : outcome).toBe('{"r": 49999995000000}');
    expect(used).toBeLessThan(256);
  });

  it("sum-every-some-and-len-of-ranges-allocate-nothing", () => {
    const src = "{ s: range(1000000).sum(), e: range(1000000).every((Int v) -> Bool => v >= 0), a: range(1000000).some((Int v) -> Bool => v == 999999), n: len(range(-5, 1000000)) }";
    const { outcome, used } = runWith(src, { fuel: 10_000_000, memoryLimit: 64 * 1024 });
    expect(outcome.kind === "ok" ? oneLine(outcome.json) : outcome).toBe('{"a": true,"e": true,"n": 1000005,"s": 499999500000}');
    expect(used).toBeLessThan(128);
  });

  it("comprehension-and-filter-over-a-range-allocate-only-their-result", () => {
    const { outcome, used } = runWith("{ c: [i * i for i in range(100000) if i % 50000 == 1], f: range(100000).filter((Int v) -> Bool => v % 50000 == 0) }", { fuel: 10_000_000, memoryLimit: 8 << 20 });
    expect(outcome.kind === "ok" ? oneLine(outcome.json) : outcome).toBe('{"c": [1,2500100001],"f": [0,50000]}');
    // Each result has capacity 100000 (8 + 800000 bytes); no range list of 800000 bytes besides.
    expect(used).toBeGreaterThanOrEqual(2 * 800_008);
    expect(used).toBeLessThan(2 * 800_008 + 256);
  });

  it("empty-and-reversed-ranges", () => {
    const { outcome } = runWith("{ a: range(5, 1), b: range(-2, 2), n: len(range(3, -3)), s: range(0).sum() }", { fuel: 1_000_000, memoryLimit: 1 << 20 });
    expect(outcome.kind === "ok" ? oneLine(outcome.json) : outcome).toBe('{"a": [],"b": [-2,-1,0,1],"n": 0,"s": 0}');
  });

  it("a-range-too-long-for-any-list-is-memory-limit-exceeded", () => {
    const { outcome } = runWith("{ n: len(range(-9223372036854775807, 9223372036854775807)) }", { fuel: 1_000_000, memoryLimit: 1 << 20 });
    expect(outcome).toMatchObject({ kind: "trap", trap: "MemoryLimitExceeded" });
  });

  it("remainder-of-a-counter-from-a-non-negative-start-by-a-power-of-two-is-a-mask", () => {
    const ops = (src: string) => {
      const c = compile(src);
      if (!c.ok) throw new Error(JSON.stringify(c.outcome));
      return numOps(c.module);
    };
    // i ≥ 0 from range(n) and from range(3, n), in a comprehension and in an inlined closure: `& 7`.
    const masked = "#main(Int n) -> Dict\n{ a: [i % 8 for i in range(n)], b: range(3, n).reduce(0, (Int acc, Int i) -> Int => acc + i % 4) }";
    expect(ops(masked).filter((o) => o === "i64.rem_s")).toEqual([]);
    expect(ops(masked).filter((o) => o === "i64.and")).toHaveLength(2);
    // A negative start, a divisor that is no power of two, an accumulator: remainders stay.
    for (const kept of ["[i % 8 for i in range(-3, 5)]", "[i % 6 for i in range(5)]", "range(5).reduce(1, (Int acc, Int i) -> Int => acc % 4 + i)"]) {
      expect(ops(`{ r: ${kept} }`)).toContain("i64.rem_s");
    }
  });

  it("masked-and-kept-remainders-give-the-language-values", () => {
    expect(value("{ a: [i % 4 for i in range(6)], b: [i % 4 for i in range(-6, 0)], c: range(10).reduce(0, (Int acc, Int i) -> Int => acc + i % 8) }")).toBe(
      '{"a": [0,1,2,3,0,1],"b": [-2,-1,0,-3,-2,-1],"c": 29}',
    );
  });
});

function numOps(m: Module): string[] {
  const out: string[] = [];
  for (const f of m.funcs) if (!f.name.startsWith("rt.") && !f.name.startsWith("codec.")) walkFunc(f, (e) => {
    if (e.kind === "num") out.push(e.op);
  });
  return out;
}
