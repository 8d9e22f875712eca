// codec.dict_finish: turns the entries of a Dict<String, V> in input order into
// the arena order of docs/abi.md — sorted by key bytes, keys unique, the LAST
// occurrence of a duplicated key kept (§2.4 "last wins": {"a": 1, "a": 2} is
// {a: 2}). Input that is already strictly sorted (canonical JSON is) costs one
// comparison per entry; anything else is a stable bottom-up merge sort through
// a scratch buffer that is released afterwards.
//
// An entry whose value failed to decode carries FAILED_KEY in its key pointer:
// it only matters when it survives deduplication (`{"a": "x", "a": 1}` for
// Dict<String, Int> is fine, `{"a": 1, "a": "x"}` is not).
import type { FuncBuilder, LocalRef } from "../builder.js";
import type { Expr } from "../types.js";
import { inc, type CodecFnDef } from "./emit.js";

export const FAILED_KEY = 0x80000000 | 0;
const KEY_MASK = 0x7fffffff;

/**
 * codec.dict_finish(entries, n, stride) -> the number of entries left after sorting
 * and deduplicating in place, or -1 when a surviving entry is marked FAILED_KEY.
 */
export const dictFinish: CodecFnDef = {
  name: "codec.dict_finish",
  params: [["entries", "i32"], ["n", "i32"], ["stride", "i32"]],
  result: "i32",
  deps: ["rt.str_cmp"],
  build: (b) => {
    const entries: LocalRef = { name: "entries", type: "i32" };
    const n: LocalRef = { name: "n", type: "i32" };
    const stride: LocalRef = { name: "stride", type: "i32" };
    const i = b.local("i", "i32");
    const w = b.local("w", "i32");
    const mark = b.local("mark", "i32");
    const at = (base: Expr, index: Expr) => b.i32.add(base, b.i32.mul(index, b.get(stride)));
    const key = (base: Expr, index: Expr) => b.i32.and(b.i32.load(at(base, index)), b.i32.const(KEY_MASK));
    const cmp = (x: Expr, y: Expr) => b.call("rt.str_cmp", [x, y]);
    const prev = () => b.i32.sub(b.get(i), b.i32.const(1));
    b.block((sorted) => {
      b.set(i, b.i32.const(1));
      b.loop((next) => {
        b.brIf(sorted, b.i32.geU(b.get(i), b.get(n)));
        b.if(b.i32.geS(cmp(key(b.get(entries), prev()), key(b.get(entries), b.get(i))), b.i32.const(0)), () => {
          b.set(mark, b.state("scratch_ptr"));
          emitMergeSort(b, entries, n, stride, key, cmp);
          b.setState("scratch_ptr", b.get(mark));
          // Keep the last entry of each run of equal keys (stable sort: input order within a run).
          b.set(w, b.i32.const(0));
          b.set(i, b.i32.const(0));
          b.block((done) => {
            b.loop((dedupe) => {
              b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
              const next = () => b.i32.add(b.get(i), b.i32.const(1));
              const superseded = b.ifValue(
                "i32",
                b.i32.ltU(next(), b.get(n)),
                () => b.i32.eqz(cmp(key(b.get(entries), b.get(i)), key(b.get(entries), next()))),
                () => b.i32.const(0),
              );
              b.if(b.i32.eqz(superseded), () => {
                b.if(b.i32.ne(b.get(w), b.get(i)), () => b.memoryCopy(at(b.get(entries), b.get(w)), at(b.get(entries), b.get(i)), b.get(stride)));
                inc(b, w);
              });
              inc(b, i);
              b.br(dedupe);
            }, "dedupe");
          });
          b.set(n, b.get(w));
          b.br(sorted);
        });
        inc(b, i);
        b.br(next);
      }, "check");
    }, "sorted");
    b.set(i, b.i32.const(0));
    b.block((done) => {
      b.loop((next) => {
        b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
        b.if(b.i32.and(b.i32.load(at(b.get(entries), b.get(i))), b.i32.const(FAILED_KEY)), () => b.ret(b.i32.const(-1)));
        inc(b, i);
        b.br(next);
      }, "failed");
    });
    return b.get(n);
  },
};

