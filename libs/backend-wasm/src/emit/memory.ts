// Memory ops, allocation and the bounds checks (docs/ir.md "Memory").
//
// The arena is the run's memory limit, which need not be a multiple of 64 KiB,
// so the wasm memory (grown to at least the arena) never decides a fault: an
// access of n bytes at u32(addr) + offset is checked as
//   i64.extend_i32_u(addr) + (offset + n) > arena   (all in i64: nothing wraps)
// and traps MemoryFault at the op's site, exactly where the interpreter does.
// Writes also widen the write marks of their region, [tetra:low_start,
// tetra:low_end) below the run's scratch start and [scratch_start,
// scratch_start + tetra:high_span) from it on (run-contract.ts "Arena reuse"):
// the next run zeroes just what they cover (runtime.ts), so each run starts
// from a zeroed arena without clearing all of it. A write the marks already
// cover needs neither the check nor the update (coverWrite): the windows lie
// inside the arena, and `alloc` widens its region's window to the end of the
// new block, so the writes that fill fresh blocks take the fast path.
import { LOAD_OP_INFO, MARK_HEADROOM_BYTES, MARK_HEADROOM_SHIFT, STORE_OP_INFO, type Alloc, type Load, type MemoryCopy, type MemoryFill, type Store } from "@tetra/ir";
import { unreachable } from "@tetra/core";
import type { FuncEmitter } from "./func-emitter.js";
import { GLOBAL, type BModule, type Ref } from "./names.js";
import { canonicalBits } from "./num.js";

/** `end > arena` for an i64 end offset. */
function outOfArena(fe: FuncEmitter, end: Ref): Ref {
  return fe.mod.i64.gt_u(end, fe.mod.global.get(GLOBAL.arena, fe.b.i64));
}

function endOf(m: BModule, addr: Ref, bytes: Ref): Ref {
  return m.i64.add(m.i64.extend_u(addr), bytes);
}

/**
 * The most a store writes (i64.store): a store that ends at or above
 * scratch_start starts at most this far below it, so the next run zeroes the
 * high window from scratch_start - STRADDLE (runtime.ts) and a store's fast
 * path needs no test of its start.
 */
export const STRADDLE = 8n;

/**
 * Widens the marks of the region the write [start, end) starts in (`start` an
 * i64 local, `end` an i64 expression), with the headroom of run-contract.ts
 * MARK_HEADROOM_* (so appends past the marks take this path O(log n) times),
 * to grown(base) = min(arena, end + 64 +
 * ((end - base) >> 4)), base <= start <= end:
 *   (if (i64.lt_u start scratch_start)
 *     (then (if (i64.lt_u start low_start) (low_start = start))
 *           (if (i64.gt_u end low_end) (low_end = grown(low_start))))
 *     (else (if (i64.gt_u end (scratch_start + high_span)) (high_span = grown(scratch_start) - scratch_start))))
 */
export function markWrite(fe: FuncEmitter, start: number, end: () => Ref): Ref {
  const m = fe.mod;
  const i64 = fe.b.i64;
  const s = () => m.local.get(start, i64);
  const g = (name: string) => m.global.get(name, i64);
  const grown = fe.temp("i64");
  const setGrown = (base: string): Ref =>
    m.local.set(grown, m.i64.add(end(), m.i64.add(m.i64.const(MARK_HEADROOM_BYTES), m.i64.shr_u(m.i64.sub(end(), g(base)), m.i64.const(MARK_HEADROOM_SHIFT)))));
  const clamped = (): Ref => m.select(m.i64.gt_u(m.local.get(grown, i64), g(GLOBAL.arena)), g(GLOBAL.arena), m.local.get(grown, i64));
  const lower = m.if(m.i64.lt_u(s(), g(GLOBAL.lowStart)), m.global.set(GLOBAL.lowStart, s()));
  const raiseLow = m.if(m.i64.gt_u(end(), g(GLOBAL.lowEnd)), m.block(null, [setGrown(GLOBAL.lowStart), m.global.set(GLOBAL.lowEnd, clamped())], fe.b.none));
  const highSpan = m.i64.sub(clamped(), g(GLOBAL.scratchStart));
  const raiseHigh = m.if(m.i64.gt_u(end(), highEnd(fe)), m.block(null, [setGrown(GLOBAL.scratchStart), m.global.set(GLOBAL.highSpan, highSpan)], fe.b.none));
  return m.if(m.i64.lt_u(s(), g(GLOBAL.scratchStart)), m.block(null, [lower, raiseLow], fe.b.none), raiseHigh);
}

function highEnd(fe: FuncEmitter): Ref {
  const m = fe.mod;
  return m.i64.add(m.global.get(GLOBAL.scratchStart, fe.b.i64), m.global.get(GLOBAL.highSpan, fe.b.i64));
}

