// Substring search: `find`, `contains`, `starts_with`, `ends_with`.
//
// rt.find_bytes picks one of three loops:
//   * a one-byte needle (`","`): rt.mem_chr, a SWAR scan 4 bytes at a time;
//   * a short needle or a short haystack: rt.mem_chr for the needle's first
//     byte, then rt.mem_eq on the rest;
//   * a needle of 4+ bytes in a haystack of 256+ bytes: Horspool, skipping by
//     the last byte of the window (the 256-byte skip table lives in free
//     scratch memory above scratch_ptr, never allocated; without room for it
//     the first-byte loop runs instead, so search never traps).
// Worst cases stay O(n·m) (`"aaaa…"` searched for `"aaab"`); the language has
// no user-controlled patterns beyond these, and the common cases are linear.
import type { FuncBuilder } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { everyByte, scratchTop, strBytes, strLen } from "./emit.js";

/** Below this many haystack bytes after `from`, Horspool's table costs more than it saves. */
const HORSPOOL_MIN_HAYSTACK = 256;
const HORSPOOL_MIN_NEEDLE = 4;

const memChr: RuntimeDef = {
  name: "rt.mem_chr",
  params: [
    ["p", "i32"],
    ["c", "i32"],
    ["i", "i32"],
    ["limit", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "the least k in [i, limit) with byte p[k] = c (low byte), or -1",
  build(b) {
    const k = (n: number): Expr => b.i32.const(n);
    const pat = b.local("pat", "i32");
    const x = b.local("x", "i32");
    b.set("c", b.i32.and(b.get("c"), k(0xff)));
    b.set(pat, b.i32.mul(b.get("c"), k(everyByte(1))));
    b.loop((next) => {
      b.if(b.i32.leU(b.i32.add(b.get("i"), k(4)), b.get("limit")), () => {
        // x has a zero byte where p has c; the lowest set bit of
        // (x - 0x01…) & ~x & 0x80… marks the first one (borrows only create
        // false hits above a true one).
        b.set(x, b.i32.xor(b.i32.load(b.i32.add(b.get("p"), b.get("i"))), b.get(pat)));
        b.set(
          x,
          b.i32.and(
            b.i32.and(b.i32.sub(b.get(x), k(everyByte(0x01))), b.i32.xor(b.get(x), k(-1))),
            k(everyByte(0x80)),
          ),
        );
        b.if(b.get(x), () => b.ret(b.i32.add(b.get("i"), b.i32.shrU(b.i32.ctz(b.get(x)), k(3)))));
        b.set("i", b.i32.add(b.get("i"), k(4)));
        b.br(next);
      });
    });
    b.loop((next) => {
      b.if(b.i32.ltU(b.get("i"), b.get("limit")), () => {
        b.if(b.i32.eq(b.i32.load8U(b.i32.add(b.get("p"), b.get("i"))), b.get("c")), () => b.ret(b.get("i")));
        b.set("i", b.i32.add(b.get("i"), k(1)));
        b.br(next);
      });
    });
    return k(-1);
  },
};

const findBytes: RuntimeDef = {
  name: "rt.find_bytes",
  params: [
    ["h", "i32"],
    ["n", "i32"],
    ["t", "i32"],
    ["m", "i32"],
    ["from", "i32"],
    ["tmp", "i32"],
  ],
  result: "i32",
  deps: ["rt.mem_chr", "rt.mem_eq"],
  doc:
    "the least i >= max(from, 0) with the m bytes at t equal to h[i, i+m), i + m <= n, or -1; " +
    "tmp is 0 or the address of 256 free bytes for Horspool's skip table",
  build(b) {
    const k = (n: number): Expr => b.i32.const(n);
    const g = (name: string): Expr => b.get(name);
    const last = b.local("last", "i32");
    const i = b.local("i", "i32");
    const j = b.local("j", "i32");
    const ch = b.local("ch", "i32");
    const tl = b.local("tl", "i32");
    const clamp255 = (e: Expr): Expr => b.select(k(255), e, b.i32.gtU(e, k(255)));
    b.if(b.i32.ltS(g("from"), k(0)), () => b.set("from", k(0)));
    b.if(b.i32.gtU(g("from"), g("n")), () => b.ret(k(-1)));
    b.if(b.i32.eqz(g("m")), () => b.ret(g("from")));
    b.if(b.i32.gtU(g("m"), b.i32.sub(g("n"), g("from"))), () => b.ret(k(-1)));
    b.if(b.i32.eq(g("m"), k(1)), () => b.ret(b.call("rt.mem_chr", [g("h"), b.i32.load8U(g("t")), g("from"), g("n")])));
    b.set(last, b.i32.sub(g("n"), g("m")));
    b.set(i, g("from"));
    const horspool = b.i32.and(
      b.i32.and(b.i32.geU(g("m"), k(HORSPOOL_MIN_NEEDLE)), b.i32.ne(g("tmp"), k(0))),
      b.i32.geU(b.i32.sub(g("n"), g("from")), k(HORSPOOL_MIN_HAYSTACK)),
    );
    b.if(horspool, () => {
      // skip[c] = distance from the last occurrence of c in t[0, m-1) to the
      // end of the needle (m when absent), clamped to 255: smaller shifts stay correct.
      b.memoryFill(g("tmp"), clamp255(g("m")), k(256));
      b.loop((next) => {
        b.if(b.i32.ltU(b.get(j), b.i32.sub(g("m"), k(1))), () => {
          b.i32.store8(
            b.i32.add(g("tmp"), b.i32.load8U(b.i32.add(g("t"), b.get(j)))),
            clamp255(b.i32.sub(b.i32.sub(g("m"), k(1)), b.get(j))),
          );
          b.set(j, b.i32.add(b.get(j), k(1)));
          b.br(next);
        });
      });
      b.set(tl, b.i32.load8U(b.i32.add(g("t"), b.i32.sub(g("m"), k(1)))));
      b.loop((next) => {
        b.if(b.i32.gtU(b.get(i), b.get(last)), () => b.ret(k(-1)));
        b.set(ch, b.i32.load8U(b.i32.add(b.i32.add(g("h"), b.get(i)), b.i32.sub(g("m"), k(1)))));
        b.if(b.i32.eq(b.get(ch), b.get(tl)), () =>
          b.if(b.call("rt.mem_eq", [b.i32.add(g("h"), b.get(i)), g("t"), b.i32.sub(g("m"), k(1))]), () =>
            b.ret(b.get(i)),
          ),
        );
        b.set(i, b.i32.add(b.get(i), b.i32.load8U(b.i32.add(g("tmp"), b.get(ch)))));
        b.br(next);
      });
    });
    b.set(ch, b.i32.load8U(g("t")));
    b.loop((next) => {
      b.set(i, b.call("rt.mem_chr", [g("h"), b.get(ch), b.get(i), b.i32.add(b.get(last), k(1))]));
      b.if(b.i32.ltS(b.get(i), k(0)), () => b.ret(k(-1)));
      b.if(
        b.call("rt.mem_eq", [b.i32.add(b.i32.add(g("h"), b.get(i)), k(1)), b.i32.add(g("t"), k(1)), b.i32.sub(g("m"), k(1))]),
        () => b.ret(b.get(i)),
      );
      b.set(i, b.i32.add(b.get(i), k(1)));
      b.br(next);
    });
    b.unreachable();
  },
};

/**
 * The `tmp` argument of rt.find_bytes: `at` when the 256 bytes from there are
 * free scratch memory (at >= scratch_ptr is the caller's promise), else 0.
 */
export function skipTableAt(b: FuncBuilder, at: () => Expr): Expr {
  return b.select(at(), b.i32.const(0), b.i32.leU(b.i32.add(at(), b.i32.const(256)), b.state("scratch_end")));
}

const strFind: RuntimeDef = {
  name: "rt.str_find",
  params: [
    ["s", "i32"],
    ["t", "i32"],
    ["from", "i32"],
  ],
  result: "i32",
  deps: ["rt.find_bytes"],
  doc: "byte index of the first occurrence of t in s at or after from (negative from = 0), or -1; never traps",
  build(b) {
    const s = (): Expr => b.get("s");
    const t = (): Expr => b.get("t");
    const top = b.local("top", "i32");
    b.set(top, scratchTop(b));
    const tmp = skipTableAt(b, () => b.get(top));
    return b.call("rt.find_bytes", [strBytes(b, s()), strLen(b, s()), strBytes(b, t()), strLen(b, t()), b.get("from"), tmp]);
  },
};

const strContains: RuntimeDef = {
  name: "rt.str_contains",
  params: [
    ["s", "i32"],
    ["t", "i32"],
  ],
  result: "i32",
  deps: ["rt.str_find"],
  doc: "1 when t occurs in s (the empty string occurs in every string), else 0",
  build(b) {
    return b.i32.geS(b.call("rt.str_find", [b.get("s"), b.get("t"), b.i32.const(0)]), b.i32.const(0));
  },
};

const strStartsWith: RuntimeDef = {
  name: "rt.str_starts_with",
  params: [
    ["s", "i32"],
    ["p", "i32"],
  ],
  result: "i32",
  deps: ["rt.mem_eq"],
  doc: "1 when p is a byte prefix of s (\"\" is a prefix of everything), else 0",
  build(b) {
    const s = (): Expr => b.get("s");
    const p = (): Expr => b.get("p");
    b.if(b.i32.gtU(strLen(b, p()), strLen(b, s())), () => b.ret(b.i32.const(0)));
    return b.call("rt.mem_eq", [strBytes(b, s()), strBytes(b, p()), strLen(b, p())]);
  },
};

const strEndsWith: RuntimeDef = {
  name: "rt.str_ends_with",
  params: [
    ["s", "i32"],
    ["p", "i32"],
  ],
  result: "i32",
  deps: ["rt.mem_eq"],
  doc: "1 when p is a byte suffix of s (\"\" is a suffix of everything), else 0",
  build(b) {
    const s = (): Expr => b.get("s");
    const p = (): Expr => b.get("p");
    b.if(b.i32.gtU(strLen(b, p()), strLen(b, s())), () => b.ret(b.i32.const(0)));
    const at = b.i32.add(strBytes(b, s()), b.i32.sub(strLen(b, s()), strLen(b, p())));
    return b.call("rt.mem_eq", [at, strBytes(b, p()), strLen(b, p())]);
  },
};

export const SEARCH_STRING_RUNTIME: readonly RuntimeDef[] = [
  memChr,
  findBytes,
  strFind,
  strContains,
  strStartsWith,
  strEndsWith,
];
