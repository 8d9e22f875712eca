// Byte comparison, equality, ordering, concatenation and slicing of Strings.
// Word-at-a-time (i32, see emit.ts everyByte) loops: the arena allows
// unaligned accesses, and the first differing byte of two little-endian words
// is ctz(x ^ y) / 8.
import type { FuncBuilder } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { allocString, strBytes, strLen } from "./emit.js";

const memEq: RuntimeDef = {
  name: "rt.mem_eq",
  params: [
    ["p", "i32"],
    ["q", "i32"],
    ["n", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "1 when the n bytes at p and at q are equal, else 0 (n = 0 gives 1)",
  build(b) {
    const c = (n: number): Expr => b.i32.const(n);
    const p = (): Expr => b.get("p");
    const q = (): Expr => b.get("q");
    const n = (): Expr => b.get("n");
    const tailAt = (k: number, addr: string): Expr => b.i32.sub(b.i32.add(b.get(addr), n()), c(k));
    b.if(b.i32.geU(n(), c(4)), () => {
      // Whole words while more than 4 bytes remain, then the last 4 bytes
      // (overlapping the previous word): no byte loop at all.
      b.loop((next) => {
        b.if(b.i32.gtU(n(), c(4)), () => {
          b.if(b.i32.ne(b.i32.load(p()), b.i32.load(q())), () => b.ret(c(0)));
          b.set("p", b.i32.add(p(), c(4)));
          b.set("q", b.i32.add(q(), c(4)));
          b.set("n", b.i32.sub(n(), c(4)));
          b.br(next);
        });
      });
      b.ret(b.i32.eq(b.i32.load(tailAt(4, "p")), b.i32.load(tailAt(4, "q"))));
    });
    b.if(b.i32.eqz(n()), () => b.ret(c(1)));
    b.if(b.i32.ne(b.i32.load8U(p()), b.i32.load8U(q())), () => b.ret(c(0)));
    b.if(b.i32.ltU(n(), c(2)), () => b.ret(c(1)));
    return b.i32.eq(b.i32.load16U(tailAt(2, "p")), b.i32.load16U(tailAt(2, "q")));
  },
};

const strEq: RuntimeDef = {
  name: "rt.str_eq",
  params: [
    ["a", "i32"],
    ["b", "i32"],
  ],
  result: "i32",
  deps: ["rt.mem_eq"],
  doc: "String `==`: 1 when a and b have the same bytes, else 0",
  build(b) {
    const a = (): Expr => b.get("a");
    const s = (): Expr => b.get("b");
    b.if(b.i32.eq(a(), s()), () => b.ret(b.i32.const(1)));
    b.if(b.i32.ne(strLen(b, a()), strLen(b, s())), () => b.ret(b.i32.const(0)));
    return b.call("rt.mem_eq", [strBytes(b, a()), strBytes(b, s()), strLen(b, a())]);
  },
};

const strCmp: RuntimeDef = {
  name: "rt.str_cmp",
  params: [
    ["a", "i32"],
    ["b", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "-1, 0 or 1: unsigned bytewise order of a and b, which is code-point order (dict keys)",
  build(b) {
    const c = (n: number): Expr => b.i32.const(n);
    const la = b.local("la", "i32");
    const lb = b.local("lb", "i32");
    const n = b.local("n", "i32");
    const i = b.local("i", "i32");
    const pa = b.local("pa", "i32");
    const pb = b.local("pb", "i32");
    const x = b.local("x", "i32");
    const ca = b.local("ca", "i32");
    const cb = b.local("cb", "i32");
    b.set(la, strLen(b, b.get("a")));
    b.set(lb, strLen(b, b.get("b")));
    b.set(n, b.select(b.get(la), b.get(lb), b.i32.ltU(b.get(la), b.get(lb))));
    b.set(pa, strBytes(b, b.get("a")));
    b.set(pb, strBytes(b, b.get("b")));
    b.block((found) => {
      b.loop((next) => {
        b.brIf(found, b.i32.gtU(b.i32.add(b.get(i), c(4)), b.get(n)));
        b.set(x, b.i32.xor(b.i32.load(b.i32.add(b.get(pa), b.get(i))), b.i32.load(b.i32.add(b.get(pb), b.get(i)))));
        b.if(b.get(x), () => {
          // Little-endian: the lowest set bit of x is in the first differing byte.
          b.set(i, b.i32.add(b.get(i), b.i32.shrU(b.i32.ctz(b.get(x)), c(3))));
          b.br(found);
        });
        b.set(i, b.i32.add(b.get(i), c(4)));
        b.br(next);
      });
    });
    b.loop((next) => {
      b.if(b.i32.ltU(b.get(i), b.get(n)), () => {
        b.set(ca, b.i32.load8U(b.i32.add(b.get(pa), b.get(i))));
        b.set(cb, b.i32.load8U(b.i32.add(b.get(pb), b.get(i))));
        b.if(b.i32.ne(b.get(ca), b.get(cb)), () => b.ret(b.select(c(-1), c(1), b.i32.ltU(b.get(ca), b.get(cb)))));
        b.set(i, b.i32.add(b.get(i), c(1)));
        b.br(next);
      });
    });
    return b.select(c(-1), b.i32.ne(b.get(la), b.get(lb)), b.i32.ltU(b.get(la), b.get(lb)));
  },
};

const strConcat: RuntimeDef = {
  name: "rt.str_concat",
  params: [
    ["a", "i32"],
    ["b", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "a + b; returns a or b itself when the other is empty (strings are immutable)",
  build(b) {
    const la = b.local("la", "i32");
    const lb = b.local("lb", "i32");
    const len = b.local("len", "i32");
    const r = b.local("r", "i32");
    b.set(la, strLen(b, b.get("a")));
    b.set(lb, strLen(b, b.get("b")));
    b.if(b.i32.eqz(b.get(lb)), () => b.ret(b.get("a")));
    b.if(b.i32.eqz(b.get(la)), () => b.ret(b.get("b")));
    // Both lengths are below 2^31 (they lie in the arena), so the sum does not wrap.
    b.set(len, b.i32.add(b.get(la), b.get(lb)));
    allocString(b, len, r);
    b.memoryCopy(strBytes(b, b.get(r)), strBytes(b, b.get("a")), b.get(la));
    b.memoryCopy(b.i32.add(strBytes(b, b.get(r)), b.get(la)), strBytes(b, b.get("b")), b.get(lb));
    return b.get(r);
  },
};

/**
 * 1 when byte offset `k` (in [0, len]) of string `s` is a character boundary:
 * the end, or a byte that is not 10xxxxxx. The end's byte is never read (it
 * may lie past the arena).
 */
function isBoundary(b: FuncBuilder, s: () => Expr, k: () => Expr, len: () => Expr): Expr {
  const c = (n: number): Expr => b.i32.const(n);
  return b.ifValue(
    "i32",
    b.i32.eq(k(), len()),
    () => c(1),
    () => b.i32.ne(b.i32.and(b.i32.load8U(b.i32.add(s(), k()), 4), c(0xc0)), c(0x80)),
  );
}

const strSubstring: RuntimeDef = {
  name: "rt.str_substring",
  params: [
    ["s", "i32"],
    ["start", "i64"],
    ["count", "i64"],
  ],
  result: "i32",
  deps: [],
  doc:
    "the bytes [start, start+count) of s; 0 (caller traps IndexOutOfBounds) when start < 0, count < 0, " +
    "start+count > len or either end is inside a character",
  build(b) {
    const n = b.local("n", "i32");
    const st = b.local("st", "i32");
    const cnt = b.local("cnt", "i32");
    const r = b.local("r", "i32");
    const zero = (): Expr => b.i32.const(0);
    b.set(n, strLen(b, b.get("s")));
    const n64 = (): Expr => b.i64.extendI32U(b.get(n));
    b.if(b.i64.ltS(b.get("start"), b.i64.const(0)), () => b.ret(zero()));
    b.if(b.i64.ltS(b.get("count"), b.i64.const(0)), () => b.ret(zero()));
    b.if(b.i64.gtS(b.get("start"), n64()), () => b.ret(zero()));
    // count > len - start, without forming start + count (which may overflow i64).
    b.if(b.i64.gtS(b.get("count"), b.i64.sub(n64(), b.get("start"))), () => b.ret(zero()));
    b.set(st, b.i32.wrapI64(b.get("start")));
    b.set(cnt, b.i32.wrapI64(b.get("count")));
    const s = (): Expr => b.get("s");
    const len = (): Expr => b.get(n);
    b.if(b.i32.eqz(isBoundary(b, s, () => b.get(st), len)), () => b.ret(zero()));
    b.if(b.i32.eqz(isBoundary(b, s, () => b.i32.add(b.get(st), b.get(cnt)), len)), () => b.ret(zero()));
    b.if(b.i32.eq(b.get(cnt), b.get(n)), () => b.ret(b.get("s")));
    allocString(b, cnt, r);
    b.memoryCopy(strBytes(b, b.get(r)), b.i32.add(strBytes(b, b.get("s")), b.get(st)), b.get(cnt));
    return b.get(r);
  },
};

const strFromBytes: RuntimeDef = {
  name: "rt.str_from_bytes",
  params: [
    ["p", "i32"],
    ["len", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "a new String holding the len bytes at p (the caller guarantees they are UTF-8)",
  build(b) {
    const r = b.local("r", "i32");
    allocString(b, { name: "len", type: "i32" }, r);
    b.memoryCopy(strBytes(b, b.get(r)), b.get("p"), b.get("len"));
    return b.get(r);
  },
};

export const BASIC_STRING_RUNTIME: readonly RuntimeDef[] = [memEq, strEq, strCmp, strConcat, strSubstring, strFromBytes];
