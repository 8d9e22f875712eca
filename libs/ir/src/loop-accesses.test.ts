// The affine accesses loop-accesses.ts recognises: both list loops of the
// lowering (the comprehension's store through a second index, the walk's load
// through the counter), with their phase, and the shapes it must leave checked.
import { describe, expect, it } from "vitest";
import { loopAccesses } from "./loop-accesses.js";
import { countedLoopOf, WALK, type LoopFrame } from "./loop-fixture.js";

const LOCALS = "(param $list i32) (param $n i32) (param $hi i64) (local $i i64) (local $len i32) (local $k i32) (local $x i64) (local $s i32)";

/** The recognised accesses of a loop `(block $exit (loop $next head middle step (br $next)))`, without the node itself. */
function accesses(middle: string, frame?: LoopFrame) {
  return loopAccesses(countedLoopOf(LOCALS, middle, frame)).map(({ access, ...rest }) => ({ site: access.site, ...rest }));
}

const STORE = "(i64.store offset=8 site=2 (i32.add (local.get $list) (i32.mul (local.get $len) (i32.const 8))) (local.get $i))";
const INC = "(local.set $len (i32.add (local.get $len) (i32.const 1)))";

describe("loopAccesses", () => {
  it("recognises-the-comprehension-store-through-a-second-index", () => {
    // tools/bench/kernels/lists.relon, loop 1 (the store precedes the increment: phase 0).
    expect(accesses(`(local.set $x (local.get $i)) ${STORE} ${INC}`)).toEqual([
      { site: 2, base: "list", index: "len", induction: "secondary", phase: 0, scale: 8, offset: 8, bytes: 8, write: true },
    ]);
    // After the increment the index is one higher (phase 1); operands of add and mul in the other order.
    expect(accesses(`${INC} (i32.store8 offset=3 site=4 (i32.add (i32.mul (i32.const 2) (local.get $len)) (local.get $list)) (i32.const 1))`)).toEqual([
      { site: 4, base: "list", index: "len", induction: "secondary", phase: 1, scale: 2, offset: 3, bytes: 1, write: true },
    ]);
  });

  it("recognises-the-list-walk-load-through-the-counter-also-inside-an-if", () => {
    // tools/bench/kernels/lists.relon, loop 2.
    const load = "(i64.load offset=8 site=3 (i32.add (local.get $list) (i32.mul (local.get $k) (i32.const 8))))";
    expect(accesses(`(local.set $x ${load}) (if (local.get $s) (then (drop ${load.replace("site=3", "site=5")})))`, WALK)).toEqual([
      { site: 3, base: "list", index: "k", induction: "counter", phase: 0, scale: 8, offset: 8, bytes: 8, write: false },
      { site: 5, base: "list", index: "k", induction: "counter", phase: 0, scale: 8, offset: 8, bytes: 8, write: false },
    ]);
  });

  it("rejects-a-written-base-a-conditional-or-second-increment-and-a-variable-scale", () => {
    const rejected = [
      `${STORE} ${INC} (local.set $list (local.get $n))`, // B written in the loop
      `${STORE} (if (local.get $s) (then ${INC}))`, // increment inside an if
      `${STORE} ${INC} ${INC}`, // two increments
      `${STORE} ${INC} (local.set $len (local.get $n))`, // another write of the index
      `(local.set $s (local.tee $len (local.get $n))) ${STORE} ${INC}`, // a tee of the index
      `(i64.store site=2 (i32.add (local.get $list) (i32.mul (local.get $len) (local.get $n))) (local.get $i)) ${INC}`, // scale not a constant
      `(i64.store site=2 (i32.add (local.get $list) (i32.mul (local.get $len) (i32.const 0))) (local.get $i)) ${INC}`, // C = 0
      `(i64.store site=2 (i32.add (local.get $list) (i32.mul (local.get $len) (i32.const -8))) (local.get $i)) ${INC}`, // C < 0
      `(i64.store site=2 (i32.sub (local.get $list) (i32.mul (local.get $len) (i32.const 8))) (local.get $i)) ${INC}`, // not an add
      `(i64.store site=2 (i32.add (local.get $list) (i32.shl (local.get $len) (i32.const 3))) (local.get $i)) ${INC}`, // not a mul
      `(i64.store site=2 (i32.add (local.get $list) (i32.mul (local.get $s) (i32.const 8))) (local.get $i))`, // index not an induction variable
      `${STORE} (local.set $len (i32.add (local.get $len) (i32.const 2)))`, // step 2
    ];
    expect(rejected.map((m) => accesses(m).length)).toEqual(Array(rejected.length).fill(0));
    // The counter of an i64 loop is never an index (only an i32 loop's counter is).
    expect(accesses("(drop (i64.load site=3 (i32.add (local.get $list) (i32.mul (local.get $k) (i32.const 8)))))").length).toBe(0);
  });
});
