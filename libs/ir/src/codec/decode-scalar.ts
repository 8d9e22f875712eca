// Typed decoders for the scalar shapes and String (LANGUAGE.md §2.4 table rows
// Int, Float, Bool, String). Each builds the body of a function
// `(pos, end, dst) -> new pos | DEC_FAIL` that reads VALIDATED text at pos and
// stores the slot at dst.
import type { FuncBuilder, ModuleBuilder } from "../builder.js";
import { useRuntime } from "../runtime/registry.js";
import type { Expr } from "../types.js";
import { useCodecFn } from "./codec-fns.js";
import { DST, END, fail, failUnless, POS } from "./decode-util.js";
import { byteAt, CH, inc, inRange, isByte } from "./emit.js";
import { ESCAPE_FLAG, POS_MASK } from "./json-read.js";

const isDigit = (b: FuncBuilder, c: Expr): Expr => inRange(b, c, CH.zero, CH.nine);

/**
 * Int: a number written without fraction or exponent, within i64. The first 9
 * digits accumulate in i32 (cheap on every target), further ones in i64 as an
 * unsigned magnitude; more than 19 digits is out of range (there are no leading
 * zeros in valid JSON), and 19 digits cannot wrap 2^64. Then the magnitude must
 * be at most 2^63 - 1, or 2^63 after a '-' ("-9223372036854775808" is the minimum).
 */
export function buildDecodeInt(b: FuncBuilder): Expr {
  const p = b.local("p", "i32");
  const c = b.local("c", "i32");
  const neg = b.local("neg", "i32");
  const nd = b.local("nd", "i32");
  const small = b.local("small", "i32");
  const mag = b.local("mag", "i64");
  const more = () => b.ifValue("i32", b.i32.ltU(b.get(p), b.get(END)), () => isDigit(b, byteAt(b, p)), () => b.i32.const(0));
  b.set(neg, isByte(b, byteAt(b, POS), CH.minus));
  b.set(p, b.i32.add(b.get(POS), b.get(neg)));
  failUnless(b, b.i32.ltU(b.get(p), b.get(END)));
  failUnless(b, isDigit(b, byteAt(b, p)));
  b.block((done) => {
    b.loop((next) => {
      b.brIf(done, b.i32.geU(b.get(nd), b.i32.const(9)));
      b.brIf(done, b.i32.eqz(more()));
      b.set(small, b.i32.add(b.i32.mul(b.get(small), b.i32.const(10)), b.i32.sub(byteAt(b, p), b.i32.const(CH.zero))));
      inc(b, p);
      inc(b, nd);
      b.br(next);
    }, "digits32");
  });
  b.set(mag, b.i64.extendI32U(b.get(small)));
  b.block((done) => {
    b.loop((next) => {
      b.brIf(done, b.i32.eqz(more()));
      inc(b, nd);
      b.if(b.i32.gtU(b.get(nd), b.i32.const(19)), () => fail(b));
      b.set(c, b.i32.sub(byteAt(b, p), b.i32.const(CH.zero)));
      b.set(mag, b.i64.add(b.i64.mul(b.get(mag), b.i64.const(10)), b.i64.extendI32U(b.get(c))));
      inc(b, p);
      b.br(next);
    }, "digits64");
  });
  // "3.0" and "3e0" are numbers but not Ints.
  b.if(b.i32.ltU(b.get(p), b.get(END)), () => {
    b.set(c, byteAt(b, p));
    b.if(b.i32.or(isByte(b, b.get(c), CH.dot), isByte(b, b.i32.or(b.get(c), b.i32.const(0x20)), CH.lowerE)), () => fail(b));
  });
  b.if(
    b.get(neg),
    () => {
      b.if(b.i64.gtU(b.get(mag), b.i64.const(-(2n ** 63n))), () => fail(b));
      b.i64.store(b.get(DST), b.i64.sub(b.i64.const(0), b.get(mag)));
    },
    () => {
      b.if(b.i64.ltS(b.get(mag), b.i64.const(0)), () => fail(b));
      b.i64.store(b.get(DST), b.get(mag));
    },
  );
  return b.get(p);
}

/** Float: any number, through rt.parse_float; an infinite result ("1e400") is a mismatch, as in core. */
export function buildDecodeFloat(b: FuncBuilder, m: ModuleBuilder): Expr {
  const c = b.local("c", "i32");
  const e = b.local("e", "i32");
  const x = b.local("x", "f64");
  b.set(c, byteAt(b, POS));
  failUnless(b, b.i32.or(isByte(b, b.get(c), CH.minus), isDigit(b, b.get(c))));
  b.set(e, b.call(useCodecFn(m, "codec.num_end"), [b.get(POS), b.get(END)]));
  b.set(x, b.call(useRuntime(m, "rt.parse_float"), [b.get(POS), b.i32.sub(b.get(e), b.get(POS))]));
  b.if(b.f64.eq(b.f64.abs(b.get(x)), b.f64.const(Infinity)), () => fail(b));
  b.f64.store(b.get(DST), b.get(x));
  return b.get(e);
}

/** Bool: `true` / `false` (validated text, so the first letter decides). */
export function buildDecodeBool(b: FuncBuilder): Expr {
  const c = b.local("c", "i32");
  b.set(c, byteAt(b, POS));
  b.if(isByte(b, b.get(c), CH.lowerT), () => {
    b.i32.store8(b.get(DST), b.i32.const(1));
    b.ret(b.i32.add(b.get(POS), b.i32.const(4)));
  });
  failUnless(b, isByte(b, b.get(c), CH.lowerF));
  b.i32.store8(b.get(DST), b.i32.const(0));
  return b.i32.add(b.get(POS), b.i32.const(5));
}

/**
 * String: one allocation of `4 + raw length` bytes; a string without escapes is one
 * memory.copy, one with escapes is decoded in place and the allocation trimmed to
 * the decoded length (nothing else was allocated in between).
 */
export function buildDecodeString(b: FuncBuilder, m: ModuleBuilder): Expr {
  const r = b.local("r", "i32");
  const q = b.local("q", "i32");
  const n = b.local("n", "i32");
  const obj = b.local("obj", "i32");
  const e = b.local("e", "i32");
  failUnless(b, isByte(b, byteAt(b, POS), CH.quote));
  b.set(r, b.call(useCodecFn(m, "codec.str_end"), [b.i32.add(b.get(POS), b.i32.const(1)), b.get(END)]));
  b.set(q, b.i32.and(b.get(r), b.i32.const(POS_MASK)));
  b.set(n, b.i32.sub(b.i32.sub(b.get(q), b.get(POS)), b.i32.const(1)));
  b.set(obj, b.alloc("scratch", b.i32.add(b.get(n), b.i32.const(4)), 4));
  b.if(
    b.i32.and(b.get(r), b.i32.const(ESCAPE_FLAG)),
    () => {
      b.set(e, b.call(useCodecFn(m, "codec.str_unescape"), [b.i32.add(b.get(POS), b.i32.const(1)), b.get(q), b.i32.add(b.get(obj), b.i32.const(4))]));
      b.setState("scratch_ptr", b.get(e));
      b.set(n, b.i32.sub(b.i32.sub(b.get(e), b.get(obj)), b.i32.const(4)));
    },
    () => b.memoryCopy(b.i32.add(b.get(obj), b.i32.const(4)), b.i32.add(b.get(POS), b.i32.const(1)), b.get(n)),
  );
  b.i32.store(b.get(obj), b.get(n));
  b.i32.store(b.get(DST), b.get(obj));
  return b.i32.add(b.get(q), b.i32.const(1));
}
