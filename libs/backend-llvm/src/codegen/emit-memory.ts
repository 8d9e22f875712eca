// Arena accesses — the security boundary. Every load checks `zext(addr) +
// offset + size <= arena size` in 64 bits (so `addr + offset` can never wrap
// back into range) and every copy/fill source range `zext(start) + zext(len)`
// before any byte moves; anything else traps MemoryFault at the op's site.
// Writes (stores, copy/fill destinations) go through `MemoryContext.coverWrite`:
// a write inside a window the write marks already cover (a subrange of the
// arena) needs neither the bounds check nor a mark update; any other write
// takes the slow path, which does both. Accesses need no alignment (see loadBytes).
import { unreachable } from "@tetra/core";
import { LOAD_OP_INFO, STORE_OP_INFO, type LoadOp, type StoreOp } from "@tetra/ir";
import type { AllocaInst, Type, Value } from "llvm-bindings";
import { canonicalBits, type NumContext } from "./emit-num.js";

/** What the memory ops need from the function being emitted. */
export interface MemoryContext extends NumContext {
  /** The arena base pointer. */
  readonly mem: Value;
  /** The run's arena size (i64), loaded once at function entry. */
  arenaSize(): Value;
  /** An entry-block alloca. */
  alloca(t: Type, name: string): AllocaInst;
  /**
   * Checks a write of [start, end) (i64 offsets, end computed without wrapping)
   * before the bytes move: traps MemoryFault at `site` past the arena, and
   * widens the write marks to cover it.
   */
  coverWrite(start: Value, end: Value, site: number): void;
}

/**
 * `mem + (u32(addr) + offset)` after checking `u32(addr) + offset + n <= arena
 * size` in 64 bits, so the sum never wraps back into range. The test is
 * `zext(addr) >s size - (offset + n)`: every term is below 2^33, so the signed
 * difference is exact (negative when the arena is smaller than offset + n, and
 * then every address traps), and `size - k` is loop-invariant, so LLVM hoists
 * it and the check is one compare of the address (no `end` per access).
 */
export function checkedAddress(c: MemoryContext, addr: Value, offset: number, n: number, site: number): Value {
  const { b, u } = c;
  const base = b.CreateZExt(addr, u.i64);
  const limit = b.CreateSub(c.arenaSize(), u.i64Const(BigInt(offset) + BigInt(n)));
  c.guard(b.CreateICmpSGT(base, limit), "MemoryFault", site);
  return b.CreateGEP(u.i8, c.mem, offset === 0 ? base : b.CreateAdd(base, u.i64Const(BigInt(offset))));
}

/** `mem + (u32(addr) + offset)` for a write of n bytes, after `coverWrite`. */
function checkedWriteAddress(c: MemoryContext, addr: Value, offset: number, n: number, site: number): Value {
  const { start, end } = accessRange(c, addr, offset, n);
  c.coverWrite(start, end, site);
  return c.b.CreateGEP(c.u.i8, c.mem, start);
}

function accessRange(c: MemoryContext, addr: Value, offset: number, n: number): { start: Value; end: Value } {
  const { b, u } = c;
  const base = b.CreateZExt(addr, u.i64);
  const start = offset === 0 ? base : b.CreateAdd(base, u.i64Const(BigInt(offset)));
  return { start, end: b.CreateAdd(start, u.i64Const(BigInt(n))) };
}

/** Checks `u32(start) + len <= arena size` (len is a zero-extended u32, so no wrap); the 64-bit start and end. */
export function checkedRange(c: MemoryContext, start: Value, len: Value, site: number): { start: Value; end: Value } {
  const { b, u } = c;
  const s = b.CreateZExt(start, u.i64);
  const end = b.CreateAdd(s, len);
  c.guard(b.CreateICmpUGT(end, c.arenaSize()), "MemoryFault", site);
  return { start: s, end };
}

function intType(c: MemoryContext, bytes: 1 | 2 | 4 | 8): Type {
  return bytes === 1 ? c.u.i8 : bytes === 2 ? c.u.i16 : bytes === 4 ? c.u.i32 : c.u.i64;
}

/**
 * Accesses need no alignment, but IRBuilder's loads and stores carry the
 * type's ABI alignment (llvm-bindings cannot lower it). A fixed-size memcpy
 * through a local is the portable unaligned access; InstCombine turns it into
 * one `load/store ..., align 1`.
 */
function loadBytes(c: MemoryContext, p: Value, bytes: 1 | 2 | 4 | 8): Value {
  const { b, u } = c;
  const t = intType(c, bytes);
  if (bytes === 1) return b.CreateLoad(t, p);
  const tmp = c.alloca(t, "unaligned");
  b.CreateCall(u.intrinsic("memcpy", [u.i8p, u.i8p, u.i64]), [b.CreateBitCast(tmp, u.i8p), p, u.i64Const(BigInt(bytes)), b.getFalse()]);
  return b.CreateLoad(t, tmp);
}

function storeBytes(c: MemoryContext, p: Value, v: Value, bytes: 1 | 2 | 4 | 8): void {
  const { b, u } = c;
  if (bytes === 1) {
    b.CreateStore(v, p);
    return;
  }
  const tmp = c.alloca(intType(c, bytes), "unaligned");
  b.CreateStore(v, tmp);
  b.CreateCall(u.intrinsic("memcpy", [u.i8p, u.i8p, u.i64]), [p, b.CreateBitCast(tmp, u.i8p), u.i64Const(BigInt(bytes)), b.getFalse()]);
}

export function emitLoad(c: MemoryContext, op: LoadOp, addr: Value, offset: number, site: number): Value {
  return loadAt(c, op, checkedAddress(c, addr, offset, LOAD_OP_INFO[op].bytes, site));
}

/** The load at `p`, already checked (a versioned loop's pre-check: versioned-loop.ts). */
export function loadAt(c: MemoryContext, op: LoadOp, p: Value): Value {
  const { b, u } = c;
  const raw = loadBytes(c, p, LOAD_OP_INFO[op].bytes);
  switch (op) {
    case "i32.load":
    case "i64.load":
      return raw;
    case "f64.load":
      return b.CreateBitCast(raw, u.f64);
    case "i32.load8_u":
    case "i32.load16_u":
      return b.CreateZExt(raw, u.i32);
    case "i32.load8_s":
    case "i32.load16_s":
      return b.CreateSExt(raw, u.i32);
    default:
      return unreachable(op);
  }
}

export function emitStore(c: MemoryContext, op: StoreOp, addr: Value, v: Value, offset: number, site: number): void {
  storeAt(c, op, checkedWriteAddress(c, addr, offset, STORE_OP_INFO[op].bytes, site), v);
}

/** The store at `p`, already checked and covered by the marks (a versioned loop's pre-check: versioned-loop.ts). */
export function storeAt(c: MemoryContext, op: StoreOp, p: Value, v: Value): void {
  const { b } = c;
  const n = STORE_OP_INFO[op].bytes;
  switch (op) {
    case "i32.store":
    case "i64.store":
      return storeBytes(c, p, v, n);
    case "i32.store8":
    case "i32.store16":
      return storeBytes(c, p, b.CreateTrunc(v, intType(c, n)), n);
    case "f64.store":
      return storeBytes(c, p, canonicalBits(c, v), n);
    default:
      return unreachable(op);
  }
}
