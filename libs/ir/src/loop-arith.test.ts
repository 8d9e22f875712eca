// The checked counter arithmetic loop-arith.ts recognises: the loop and lists
// kernels' `i * C` through the closure parameter's copy, the exact intervals
// of + - * by a constant, and the shapes it must leave checked.
import { I64_MAX, I64_MIN } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { counterArith } from "./loop-arith.js";
import { countedLoopOf, WALK, type LoopFrame } from "./loop-fixture.js";

const LOCALS = "(param $hi i64) (param $n i32) (local $i i64) (local $i.1 i64) (local $acc i64) (local $k i32) (local $x i64)";

/** counterArith of `(block $exit (loop $next head middle step (br $next)))`, the ops as their sites. */
function arith(middle: string, frame?: LoopFrame) {
  const r = counterArith(countedLoopOf(LOCALS, middle, frame));
  return r === undefined ? undefined : { sites: [...r.ops].map((e) => (e.kind === "num" ? e.site : -1)), min: r.min, max: r.max };
}

const COPY = "(local.set $i.1 (local.get $i))";
const op = (name: string, a: string, b: string, site = 2): string => `(local.set $acc (i64.${name}_checked site=${site} ${a} ${b}))`;

describe("counterArith", () => {
  it("recognises-the-loop-kernel-multiply-through-the-parameter-copy", () => {
    // tools/bench/kernels/loop.relon: acc + i * 3 + (i & 7); only i * 3 is on the counter.
    const body = `${COPY} (local.set $acc (i64.add_checked site=5 (i64.add_checked site=6 (local.get $acc) (i64.mul_checked site=7 (local.get $i.1) (i64.const 3))) (i64.and (local.get $i.1) (i64.const 7))))`;
    expect(arith(body)).toEqual({ sites: [7], min: -3074457345618258602n, max: 3074457345618258602n });
  });

  it("gives-the-exact-interval-of-each-op-and-intersects-them", () => {
    const i = "(local.get $i)";
    const c = (v: bigint): string => `(i64.const ${v})`;
    expect(arith(op("add", i, c(10n)))).toEqual({ sites: [2], min: undefined, max: I64_MAX - 10n });
    expect(arith(op("add", c(-10n), i))).toEqual({ sites: [2], min: I64_MIN + 10n, max: undefined });
    expect(arith(op("sub", i, c(10n)))).toEqual({ sites: [2], min: I64_MIN + 10n, max: undefined });
    expect(arith(op("sub", i, c(I64_MIN)))).toEqual({ sites: [2], min: undefined, max: -1n });
    expect(arith(op("sub", c(0n), i))).toEqual({ sites: [2], min: I64_MIN + 1n, max: undefined });
    expect(arith(op("sub", c(-1n), i))).toEqual({ sites: [2], min: undefined, max: undefined });
    expect(arith(op("mul", c(-1n), i))).toEqual({ sites: [2], min: I64_MIN + 1n, max: undefined });
    expect(arith(op("mul", i, c(-3n)))).toEqual({ sites: [2], min: -3074457345618258602n, max: 3074457345618258602n });
    expect(arith(op("mul", i, c(2n)))).toEqual({ sites: [2], min: -(1n << 62n), max: (1n << 62n) - 1n });
    expect(arith(op("mul", i, c(0n)))).toEqual({ sites: [2], min: undefined, max: undefined });
    // Two ops: the intersection.
    expect(arith(`${op("mul", i, c(2n))} ${op("add", i, c(I64_MAX), 3)}`)).toEqual({ sites: [2, 3], min: -(1n << 62n), max: 0n });
    // Every boundary is exact: the op overflows one step beyond it, and not at it.
    for (const k of [3n, -3n, 7919n, 2n, -7n]) {
      const r = arith(op("mul", i, c(k)));
      const [lo, hi] = [r?.min ?? I64_MIN, r?.max ?? I64_MAX];
      const fits = (v: bigint): boolean => v >= I64_MIN && v <= I64_MAX;
      expect([fits(lo * k), fits(hi * k), fits((lo - 1n) * k), fits((hi + 1n) * k)]).toEqual([true, true, false, false]);
    }
  });

  it("leaves-other-operands-copies-read-too-early-and-i32-loops-checked", () => {
    const rejected = [
      op("mul", "(local.get $i)", "(local.get $x)"), // not a constant
      op("mul", "(local.get $x)", "(i64.const 3)"), // not the counter
      `${op("mul", "(local.get $i.1)", "(i64.const 3)")} ${COPY}`, // the copy read before it is set
      `${COPY} ${op("mul", "(local.get $i.1)", "(i64.const 3)")} (local.set $i.1 (local.get $x))`, // a second write of the copy
      `(local.set $acc (i64.div_s site=2 (local.get $i) (i64.const 3)))`, // not + - *
      "(local.set $acc (i64.add (local.get $i) (i64.const 3)))", // already wrapping
    ];
    for (const middle of rejected) expect(arith(middle), middle).toBeUndefined();
    expect(arith("(local.set $acc (i64.mul_checked site=2 (i64.extend_i32_u (local.get $k)) (i64.const 3)))", WALK)).toBeUndefined();
  });
});
