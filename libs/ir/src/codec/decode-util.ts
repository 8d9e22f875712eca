// Emitters shared by the typed decoders: reading an object key, matching it
// against constant names, switching on the match, and recognising the
// "one-property object" of §2.4 (`{"Some": x}`, `{"Ok": x}`, `{"V": p}`).
// All of them read VALIDATED text (json-fns.ts), so the byte after a key is
// known to be ':' after whitespace, and so on.
import type { FieldShape, Shape } from "@tetra/core";
import type { FuncBuilder, Label, LocalRef, ModuleBuilder } from "../builder.js";
import { useRuntime } from "../runtime/registry.js";
import type { Expr } from "../types.js";
import { useCodecFn } from "./codec-fns.js";
import { byteAt, CH, emitSkipWs, inc, isByte } from "./emit.js";
import { ESCAPE_FLAG, POS_MASK } from "./json-read.js";

/** The function signature of every typed decoder: (pos, end, dst) -> new pos | DEC_FAIL. */
export const DEC_PARAMS = [
  ["pos", "i32"],
  ["end", "i32"],
  ["dst", "i32"],
] as const;
/** A soft failure: the value does not decode as the shape (never a syntax error: the text is valid). */
export const DEC_FAIL = -1;

export const POS: LocalRef = { name: "pos", type: "i32" };
export const END: LocalRef = { name: "end", type: "i32" };
export const DST: LocalRef = { name: "dst", type: "i32" };

export function fail(b: FuncBuilder): void {
  b.ret(b.i32.const(DEC_FAIL));
}

