// Versioned counted loops (codegen/versioned-loop.ts): one pre-check pays a
// loop's fuel up front and proves its affine accesses in range, and a copy
// without those checks runs. Outcomes must stay the interpreter's around every
// boundary: fuel budgets across the exact cost (an off-by-one shows as a
// StepLimitExceeded too early, too late or at the wrong site), a last access
// one byte past the arena (the pre-check must fail and the loop as written
// fault at the access's site), traps inside the unchecked copy, an index that
// wraps in i32, and arena reuse after a versioned store loop that completed or
// trapped (its marks must cover what it wrote). Both optimisation levels.
import { exportAll, interpret, parseOrThrow, type IrValue, type Module, type RunOptions } from "@tetra/ir";
import { beforeAll, describe, expect, it } from "vitest";
import { instantiateNative } from "./instance.js";
import { defaultNativeCompiler } from "./native-backend.js";
import type { Instance } from "@tetra/ir";

// $build is the lowering's list comprehension (an i64 range, a second index
// $len), $walk its list walk (an i32 counter), $after a store after the
// increment (phase 1). Fuel as the fuel pass inserts it, with amounts > 1.
const LOOPS = exportAll(
  parseOrThrow(
    `(module (constants 16) (sites 12)
  (func $build (param $list i32) (param $lo i64) (param $hi i64) (param $m i64) (result i32)
    (local $i i64) (local $len i32)
    (fuel 1 site=1)
    (local.set $i (local.get $lo))
    (block $exit
      (loop $next
        (fuel 2 site=2)
        (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))
        (i64.store offset=8 site=3
          (i32.add (local.get $list) (i32.mul (local.get $len) (i32.const 8)))
          (i64.mul_checked site=4 (i64.add (local.get $i) (i64.const 1)) (local.get $m)))
        (local.set $len (i32.add (local.get $len) (i32.const 1)))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
    (fuel 1 site=5)
    (local.get $len))
  (func $walk (param $xs i32) (param $n i32) (result i64)
    (local $k i32) (local $s i64)
    (fuel 1 site=1)
    (block $exit
      (loop $next
        (fuel 1 site=6)
        (br_if $exit (i32.ge_u (local.get $k) (local.get $n)))
        (local.set $s (i64.add_checked site=7 (local.get $s)
          (i64.load offset=8 site=8 (i32.add (i32.mul (i32.const 8) (local.get $k)) (local.get $xs)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (fuel 1 site=5)
    (local.get $s))
  (func $build_walk (param $list i32) (param $n i64) (param $m i64) (result i64)
    (fuel 1 site=1)
    (call $walk site=9 (local.get $list) (call $build site=9 (local.get $list) (i64.const 0) (local.get $n) (local.get $m))))
  (func $after (param $base i32) (param $v i32) (param $n i32) (result i64)
    (local $k i32)
    (fuel 1 site=1)
    (block $exit
      (loop $next
        (fuel 3 site=10)
        (br_if $exit (i32.ge_u (local.get $k) (local.get $n)))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (i32.store8 site=11 (i32.add (local.get $base) (i32.mul (local.get $v) (i32.const 1))) (i32.add (local.get $v) (i32.const 16)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (i64.load site=11 (i32.sub (local.get $base) (i32.const 4))))
  (func $count (param $from i32) (param $to i32) (result i32)
    (local $n i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
        (if (i32.load8_u site=0 (local.get $from)) (then (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (br $next)))
    (local.get $n)))`,
    "versioned.ir",
  ),
);

type Call = readonly [string, readonly IrValue[], RunOptions?];
const M62 = 1n << 62n;
const MEM = { memoryLimit: 4096 } as const; // an invoke's scratch starts at 2056 (constants 16, output cap 2040)

