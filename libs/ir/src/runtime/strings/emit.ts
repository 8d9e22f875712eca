// Small IR emitters shared by the string runtime functions. They only build
// expressions or emit statements at the builder's cursor; none adds a function.
//
// Strings are `[len u32][utf-8 bytes]` (docs/abi.md). Several functions build
// their result "in place": they write it at the aligned scratch top without
// allocating, checking each write against `scratch_end`, and allocate the
// exact final size once at the end (the allocation then returns the same
// address). Such a function traps MemoryLimitExceeded exactly when its exact
// result does not fit, as if it had allocated the exact size up front, and
// pays no first pass to measure the result.
import type { FuncBuilder, LocalRef } from "../../builder.js";
import type { Expr } from "../../types.js";

/** A String's byte length. */
export function strLen(b: FuncBuilder, s: Expr): Expr {
  return b.i32.load(s);
}

/** The address of a String's first byte. */
export function strBytes(b: FuncBuilder, s: Expr): Expr {
  return b.i32.add(s, b.i32.const(4));
}

/** `scratch_ptr` rounded up to 4: where `alloc.scratch align=4` would place the next object. */
export function scratchTop(b: FuncBuilder): Expr {
  return b.i32.and(b.i32.add(b.state("scratch_ptr"), b.i32.const(3)), b.i32.const(-4));
}

/**
 * Traps MemoryLimitExceeded (site 0, like a failing allocation) unless the
 * bytes up to address `end` (exclusive, compared unsigned) fit in scratch.
 */
export function ensureRoom(b: FuncBuilder, end: Expr): void {
  b.if(b.i32.gtU(end, b.state("scratch_end")), () => b.trap("MemoryLimitExceeded", 0));
}

/**
 * Allocates `[len u32][len bytes]` and stores the length; the bytes are the
 * caller's to fill. Yields the String pointer.
 */
export function allocString(b: FuncBuilder, len: LocalRef, into: LocalRef): void {
  b.set(into, b.alloc("scratch", b.i32.add(b.get(len), b.i32.const(4)), 4));
  b.i32.store(b.get(into), b.get(len));
}

/** Traps MemoryLimitExceeded when an i64 byte count cannot be a String length in any arena. */
export function ensureLengthFits(b: FuncBuilder, total: Expr): void {
  b.if(b.i64.gtU(total, b.i64.const(0x7fff_fff0)), () => b.trap("MemoryLimitExceeded", 0));
}

/** 1 when the byte at `addr` is a UTF-8 continuation byte (10xxxxxx). */
export function isContinuation(b: FuncBuilder, addr: Expr): Expr {
  return b.i32.eq(b.i32.and(b.i32.load8U(addr), b.i32.const(0xc0)), b.i32.const(0x80));
}

/**
 * The SWAR constant with `byte` in every byte of an i32. Word-at-a-time code
 * here uses i32 words, not i64: every target has fast 32-bit integers (the JS
 * backend's i64 needs BigInt or two words), and 4 bytes per step already
 * removes most of a byte loop's cost.
 */
export function everyByte(byte: number): number {
  return ((byte & 0xff) * 0x0101_0101) | 0;
}

/**
 * Decodes the well-formed UTF-8 character at `addr` into `cp` and its byte
 * width into `width` (strings in the arena are validated when they enter it).
 */
export function decodeChar(b: FuncBuilder, addr: LocalRef, cp: LocalRef, width: LocalRef): void {
  const c = (n: number): Expr => b.i32.const(n);
  const byte = (k: number): Expr => b.i32.load8U(b.get(addr), k);
  const cont = (k: number, shift: number): Expr => b.i32.shl(b.i32.and(byte(k), c(0x3f)), c(shift));
  b.set(cp, byte(0));
  b.if(
    b.i32.ltU(b.get(cp), c(0x80)),
    () => b.set(width, c(1)),
    () =>
      b.if(
        b.i32.ltU(b.get(cp), c(0xe0)),
        () => {
          b.set(cp, b.i32.or(b.i32.shl(b.i32.and(b.get(cp), c(0x1f)), c(6)), cont(1, 0)));
          b.set(width, c(2));
        },
        () =>
          b.if(
            b.i32.ltU(b.get(cp), c(0xf0)),
            () => {
              b.set(cp, b.i32.or(b.i32.or(b.i32.shl(b.i32.and(b.get(cp), c(0x0f)), c(12)), cont(1, 6)), cont(2, 0)));
              b.set(width, c(3));
            },
            () => {
              b.set(
                cp,
                b.i32.or(
                  b.i32.or(b.i32.shl(b.i32.and(b.get(cp), c(0x07)), c(18)), cont(1, 12)),
                  b.i32.or(cont(2, 6), cont(3, 0)),
                ),
              );
              b.set(width, c(4));
            },
          ),
      ),
  );
}

/** The UTF-8 width of code point `cp`. */
export function utf8Width(b: FuncBuilder, cp: Expr): Expr {
  const c = (n: number): Expr => b.i32.const(n);
  // 1 + (cp >= 0x80) + (cp >= 0x800) + (cp >= 0x10000)
  return b.i32.add(
    b.i32.add(c(1), b.i32.geU(cp, c(0x80))),
    b.i32.add(b.i32.geU(cp, c(0x800)), b.i32.geU(cp, c(0x10000))),
  );
}

/** Writes code point `cp` as UTF-8 at `addr` (width from `utf8Width`). */
export function encodeChar(b: FuncBuilder, addr: LocalRef, cp: LocalRef): void {
  const c = (n: number): Expr => b.i32.const(n);
  const contByte = (shift: number): Expr =>
    b.i32.or(c(0x80), b.i32.and(b.i32.shrU(b.get(cp), c(shift)), c(0x3f)));
  b.if(
    b.i32.ltU(b.get(cp), c(0x80)),
    () => b.i32.store8(b.get(addr), b.get(cp)),
    () =>
      b.if(
        b.i32.ltU(b.get(cp), c(0x800)),
        () => {
          b.i32.store8(b.get(addr), b.i32.or(c(0xc0), b.i32.shrU(b.get(cp), c(6))));
          b.i32.store8(b.get(addr), contByte(0), 1);
        },
        () =>
          b.if(
            b.i32.ltU(b.get(cp), c(0x10000)),
            () => {
              b.i32.store8(b.get(addr), b.i32.or(c(0xe0), b.i32.shrU(b.get(cp), c(12))));
              b.i32.store8(b.get(addr), contByte(6), 1);
              b.i32.store8(b.get(addr), contByte(0), 2);
            },
            () => {
              b.i32.store8(b.get(addr), b.i32.or(c(0xf0), b.i32.shrU(b.get(cp), c(18))));
              b.i32.store8(b.get(addr), contByte(12), 1);
              b.i32.store8(b.get(addr), contByte(6), 2);
              b.i32.store8(b.get(addr), contByte(0), 3);
            },
          ),
      ),
  );
}
