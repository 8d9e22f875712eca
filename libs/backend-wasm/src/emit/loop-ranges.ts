// The range pre-check of a versioned counted loop (func-emitter.ts `versioned`).
// loopAccesses (@tetra/ir) names the loads and stores of the loop's middle at
// `B + K * C` (+ offset, n bytes) whose index K takes consecutive values, the
// largest M known before the loop starts (d = the completed iterations):
//   the i32 counter:          K = k0 .. limit - 1      M = limit - 1
//   a secondary variable v:   K = v0 + phase + t       M = v0 + phase + d - 1
// If every such access ends inside the arena at M, computed in i64 so nothing
// wraps (M < 2^32 and C < 2^31, so M * C < 2^63), every i32 address the loop
// computes for them is exact and in range: the fast copy emits them without
// their bounds check. Stores also skip the covered-write test: before the fast
// copy runs, the marks are widened once over [B + K_min * C + offset, end at M)
// by the rule one write of that range follows (memory.ts markWrite) — more than
// the loop may write, which the run contract allows; never less, so a trap in
// the copy still leaves everything it wrote for the next run to zero. A loop
// that runs no iteration (d = 0) accesses nothing and widens nothing. When the
// check fails the loop runs as written and traps where the interpreter does.
// The same pre-check covers the checked arithmetic on an i64 counter and a
// constant (counterArith, @tetra/ir): the counter takes k0 .. limit - 1, so
// `k0 >=s min` and `limit <=s max + 1` make every such op exact, and the fast
// copy emits its wrapping twin.
import { counterArith, loopAccesses, type CountedLoop, type Expr, type LoopAccess } from "@tetra/ir";
import type { FuncEmitter } from "./func-emitter.js";
import { markWrite } from "./memory.js";
import { GLOBAL, type Ref } from "./names.js";

export interface LoopRanges {
  /** Sets the locals the check and the widening read; run once, before `inRange`. */
  readonly setup: readonly Ref[];
  /** i32: every recognised access is in range in every iteration (1 when none runs); undefined when none is recognised. */
  readonly inRange: Ref | undefined;
  /** Run before the fast copy, after the check passed: the marks over every recognised store's range. */
  readonly widen: readonly Ref[];
  /** The accesses the fast copy emits without checks, and the checked ops it emits wrapping. */
  readonly unchecked: ReadonlySet<Expr>;
}

const U32_END = 1n << 32n;

export function loopRanges(fe: FuncEmitter, c: CountedLoop, trips: () => Ref): LoopRanges {
  const accesses = accessRanges(fe, c, trips);
  const arith = arithRange(fe, c, trips);
  if (arith === undefined) return accesses;
  return {
    ...accesses,
    inRange: accesses.inRange === undefined ? arith.inRange : fe.mod.i32.and(accesses.inRange, arith.inRange),
    unchecked: new Set([...accesses.unchecked, ...arith.ops]),
  };
}

/** `trips == 0 || (k0 >=s min && limit <=s max + 1)` for the counter's checked ops, or undefined when there are none. */
function arithRange(fe: FuncEmitter, c: CountedLoop, trips: () => Ref): { inRange: Ref; ops: ReadonlySet<Expr> } | undefined {
  const arith = counterArith(c);
  if (arith === undefined) return undefined;
  const m = fe.mod;
  const get = (name: string): Ref => fe.expr({ kind: "local.get", name });
  const terms: Ref[] = [];
  if (arith.min !== undefined) terms.push(m.i64.ge_s(get(c.counter), m.i64.const(arith.min)));
  if (arith.max !== undefined) terms.push(m.i64.le_s(get(c.limit), m.i64.const(arith.max + 1n)));
  const all = terms.length === 0 ? undefined : terms.reduce((x, y) => m.i32.and(x, y));
  return { inRange: all === undefined ? m.i32.const(1) : m.i32.or(m.i64.eqz(trips()), all), ops: arith.ops };
}

function accessRanges(fe: FuncEmitter, c: CountedLoop, trips: () => Ref): LoopRanges {
  const accesses = loopAccesses(c);
  if (accesses.length === 0) return { setup: [], inRange: undefined, widen: [], unchecked: new Set() };
  const m = fe.mod;
  const i64 = fe.b.i64;
  const get = (name: string): Ref => m.i64.extend_u(fe.expr({ kind: "local.get", name }));
  const setup: Ref[] = [];
  const widen: Ref[] = [];
  let all: Ref | undefined;
  for (const a of accesses) {
    const first = (): Ref => (a.phase === 1 ? m.i64.add(get(a.index), m.i64.const(1n)) : get(a.index));
    const max = fe.temp("i64");
    const end = fe.temp("i64");
    const maxV = (): Ref => m.local.get(max, i64);
    const endV = (): Ref => m.local.get(end, i64);
    setup.push(
      m.local.set(max, a.induction === "counter" ? m.i64.sub(get(c.limit), m.i64.const(1n)) : m.i64.add(first(), m.i64.sub(trips(), m.i64.const(1n)))),
      m.local.set(end, m.i64.add(m.i64.add(get(a.base), m.i64.mul(maxV(), m.i64.const(BigInt(a.scale)))), m.i64.const(BigInt(a.offset + a.bytes)))),
    );
    let ok = m.i64.le_u(endV(), m.global.get(GLOBAL.arena, i64));
    // A secondary variable's M may be anything: keep it (and d, so v0 + d cannot wrap) below 2^32.
    if (a.induction === "secondary") ok = m.i32.and(m.i32.and(m.i64.lt_u(trips(), m.i64.const(U32_END)), m.i64.lt_u(maxV(), m.i64.const(U32_END))), ok);
    all = all === undefined ? ok : m.i32.and(all, ok);
    if (a.write) widen.push(widenStore(fe, a, first, endV));
  }
  const runs = m.i64.ne(trips(), m.i64.const(0n));
  return {
    setup,
    inRange: m.i32.or(m.i64.eqz(trips()), all as Ref),
    widen: widen.length === 0 ? [] : [m.if(runs, m.block(null, widen, fe.b.none))],
    unchecked: new Set(accesses.map((a) => a.access)),
  };
}

/** markWrite over [B + K_min * C + offset, end): K_min is the index's value in the first iteration. */
function widenStore(fe: FuncEmitter, a: LoopAccess, first: () => Ref, end: () => Ref): Ref {
  const m = fe.mod;
  const start = fe.temp("i64");
  const base = m.i64.extend_u(fe.expr({ kind: "local.get", name: a.base }));
  const lowest = m.i64.add(m.i64.add(base, m.i64.mul(first(), m.i64.const(BigInt(a.scale)))), m.i64.const(BigInt(a.offset)));
  return m.block(null, [m.local.set(start, lowest), markWrite(fe, start, end)], fe.b.none);
}
