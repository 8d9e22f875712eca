// Loop versioning of counted loops (libs/ir counted-loop.ts): one pre-check
// before the loop decides whether
//   (a) the remaining fuel covers every head execution, N * (trips + 1), and
//   (b) every affine access the loop makes (libs/ir loop-accesses.ts) is inside
//       the arena in every iteration;
// if so, the fuel is paid once, the write marks are widened once to cover every
// recognised store's whole range, and a copy of the loop runs without the fuel
// check and without the bounds checks and covered-write tests of those
// accesses; otherwise the loop as written runs (and traps exactly where it
// should). For the lists kernel that is the fuel exit of both loops, the load's
// bounds check and the store's covered-write test.
//
// Soundness. Everything is computed in i64 from the loop's entry values:
//   trips = i64 loop: hi >s i ? hi - i : 0 (exact as a u64: hi - i < 2^64);
//           i32 loop: k <u limit ? limit - k : 0;
//   an access through the counter: K = k0 + t; through a secondary: K = v0 + t
//   + phase, t in [0, trips) — so kmin = zext(K0) + phase, kmax = kmin + trips - 1.
// The accesses are checked only when 1 <= trips < 2^32: then kmax < 2^33 and
// every product below fits in a u64. `kmax < 2^32` and `zext(B) + kmax * C +
// offset + bytes <= arena size` (<= 2^31, MAX_MEMORY_LIMIT) give, for every
// iteration, K exact as an i32 (the increment never wraps), `B + K * C` exact
// (never wrapping in i32) and the access inside the arena: K * C grows with K,
// so the last index has the highest end and the first the lowest start. The
// copy's address is then `zext(B) + zext(K) * C + offset`, the same number.
// The conditions are ANDed without branches: a garbage product of a rejected
// case only ever meets a false term.
// The fuel test is `trips <u fuel / N` ⇔ N * (trips + 1) <= fuel, so the
// product cannot wrap, and a completed copy leaves exactly what the loop as
// written would. No StepLimitExceeded can happen in the copy; a trap that does
// (an overflow, an unrecognised access) ends the run, and the marks then cover
// every recognised store's range (widened before the copy, written back by the
// trap block like any mark), so the next run zeroes all it wrote: the marks may
// cover more than was written (docs/ir.md "Arena reuse"), never less.
// The widening follows the rule of one write of [start, end): below the scratch
// start it widens the low window, otherwise it raises high_end (without the
// headroom a slow-path write adds: this range is already the whole loop's).
// (c) The checked arithmetic on an i64 counter and a constant (libs/ir
// loop-arith.ts) is exact when the counter's values k0 .. limit - 1 stay in
// the interval counterArith gives: `trips == 0 || (k0 >=s min && limit <=s
// max + 1)`; the copy then emits the wrapping op (no overflow intrinsic).
import { counterArith, loopAccesses, type CountedLoop, type Expr, type LoopAccess } from "@tetra/ir";
import type { BasicBlock, IRBuilder, Value } from "llvm-bindings";
import type { Unit } from "./unit.js";

/** What the versioning needs from the function being emitted (emit-func.ts). */
export interface VersionContext {
  readonly b: IRBuilder;
  readonly u: Unit;
  newBlock(name: string): BasicBlock;
  /** The current value of a local. */
  localValue(name: string): Value;
  arenaSize(): Value;
  fuelLeft(): Value;
  setFuel(v: Value): void;
  /** Widens the write marks as one write of [start, end) would, without headroom. */
  widenMarks(start: Value, end: Value): void;
  /** The loop as written. */
  emitChecked(c: CountedLoop): void;
  /** The loop without its fuel check, with `proven` accesses unchecked and the `exact` ops wrapping. */
  emitUnchecked(c: CountedLoop, proven: ReadonlyMap<Expr, LoopAccess>, exact: ReadonlySet<Expr>): void;
}

export function emitVersionedLoop(cx: VersionContext, c: CountedLoop): void {
  const { b, u } = cx;
  const accesses = loopAccesses(c);
  const zext = (name: string): Value => b.CreateZExt(cx.localValue(name), u.i64);
  const counter = cx.localValue(c.counter);
  const limit = cx.localValue(c.limit);
  const trips =
    c.width === "i64"
      ? b.CreateSelect(b.CreateICmpSGT(limit, counter), b.CreateSub(limit, counter), u.i64Const(0n))
      : b.CreateZExt(b.CreateSelect(b.CreateICmpUGT(limit, counter), b.CreateSub(limit, counter), u.i32Const(0)), u.i64);
  const n = BigInt(c.amount);
  const fuel = cx.fuelLeft();
  let ok = b.CreateICmpULT(trips, n === 1n ? fuel : b.CreateUDiv(fuel, u.i64Const(n)));
  const ranges: { start: Value; end: Value }[] = [];
  if (accesses.length > 0) {
    ok = b.CreateAnd(ok, b.CreateAnd(b.CreateICmpNE(trips, u.i64Const(0n)), b.CreateICmpULT(trips, u.i64Const(1n << 32n))));
    for (const a of accesses) {
      const base = zext(a.base);
      const kmin = a.phase === 0 ? zext(a.index) : b.CreateAdd(zext(a.index), u.i64Const(1n));
      const kmax = b.CreateSub(b.CreateAdd(kmin, trips), u.i64Const(1n));
      const scale = u.i64Const(BigInt(a.scale));
      const at = (k: Value, extra: number): Value => b.CreateAdd(b.CreateAdd(base, b.CreateMul(k, scale)), u.i64Const(BigInt(a.offset) + BigInt(extra)));
      const end = at(kmax, a.bytes);
      ok = b.CreateAnd(ok, b.CreateAnd(b.CreateICmpULT(kmax, u.i64Const(1n << 32n)), b.CreateICmpULE(end, cx.arenaSize())));
      if (a.write) ranges.push({ start: at(kmin, 0), end });
    }
  }
  const arith = counterArith(c);
  if (arith !== undefined) {
    let inRange: Value = b.getTrue();
    if (arith.min !== undefined) inRange = b.CreateAnd(inRange, b.CreateICmpSGE(counter, u.i64Const(arith.min)));
    if (arith.max !== undefined) inRange = b.CreateAnd(inRange, b.CreateICmpSLE(limit, u.i64Const(arith.max + 1n)));
    ok = b.CreateAnd(ok, b.CreateOr(b.CreateICmpEQ(trips, u.i64Const(0n)), inRange));
  }
  const fast = cx.newBlock("versioned.fast");
  const slow = cx.newBlock("versioned.slow");
  const join = cx.newBlock("versioned.join");
  b.CreateCondBr(u.expect(b, ok, true), fast, slow);

  b.SetInsertPoint(fast);
  for (const r of ranges) cx.widenMarks(r.start, r.end);
  cx.setFuel(b.CreateSub(fuel, b.CreateMul(b.CreateAdd(trips, u.i64Const(1n)), u.i64Const(n))));
  cx.emitUnchecked(c, new Map(accesses.map((a) => [a.access, a])), arith?.ops ?? new Set());
  b.CreateBr(join);

  b.SetInsertPoint(slow);
  cx.emitChecked(c);
  b.CreateBr(join);
  b.SetInsertPoint(join);
}