/** Stable bottom-up merge sort of n entries at `entries` by key, through a scratch buffer. */
function emitMergeSort(
  b: FuncBuilder,
  entries: LocalRef,
  n: LocalRef,
  stride: LocalRef,
  key: (base: Expr, index: Expr) => Expr,
  cmp: (x: Expr, y: Expr) => Expr,
): void {
  const src = b.local("src", "i32");
  const dst = b.local("dst", "i32");
  const t = b.local("t", "i32");
  const width = b.local("width", "i32");
  const lo = b.local("lo", "i32");
  const mid = b.local("mid", "i32");
  const hi = b.local("hi", "i32");
  const a = b.local("a", "i32");
  const c = b.local("c", "i32");
  const k = b.local("k", "i32");
  const at = (base: Expr, index: Expr) => b.i32.add(base, b.i32.mul(index, b.get(stride)));
  const min = (x: () => Expr, y: () => Expr) => b.select(x(), y(), b.i32.ltU(x(), y()));
  const copyOne = (from: LocalRef) => {
    b.memoryCopy(at(b.get(dst), b.get(k)), at(b.get(src), b.get(from)), b.get(stride));
    inc(b, from);
    inc(b, k);
  };
  const copyRest = (from: LocalRef, until: LocalRef) => {
    b.memoryCopy(at(b.get(dst), b.get(k)), at(b.get(src), b.get(from)), b.i32.mul(b.i32.sub(b.get(until), b.get(from)), b.get(stride)));
    b.set(k, b.i32.add(b.get(k), b.i32.sub(b.get(until), b.get(from))));
  };
  b.set(src, b.get(entries));
  b.set(dst, b.alloc("scratch", b.i32.mul(b.get(n), b.get(stride)), 8));
  b.set(width, b.i32.const(1));
  b.block((sorted) => {
    b.loop((pass) => {
      b.brIf(sorted, b.i32.geU(b.get(width), b.get(n)));
      b.set(lo, b.i32.const(0));
      b.block((passDone) => {
        b.loop((run) => {
          b.brIf(passDone, b.i32.geU(b.get(lo), b.get(n)));
          b.set(mid, min(() => b.i32.add(b.get(lo), b.get(width)), () => b.get(n)));
          b.set(hi, min(() => b.i32.add(b.get(mid), b.get(width)), () => b.get(n)));
          b.set(a, b.get(lo));
          b.set(c, b.get(mid));
          b.set(k, b.get(lo));
          b.block((merged) => {
            b.loop((step) => {
              b.brIf(merged, b.i32.geU(b.get(a), b.get(mid)));
              b.brIf(merged, b.i32.geU(b.get(c), b.get(hi)));
              // Take from the right run only when strictly smaller: equal keys keep input order.
              b.if(
                b.i32.ltS(cmp(key(b.get(src), b.get(c)), key(b.get(src), b.get(a))), b.i32.const(0)),
                () => copyOne(c),
                () => copyOne(a),
              );
              b.br(step);
            }, "merge");
          });
          copyRest(a, mid);
          copyRest(c, hi);
          b.set(lo, b.get(hi));
          b.br(run);
        }, "run");
      });
      b.set(t, b.get(src));
      b.set(src, b.get(dst));
      b.set(dst, b.get(t));
      b.set(width, b.i32.shl(b.get(width), b.i32.const(1)));
      b.br(pass);
    }, "pass");
  });
  b.if(b.i32.ne(b.get(src), b.get(entries)), () => b.memoryCopy(b.get(entries), b.get(src), b.i32.mul(b.get(n), b.get(stride))));
}
