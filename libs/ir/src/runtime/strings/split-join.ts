// `split`, `replace` and `join` for List<String> (docs/abi.md: a list of
// pointers is `[len u32][u32 pointers]`).
//
// split and replace build their result in place above scratch_ptr (emit.ts)
// while they search, so each occurrence is found once; Horspool's skip table
// for the next search sits just above what has been written so far.
import type { FuncBuilder, LocalRef } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { allocString, ensureLengthFits, ensureRoom, scratchTop, strBytes, strLen } from "./emit.js";
import { skipTableAt } from "./search.js";

const align4 = (b: FuncBuilder, e: Expr): Expr => b.i32.and(b.i32.add(e, b.i32.const(3)), b.i32.const(-4));

/** `i = rt.find_bytes(h, n, t, m, from, skip table at q)`. */
function findNext(b: FuncBuilder, i: LocalRef, h: LocalRef, n: LocalRef, t: LocalRef, m: LocalRef, from: Expr, q: LocalRef): void {
  b.set(i, b.call("rt.find_bytes", [b.get(h), b.get(n), b.get(t), b.get(m), from, skipTableAt(b, () => b.get(q))]));
}

const strSplit: RuntimeDef = {
  name: "rt.str_split",
  params: [
    ["s", "i32"],
    ["sep", "i32"],
  ],
  result: "i32",
  deps: ["rt.find_bytes"],
  doc:
    "List<String> of the pieces between non-overlapping occurrences of sep, left to right (n occurrences, " +
    "n+1 pieces; \"\" gives [\"\"]); 0 for an empty sep (caller traps UnsupportedOperator)",
  build(b) {
    const k = (n: number): Expr => b.i32.const(n);
    const h = b.local("h", "i32");
    const n = b.local("n", "i32");
    const t = b.local("t", "i32");
    const m = b.local("m", "i32");
    const i = b.local("i", "i32");
    const prev = b.local("prev", "i32");
    const p0 = b.local("p0", "i32");
    const q = b.local("q", "i32");
    const len = b.local("len", "i32");
    const count = b.local("count", "i32");
    const list = b.local("list", "i32");
    const piece = b.local("piece", "i32");
    const j = b.local("j", "i32");
    b.set(h, strBytes(b, b.get("s")));
    b.set(n, strLen(b, b.get("s")));
    b.set(t, strBytes(b, b.get("sep")));
    b.set(m, strLen(b, b.get("sep")));
    b.if(b.i32.eqz(b.get(m)), () => b.ret(k(0)));
    b.set(p0, scratchTop(b));
    b.set(q, b.get(p0));
    findNext(b, i, h, n, t, m, k(0), q);
    b.if(b.i32.ltS(b.get(i), k(0)), () => {
      // No occurrence: the one piece is s itself.
      b.set(list, b.alloc("scratch", k(8), 4));
      b.i32.store(b.get(list), k(1));
      b.i32.store(b.get(list), b.get("s"), 4);
      b.ret(b.get(list));
    });
    // Pieces first, each `[len][bytes]` padded to 4, then the list after them.
    b.loop((next) => {
      b.set(len, b.i32.sub(b.select(b.get(n), b.get(i), b.i32.ltS(b.get(i), k(0))), b.get(prev)));
      ensureRoom(b, b.i32.add(b.i32.add(b.get(q), k(4)), b.get(len)));
      b.i32.store(b.get(q), b.get(len));
      b.memoryCopy(b.i32.add(b.get(q), k(4)), b.i32.add(b.get(h), b.get(prev)), b.get(len));
      b.set(q, align4(b, b.i32.add(b.i32.add(b.get(q), k(4)), b.get(len))));
      b.set(count, b.i32.add(b.get(count), k(1)));
      b.if(b.i32.geS(b.get(i), k(0)), () => {
        b.set(prev, b.i32.add(b.get(i), b.get(m)));
        findNext(b, i, h, n, t, m, b.get(prev), q);
        b.br(next);
      });
    });
    b.set(list, b.get(q));
    ensureRoom(b, b.i32.add(b.i32.add(b.get(list), k(4)), b.i32.shl(b.get(count), k(2))));
    b.i32.store(b.get(list), b.get(count));
    b.set(piece, b.get(p0));
    b.loop((next) => {
      b.if(b.i32.ltU(b.get(j), b.get(count)), () => {
        b.i32.store(b.i32.add(b.get(list), b.i32.shl(b.get(j), k(2))), b.get(piece), 4);
        b.set(piece, align4(b, b.i32.add(b.i32.add(b.get(piece), k(4)), b.i32.load(b.get(piece)))));
        b.set(j, b.i32.add(b.get(j), k(1)));
        b.br(next);
      });
    });
    // Claim exactly what was written; the allocation returns p0 again.
    b.drop(b.alloc("scratch", b.i32.sub(b.i32.add(b.i32.add(b.get(list), k(4)), b.i32.shl(b.get(count), k(2))), b.get(p0)), 4));
    return b.get(list);
  },
};

