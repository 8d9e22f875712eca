// The i64 range analysis the emitter uses to drop number/bigint guards: exact
// bounds for each op it models, the fixpoint over locals (zero-initialised,
// widened when a loop keeps growing them), and nothing claimed for loads,
// calls, parameters or ranges that leave ±(2^53 − 1).
import { describe, expect, it } from "vitest";
import { parseOrThrow, type Expr, type Func } from "@tetra/ir";
import { I64Ranges, MAX_SAFE, numRange, type Range } from "./i64-ranges.js";

/** The range of the last expression of `$f`'s body. */
function rangeOfResult(body: string, locals = ""): Range | undefined {
  const m = parseOrThrow(`(module (constants 8) (sites 2) (func $f (param $p i64) (param $q i32) (result i64) ${locals} ${body}))`, "ranges");
  const f = m.funcs[0] as Func;
  return new I64Ranges(f).of(f.body[f.body.length - 1] as Expr);
}

const r = (lo: bigint, hi: bigint): Range => ({ lo, hi });

describe("i64 ranges", () => {
  it("knows-constants-and-extensions", () => {
    expect(rangeOfResult("(i64.const -5)")).toEqual(r(-5n, -5n));
    expect(rangeOfResult("(i64.extend_i32_s (local.get $q))")).toEqual(r(-(2n ** 31n), 2n ** 31n - 1n));
    expect(rangeOfResult("(i64.extend_i32_u (local.get $q))")).toEqual(r(0n, 2n ** 32n - 1n));
    expect(rangeOfResult("(i64.popcnt (local.get $p))")).toEqual(r(0n, 64n));
  });

  it("knows-nothing-of-parameters-loads-calls-and-unsafe-constants", () => {
    expect(rangeOfResult("(local.get $p)")).toBeUndefined();
    expect(rangeOfResult("(i64.load site=0 (i32.const 0))")).toBeUndefined();
    expect(rangeOfResult(`(i64.const ${MAX_SAFE + 1n})`)).toBeUndefined();
    expect(rangeOfResult(`(i64.const ${MAX_SAFE})`)).toEqual(r(MAX_SAFE, MAX_SAFE));
  });

  it("bounds-remainders-by-the-divisor-with-the-sign-of-the-dividend", () => {
    expect(rangeOfResult("(i64.rem_s site=1 (local.get $p) (i64.const 8))")).toEqual(r(-7n, 7n));
    expect(rangeOfResult("(i64.rem_s site=1 (local.get $p) (i64.const -8))")).toEqual(r(-7n, 7n));
    expect(rangeOfResult("(i64.rem_s site=1 (i64.extend_i32_u (local.get $q)) (i64.const 8))")).toEqual(r(0n, 7n));
    expect(rangeOfResult("(i64.rem_s site=1 (i64.const 5) (i64.const 8))")).toEqual(r(0n, 5n));
    expect(rangeOfResult("(i64.rem_s site=1 (local.get $p) (i64.const 0))")).toBeUndefined();
    expect(rangeOfResult("(i64.rem_s site=1 (local.get $p) (local.get $p))")).toBeUndefined();
  });

  it("bounds-quotients-masks-and-arithmetic-exactly", () => {
    expect(rangeOfResult("(i64.div_s site=1 (i64.extend_i32_s (local.get $q)) (local.get $p))")).toEqual(r(-(2n ** 31n), 2n ** 31n));
    expect(rangeOfResult("(i64.div_s site=1 (i64.extend_i32_u (local.get $q)) (i64.const 3))")).toEqual(r(0n, 2n ** 32n - 1n));
    expect(rangeOfResult("(i64.and (local.get $p) (i64.const 255))")).toEqual(r(0n, 255n));
    expect(rangeOfResult("(i64.and (local.get $p) (i64.const -1))")).toBeUndefined();
    const u32 = "(i64.extend_i32_u (local.get $q))";
    expect(rangeOfResult(`(i64.add (i64.const 8) (i64.mul ${u32} (i64.const 8)))`)).toEqual(r(8n, 8n + (2n ** 32n - 1n) * 8n));
    expect(rangeOfResult(`(i64.sub_checked site=1 (i64.const 0) ${u32})`)).toEqual(r(-(2n ** 32n - 1n), 0n));
    expect(rangeOfResult(`(i64.mul_checked site=1 ${u32} (i64.const -3))`)).toEqual(r(-3n * (2n ** 32n - 1n), 0n));
    // 2^32 · 2^32 leaves the safe range: nothing is claimed.
    expect(rangeOfResult(`(i64.mul ${u32} ${u32})`)).toBeUndefined();
  });

  it("hulls-select-and-if-arms", () => {
    expect(rangeOfResult("(select (i64.const 3) (i64.const -9) (local.get $q))")).toEqual(r(-9n, 3n));
    expect(rangeOfResult("(if (result i64) (local.get $q) (then (i64.const 1)) (else (i64.const 40)))")).toEqual(r(1n, 40n));
    expect(rangeOfResult("(if (result i64) (local.get $q) (then (i64.const 1)) (else (local.get $p)))")).toBeUndefined();
  });

  it("includes-the-zero-a-local-starts-with", () => {
    const body = "(if (local.get $q) (then (local.set $x (i64.const 5)))) (local.get $x)";
    expect(rangeOfResult(body, "(local $x i64)")).toEqual(r(0n, 5n));
  });

  it("follows-locals-assigned-from-other-locals", () => {
    const body = "(local.set $x (i64.rem_s site=1 (local.get $p) (i64.const 10))) (local.set $y (i64.mul (local.get $x) (local.get $x))) (local.get $y)";
    expect(rangeOfResult(body, "(local $x i64) (local $y i64)")).toEqual(r(-81n, 81n));
  });

  it("widens-a-loop-counter-to-unknown", () => {
    // i counts up to the parameter: no bound holds, and i + 1 needs its guard.
    const body = `(block $done (loop $next
        (br_if $done (i64.ge_s (local.get $i) (local.get $p)))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
      (local.get $i)`;
    expect(rangeOfResult(body, "(local $i i64)")).toBeUndefined();
  });

  it("keeps-a-bounded-loop-local-bounded", () => {
    // k is always a remainder: [−6, 6] however often the loop runs.
    const body = `(block $done (loop $next
        (br_if $done (i64.ge_s (local.get $i) (local.get $p)))
        (local.set $k (i64.rem_s site=1 (i64.add (local.get $k) (local.get $i)) (i64.const 7)))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
      (local.get $k)`;
    expect(rangeOfResult(body, "(local $i i64) (local $k i64)")).toEqual(r(-6n, 6n));
  });

  it("models-only-i64-results", () => {
    expect(numRange("i32.add", r(0n, 1n), r(0n, 1n))).toBeUndefined();
    expect(numRange("i64.shl", r(0n, 1n), r(0n, 1n))).toBeUndefined();
  });
});
