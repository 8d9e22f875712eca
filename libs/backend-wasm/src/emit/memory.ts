// Memory ops, allocation and the bounds checks (docs/ir.md "Memory").
//
// The arena is the run's memory limit, which need not be a multiple of 64 KiB,
// so the wasm memory (grown to at least the arena) never decides a fault: an
// access of n bytes at u32(addr) + offset is checked as
//   i64.extend_i32_u(addr) + (offset + n) > arena   (all in i64: nothing wraps)
// and traps MemoryFault at the op's site, exactly where the interpreter does.
// Writes also widen the write marks of their region, [tetra:low_start,
// tetra:low_end) below the run's scratch start and tetra:high_end from it on
// (run-contract.ts "Arena reuse"): the next run zeroes just what they cover
// (runtime.ts), so each run starts from a zeroed arena without clearing all of it.
import { LOAD_OP_INFO, STORE_OP_INFO, type Alloc, type Load, type MemoryCopy, type MemoryFill, type Store } from "@tetra/ir";
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
 * Widens the marks of the region the write [start, end) starts in: `start` is
 * an i64 local, `end` an i64 expression (evaluated only on the path that needs it).
 *   (if (i64.lt_u start scratch_start)
 *     (then (if (i64.gt_u end low_end) (low_end = end)) (if (i64.lt_u start low_start) (low_start = start)))
 *     (else (if (i64.gt_u end high_end) (high_end = end))))
 */
function markWrite(fe: FuncEmitter, start: number, end: () => Ref): Ref {
  const m = fe.mod;
  const i64 = fe.b.i64;
  const s = () => m.local.get(start, i64);
  const raise = (mark: string): Ref => m.if(m.i64.gt_u(end(), m.global.get(mark, i64)), m.global.set(mark, end()));
  const lower = m.if(m.i64.lt_u(s(), m.global.get(GLOBAL.lowStart, i64)), m.global.set(GLOBAL.lowStart, s()));
  return m.if(m.i64.lt_u(s(), m.global.get(GLOBAL.scratchStart, i64)), m.block(null, [raise(GLOBAL.lowEnd), lower], fe.b.none), raise(GLOBAL.highEnd));
}

export function emitLoad(fe: FuncEmitter, e: Load): Ref {
  const m = fe.mod;
  const { setup, use } = fe.operands([e.addr], ["i32"]);
  const [a] = use as [() => Ref];
  const info = LOAD_OP_INFO[e.op];
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

export function emitStore(fe: FuncEmitter, e: Store): Ref {
  const m = fe.mod;
  const info = STORE_OP_INFO[e.op];
  const { setup, use } = fe.operands([e.addr, e.value], ["i32", info.type]);
  const [a, v] = use as [() => Ref, () => Ref];
  const start = fe.temp("i64");
  const end = (): Ref => m.i64.add(m.local.get(start, fe.b.i64), m.i64.const(BigInt(info.bytes)));
  return fe.seq(
    [
      ...setup,
      m.local.set(start, e.offset === 0 ? m.i64.extend_u(a()) : endOf(m, a(), m.i64.const(BigInt(e.offset)))),
      fe.guard(outOfArena(fe, end()), "MemoryFault", e.site),
      markWrite(fe, start, end),
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
  const bad = m.i32.or(outOfArena(fe, m.local.get(end, fe.b.i64)), outOfArena(fe, endOf(m, src(), m.i64.extend_u(len()))));
  return fe.seq(
    [
      ...setup,
      m.local.set(start, m.i64.extend_u(dst())),
      m.local.set(end, m.i64.add(m.local.get(start, fe.b.i64), m.i64.extend_u(len()))),
      fe.guard(bad, "MemoryFault", e.site),
      markWrite(fe, start, () => m.local.get(end, fe.b.i64)),
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
      fe.guard(outOfArena(fe, m.local.get(end, fe.b.i64)), "MemoryFault", e.site),
      markWrite(fe, start, () => m.local.get(end, fe.b.i64)),
      m.memory.fill(dst(), value(), len()),
    ],
    "none",
  );
}

/**
 * p = align_up(ptr, N); if p + size > end trap MemoryLimitExceeded; ptr = p + size; yield p.
 * In i64: ptr may have been set to any u32 by state.set, and align_up(0xFFFFFFF9, 8) = 2^32.
 */
export function emitAlloc(fe: FuncEmitter, e: Alloc): Ref {
  const m = fe.mod;
  const i64 = fe.b.i64;
  const [ptr, end] = e.region === "scratch" ? [GLOBAL.scratch_ptr, GLOBAL.scratch_end] : [GLOBAL.output_ptr, GLOBAL.output_end];
  const { setup, use } = fe.operands([e.size], ["i32"]);
  const [size] = use as [() => Ref];
  const p = fe.temp("i64");
  const next = fe.temp("i64");
  const aligned = m.i64.and(m.i64.add(m.i64.extend_u(m.global.get(ptr, fe.b.i32)), m.i64.const(BigInt(e.align - 1))), m.i64.const(-BigInt(e.align)));
  return fe.seq(
    [
      ...setup,
      m.local.set(p, aligned),
      m.local.set(next, m.i64.add(m.local.get(p, i64), m.i64.extend_u(size()))),
      fe.guard(m.i64.gt_u(m.local.get(next, i64), m.i64.extend_u(m.global.get(end, fe.b.i32))), "MemoryLimitExceeded", e.site),
      m.global.set(ptr, m.i32.wrap(m.local.get(next, i64))),
      m.i32.wrap(m.local.get(p, i64)),
    ],
    "i32",
  );
}
