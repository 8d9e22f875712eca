// Typed decoders for arrays and string-keyed objects: List<T>, fixed arrays
// (tuples and tuple-variant payloads) and Dict<String, V>. Bodies of functions
// with the DEC_PARAMS signature, over VALIDATED text.
//
// Lists and dicts do not know their length up front. Their items go into a
// buffer that doubles when full: in place when the buffer is the newest scratch
// allocation (a List<Int> never moves), else by copying to a fresh buffer (the
// old one is garbage; at most as many bytes as the final object). The unused
// tail is trimmed when the buffer ends at the scratch pointer.
import type { Shape } from "@tetra/core";
import type { FuncBuilder, LocalRef, ModuleBuilder } from "../builder.js";
import type { Expr } from "../types.js";
import { useCodecFn } from "./codec-fns.js";
import { DST, END, fail, failUnless, POS, type DecodeGen } from "./decode-util.js";
import { FAILED_KEY } from "./dict-sort.js";
import { byteAt, CH, emitSkipWs, inc, isByte } from "./emit.js";
import { ESCAPE_FLAG, POS_MASK } from "./json-read.js";
import { dictOf, fieldsOf, listOf, type SeqView } from "./layout-view.js";

const INITIAL_CAPACITY = 4;

/** Grow `buf` (capacity `cap` items) to twice its capacity. */
function emitGrow(b: FuncBuilder, view: SeqView, buf: LocalRef, cap: LocalRef): void {
  const bytes = b.local("bytes", "i32");
  const nb = b.local("nb", "i32");
  b.set(bytes, b.i32.mul(b.get(cap), b.i32.const(view.stride)));
  b.if(
    b.i32.eq(b.i32.add(b.i32.add(b.get(buf), b.i32.const(view.header)), b.get(bytes)), b.state("scratch_ptr")),
    () => b.drop(b.alloc("scratch", b.get(bytes), 1)),
    () => {
      b.set(nb, b.alloc("scratch", b.i32.add(b.i32.const(view.header), b.i32.shl(b.get(bytes), b.i32.const(1))), view.align));
      b.memoryCopy(b.i32.add(b.get(nb), b.i32.const(view.header)), b.i32.add(b.get(buf), b.i32.const(view.header)), b.get(bytes));
      b.set(buf, b.get(nb));
    },
  );
  b.set(cap, b.i32.shl(b.get(cap), b.i32.const(1)));
}

/** Store the length, give back the unused tail when possible, and store the object at dst. */
function emitFinishSeq(b: FuncBuilder, view: SeqView, buf: LocalRef, cap: LocalRef, n: LocalRef): void {
  const itemsEnd = (count: LocalRef) => b.i32.add(b.i32.add(b.get(buf), b.i32.const(view.header)), b.i32.mul(b.get(count), b.i32.const(view.stride)));
  b.i32.store(b.get(buf), b.get(n));
  b.if(b.i32.eq(itemsEnd(cap), b.state("scratch_ptr")), () => b.setState("scratch_ptr", itemsEnd(n)));
  b.i32.store(b.get(DST), b.get(buf));
}

/** An empty list or dict object: just the header with length 0. */
function emitEmptySeq(b: FuncBuilder, view: SeqView): void {
  const obj = b.local("empty", "i32");
  b.set(obj, b.alloc("scratch", b.i32.const(view.header), view.align));
  b.i32.store(b.get(obj), b.i32.const(0));
  b.i32.store(b.get(DST), b.get(obj));
}

/** List<T>: an array, each element decoded as T. */
export function buildDecodeList(b: FuncBuilder, element: Shape, gen: DecodeGen): Expr {
  const view = listOf(element);
  const dec = gen.decoder(element);
  const buf = b.local("buf", "i32");
  const cap = b.local("cap", "i32");
  const n = b.local("n", "i32");
  const r = b.local("r", "i32");
  const c = b.local("c", "i32");
  failUnless(b, isByte(b, byteAt(b, POS), CH.lbracket));
  inc(b, POS);
  emitSkipWs(b, POS, END);
  b.if(isByte(b, byteAt(b, POS), CH.rbracket), () => {
    emitEmptySeq(b, view);
    b.ret(b.i32.add(b.get(POS), b.i32.const(1)));
  });
  b.set(cap, b.i32.const(INITIAL_CAPACITY));
  b.set(buf, b.alloc("scratch", b.i32.const(view.header + INITIAL_CAPACITY * view.stride), view.align));
  b.loop((next) => {
    b.if(b.i32.eq(b.get(n), b.get(cap)), () => emitGrow(b, view, buf, cap));
    const slot = b.i32.add(b.i32.add(b.get(buf), b.i32.const(view.header)), b.i32.mul(b.get(n), b.i32.const(view.stride)));
    b.set(r, b.call(dec, [b.get(POS), b.get(END), slot]));
    b.if(b.i32.ltS(b.get(r), b.i32.const(0)), () => fail(b));
    inc(b, n);
    b.set(POS, b.get(r));
    emitSkipWs(b, POS, END);
    b.set(c, byteAt(b, POS));
    inc(b, POS);
    b.if(isByte(b, b.get(c), CH.comma), () => {
      emitSkipWs(b, POS, END);
      b.br(next);
    });
  }, "items");
  emitFinishSeq(b, view, buf, cap, n);
  return b.get(POS);
}

/**
 * A fixed array `[e0, ..., en-1]` decoded into the fields at `dst` (the object is the
 * caller's: a tuple or a tuple-variant payload). Fewer or more elements is a mismatch.
 */