export function failUnless(b: FuncBuilder, cond: Expr): void {
  b.if(b.i32.eqz(cond), () => fail(b));
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * Read the key at `pos` (its opening quote) into (kp, klen) and move `pos` past the
 * closing quote. A key with escapes (`"\u0061"`) is decoded into scratch, which the
 * caller releases when it no longer needs the bytes; a plain key points into the text.
 */
export function emitReadKey(b: FuncBuilder, m: ModuleBuilder, pos: LocalRef, end: LocalRef, kp: LocalRef, klen: LocalRef): void {
  const r = b.local("kr", "i32");
  const q = b.local("kq", "i32");
  b.set(r, b.call(useCodecFn(m, "codec.str_end"), [b.i32.add(b.get(pos), b.i32.const(1)), b.get(end)]));
  b.set(q, b.i32.and(b.get(r), b.i32.const(POS_MASK)));
  b.if(
    b.i32.and(b.get(r), b.i32.const(ESCAPE_FLAG)),
    () => {
      b.set(kp, b.alloc("scratch", b.i32.sub(b.i32.sub(b.get(q), b.get(pos)), b.i32.const(1)), 1));
      const e = b.call(useCodecFn(m, "codec.str_unescape"), [b.i32.add(b.get(pos), b.i32.const(1)), b.get(q), b.get(kp)]);
      b.set(klen, b.i32.sub(e, b.get(kp)));
    },
    () => {
      b.set(kp, b.i32.add(b.get(pos), b.i32.const(1)));
      b.set(klen, b.i32.sub(b.i32.sub(b.get(q), b.get(pos)), b.i32.const(1)));
    },
  );
  b.set(pos, b.i32.add(b.get(q), b.i32.const(1)));
}

/** Names longer than this are compared with rt.mem_eq instead of unrolled word compares. */
const UNROLL_LIMIT = 32;

/** 1 when the klen (already known equal to bytes.length) bytes at kp equal `bytes`. */
function bytesEqual(b: FuncBuilder, m: ModuleBuilder, kp: LocalRef, bytes: Uint8Array): Expr {
  if (bytes.length > UNROLL_LIMIT) {
    const at = m.data(bytes);
    return b.call("rt.mem_eq", [b.get(kp), b.i32.const(at), b.i32.const(bytes.length)]);
  }
  const tests: Expr[] = [];
  let off = 0;
  const word = (n: number) => {
    let v = 0;
    for (let k = n - 1; k >= 0; k--) v = v * 256 + (bytes[off + k] as number);
    return v | 0;
  };
  while (off < bytes.length) {
    const left = bytes.length - off;
    if (left >= 4) {
      tests.push(b.i32.eq(b.i32.load(b.get(kp), off), b.i32.const(word(4))));
      off += 4;
    } else if (left >= 2) {
      tests.push(b.i32.eq(b.i32.load16U(b.get(kp), off), b.i32.const(word(2))));
      off += 2;
    } else {
      tests.push(b.i32.eq(b.i32.load8U(b.get(kp), off), b.i32.const(word(1))));
      off += 1;
    }
  }
  return tests.length === 0 ? b.i32.const(1) : tests.reduce((x, y) => b.i32.and(x, y));
}

/** The index of the name the key (kp, klen) equals, or -1. */
export function matchKey(b: FuncBuilder, m: ModuleBuilder, kp: LocalRef, klen: LocalRef, names: readonly string[]): Expr {
  if (names.some((n) => utf8(n).length > UNROLL_LIMIT)) useRuntime(m, "rt.mem_eq");
  return b.blockValue(
    "i32",
    (found) => {
      names.forEach((name, i) => {
        const bytes = utf8(name);
        b.if(b.i32.eq(b.get(klen), b.i32.const(bytes.length)), () => {
          b.if(bytesEqual(b, m, kp, bytes), () => b.br(found, b.i32.const(i)));
        });
      });
      return b.i32.const(-1);
    },
    "match",
  );
}

/**
 * Emit `switch (index) { case k: cases[k](); }` as nested blocks and one br_table;
 * an index outside [0, cases.length) (including -1) runs `otherwise`.
 */
export function emitSwitch(b: FuncBuilder, index: Expr, cases: readonly (() => void)[], otherwise: () => void): void {
  b.block((exit) => {
    b.block((dflt) => {
      const labels: Label[] = [];
      const nest = (k: number): void => {
        if (k < 0) {
          b.brTable(labels, dflt, index);
          return;
        }
        b.block((lk) => {
          labels[k] = lk;
          nest(k - 1);
        }, "case");
        (cases[k] as () => void)();
        b.br(exit);
      };
      nest(cases.length - 1);
    }, "default");
    otherwise();
  }, "switch");
}

/** The state a "last wins" member decoder keeps per declared name: none seen yet, the last decoded, the last failed. */
export const MEMBER_ABSENT = 0;
export const MEMBER_DECODED = 1;
export const MEMBER_FAILED = 2;

/**
 * Decode the member value at `pos` with `decoder` into `dst` and record the outcome in `state`
 * instead of failing at once (a later duplicate key replaces it): MEMBER_DECODED and `pos` after
 * the value, or MEMBER_FAILED, the scratch allocated since `mark` given back, and `pos` past the
 * value (`codec.skip`). `r` is a scratch local for the decoder's result.
 */
export function emitDecodeMember(
  b: FuncBuilder,
  m: ModuleBuilder,
  decoder: string,
  at: { readonly pos: LocalRef; readonly end: LocalRef; readonly dst: Expr },
  state: LocalRef,
  mark: LocalRef,
  r: LocalRef,
): void {
  b.set(r, b.call(decoder, [b.get(at.pos), b.get(at.end), at.dst]));
  b.if(
    b.i32.ltS(b.get(r), b.i32.const(0)),
    () => {
      b.set(state, b.i32.const(MEMBER_FAILED));
      b.setState("scratch_ptr", b.get(mark));
      b.set(at.pos, b.call(useCodecFn(m, "codec.skip"), [b.get(at.pos), b.get(at.end)]));
    },
    () => {
      b.set(state, b.i32.const(MEMBER_DECODED));
      b.set(at.pos, b.get(r));
    },
  );
}

/**
 * Scan the object at `pos` (its '{') for the one-property form against `names`:
 * afterwards `idx` is k when every key of the object equals names[k] (one distinct
 * key after "last wins"), else -1 (empty object, several distinct keys, or a key
 * not in `names` — callers treat these alike); `val` is the position of the LAST
 * value of that key; `objEnd` is the position after the object's '}'.
 */
export function emitSoleMember(
  b: FuncBuilder,
  m: ModuleBuilder,
  pos: Expr,
  end: LocalRef,
  names: readonly string[],
  out: { readonly idx: LocalRef; readonly val: LocalRef; readonly objEnd: LocalRef },
): void {
  const p = b.local("sp", "i32");
  const kp = b.local("skp", "i32");
  const klen = b.local("sklen", "i32");
  const k = b.local("sk", "i32");
  const first = b.local("sfirst", "i32");
  const mark = b.local("smark", "i32");
  const sep = b.local("ssep", "i32");
  b.set(p, b.i32.add(pos, b.i32.const(1)));
  b.set(out.idx, b.i32.const(-1));
  b.set(first, b.i32.const(1));
  emitSkipWs(b, p, end);
  b.block((done) => {
    b.if(isByte(b, byteAt(b, p), CH.rbrace), () => {
      inc(b, p);
      b.br(done);
    });
    b.loop((member) => {
      emitSkipWs(b, p, end);
      b.set(mark, b.state("scratch_ptr"));
      emitReadKey(b, m, p, end, kp, klen);
      b.set(k, matchKey(b, m, kp, klen, names));
      b.setState("scratch_ptr", b.get(mark));
      b.if(
        b.get(first),
        () => {
          b.set(out.idx, b.get(k));
          b.set(first, b.i32.const(0));
        },
        () => b.if(b.i32.ne(b.get(k), b.get(out.idx)), () => b.set(out.idx, b.i32.const(-1))),
      );
      emitSkipWs(b, p, end);
      inc(b, p); // ':'
      emitSkipWs(b, p, end);
      b.set(out.val, b.get(p));
      b.set(p, b.call(useCodecFn(m, "codec.skip"), [b.get(p), b.get(end)]));
      emitSkipWs(b, p, end);
      b.set(sep, byteAt(b, p)); // ',' or '}'
      inc(b, p);
      b.brIf(member, isByte(b, b.get(sep), CH.comma));
    }, "member");
  }, "sole");
  b.set(out.objEnd, b.get(p));
}

/** `{}` with optional inner whitespace at `at` (a '{'): the empty-object payload of a unit variant or None. */
export function isEmptyObjectAt(b: FuncBuilder, at: LocalRef, end: LocalRef): Expr {
  const p = b.local("eo", "i32");
  return b.blockValue("i32", (out) => {
    b.if(b.i32.eqz(isByte(b, byteAt(b, at), CH.lbrace)), () => b.br(out, b.i32.const(0)));
    b.set(p, b.i32.add(b.get(at), b.i32.const(1)));
    emitSkipWs(b, p, end);
    return isByte(b, byteAt(b, p), CH.rbrace);
  });
}

/** How a generator asks for the functions of inner shapes (decode.ts memoises them per module). */
export interface DecodeGen {
  /** `(pos, end, dst) -> pos | DEC_FAIL`: decode a value of `s`, store its slot at dst. */
  decoder(s: Shape): string;
  /** `(pos, base, ...)`: decode an array of exactly these elements into the fields at base (tuples, tuple payloads). */
  elems(shapes: readonly Shape[]): string;
  /** Decode an object's declared fields into the record at base (records, schemas, struct payloads). */
  fields(fields: readonly FieldShape[]): string;
}