/**
 * `s.replace("", to)`: `to` before every code point and at the end
 * (`"ab"` → `"-a-b-"`), into one allocation of the exact size
 * n + (code points + 1) · |to|, computed in i64. Yields the new String.
 */
function insertEverywhere(b: FuncBuilder, h: LocalRef, n: LocalRef, t: LocalRef, lt: LocalRef): Expr {
  const k = (x: number): Expr => b.i32.const(x);
  const total = b.local("total", "i64");
  const len = b.local("len", "i32");
  const r = b.local("r", "i32");
  const q = b.local("q", "i32");
  const i = b.local("i", "i32");
  const w = b.local("w", "i32");
  const b0 = b.local("b0", "i32");
  b.if(b.i32.eqz(b.get(lt)), () => b.ret(b.get("s")));
  const codePoints = b.i64.extendI32U(b.call("rt.utf8_count", [b.get(h), b.get(n)]));
  b.set(total, b.i64.add(b.i64.extendI32U(b.get(n)), b.i64.mul(b.i64.add(codePoints, b.i64.const(1)), b.i64.extendI32U(b.get(lt)))));
  ensureLengthFits(b, b.get(total));
  b.set(len, b.i32.wrapI64(b.get(total)));
  allocString(b, len, r);
  b.set(q, strBytes(b, b.get(r)));
  b.memoryCopy(b.get(q), b.get(t), b.get(lt));
  b.set(q, b.i32.add(b.get(q), b.get(lt)));
  b.loop((next) => {
    b.if(b.i32.ltU(b.get(i), b.get(n)), () => {
      b.set(b0, b.i32.load8U(b.i32.add(b.get(h), b.get(i))));
      // Width from the lead byte: 1 + (b0 >= C0) + (b0 >= E0) + (b0 >= F0).
      b.set(
        w,
        b.i32.add(
          b.i32.add(k(1), b.i32.geU(b.get(b0), k(0xc0))),
          b.i32.add(b.i32.geU(b.get(b0), k(0xe0)), b.i32.geU(b.get(b0), k(0xf0))),
        ),
      );
      b.memoryCopy(b.get(q), b.i32.add(b.get(h), b.get(i)), b.get(w));
      b.memoryCopy(b.i32.add(b.get(q), b.get(w)), b.get(t), b.get(lt));
      b.set(q, b.i32.add(b.i32.add(b.get(q), b.get(w)), b.get(lt)));
      b.set(i, b.i32.add(b.get(i), b.get(w)));
      b.br(next);
    });
  });
  return b.get(r);
}

