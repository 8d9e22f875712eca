// The checked arithmetic of a counted loop (counted-loop.ts) on its i64 counter
// and a constant, for a backend that proves it exact once before the loop
// instead of testing for overflow in every iteration (wasm func-emitter.ts
// `versioned`, native versioned-loop.ts). The lowering of `range(n).reduce` and
// of a comprehension over `range(n)` binds the counter to the closure's
// parameter at the top of the middle and then computes with it:
//   (local.set $i.1 (local.get $i))
//   (i64.mul_checked site=7 (local.get $i.1) (i64.const 3))       ; `i * 3`
// In the middle (after the exit test, before the increment) the counter holds
// k0 + t in iteration t, so every value it takes lies in [k0, limit - 1], k0
// its value at loop entry. An operand is recognised as the counter when it is
//   * `(local.get $i)` of the counter itself, or
//   * `(local.get $v)` of a copy: $v written exactly once in the loop, by a
//     top-level statement of the middle `(local.set $v (local.get $i))`, and
//     read only in the statements after that one (the middle has no branches,
//     so by then $v holds this iteration's counter).
// `x + C`, `x - C`, `C - x` and `x * C` (either operand order of + and *) are
// exact for every x in an interval computed here from C; the intersection of
// those intervals is what the counter must stay in. A backend that shows
// `k0 >= min` and `limit - 1 <= max` before the loop (no condition when the loop
// runs no iteration) emits each recognised op as its wrapping twin in the
// loop's fast copy: the same numbers, without the overflow branch.
import { I64_MAX, I64_MIN } from "@tetra/core";
import type { CountedLoop } from "./counted-loop.js";
import type { Expr, Num, NumOp } from "./types.js";
import { walk } from "./walk.js";

export interface CounterArith {
  /** The checked ops that are exact while the counter stays in [min, max]. */
  readonly ops: ReadonlySet<Expr>;
  /** The counter's lowest allowed value; undefined: I64_MIN (no test needed). */
  readonly min: bigint | undefined;
  /** The counter's highest allowed value; undefined: I64_MAX (no test needed). */
  readonly max: bigint | undefined;
}

/** The wrapping op a recognised checked op becomes once proven exact. */
export const WRAPPING_OF: Partial<Record<NumOp, NumOp>> = {
  "i64.add_checked": "i64.add",
  "i64.sub_checked": "i64.sub",
  "i64.mul_checked": "i64.mul",
};

/** The checked ops on the counter of an i64 counted loop, or undefined when there are none. */
export function counterArith(c: CountedLoop): CounterArith | undefined {
  if (c.width !== "i64") return undefined;
  const middle = c.loop.body.slice(2, -2);
  const copies = counterCopies(c, middle);
  const ops = new Set<Expr>();
  let min = I64_MIN;
  let max = I64_MAX;
  middle.forEach((stmt, j) =>
    walk(stmt, (x) => {
      if (x.kind !== "num") return;
      const r = exactRange(x, (e) => e.kind === "local.get" && (e.name === c.counter || (copies.get(e.name) ?? Infinity) < j));
      if (r === undefined) return;
      ops.add(x);
      if (r[0] > min) min = r[0];
      if (r[1] < max) max = r[1];
    }),
  );
  if (ops.size === 0 || min > max) return undefined;
  return { ops, min: min === I64_MIN ? undefined : min, max: max === I64_MAX ? undefined : max };
}

/** Copies of the counter: local -> index of the middle statement that sets it, when all its reads come later. */
function counterCopies(c: CountedLoop, middle: readonly Expr[]): Map<string, number> {
  const writes = new Map<string, number>();
  for (const e of c.loop.body)
    walk(e, (x) => {
      if (x.kind === "local.set" || x.kind === "local.tee") writes.set(x.name, (writes.get(x.name) ?? 0) + 1);
    });
  const copies = new Map<string, number>();
  middle.forEach((e, j) => {
    if (e.kind === "local.set" && e.value.kind === "local.get" && e.value.name === c.counter && writes.get(e.name) === 1) copies.set(e.name, j);
  });
  middle.forEach((e, j) =>
    walk(e, (x) => {
      if (x.kind === "local.get" && j <= (copies.get(x.name) ?? -1)) copies.delete(x.name);
    }),
  );
  return copies;
}

/** The interval of the counter over which `e` (a checked op of it and a constant) is exact. */
function exactRange(e: Num, isCounter: (e: Expr) => boolean): [bigint, bigint] | undefined {
  if (WRAPPING_OF[e.op] === undefined) return undefined;
  const [p, q] = e.args;
  if (p === undefined || q === undefined) return undefined;
  const counterFirst = isCounter(p) && q.kind === "i64.const";
  const counterSecond = isCounter(q) && p.kind === "i64.const";
  if (!counterFirst && !counterSecond) return undefined;
  const k = counterFirst ? (q as { value: bigint }).value : (p as { value: bigint }).value;
  // The x with MIN <= f(x) <= MAX, clipped to the i64 range.
  const clip = (lo: bigint, hi: bigint): [bigint, bigint] => [lo < I64_MIN ? I64_MIN : lo, hi > I64_MAX ? I64_MAX : hi];
  switch (e.op) {
    case "i64.add_checked":
      return clip(I64_MIN - k, I64_MAX - k);
    case "i64.sub_checked":
      return counterFirst ? clip(I64_MIN + k, I64_MAX + k) : clip(k - I64_MAX, k - I64_MIN);
    default:
      // i64.mul_checked
      if (k === 0n) return [I64_MIN, I64_MAX];
      return k > 0n ? clip(ceilDiv(I64_MIN, k), floorDiv(I64_MAX, k)) : clip(ceilDiv(I64_MAX, k), floorDiv(I64_MIN, k));
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b !== a && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b !== a && (a < 0n) === (b < 0n) ? q + 1n : q;
}
