// The counted-loop shape (counted-loop.ts): the lowering's range and list-walk
// loops are recognised, and every way a middle could leave, continue, charge
// fuel, call or change its bounds is not.
import { describe, expect, it } from "vitest";
import { countedLoop } from "./counted-loop.js";
import { parseOrThrow } from "./parse.js";
import type { Block } from "./types.js";

/** The first top-level block of each function, as a counted loop's width (or undefined). */
function widths(middles: readonly string[], head = "(fuel 1 site=1) (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))", step = "(local.set $i (i64.add (local.get $i) (i64.const 1)))"): (string | undefined)[] {
  const funcs = middles.map(
    (m, k) => `(func $f${k} (param $hi i64) (param $n i32) (local $i i64) (local $k i32) (local $x i64)
      (block $exit (loop $next ${head} ${m} ${step} (br $next))))`,
  );
  const mod = parseOrThrow(`(module (constants 8) (sites 4) ${funcs.join("\n")})`, "loops.ir");
  return mod.funcs.map((f) => countedLoop(f.body[0] as Block)?.width);
}

describe("countedLoop", () => {
  it("recognises-range-and-list-walk-loops", () => {
    expect(widths(["(local.set $x (local.get $i))"])).toEqual(["i64"]);
    expect(
      widths(["(local.set $x (i64.load site=2 (local.get $k)))"], "(fuel 2 site=1) (br_if $exit (i32.ge_u (local.get $k) (local.get $n)))", "(local.set $k (i32.add (local.get $k) (i32.const 1)))"),
    ).toEqual(["i32"]);
  });

  it("rejects-middles-that-leave-continue-call-charge-fuel-or-write-the-bounds", () => {
    expect(
      widths([
        "(br_if $exit (i64.eqz (local.get $x)))",
        "(if (i64.eqz (local.get $x)) (then (br $next)))",
        "(block $inner (br $inner))",
        "(fuel 1 site=3)",
        "(local.set $x (call $f0 site=3 (local.get $hi) (local.get $n)))",
        "(local.set $i (local.get $hi))",
        "(local.set $hi (local.get $i))",
        "(return)",
      ]),
    ).toEqual(Array(8).fill(undefined));
    // A step other than +1, or a fuel 0 head, is not the shape either.
    expect(widths([""], undefined, "(local.set $i (i64.add (local.get $i) (i64.const 2)))")).toEqual([undefined]);
    expect(widths([""], "(fuel 0 site=1) (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))")).toEqual([undefined]);
  });
});
