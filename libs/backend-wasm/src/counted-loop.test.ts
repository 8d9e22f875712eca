// Loop versioning (emit/counted-loop.ts): a counted loop whose fuel the budget
// covers runs without its per-iteration check. The outcomes must stay the
// interpreter's for every budget around the boundary (the fuel is paid up
// front, so an off-by-one shows as a StepLimitExceeded too early or too late,
// or at the wrong site), for traps inside the unchecked copy, for loops that
// do not run at all and for spans no budget covers. Both optimisation levels.
import { type IrValue, type RunOptions } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { countedLoop } from "./emit/counted-loop.js";
import { agree, ir, MAX, MIN } from "./agree-with-interpreter.js";

const LOOPS = ir(`(module (constants 8) (sites 8)
  (func $sum (param $lo i64) (param $hi i64) (result i64)
    (local $i i64)
    (local $acc i64)
    (fuel 1 site=1)
    (local.set $i (local.get $lo))
    (block $exit
      (loop $next
        (fuel 3 site=2)
        (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))
        (local.set $acc (i64.add_checked site=3 (local.get $acc) (local.get $i)))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
    (fuel 2 site=4)
    (local.get $acc))
  (func $fill (param $at i32) (param $n i32) (result i32)
    (local $k i32)
    (block $done
      (loop $each
        (fuel 1 site=5)
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (i32.store8 site=6 (i32.add (local.get $at) (local.get $k)) (i32.const 7))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $each)))
    (fuel 1 site=7)
    (local.get $k))
  (func $free (param $n i64) (result i64)
    (local $i i64)
    (block $exit
      (loop $next
        (fuel 0 site=1)
        (br_if $exit (i64.ge_s (local.get $i) (local.get $n)))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
    (local.get $i)))`);

describe("counted loops", () => {
  it("recognises-the-lowered-range-and-list-walk-shapes", () => {
    const blocks = LOOPS.funcs.map((f) => f.body.find((e) => e.kind === "block"));
    // `fuel 0` has nothing to pay up front: left as written.
    expect(blocks.map((b) => (b?.kind === "block" ? countedLoop(b)?.width : undefined))).toEqual(["i64", "i32", undefined]);
  });

  it("traps-step-limit-at-the-same-budget-and-site-as-the-interpreter", async () => {
    // sum(0, 5): 1 + 6 heads * 3 + 2 = 21 units.
    const sweep: [string, IrValue[], RunOptions][] = [];
    for (let fuel = 0; fuel <= 24; fuel++) sweep.push(["sum", [0n, 5n], { fuel }], ["sum", [5n, 0n], { fuel }], ["fill", [100, 6], { fuel }]);
    const out = await agree(LOOPS, sweep);
    expect(out.slice(3 * 20, 3 * 22)).toEqual([
      { ok: false, trap: "StepLimitExceeded", site: 4 },
      { ok: true, value: 0n },
      { ok: true, value: 6 },
      { ok: true, value: 10n },
      { ok: true, value: 0n },
      { ok: true, value: 6 },
    ]);
    expect(out[3 * 18]).toEqual({ ok: false, trap: "StepLimitExceeded", site: 2 });
  });

  it("keeps-traps-inside-the-unchecked-copy-and-spans-no-budget-covers", async () => {
    const out = await agree(LOOPS, [
      ["sum", [MAX - 2n, MAX], { fuel: 1000 }],
      ["sum", [MIN, MAX], { fuel: 1000 }],
      ["sum", [-1000000n, 1000000n], { fuel: 1000 }],
      ["sum", [-3n, 1n], { fuel: 1000 }],
      ["fill", [4090, 10], { fuel: 1000, memoryLimit: 4096 }],
      ["fill", [4090, 6], { fuel: 1000, memoryLimit: 4096 }],
      ["fill", [0, -1], { fuel: 1000 }],
      ["free", [100n], { fuel: 1 }],
    ]);
    expect(out).toEqual([
      { ok: false, trap: "NumericOverflow", site: 3 },
      { ok: false, trap: "NumericOverflow", site: 3 },
      { ok: false, trap: "StepLimitExceeded", site: 2 },
      { ok: true, value: -6n },
      { ok: false, trap: "MemoryFault", site: 6 },
      { ok: true, value: 6 },
      { ok: false, trap: "StepLimitExceeded", site: 5 },
      { ok: true, value: 100n },
    ]);
  });
});
