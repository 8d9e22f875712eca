// Checks the random modules rarely reach at their edges: add/sub overflow
// decided by one compare when an operand's sign is known from its form
// (num.ts signOf), and the bounds checks of a function with loops (whose fuel
// lives in a local) against each run's own arena size. Each case runs at both
// optimisation levels and must equal the IR interpreter, and the expected
// outcomes are spelled out, so a wrong direction of a compare shows up as a
// wrong value, kind or site.
import type { IrValue } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { agree, ir, MAX, MIN } from "./agree-with-interpreter.js";

const ok = (value: bigint) => ({ ok: true, value });
const overflow = (site: number) => ({ ok: false, trap: "NumericOverflow", site });

describe("checked arithmetic", () => {
  // `a + (x & 7)`: the masked operand is >= 0, so the sum overflows iff it wrapped below a.
  const KNOWN_SIGN = ir(`(module (constants 8) (sites 13)
    (func $add_mask (param $a i64) (param $x i64) (result i64)
      (i64.add_checked site=1 (local.get $a) (i64.and (local.get $x) (i64.const 7))))
    (func $mask_add (param $x i64) (param $a i64) (result i64)
      (i64.add_checked site=2 (i64.and (i64.const 7) (local.get $x)) (local.get $a)))
    (func $sub_mask (param $a i64) (param $x i64) (result i64)
      (i64.sub_checked site=3 (local.get $a) (i64.and (local.get $x) (i64.const 7))))
    (func $add_neg (param $a i64) (result i64) (i64.add_checked site=4 (local.get $a) (i64.const -5)))
    (func $sub_neg (param $a i64) (result i64) (i64.sub_checked site=5 (local.get $a) (i64.const -5)))
    (func $add_pos (param $a i64) (result i64) (i64.add_checked site=6 (local.get $a) (i64.const 5)))
    (func $sub_pos (param $a i64) (result i64) (i64.sub_checked site=7 (local.get $a) (i64.const 5)))
    (func $neg_add (param $a i64) (result i64) (i64.add_checked site=8 (i64.const -5) (local.get $a)))
    (func $add_shr (param $a i64) (param $x i64) (result i64)
      (i64.add_checked site=9 (local.get $a) (i64.shr_u (local.get $x) (i64.const 1))))
    (func $add_shr64 (param $a i64) (param $x i64) (result i64)
      (i64.add_checked site=10 (local.get $a) (i64.shr_u (local.get $x) (i64.const 64))))
    (func $add_ext (param $a i64) (param $x i32) (result i64)
      (i64.add_checked site=11 (local.get $a) (i64.extend_i32_u (local.get $x))))
    (func $sub_popcnt (param $a i64) (param $x i64) (result i64)
      (i64.sub_checked site=12 (local.get $a) (i64.popcnt (local.get $x)))))`);

  it("traps-add-and-sub-overflow-exactly-when-an-operand-has-a-known-sign", async () => {
    const cases: [string, IrValue[], unknown][] = [
      ["add_mask", [MAX - 7n, 7n], ok(MAX)],
      ["add_mask", [MAX - 6n, 7n], overflow(1)],
      ["add_mask", [MAX, 8n], ok(MAX)],
      ["add_mask", [MIN, -1n], ok(MIN + 7n)],
      ["mask_add", [7n, MAX - 7n], ok(MAX)],
      ["mask_add", [-1n, MAX - 6n], overflow(2)],
      ["sub_mask", [MIN + 7n, 7n], ok(MIN)],
      ["sub_mask", [MIN + 6n, 7n], overflow(3)],
      ["sub_mask", [MAX, -1n], ok(MAX - 7n)],
      ["add_neg", [MIN + 5n], ok(MIN)],
      ["add_neg", [MIN + 4n], overflow(4)],
      ["add_neg", [MAX], ok(MAX - 5n)],
      ["sub_neg", [MAX - 5n], ok(MAX)],
      ["sub_neg", [MAX - 4n], overflow(5)],
      ["sub_neg", [MIN], ok(MIN + 5n)],
      ["add_pos", [MAX - 5n], ok(MAX)],
      ["add_pos", [MAX - 4n], overflow(6)],
      ["add_pos", [MIN], ok(MIN + 5n)],
      ["sub_pos", [MIN + 5n], ok(MIN)],
      ["sub_pos", [MIN + 4n], overflow(7)],
      ["neg_add", [MIN + 5n], ok(MIN)],
      ["neg_add", [MIN + 4n], overflow(8)],
      ["add_shr", [0n, -1n], ok(MAX)],
      ["add_shr", [1n, -1n], overflow(9)],
      // shr_u by 64 shifts by 0: the operand may be negative, the general test decides.
      ["add_shr64", [MIN, -1n], overflow(10)],
      ["add_shr64", [MAX, -1n], ok(MAX - 1n)],
      ["add_ext", [MAX - 0xffffffffn, -1], ok(MAX)],
      ["add_ext", [MAX - 0xfffffffen, -1], overflow(11)],
      ["sub_popcnt", [MIN + 64n, -1n], ok(MIN)],
      ["sub_popcnt", [MIN + 63n, -1n], overflow(12)],
    ];
    expect(await agree(KNOWN_SIGN, cases.map(([f, args]) => [f, args]))).toEqual(cases.map(([, , want]) => want));
  });

  // A loop function must fault exactly at its own run's limit, also after a run with a larger
  // one on the same instance (the arena size is a global the next run's prepare resets).
  it("faults-loop-loads-and-stores-at-each-runs-arena-end", async () => {
    const m = ir(`(module (constants 8) (sites 3)
      (func $sum (param $at i32) (param $n i32) (result i64)
        (local $acc i64)
        (block $done (loop $next
          (br_if $done (i32.eqz (local.get $n)))
          (local.set $acc (i64.add (local.get $acc) (i64.load site=1 (local.get $at))))
          (i64.store site=2 (local.get $at) (i64.const 3))
          (local.set $at (i32.add (local.get $at) (i32.const 8)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $next)))
        (local.get $acc)))`);
    const out = await agree(m, [
      ["sum", [4096 - 64, 8], { memoryLimit: 4096 }],
      ["sum", [4096 - 64, 9], { memoryLimit: 4096 }],
      ["sum", [4096 - 64, 9], { memoryLimit: 4105 }],
      ["sum", [4096 - 64, 9], { memoryLimit: 4104 }],
      ["sum", [4096 - 64, 9], { memoryLimit: 4103 }],
      ["sum", [70001 - 7, 1], { memoryLimit: 70001 }],
      ["sum", [4096 - 64, 9], { memoryLimit: 4096 }],
    ]);
    expect(out).toEqual([
      ok(0n),
      { ok: false, trap: "MemoryFault", site: 1 },
      ok(0n),
      ok(0n),
      { ok: false, trap: "MemoryFault", site: 1 },
      { ok: false, trap: "MemoryFault", site: 1 },
      { ok: false, trap: "MemoryFault", site: 1 },
    ]);
  });
});