/**
 * The check and mark update of a write [start, end) (`start` an i64 local,
 * `end` an i64 expression; both 64-bit exact, end - start = `bytes` for a
 * store, undefined for memory.copy / memory.fill). Fast path: the write lies
 * in the high window [scratch_start, scratch_start + high_span) — for a store
 * `end - scratch_start <=u high_span` alone, which also admits a store
 * straddling scratch_start (start >= scratch_start - 8, zeroed by the next
 * run too) — or in the low window [low_start, low_end). Both windows lie
 * inside the arena (a mark only grows to the end of a write that passed the
 * bounds check, or of an allocation, plus headroom clamped to the arena), so
 * such a write needs nothing more. Otherwise the bounds check (MemoryFault at
 * `site`), then markWrite:
 *   (if (i64.gt_u (i64.sub end scratch_start) high_span)
 *     (then (if (i32.or (i64.lt_u start low_start) (i64.gt_u end low_end))
 *       (then (if (i64.gt_u end arena) trap) markWrite))))
 * The low window is tested only off the high window's path: most writes land in scratch.
 */
function coverWrite(fe: FuncEmitter, start: number, end: () => Ref, site: number, bytes: number | undefined): Ref {
  const m = fe.mod;
  const i64 = fe.b.i64;
  const s = () => m.local.get(start, i64);
  const g = (name: string) => m.global.get(name, i64);
  const pastHigh = m.i64.gt_u(m.i64.sub(end(), g(GLOBAL.scratchStart)), g(GLOBAL.highSpan));
  const outHigh = bytes !== undefined && BigInt(bytes) <= STRADDLE ? pastHigh : m.i32.or(m.i64.lt_u(s(), g(GLOBAL.scratchStart)), pastHigh);
  const outLow = m.i32.or(m.i64.lt_u(s(), g(GLOBAL.lowStart)), m.i64.gt_u(end(), g(GLOBAL.lowEnd)));
  const slow = m.block(null, [fe.guard(outOfArena(fe, end()), "MemoryFault", site), markWrite(fe, start, end)], fe.b.none);
  return m.if(outHigh, m.if(outLow, slow));
}

/** `checked` false: a versioned loop's pre-check proved this access in range (loop-ranges.ts). */
export function emitLoad(fe: FuncEmitter, e: Load, checked = true): Ref {
  const m = fe.mod;
  const { setup, use } = fe.operands([e.addr], ["i32"]);
  const [a] = use as [() => Ref];
  const info = LOAD_OP_INFO[e.op];
  if (!checked) return fe.seq([...setup, load(m, e, a())], info.type);
  const check = fe.guard(outOfArena(fe, endOf(m, a(), m.i64.const(BigInt(e.offset + info.bytes)))), "MemoryFault", e.site);
  return fe.seq([...setup, check, load(m, e, a())], info.type);
}

function load(m: BModule, e: Load, ptr: Ref): Ref {
  switch (e.op) {
    case "i32.load":
      return m.i32.load(e.offset, 1, ptr);
    case "i32.load8_u":
      return m.i32.load8_u(e.offset, 1, ptr);
    case "i32.load8_s":
      return m.i32.load8_s(e.offset, 1, ptr);
    case "i32.load16_u":
      return m.i32.load16_u(e.offset, 1, ptr);
    case "i32.load16_s":
      return m.i32.load16_s(e.offset, 1, ptr);
    case "i64.load":
      return m.i64.load(e.offset, 1, ptr);
    case "f64.load":
      return m.f64.load(e.offset, 1, ptr);
    default:
      return unreachable(e.op);
  }
}

/**
 * `checked` false: a versioned loop's pre-check proved this store in range and
 * widened the marks over every address it can write (loop-ranges.ts).
 */
export function emitStore(fe: FuncEmitter, e: Store, checked = true): Ref {
  const m = fe.mod;
  const info = STORE_OP_INFO[e.op];
  const { setup, use } = fe.operands([e.addr, e.value], ["i32", info.type]);
  const [a, v] = use as [() => Ref, () => Ref];
  if (!checked) return fe.seq([...setup, store(m, e, a(), v)], "none");
  const start = fe.temp("i64");
  const end = (): Ref => m.i64.add(m.local.get(start, fe.b.i64), m.i64.const(BigInt(info.bytes)));
  return fe.seq(
    [
      ...setup,
      m.local.set(start, e.offset === 0 ? m.i64.extend_u(a()) : endOf(m, a(), m.i64.const(BigInt(e.offset)))),
      coverWrite(fe, start, end, e.site, info.bytes),
      store(m, e, a(), v),
    ],
    "none",
  );
}

