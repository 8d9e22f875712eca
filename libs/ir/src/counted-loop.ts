// Counted loops whose fuel can be paid up front (loop versioning,
// docs/performance.md "loop"; the wasm and native backends). The lowering of
// `range(n)` and list walks gives
//   (block $exit
//     (loop $next
//       (fuel N)
//       (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))   ; or i32.ge_u
//       ...middle...
//       (local.set $i (i64.add (local.get $i) (i64.const 1)))
//       (br $next)))
// When the middle cannot leave the loop or continue it early (no br, br_if,
// br_table, return, no nested block or loop), runs no other fuel and calls
// nothing, and writes neither $i nor $hi, the loop runs its head exactly
// max(0, hi - i) + 1 times from entry unless it traps. So if the remaining
// fuel covers N times that, no StepLimitExceeded can happen in it: the fuel is
// subtracted once and a copy without the per-iteration check runs (wasm:
// func-emitter.ts `versioned`; native: versioned-loop.ts, which also drops the
// bounds checks loop-accesses.ts proves); otherwise the loop as written. A
// trap in the copy ends the run like any trap, and the remaining fuel is never
// observable after one.
import type { Block, BrIf, Expr, Loop } from "./types.js";
import { walk } from "./walk.js";

export interface CountedLoop {
  readonly block: Block;
  readonly loop: Loop;
  /** Fuel charged per head execution. */
  readonly amount: number;
  readonly counter: string;
  readonly limit: string;
  /** i64: `counter >=s limit` exits; i32: `counter >=u limit`. */
  readonly width: "i64" | "i32";
  /** The loop's body after its `fuel`: the exit test, the middle, the increment, the back edge. */
  readonly rest: readonly Expr[];
}

/** `b` as a counted loop, or undefined when it is not exactly the shape above. */
export function countedLoop(b: Block): CountedLoop | undefined {
  if (b.type !== "none" || b.body.length !== 1) return undefined;
  const loop = b.body[0];
  if (loop === undefined || loop.kind !== "loop" || loop.type !== "none" || loop.body.length < 4) return undefined;
  const [fuel, exit] = loop.body;
  const inc = loop.body[loop.body.length - 2];
  const back = loop.body[loop.body.length - 1];
  // `fuel 0` charges nothing: there is nothing to pay up front (and fuel / 0 would trap).
  if (fuel?.kind !== "fuel" || fuel.amount < 1 || exit?.kind !== "br_if" || exit.label !== b.label) return undefined;
  if (back?.kind !== "br" || back.label !== loop.label || back.value !== undefined) return undefined;
  const bounds = exitBounds(exit);
  if (bounds === undefined || inc === undefined || !isIncrement(inc, bounds.counter, bounds.width)) return undefined;
  let simple = true;
  for (const e of loop.body.slice(2, -2)) {
    walk(e, (x) => {
      switch (x.kind) {
        case "fuel":
        case "call":
        case "call_indirect":
        case "frame":
        case "block":
        case "loop":
        case "br":
        case "br_if":
        case "br_table":
        case "return":
          simple = false;
          break;
        case "local.set":
        case "local.tee":
          if (x.name === bounds.counter || x.name === bounds.limit) simple = false;
          break;
        default:
          break;
      }
    });
  }
  if (!simple) return undefined;
  return { block: b, loop, amount: fuel.amount, ...bounds, rest: loop.body.slice(1) };
}

function exitBounds(exit: BrIf): { counter: string; limit: string; width: "i64" | "i32" } | undefined {
  const c = exit.cond;
  if (c.kind !== "num" || (c.op !== "i64.ge_s" && c.op !== "i32.ge_u")) return undefined;
  const [x, y] = c.args;
  if (x?.kind !== "local.get" || y?.kind !== "local.get" || x.name === y.name) return undefined;
  return { counter: x.name, limit: y.name, width: c.op === "i64.ge_s" ? "i64" : "i32" };
}

/** `(local.set $i (iN.add (local.get $i) (iN.const 1)))` */
function isIncrement(e: Expr, counter: string, width: "i64" | "i32"): boolean {
  if (e.kind !== "local.set" || e.name !== counter) return false;
  const v = e.value;
  if (v.kind !== "num" || v.op !== `${width}.add`) return false;
  const [p, q] = v.args;
  if (p?.kind !== "local.get" || p.name !== counter) return false;
  return width === "i64" ? q?.kind === "i64.const" && q.value === 1n : q?.kind === "i32.const" && q.value === 1;
}