export function buildDecodeElems(b: FuncBuilder, shapes: readonly Shape[], gen: DecodeGen): Expr {
  const view = fieldsOf(shapes);
  const r = b.local("r", "i32");
  failUnless(b, isByte(b, byteAt(b, POS), CH.lbracket));
  inc(b, POS);
  emitSkipWs(b, POS, END);
  shapes.forEach((s, i) => {
    if (i === 0) failUnless(b, b.i32.eqz(isByte(b, byteAt(b, POS), CH.rbracket)));
    else {
      failUnless(b, isByte(b, byteAt(b, POS), CH.comma));
      inc(b, POS);
      emitSkipWs(b, POS, END);
    }
    b.set(r, b.call(gen.decoder(s), [b.get(POS), b.get(END), b.i32.add(b.get(DST), b.i32.const(view.offsets[i] as number))]));
    b.if(b.i32.ltS(b.get(r), b.i32.const(0)), () => fail(b));
    b.set(POS, b.get(r));
    emitSkipWs(b, POS, END);
  });
  failUnless(b, isByte(b, byteAt(b, POS), CH.rbracket));
  return b.i32.add(b.get(POS), b.i32.const(1));
}

/**
 * Dict<String, V>: an object; keys become arena Strings, values are decoded as V.
 * A value that fails is marked (FAILED_KEY) and skipped instead of failing the
 * dict, because a later duplicate of its key may replace it ("last wins");
 * codec.dict_finish sorts, deduplicates and reports a surviving failure.
 */
export function buildDecodeDict(b: FuncBuilder, m: ModuleBuilder, value: Shape, gen: DecodeGen): Expr {
  const view = dictOf(value);
  const dec = gen.decoder(value);
  const buf = b.local("buf", "i32");
  const cap = b.local("cap", "i32");
  const n = b.local("n", "i32");
  const r = b.local("r", "i32");
  const q = b.local("q", "i32");
  const ks = b.local("ks", "i32");
  const klen = b.local("klen", "i32");
  const ent = b.local("ent", "i32");
  const mark = b.local("mark", "i32");
  const c = b.local("c", "i32");
  failUnless(b, isByte(b, byteAt(b, POS), CH.lbrace));
  inc(b, POS);
  emitSkipWs(b, POS, END);
  b.if(isByte(b, byteAt(b, POS), CH.rbrace), () => {
    emitEmptySeq(b, view);
    b.ret(b.i32.add(b.get(POS), b.i32.const(1)));
  });
  b.set(cap, b.i32.const(INITIAL_CAPACITY));
  b.set(buf, b.alloc("scratch", b.i32.const(view.header + INITIAL_CAPACITY * view.stride), view.align));
  b.loop((next) => {
    // the key, as an arena String
    b.set(r, b.call(useCodecFn(m, "codec.str_end"), [b.i32.add(b.get(POS), b.i32.const(1)), b.get(END)]));
    b.set(q, b.i32.and(b.get(r), b.i32.const(POS_MASK)));
    b.set(klen, b.i32.sub(b.i32.sub(b.get(q), b.get(POS)), b.i32.const(1)));
    b.set(ks, b.alloc("scratch", b.i32.add(b.get(klen), b.i32.const(4)), 4));
    b.if(
      b.i32.and(b.get(r), b.i32.const(ESCAPE_FLAG)),
      () => {
        b.set(r, b.call(useCodecFn(m, "codec.str_unescape"), [b.i32.add(b.get(POS), b.i32.const(1)), b.get(q), b.i32.add(b.get(ks), b.i32.const(4))]));
        b.setState("scratch_ptr", b.get(r));
        b.set(klen, b.i32.sub(b.i32.sub(b.get(r), b.get(ks)), b.i32.const(4)));
      },
      () => b.memoryCopy(b.i32.add(b.get(ks), b.i32.const(4)), b.i32.add(b.get(POS), b.i32.const(1)), b.get(klen)),
    );
    b.i32.store(b.get(ks), b.get(klen));
    b.set(POS, b.i32.add(b.get(q), b.i32.const(1)));
    emitSkipWs(b, POS, END);
    inc(b, POS); // ':'
    emitSkipWs(b, POS, END);
    // the value
    b.if(b.i32.eq(b.get(n), b.get(cap)), () => emitGrow(b, view, buf, cap));
    b.set(ent, b.i32.add(b.i32.add(b.get(buf), b.i32.const(view.header)), b.i32.mul(b.get(n), b.i32.const(view.stride))));
    b.i32.store(b.get(ent), b.get(ks));
    b.set(mark, b.state("scratch_ptr"));
    b.set(r, b.call(dec, [b.get(POS), b.get(END), b.i32.add(b.get(ent), b.i32.const(view.valueOffset))]));
    b.if(
      b.i32.ltS(b.get(r), b.i32.const(0)),
      () => {
        b.setState("scratch_ptr", b.get(mark));
        b.i32.store(b.get(ent), b.i32.or(b.get(ks), b.i32.const(FAILED_KEY)));
        b.set(POS, b.call(useCodecFn(m, "codec.skip"), [b.get(POS), b.get(END)]));
      },
      () => b.set(POS, b.get(r)),
    );
    inc(b, n);
    emitSkipWs(b, POS, END);
    b.set(c, byteAt(b, POS));
    inc(b, POS);
    b.if(isByte(b, b.get(c), CH.comma), () => {
      emitSkipWs(b, POS, END);
      b.br(next);
    });
  }, "entries");
  b.set(n, b.call(useCodecFn(m, "codec.dict_finish"), [b.i32.add(b.get(buf), b.i32.const(view.header)), b.get(n), b.i32.const(view.stride)]));
  b.if(b.i32.ltS(b.get(n), b.i32.const(0)), () => fail(b));
  emitFinishSeq(b, view, buf, cap, n);
  return b.get(POS);
}