function store(m: BModule, e: Store, ptr: Ref, v: () => Ref): Ref {
  switch (e.op) {
    case "i32.store":
      return m.i32.store(e.offset, 1, ptr, v());
    case "i32.store8":
      return m.i32.store8(e.offset, 1, ptr, v());
    case "i32.store16":
      return m.i32.store16(e.offset, 1, ptr, v());
    case "i64.store":
      return m.i64.store(e.offset, 1, ptr, v());
    case "f64.store":
      // Stored through its (canonicalised) bit pattern: any NaN becomes 0x7FF8000000000000.
      return m.i64.store(e.offset, 1, ptr, canonicalBits(m, v));
    default:
      return unreachable(e.op);
  }
}

export function emitMemoryCopy(fe: FuncEmitter, e: MemoryCopy): Ref {
  const m = fe.mod;
  const { setup, use } = fe.operands([e.dst, e.src, e.len], ["i32", "i32", "i32"]);
  const [dst, src, len] = use as [() => Ref, () => Ref, () => Ref];
  const start = fe.temp("i64");
  const end = fe.temp("i64");
  // Both range checks trap MemoryFault at the same site: which one runs first is unobservable.
  return fe.seq(
    [
      ...setup,
      fe.guard(outOfArena(fe, endOf(m, src(), m.i64.extend_u(len()))), "MemoryFault", e.site),
      m.local.set(start, m.i64.extend_u(dst())),
      m.local.set(end, m.i64.add(m.local.get(start, fe.b.i64), m.i64.extend_u(len()))),
      coverWrite(fe, start, () => m.local.get(end, fe.b.i64), e.site, undefined),
      m.memory.copy(dst(), src(), len()),
    ],
    "none",
  );
}

export function emitMemoryFill(fe: FuncEmitter, e: MemoryFill): Ref {
  const m = fe.mod;
  const { setup, use } = fe.operands([e.dst, e.value, e.len], ["i32", "i32", "i32"]);
  const [dst, value, len] = use as [() => Ref, () => Ref, () => Ref];
  const start = fe.temp("i64");
  const end = fe.temp("i64");
  return fe.seq(
    [
      ...setup,
      m.local.set(start, m.i64.extend_u(dst())),
      m.local.set(end, m.i64.add(m.local.get(start, fe.b.i64), m.i64.extend_u(len()))),
      coverWrite(fe, start, () => m.local.get(end, fe.b.i64), e.site, undefined),
      m.memory.fill(dst(), value(), len()),
    ],
    "none",
  );
}

/**
 * p = align_up(ptr, N); if p + size > end trap MemoryLimitExceeded; ptr = p + size; yield p.
 * In i64: ptr may have been set to any u32 by state.set, and align_up(0xFFFFFFF9, 8) = 2^32.
 * Then the region's window grows to the block's end (coverWrite): scratch raises high_end,
 * output low_end (low_start <= input offset <= output offset). `end` is read-only
 * (scratch_end = arena, output_end <= scratch start), so the windows stay inside the arena;
 * the next run zeroes the block even where it was never written, which is always allowed
 * (a fresh arena is zero there).
 */
export function emitAlloc(fe: FuncEmitter, e: Alloc): Ref {
  const m = fe.mod;
  const i64 = fe.b.i64;
  const [ptr, end] = e.region === "scratch" ? [GLOBAL.scratch_ptr, GLOBAL.scratch_end] : [GLOBAL.output_ptr, GLOBAL.output_end];
  const { setup, use } = fe.operands([e.size], ["i32"]);
  const [size] = use as [() => Ref];
  const p = fe.temp("i64");
  const next = fe.temp("i64");
  const n = () => m.local.get(next, i64);
  // A block below scratch_start (scratch_ptr moved down by state.set) leaves high_span alone.
  const widen =
    e.region === "scratch"
      ? m.if(m.i64.gt_u(n(), highEnd(fe)), m.global.set(GLOBAL.highSpan, m.i64.sub(n(), m.global.get(GLOBAL.scratchStart, i64))))
      : m.if(m.i64.gt_u(n(), m.global.get(GLOBAL.lowEnd, i64)), m.global.set(GLOBAL.lowEnd, n()));
  const aligned = m.i64.and(m.i64.add(m.i64.extend_u(m.global.get(ptr, fe.b.i32)), m.i64.const(BigInt(e.align - 1))), m.i64.const(-BigInt(e.align)));
  return fe.seq(
    [
      ...setup,
      m.local.set(p, aligned),
      m.local.set(next, m.i64.add(m.local.get(p, i64), m.i64.extend_u(size()))),
      fe.guard(m.i64.gt_u(m.local.get(next, i64), m.i64.extend_u(m.global.get(end, fe.b.i32))), "MemoryLimitExceeded", e.site),
      m.global.set(ptr, m.i32.wrap(m.local.get(next, i64))),
      widen,
      m.i32.wrap(m.local.get(p, i64)),
    ],
    "i32",
  );
}