describe("versioned counted loops natively", () => {
  const instances: Instance[] = [];
  beforeAll(() => {
    for (const optimize of [true, false]) {
      const r = defaultNativeCompiler().compileBatch([LOOPS], { optimize });
      if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
      instances.push(instantiateNative(r.value[0] as (typeof r.value)[number]));
    }
  }, 240_000);

  /** The interpreter's outcomes, after checking that each native instance gives the same in order (one instance: arena reuse). */
  const agree = (m: Module, calls: readonly Call[]): unknown[] => {
    const reference = interpret(m);
    const expected = calls.map(([f, args, o]) => reference.invoke(f, args, o));
    for (const inst of instances) expect(calls.map(([f, args, o]) => inst.invoke(f, args, o))).toEqual(expected);
    return expected;
  };

  it("runs-out-of-fuel-at-the-same-budget-and-site-as-the-interpreter", () => {
    // build(5): 1 + 6 heads * 2 + 1 = 14 units; walk(5): 1 + 6 + 1 = 8; after(4): 1 + 5 * 3 = 16.
    const sweep: Call[] = [];
    for (let fuel = 0; fuel <= 17; fuel++)
      sweep.push(["build", [2056, 0n, 5n, 1n], { fuel }], ["walk", [2056, 5], { fuel }], ["after", [3000, 0, 4], { fuel }]);
    const out = agree(LOOPS, sweep);
    const at = (fuel: number) => out.slice(3 * fuel, 3 * fuel + 3);
    expect(at(7)).toEqual([
      { ok: false, trap: "StepLimitExceeded", site: 2 },
      { ok: false, trap: "StepLimitExceeded", site: 5 },
      { ok: false, trap: "StepLimitExceeded", site: 10 },
    ]);
    expect(at(8)[1]).toEqual({ ok: true, value: 0n });
    expect(at(12)[0]).toEqual({ ok: false, trap: "StepLimitExceeded", site: 2 });
    expect(at(13)[0]).toEqual({ ok: false, trap: "StepLimitExceeded", site: 5 });
    expect(at(14)[0]).toEqual({ ok: true, value: 5 });
    expect(at(15)[2]).toEqual({ ok: false, trap: "StepLimitExceeded", site: 10 });
    expect(at(16)[2]).toEqual({ ok: true, value: 0x1312110000000000n });
  });

  it("faults-at-the-access-site-when-the-last-iteration-is-one-past-the-arena", () => {
    // build(5) at L writes [L + 8, L + 48): L = 4048 ends exactly at the arena's end.
    const out = agree(LOOPS, [
      ["build", [4048, 0n, 5n, 1n], MEM],
      ["build", [4049, 0n, 5n, 1n], MEM],
      ["walk", [4048, 5], MEM],
      ["walk", [4049, 5], MEM],
      ["after", [4091, 0, 4], MEM], // writes 4092..4095
      ["after", [4092, 0, 4], MEM], // the last write at 4096
      ["build_walk", [4048, 5n, 1n], MEM],
      ["build_walk", [4049, 5n, 1n], MEM],
    ]);
    expect(out).toEqual([
      { ok: true, value: 5 },
      { ok: false, trap: "MemoryFault", site: 3 },
      { ok: true, value: 0n },
      { ok: false, trap: "MemoryFault", site: 8 },
      { ok: true, value: 0x1312110000000000n },
      { ok: false, trap: "MemoryFault", site: 11 },
      { ok: true, value: 15n },
      { ok: false, trap: "MemoryFault", site: 3 },
    ]);
  });

  it("keeps-traps-inside-the-unchecked-copy-and-indices-that-wrap", () => {
    const out = agree(LOOPS, [
      ["build", [2056, 0n, 5n, M62], { fuel: 1000 }], // (i + 1) * 2^62 overflows at i = 1
      ["build_walk", [2056, 5n, 1n << 60n], { fuel: 1000 }], // the walk's sum overflows at its 4th element
      ["build_walk", [2056, 100n, 3n], { fuel: 1000 }],
      // The second index starts at -3: the stores go to base - 2 .. base + 1 (i32 wraps), never past the arena.
      ["after", [3000, -3, 4], { fuel: 1000 }],
      // Spans no budget covers (hi - lo overflows i64, or needs 2^32 iterations): the loop as written.
      ["build", [2056, -(1n << 63n), (1n << 63n) - 1n, 1n], { fuel: 1000 }],
      ["build", [2056, 0n, (1n << 32n) + 5n, 1n], { fuel: 2 ** 45, memoryLimit: 1 << 16 }],
    ]);
    expect(out).toEqual([
      { ok: false, trap: "NumericOverflow", site: 4 },
      { ok: false, trap: "NumericOverflow", site: 7 },
      { ok: true, value: 15150n },
      { ok: true, value: 0x11100f0e0000n },
      { ok: false, trap: "StepLimitExceeded", site: 2 },
      { ok: false, trap: "MemoryFault", site: 3 },
    ]);
  });

  it("leaves-marks-that-zero-everything-a-versioned-store-loop-wrote", () => {
    const zero = ["count", [0, 4096], MEM] as const;
    const out = agree(LOOPS, [
      ["build", [100, 0n, 20n, 1n], MEM], // below the scratch start: the low window
      zero,
      ["build", [3000, 0n, 20n, 1n], MEM], // above it: high_end
      zero,
      ["build", [2000, 0n, 20n, 1n], MEM], // straddling it
      zero,
      ["build", [3000, 0n, 5n, M62], MEM], // writes one element, then traps in the copy
      zero,
      ["build", [100, 0n, 5n, M62], MEM],
      zero,
      ["build", [4049, 0n, 5n, 1n], MEM], // the loop as written: four elements, then a fault
      zero,
      ["after", [500, 0, 40], MEM],
      zero,
    ]);
    expect(out.filter((_, i) => i % 2 === 1)).toEqual(Array(7).fill({ ok: true, value: 0 }));
    expect(out.filter((_, i) => i % 2 === 0).map((o) => (o as { ok: boolean }).ok)).toEqual([true, true, true, false, false, false, true]);
  });
});
