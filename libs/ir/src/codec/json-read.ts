// Readers of VALIDATED JSON text (codec.json_valid accepted it), shared by the
// typed decoders: find the end of a string, skip a value, decode a string's
// escapes. They trust the syntax but still bound every read by `end`, and
// reaching `end` where valid text cannot is an `unreachable` (a codec bug).
import type { FuncBuilder, LocalRef } from "../builder.js";
import type { Expr } from "../types.js";
import { byteAt, CH, emitWordSkip, hasByte, inc, inRange, isByte, type CodecFnDef } from "./emit.js";

/** Bit 31 of `codec.str_end`'s result: the string contains a backslash escape. */
export const ESCAPE_FLAG = 0x80000000 | 0;
export const POS_MASK = 0x7fffffff;

/**
 * codec.str_end(pos, end) -> for VALIDATED text: the index of the closing quote of
 * the string whose contents start at pos, with ESCAPE_FLAG set when the contents
 * hold a backslash (so the caller knows whether a plain copy will do).
 */
const strEnd: CodecFnDef = {
  name: "codec.str_end",
  params: [["pos", "i32"], ["end", "i32"]],
  result: "i32",
  deps: [],
  build: (b) => {
    const pos: LocalRef = { name: "pos", type: "i32" };
    const end: LocalRef = { name: "end", type: "i32" };
    const esc = b.local("esc", "i32");
    const c = b.local("c", "i32");
    b.loop((next) => {
      emitWordSkip(b, pos, end, (w) => b.i32.or(hasByte(b, w, CH.quote), hasByte(b, w, CH.backslash)));
      // Validated text always closes its strings; reaching `end` is a codec bug.
      b.if(b.i32.geU(b.get(pos), b.get(end)), () => b.unreachable());
      b.set(c, byteAt(b, pos));
      b.if(isByte(b, b.get(c), CH.quote), () => b.ret(b.i32.or(b.get(pos), b.get(esc))));
      b.if(
        isByte(b, b.get(c), CH.backslash),
        () => {
          b.set(esc, b.i32.const(ESCAPE_FLAG));
          inc(b, pos, 2);
        },
        () => inc(b, pos),
      );
      b.br(next);
    }, "str");
    b.unreachable();
  },
};

/**
 * codec.skip(pos, end) -> for VALIDATED text: the position just after the JSON value
 * starting at pos (no leading whitespace). Containers are skipped with a depth
 * counter; strings inside them through codec.str_end.
 */
const skip: CodecFnDef = {
  name: "codec.skip",
  params: [["pos", "i32"], ["end", "i32"]],
  result: "i32",
  deps: ["codec.str_end", "codec.num_end"],
  build: (b) => {
    const pos: LocalRef = { name: "pos", type: "i32" };
    const end: LocalRef = { name: "end", type: "i32" };
    const c = b.local("c", "i32");
    const depth = b.local("depth", "i32");
    const afterString = () =>
      b.i32.add(b.i32.and(b.call("codec.str_end", [b.i32.add(b.get(pos), b.i32.const(1)), b.get(end)]), b.i32.const(POS_MASK)), b.i32.const(1));
    b.set(c, byteAt(b, pos));
    b.if(isByte(b, b.get(c), CH.quote), () => b.ret(afterString()));
    b.if(isByte(b, b.get(c), CH.lowerT), () => b.ret(b.i32.add(b.get(pos), b.i32.const(4))));
    b.if(isByte(b, b.get(c), CH.lowerF), () => b.ret(b.i32.add(b.get(pos), b.i32.const(5))));
    b.if(isByte(b, b.get(c), CH.lowerN), () => b.ret(b.i32.add(b.get(pos), b.i32.const(4))));
    b.if(b.i32.eqz(b.i32.or(isByte(b, b.get(c), CH.lbrace), isByte(b, b.get(c), CH.lbracket))), () =>
      b.ret(b.call("codec.num_end", [b.get(pos), b.get(end)])),
    );
    b.loop((next) => {
      b.if(b.i32.geU(b.get(pos), b.get(end)), () => b.unreachable());
      b.set(c, byteAt(b, pos));
      b.if(isByte(b, b.get(c), CH.quote), () => {
        b.set(pos, afterString());
        b.br(next);
      });
      // '[' 0x5b and '{' 0x7b differ only in bit 5, as do ']' 0x5d and '}' 0x7d.
      const folded = () => b.i32.and(b.get(c), b.i32.const(0xdf));
      b.if(isByte(b, folded(), CH.lbracket), () => inc(b, depth));
      b.if(isByte(b, folded(), CH.rbracket), () => {
        b.set(depth, b.i32.sub(b.get(depth), b.i32.const(1)));
        b.if(b.i32.eqz(b.get(depth)), () => b.ret(b.i32.add(b.get(pos), b.i32.const(1))));
      });
      inc(b, pos);
      b.br(next);
    }, "skip");
    b.unreachable();
  },
};

