// The affine arena accesses of a counted loop (counted-loop.ts), for a backend
// that checks them all once before the loop instead of once per iteration
// (native: backend-llvm versioned-loop.ts). The lowering's list loops address
// element k of a list at `list + 8 + k * 8`:
//   (i64.store offset=8 (i32.add (local.get $list) (i32.mul (local.get $len) (i32.const 8))) ...)
//   (local.set $len (i32.add (local.get $len) (i32.const 1)))          ; comprehension: a second index
//   (i64.load offset=8 (i32.add (local.get $xs) (i32.mul (local.get $k) (i32.const 8))))  ; walk: the counter
// A load or store of the loop's middle is recognised when its address is
// `(i32.add (local.get B) (i32.mul (local.get K) (i32.const C)))` (either
// operand order of the add and of the mul) with C > 0, B not written anywhere
// in the loop, and K either
//   * the counter of an i32 loop: k0 + t in iteration t (k0 .. limit - 1), or
//   * a secondary induction variable: written exactly once in the loop, by a
//     top-level statement of the middle `(local.set $v (i32.add (local.get $v)
//     (i32.const 1)))`. The middle has no branches (countedLoop), so every
//     top-level statement runs once per completed iteration, in order: $v is
//     v0 + t in the statements before that one and v0 + t + 1 after it
//     (`phase`), whatever nested `if` an access sits in.
// Those values are exact integers as long as the backend's pre-check shows the
// largest one and `zext(B) + K * C + offset + bytes` fit (i32 arithmetic then
// never wraps). Anything else — another address shape, an increment inside an
// `if`, two writes, a written base, a non-constant scale — is not recognised
// and keeps its per-access check.
import { LOAD_OP_INFO, STORE_OP_INFO } from "./op-info.js";
import type { CountedLoop } from "./counted-loop.js";
import type { Expr, Load, Store } from "./types.js";
import { walk } from "./walk.js";

export interface LoopAccess {
  readonly access: Load | Store;
  /** B: an i32 local the loop never writes. */
  readonly base: string;
  /** K: the counter of an i32 loop or a secondary induction variable. */
  readonly index: string;
  /** counter: K = k0 + t; secondary: K = v0 + t + phase, in iteration t (values at loop entry). */
  readonly induction: "counter" | "secondary";
  /** 1 when the access comes after the secondary's increment in the middle (always 0 for the counter). */
  readonly phase: 0 | 1;
  /** C, in 1 .. 2^31 - 1. */
  readonly scale: number;
  readonly offset: number;
  readonly bytes: 1 | 2 | 4 | 8;
  readonly write: boolean;
}

/** The recognised accesses of `c`'s middle, in evaluation order. */
export function loopAccesses(c: CountedLoop): LoopAccess[] {
  const writes = new Map<string, number>();
  for (const e of c.loop.body)
    walk(e, (x) => {
      if (x.kind === "local.set" || x.kind === "local.tee") writes.set(x.name, (writes.get(x.name) ?? 0) + 1);
    });
  const middle = c.loop.body.slice(2, -2);
  const step = new Map<string, number>(); // secondary -> index of its increment in `middle`
  middle.forEach((e, j) => {
    const v = incrementOf(e);
    if (v !== undefined && writes.get(v) === 1) step.set(v, j);
  });
  const out: LoopAccess[] = [];
  middle.forEach((stmt, j) =>
    walk(stmt, (x) => {
      if (x.kind !== "load" && x.kind !== "store") return;
      const a = affine(x.addr);
      if (a === undefined || (writes.get(a.base) ?? 0) !== 0) return;
      const at = step.get(a.index);
      const counter = c.width === "i32" && a.index === c.counter;
      if (!counter && at === undefined) return;
      const bytes = x.kind === "load" ? LOAD_OP_INFO[x.op].bytes : STORE_OP_INFO[x.op].bytes;
      const phase = counter || j < (at as number) ? 0 : 1;
      out.push({ access: x, ...a, induction: counter ? "counter" : "secondary", phase, offset: x.offset, bytes, write: x.kind === "store" });
    }),
  );
  return out;
}

/** `$v` of `(local.set $v (i32.add (local.get $v) (i32.const 1)))`. */
function incrementOf(e: Expr): string | undefined {
  if (e.kind !== "local.set" || e.value.kind !== "num" || e.value.op !== "i32.add") return undefined;
  const [p, q] = e.value.args;
  return p?.kind === "local.get" && p.name === e.name && q?.kind === "i32.const" && q.value === 1 ? e.name : undefined;
}

/** B, K and C of `(i32.add (local.get B) (i32.mul (local.get K) (i32.const C)))`, operands in either order. */
function affine(addr: Expr): { base: string; index: string; scale: number } | undefined {
  if (addr.kind !== "num" || addr.op !== "i32.add") return undefined;
  const [p, q] = addr.args;
  const [base, mul] = p?.kind === "local.get" ? [p, q] : [q, p];
  if (base?.kind !== "local.get" || mul?.kind !== "num" || mul.op !== "i32.mul") return undefined;
  const [x, y] = mul.args;
  const [k, c] = x?.kind === "local.get" ? [x, y] : [y, x];
  if (k?.kind !== "local.get" || c?.kind !== "i32.const" || c.value <= 0) return undefined;
  return { base: base.name, index: k.name, scale: c.value };
}