const strReplace: RuntimeDef = {
  name: "rt.str_replace",
  params: [
    ["s", "i32"],
    ["from", "i32"],
    ["to", "i32"],
  ],
  result: "i32",
  deps: ["rt.find_bytes", "rt.utf8_count"],
  doc:
    "s with every non-overlapping occurrence of from, left to right, replaced by to; an empty from inserts " +
    "to before every code point and at the end; returns s itself when nothing changes",
  build(b) {
    const k = (n: number): Expr => b.i32.const(n);
    const h = b.local("h", "i32");
    const n = b.local("n", "i32");
    const f = b.local("f", "i32");
    const m = b.local("m", "i32");
    const t = b.local("t", "i32");
    const lt = b.local("lt", "i32");
    const i = b.local("i", "i32");
    const prev = b.local("prev", "i32");
    const p0 = b.local("p0", "i32");
    const q = b.local("q", "i32");
    const seg = b.local("seg", "i32");
    const r = b.local("r", "i32");
    b.set(h, strBytes(b, b.get("s")));
    b.set(n, strLen(b, b.get("s")));
    b.set(f, strBytes(b, b.get("from")));
    b.set(m, strLen(b, b.get("from")));
    b.set(t, strBytes(b, b.get("to")));
    b.set(lt, strLen(b, b.get("to")));
    b.if(b.i32.eqz(b.get(m)), () => b.ret(insertEverywhere(b, h, n, t, lt)));
    b.set(p0, scratchTop(b));
    b.set(q, b.i32.add(b.get(p0), k(4)));
    findNext(b, i, h, n, f, m, k(0), q);
    b.if(b.i32.ltS(b.get(i), k(0)), () => b.ret(b.get("s")));
    b.loop((next) => {
      b.set(seg, b.i32.sub(b.get(i), b.get(prev)));
      ensureRoom(b, b.i32.add(b.i32.add(b.get(q), b.get(seg)), b.get(lt)));
      b.memoryCopy(b.get(q), b.i32.add(b.get(h), b.get(prev)), b.get(seg));
      b.memoryCopy(b.i32.add(b.get(q), b.get(seg)), b.get(t), b.get(lt));
      b.set(q, b.i32.add(b.i32.add(b.get(q), b.get(seg)), b.get(lt)));
      b.set(prev, b.i32.add(b.get(i), b.get(m)));
      findNext(b, i, h, n, f, m, b.get(prev), q);
      b.brIf(next, b.i32.geS(b.get(i), k(0)));
    });
    b.set(seg, b.i32.sub(b.get(n), b.get(prev)));
    ensureRoom(b, b.i32.add(b.get(q), b.get(seg)));
    b.memoryCopy(b.get(q), b.i32.add(b.get(h), b.get(prev)), b.get(seg));
    b.set(q, b.i32.add(b.get(q), b.get(seg)));
    b.set(r, b.alloc("scratch", b.i32.sub(b.get(q), b.get(p0)), 4));
    b.i32.store(b.get(r), b.i32.sub(b.i32.sub(b.get(q), b.get(p0)), k(4)));
    return b.get(r);
  },
};

const strJoin: RuntimeDef = {
  name: "rt.str_join",
  params: [
    ["list", "i32"],
    ["sep", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "the List<String>'s elements joined with sep ([] gives \"\", [x] gives x itself)",
  build(b) {
    const k = (n: number): Expr => b.i32.const(n);
    const count = b.local("count", "i32");
    const j = b.local("j", "i32");
    const total = b.local("total", "i64");
    const len = b.local("len", "i32");
    const r = b.local("r", "i32");
    const q = b.local("q", "i32");
    const e = b.local("e", "i32");
    const ls = b.local("ls", "i32");
    const elem = (): Expr => b.i32.load(b.i32.add(b.get("list"), b.i32.shl(b.get(j), k(2))), 4);
    b.set(count, b.i32.load(b.get("list")));
    b.if(b.i32.eq(b.get(count), k(1)), () => b.ret(elem()));
    b.set(ls, strLen(b, b.get("sep")));
    // Exact size in i64: [x, x, …] of one long string can exceed 2^32 in total.
    b.if(b.get(count), () =>
      b.set(total, b.i64.mul(b.i64.extendI32U(b.i32.sub(b.get(count), k(1))), b.i64.extendI32U(b.get(ls)))),
    );
    b.loop((next) => {
      b.if(b.i32.ltU(b.get(j), b.get(count)), () => {
        b.set(total, b.i64.add(b.get(total), b.i64.extendI32U(strLen(b, elem()))));
        b.set(j, b.i32.add(b.get(j), k(1)));
        b.br(next);
      });
    });
    ensureLengthFits(b, b.get(total));
    b.set(len, b.i32.wrapI64(b.get(total)));
    allocString(b, len, r);
    b.set(q, strBytes(b, b.get(r)));
    b.set(j, k(0));
    b.loop((next) => {
      b.if(b.i32.ltU(b.get(j), b.get(count)), () => {
        b.if(b.get(j), () => {
          b.memoryCopy(b.get(q), strBytes(b, b.get("sep")), b.get(ls));
          b.set(q, b.i32.add(b.get(q), b.get(ls)));
        });
        b.set(e, elem());
        b.memoryCopy(b.get(q), strBytes(b, b.get(e)), strLen(b, b.get(e)));
        b.set(q, b.i32.add(b.get(q), strLen(b, b.get(e))));
        b.set(j, b.i32.add(b.get(j), k(1)));
        b.br(next);
      });
    });
    return b.get(r);
  },
};

export const SPLIT_JOIN_STRING_RUNTIME: readonly RuntimeDef[] = [strSplit, strReplace, strJoin];
