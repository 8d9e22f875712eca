// Test fixture shared by the loop analyses' tests (loop-accesses.test.ts,
// loop-arith.test.ts): a counted loop `(block $exit (loop $next head middle
// step (br $next)))` parsed from text, with the two heads the lowering emits —
// an i64 `range` counter $i below $hi and an i32 list walk $k below $n.
import { countedLoop, type CountedLoop } from "./counted-loop.js";
import { parseOrThrow } from "./parse.js";
import type { Block } from "./types.js";

export type LoopFrame = readonly [head: string, step: string];

export const RANGE: LoopFrame = ["(fuel 1 site=1) (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))", "(local.set $i (i64.add (local.get $i) (i64.const 1)))"];
export const WALK: LoopFrame = ["(fuel 1 site=1) (br_if $exit (i32.ge_u (local.get $k) (local.get $n)))", "(local.set $k (i32.add (local.get $k) (i32.const 1)))"];

/** The counted loop of `$f` with `locals` (params and locals), `middle` between the frame's head and step; throws if it is not one. */
export function countedLoopOf(locals: string, middle: string, [head, step]: LoopFrame = RANGE): CountedLoop {
  const mod = parseOrThrow(`(module (constants 8) (sites 9) (func $f ${locals} (block $exit (loop $next ${head} ${middle} ${step} (br $next)))))`, "loop.ir");
  const c = countedLoop(mod.funcs[0]?.body[0] as Block);
  if (c === undefined) throw new Error("not a counted loop");
  return c;
}