/** Store the UTF-8 encoding of code point `cp` at `dst` and advance `dst`. */
function emitUtf8(b: FuncBuilder, cp: LocalRef, dst: LocalRef): void {
  const cont = (shift: number) =>
    b.i32.or(b.i32.const(0x80), b.i32.and(shift === 0 ? b.get(cp) : b.i32.shrU(b.get(cp), b.i32.const(shift)), b.i32.const(0x3f)));
  const lead = (mark: number, shift: number) => b.i32.or(b.i32.const(mark), b.i32.shrU(b.get(cp), b.i32.const(shift)));
  b.if(
    b.i32.ltU(b.get(cp), b.i32.const(0x80)),
    () => {
      b.i32.store8(b.get(dst), b.get(cp));
      inc(b, dst, 1);
    },
    () =>
      b.if(
        b.i32.ltU(b.get(cp), b.i32.const(0x800)),
        () => {
          b.i32.store8(b.get(dst), lead(0xc0, 6));
          b.i32.store8(b.get(dst), cont(0), 1);
          inc(b, dst, 2);
        },
        () =>
          b.if(
            b.i32.ltU(b.get(cp), b.i32.const(0x10000)),
            () => {
              b.i32.store8(b.get(dst), lead(0xe0, 12));
              b.i32.store8(b.get(dst), cont(6), 1);
              b.i32.store8(b.get(dst), cont(0), 2);
              inc(b, dst, 3);
            },
            () => {
              b.i32.store8(b.get(dst), lead(0xf0, 18));
              b.i32.store8(b.get(dst), cont(12), 1);
              b.i32.store8(b.get(dst), cont(6), 2);
              b.i32.store8(b.get(dst), cont(0), 3);
              inc(b, dst, 4);
            },
          ),
      ),
  );
}

/**
 * codec.str_unescape(src, srcEnd, dst) -> dstEnd: the contents of a VALIDATED string
 * ([src, srcEnd), between the quotes) with escapes decoded, written at dst. Runs
 * without a backslash move with one memory.copy; the output is never longer than
 * the input ("\n" is 2 bytes in, 1 out; "\uD83D\uDE00" is 12 in, 4 out).
 */
const strUnescape: CodecFnDef = {
  name: "codec.str_unescape",
  params: [["src", "i32"], ["srcEnd", "i32"], ["dst", "i32"]],
  result: "i32",
  deps: ["codec.hex4"],
  build: (b) => {
    const src: LocalRef = { name: "src", type: "i32" };
    const srcEnd: LocalRef = { name: "srcEnd", type: "i32" };
    const dst: LocalRef = { name: "dst", type: "i32" };
    const run = b.local("run", "i32");
    const e = b.local("e", "i32");
    const cp = b.local("cp", "i32");
    const lo = b.local("lo", "i32");
    b.loop((next) => {
      b.set(run, b.get(src));
      emitWordSkip(b, run, srcEnd, (w) => hasByte(b, w, CH.backslash));
      b.block((found) => {
        b.loop((scan) => {
          b.brIf(found, b.i32.geU(b.get(run), b.get(srcEnd)));
          b.brIf(found, isByte(b, byteAt(b, run), CH.backslash));
          inc(b, run);
          b.br(scan);
        }, "run");
      });
      b.memoryCopy(b.get(dst), b.get(src), b.i32.sub(b.get(run), b.get(src)));
      b.set(dst, b.i32.add(b.get(dst), b.i32.sub(b.get(run), b.get(src))));
      b.set(src, b.get(run));
      b.if(b.i32.geU(b.get(src), b.get(srcEnd)), () => b.ret(b.get(dst)));
      b.set(e, byteAt(b, src, 1));
      b.if(b.i32.ne(b.get(e), b.i32.const(CH.lowerU)), () => {
        // `\"` `\\` `\/` stand for themselves; b f n r t for 08 0c 0a 0d 09.
        const pick = (letter: number, byte: number, rest: Expr) => b.select(b.i32.const(byte), rest, isByte(b, b.get(e), letter));
        const v = pick(CH.lowerB, 0x08, pick(CH.lowerF, 0x0c, pick(CH.lowerN, 0x0a, pick(CH.lowerR, 0x0d, pick(CH.lowerT, 0x09, b.get(e))))));
        b.i32.store8(b.get(dst), v);
        inc(b, dst);
        inc(b, src, 2);
        b.br(next);
      });
      b.set(cp, b.call("codec.hex4", [b.i32.add(b.get(src), b.i32.const(2))]));
      inc(b, src, 6);
      b.if(inRange(b, b.get(cp), 0xd800, 0xdbff), () => {
        b.set(lo, b.call("codec.hex4", [b.i32.add(b.get(src), b.i32.const(2))]));
        inc(b, src, 6);
        b.set(
          cp,
          b.i32.add(
            b.i32.const(0x10000),
            b.i32.or(b.i32.shl(b.i32.sub(b.get(cp), b.i32.const(0xd800)), b.i32.const(10)), b.i32.sub(b.get(lo), b.i32.const(0xdc00))),
          ),
        );
      });
      emitUtf8(b, cp, dst);
      b.br(next);
    }, "unescape");
    b.unreachable();
  },
};

export const JSON_READ_FNS: readonly CodecFnDef[] = [strEnd, skip, strUnescape];
