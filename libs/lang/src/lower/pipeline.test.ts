// Loop fusion of map/filter chains (pipeline.ts): how many loops and lists a
// chain becomes, and that a fused loop reports the error the unfused
// evaluation order reports (element order within a built-in, each built-in
// finishing before the next starts). The conformance fixtures
// tools/conformance/fixtures/list/pipeline_* check the same orders on every target.
import { walkFunc, type Module } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { compile, run, value } from "./test-support.js";

/** Loops and allocations in the rule's own functions (not the codec or runtime). */
function shape(src: string): { loops: number; allocs: number } {
  const c = compile(src);
  if (!c.ok) throw new Error(JSON.stringify(c.outcome));
  return count(c.module);
}

function count(m: Module): { loops: number; allocs: number } {
  let loops = 0;
  let allocs = 0;
  for (const f of m.funcs)
    if (!f.name.startsWith("rt.") && !f.name.startsWith("codec.") && f.name !== "main.args")
      walkFunc(f, (e) => {
        if (e.kind === "loop") loops++;
        if (e.kind === "alloc") allocs++;
      });
  return { loops, allocs };
}

const XS = "#main(List<Int> xs) -> Int\n";

describe("map/filter fusion", () => {
  it("a-chain-of-one-failing-stage-and-a-deferred-sum-is-one-loop", () => {
    expect(shape(`${XS}xs.map((Int x) -> Int => x * x).filter((Int v) -> Bool => v % 3 != 0).sum()`)).toEqual({ loops: 1, allocs: 0 });
  });

  it("a-chain-collected-into-a-list-is-one-loop-and-one-list", () => {
    expect(shape("#main(List<Int> xs) -> List<Int>\nxs.filter((Int x) -> Bool => x > 1).map((Int x) -> Int => x * 10).filter((Int v) -> Bool => v != 40)")).toEqual({ loops: 1, allocs: 1 });
  });

  it("two-failing-stages-are-cut-into-two-loops", () => {
    // x * 2 and 100 / y can both fail: the first map is collected, the second runs in sum's loop.
    expect(shape(`${XS}xs.map((Int x) -> Int => x * 2).map((Int y) -> Int => 100 / y).sum()`)).toEqual({ loops: 2, allocs: 1 });
  });

  it("a-failing-stage-is-not-fused-into-a-consumer-that-stops-early-or-evaluates-first", () => {
    expect(shape("#main(List<Int> xs) -> Bool\nxs.map((Int x) -> Int => 100 / x).some((Int v) -> Bool => v > 10)")).toEqual({ loops: 2, allocs: 1 });
    expect(shape("#main(List<Int> xs, Int z) -> Int\nxs.map((Int x) -> Int => x * x).reduce(10 / z, (Int acc, Int v) -> Int => acc + v)")).toEqual({ loops: 2, allocs: 1 });
    // Stages that cannot fail are fused into both.
    expect(shape("#main(List<Int> xs) -> Bool\nxs.map((Int x) -> Int => x / 7).some((Int v) -> Bool => v > 10)")).toEqual({ loops: 1, allocs: 0 });
    expect(shape("#main(List<Int> xs, Int z) -> Int\nxs.filter((Int x) -> Bool => x > 0).reduce(10 / z, (Int acc, Int v) -> Int => acc + v)")).toEqual({ loops: 1, allocs: 0 });
  });

  it("a-reduce-whose-closure-can-fail-takes-only-stages-that-cannot", () => {
    expect(shape(`${XS}xs.map((Int x) -> Int => x * 3).reduce(0, (Int acc, Int v) -> Int => acc + v)`)).toEqual({ loops: 2, allocs: 1 });
    expect(shape(`${XS}xs.filter((Int x) -> Bool => x != 3).reduce(0, (Int acc, Int v) -> Int => acc + v)`)).toEqual({ loops: 1, allocs: 0 });
  });

  it("a-closure-value-ends-the-chain", () => {
    // `f` is not a closure literal: map, filter(f) and sum stay three loops.
    expect(shape(`${XS}xs.map((Int x) -> Int => x + 1).filter(f).sum() where { f: (Int v) -> Bool => v > 2 }`).loops).toBe(3);
  });

  it("values-through-fused-chains", () => {
    const src = "{ a: [1, 2, 3, 4].map((Int x) -> Int => x * x).filter((Int v) -> Bool => v > 1).map((Int v) -> Float => v / 2.0), b: range(10).filter((Int i) -> Bool => i % 3 == 0).map((Int i) -> Int => i * i).sum(), c: [3, 1].map((Int x) -> Int => x - 1).every((Int v) -> Bool => v >= 0) }";
    expect(value(src)).toBe('{"a": [2.0,4.5,8.0],"b": 126,"c": true}');
  });

  it("a-deferred-sum-overflow-is-raised-after-the-loop-at-the-sums-site", () => {
    const src = `${XS}xs.map((Int x) -> Int => x * 1).sum()`;
    expect(shape(src)).toEqual({ loops: 1, allocs: 0 });
    // MAX + 1 overflows at the second element although the total fits.
    expect(run(src, '{"xs": [9223372036854775807, 1, -5]}')).toMatchObject({ kind: "trap", trap: "NumericOverflow", line: 2, column: 1 });
    expect(run(src, '{"xs": [-9223372036854775807, -1, -1]}')).toMatchObject({ kind: "trap", trap: "NumericOverflow", line: 2, column: 1 });
    expect(run(src, '{"xs": [9223372036854775807, -1, 1]}')).toEqual({ kind: "ok", json: "9223372036854775807" });
    // The map failing at a later element wins over the earlier overflow.
    expect(run(`${XS}xs.map((Int x) -> Int => 9223372036854775000 / x).sum()`, '{"xs": [1, 1, 0]}')).toMatchObject({ kind: "trap", trap: "DivisionByZero", line: 2, column: 26 });
  });
});
