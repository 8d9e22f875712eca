// codec.json_valid and its helpers: the syntax pass of decoding (docs/codec.md
// "Errors and backtracking"). It checks the whole text against RFC 8259
// exactly as core's `parseJson` does — nesting at most DEFAULT_MAX_JSON_DEPTH
// levels, escapes, paired surrogate escapes, no raw control bytes, well-formed
// UTF-8, nothing after the value — iteratively, so `[[[[…` cannot exhaust the
// call stack. The typed decoders then read text known to be valid, so they
// only ever fail softly ("not an Int"), which is what lets Option/Result
// fallbacks and "last wins" backtrack without re-checking syntax.
// Every function here scans bytes in a loop of its own: no call per byte.
import { DEFAULT_MAX_JSON_DEPTH } from "@tetra/core";
import type { FuncBuilder, Label, LocalRef } from "../builder.js";
import type { Expr } from "../types.js";
import { byteAt, CH, emitSkipWs, emitWordSkip, hasByte, hasByteBelow, inc, inRange, isByte, peek, WORD, type CodecFnDef } from "./emit.js";

/** `value` of the hex digit byte in `c`, or -1. */
function hexDigit(b: FuncBuilder, c: LocalRef): Expr {
  const lower = () => b.i32.or(b.get(c), b.i32.const(0x20));
  return b.ifValue(
    "i32",
    inRange(b, b.get(c), CH.zero, CH.nine),
    () => b.i32.sub(b.get(c), b.i32.const(CH.zero)),
    () => b.ifValue("i32", inRange(b, lower(), 0x61, 0x66), () => b.i32.sub(lower(), b.i32.const(0x57)), () => b.i32.const(-1)),
  );
}

/** codec.hex4(p) -> the value of the 4 hex digits at p (0..0xffff), or -1. */
const hex4: CodecFnDef = {
  name: "codec.hex4",
  params: [["p", "i32"]],
  result: "i32",
  deps: [],
  build: (b) => {
    const acc = b.local("acc", "i32");
    const c = b.local("c", "i32");
    const d = b.local("d", "i32");
    b.block((fail) => {
      for (let k = 0; k < 4; k++) {
        b.set(c, b.i32.load8U(b.get("p"), k));
        b.set(d, hexDigit(b, c));
        b.brIf(fail, b.i32.ltS(b.get(d), b.i32.const(0)));
        b.set(acc, b.i32.or(b.i32.shl(b.get(acc), b.i32.const(4)), b.get(d)));
      }
      b.ret(b.get(acc));
    });
    return b.i32.const(-1);
  },
};

function isDigit(b: FuncBuilder, c: Expr): Expr {
  return inRange(b, c, CH.zero, CH.nine);
}

/** Advance `pos` over decimal digits. */
function emitDigits(b: FuncBuilder, pos: LocalRef, end: LocalRef): void {
  b.block((done) => {
    b.loop((again) => {
      b.brIf(done, b.i32.eqz(peek(b, pos, end, (c) => isDigit(b, c))));
      inc(b, pos);
      b.br(again);
    }, "digits");
  });
}

/**
 * codec.num_end(pos, end) -> the end of the JSON number at pos, or -1 when the text
 * there is not `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. Stops after the
 * longest match ("01" ends after "0"; the caller sees the "1").
 */
const numEnd: CodecFnDef = {
  name: "codec.num_end",
  params: [["pos", "i32"], ["end", "i32"]],
  result: "i32",
  deps: [],
  build: (b) => {
    const pos: LocalRef = { name: "pos", type: "i32" };
    const end: LocalRef = { name: "end", type: "i32" };
    const c = b.local("c", "i32");
    b.block((fail) => {
      b.if(peek(b, pos, end, (x) => isByte(b, x, CH.minus)), () => inc(b, pos));
      b.brIf(fail, b.i32.geU(b.get(pos), b.get(end)));
      b.set(c, byteAt(b, pos));
      b.if(
        isByte(b, b.get(c), CH.zero),
        () => inc(b, pos),
        () => {
          b.brIf(fail, b.i32.eqz(inRange(b, b.get(c), 0x31, CH.nine)));
          inc(b, pos);
          emitDigits(b, pos, end);
        },
      );
      b.if(peek(b, pos, end, (x) => isByte(b, x, CH.dot)), () => {
        inc(b, pos);
        b.brIf(fail, b.i32.eqz(peek(b, pos, end, (x) => isDigit(b, x))));
        emitDigits(b, pos, end);
      });
      b.if(peek(b, pos, end, (x) => isByte(b, b.i32.or(x, b.i32.const(0x20)), CH.lowerE)), () => {
        inc(b, pos);
        b.if(peek(b, pos, end, (x) => b.i32.or(isByte(b, x, CH.plus), isByte(b, x, CH.minus))), () => inc(b, pos));
        b.brIf(fail, b.i32.eqz(peek(b, pos, end, (x) => isDigit(b, x))));
        emitDigits(b, pos, end);
      });
      b.ret(b.get(pos));
    });
    return b.i32.const(-1);
  },
};

/** `e` is one of the simple escape letters `" \ / b f n r t`. */
function isSimpleEscape(b: FuncBuilder, e: LocalRef): Expr {
  const letters = [CH.quote, CH.backslash, CH.slash, CH.lowerB, CH.lowerF, CH.lowerN, CH.lowerR, CH.lowerT];
  return letters.map((l) => isByte(b, b.get(e), l)).reduce((x, y) => b.i32.or(x, y));
}

/**
 * codec.str_check(pos, end) -> the position after the closing quote of the string
 * whose contents start at pos, or -1 when it is not a valid JSON string: an
 * unterminated string, a raw byte below 0x20, an unknown escape, bad hex, a lone
 * surrogate escape (`"\uD83D"`, `"\uDE00"`), or contents that are not UTF-8.
 * (Checking the raw bytes for UTF-8 is the same as checking the decoded ones:
 * escapes expand to complete sequences and never to a continuation byte.)
 */
const strCheck: CodecFnDef = {
  name: "codec.str_check",
  params: [["pos", "i32"], ["end", "i32"]],
  result: "i32",
  deps: ["codec.hex4", "rt.utf8_valid"],
  build: (b) => {
    const pos: LocalRef = { name: "pos", type: "i32" };
    const end: LocalRef = { name: "end", type: "i32" };
    const start = b.local("start", "i32");
    const high = b.local("high", "i32");
    const c = b.local("c", "i32");
    const e = b.local("e", "i32");
    const cp = b.local("cp", "i32");
    b.set(start, b.get(pos));
    b.block((fail) => {
      b.loop((next) => {
        emitWordSkip(
          b,
          pos,
          end,
          (w) => b.i32.or(b.i32.or(hasByteBelow(b, w, 0x20), hasByte(b, w, CH.quote)), hasByte(b, w, CH.backslash)),
          high,
        );
        b.brIf(fail, b.i32.geU(b.get(pos), b.get(end)));
        b.set(c, byteAt(b, pos));
        b.if(isByte(b, b.get(c), CH.quote), () => {
          b.if(b.get(high), () => {
            b.brIf(fail, b.i32.eqz(b.call("rt.utf8_valid", [b.get(start), b.i32.sub(b.get(pos), b.get(start))])));
          });
          b.ret(b.i32.add(b.get(pos), b.i32.const(1)));
        });
        b.brIf(fail, b.i32.ltU(b.get(c), b.i32.const(0x20)));
        b.if(isByte(b, b.get(c), CH.backslash), () => {
          b.brIf(fail, b.i32.geU(b.i32.add(b.get(pos), b.i32.const(1)), b.get(end)));
          b.set(e, byteAt(b, pos, 1));
          b.if(isSimpleEscape(b, e), () => {
            inc(b, pos, 2);
            b.br(next);
          });
          b.brIf(fail, b.i32.ne(b.get(e), b.i32.const(CH.lowerU)));
          b.brIf(fail, b.i32.gtU(b.i32.add(b.get(pos), b.i32.const(6)), b.get(end)));
          b.set(cp, b.call("codec.hex4", [b.i32.add(b.get(pos), b.i32.const(2))]));
          b.brIf(fail, b.i32.ltS(b.get(cp), b.i32.const(0)));
          b.if(inRange(b, b.get(cp), 0xd800, 0xdbff), () => {
            // "\uD83D\uDE00": the high half must be followed by a low-half escape.
            b.brIf(fail, b.i32.gtU(b.i32.add(b.get(pos), b.i32.const(12)), b.get(end)));
            b.brIf(fail, b.i32.ne(byteAt(b, pos, 6), b.i32.const(CH.backslash)));
            b.brIf(fail, b.i32.ne(byteAt(b, pos, 7), b.i32.const(CH.lowerU)));
            b.set(cp, b.call("codec.hex4", [b.i32.add(b.get(pos), b.i32.const(8))]));
            b.brIf(fail, b.i32.eqz(inRange(b, b.get(cp), 0xdc00, 0xdfff)));
            inc(b, pos, 12);
            b.br(next);
          });
          b.brIf(fail, inRange(b, b.get(cp), 0xdc00, 0xdfff));
          inc(b, pos, 6);
          b.br(next);
        });
        b.set(high, b.i32.or(b.get(high), b.i32.and(b.get(c), b.i32.const(0x80))));
        inc(b, pos);
        b.br(next);
      }, "str");
    });
    return b.i32.const(-1);
  },
};

/** Parser states of codec.json_valid. */
const ST_VALUE = 0;
const ST_AFTER = 1;
const ST_KEY = 2;
const KIND_OBJECT = 1;
const KIND_ARRAY = 2;

/**
 * codec.json_valid(p, len) -> 1 when the `len` bytes at p are exactly one JSON value
 * with optional surrounding whitespace (as core's parseJson accepts), else 0.
 * A state machine over (value | after-value | key) with an explicit stack of open
 * containers (one byte each, DEFAULT_MAX_JSON_DEPTH of them, released on return).
 */
const jsonValid: CodecFnDef = {
  name: "codec.json_valid",
  params: [["p", "i32"], ["len", "i32"]],
  result: "i32",
  deps: ["codec.str_check", "codec.num_end"],
  build: (b) => {
    const pos = b.local("pos", "i32");
    const end = b.local("end", "i32");
    const stack = b.local("stack", "i32");
    const depth = b.local("depth", "i32");
    const state = b.local("state", "i32");
    const c = b.local("c", "i32");
    const top = b.local("top", "i32");
    const result = b.local("result", "i32");
    b.set(pos, b.get("p"));
    b.set(end, b.i32.add(b.get("p"), b.get("len")));
    b.set(stack, b.alloc("scratch", b.i32.const(DEFAULT_MAX_JSON_DEPTH), 1));
    const push = (fail: Label, kind: number) => {
      // `++depth > max` is parseJson's rule: 512 open containers are fine, 513 are not.
      b.brIf(fail, b.i32.geU(b.get(depth), b.i32.const(DEFAULT_MAX_JSON_DEPTH)));
      b.i32.store8(b.i32.add(b.get(stack), b.get(depth)), b.i32.const(kind));
      inc(b, depth);
    };
    const goto = (again: Label, s: number) => {
      b.set(state, b.i32.const(s));
      b.br(again);
    };
    b.block((fail) => {
      b.loop((again) => {
        b.block((key) => {
          b.block((after) => {
            b.block((value) => {
              b.brTable([value, after], key, b.get(state));
            }, "value");
            // ---- a value starts here (after optional whitespace)
            emitSkipWs(b, pos, end, "exact");
            b.brIf(fail, b.i32.geU(b.get(pos), b.get(end)));
            b.set(c, byteAt(b, pos));
            b.if(isByte(b, b.get(c), CH.lbrace), () => {
              push(fail, KIND_OBJECT);
              inc(b, pos);
              emitSkipWs(b, pos, end, "exact");
              b.if(peek(b, pos, end, (x) => isByte(b, x, CH.rbrace)), () => {
                inc(b, pos);
                b.set(depth, b.i32.sub(b.get(depth), b.i32.const(1)));
                goto(again, ST_AFTER);
              });
              goto(again, ST_KEY);
            });
            b.if(isByte(b, b.get(c), CH.lbracket), () => {
              push(fail, KIND_ARRAY);
              inc(b, pos);
              emitSkipWs(b, pos, end, "exact");
              b.if(peek(b, pos, end, (x) => isByte(b, x, CH.rbracket)), () => {
                inc(b, pos);
                b.set(depth, b.i32.sub(b.get(depth), b.i32.const(1)));
                goto(again, ST_AFTER);
              });
              goto(again, ST_VALUE);
            });
            b.set(state, b.i32.const(ST_AFTER));
            b.if(isByte(b, b.get(c), CH.quote), () => {
              b.set(pos, b.call("codec.str_check", [b.i32.add(b.get(pos), b.i32.const(1)), b.get(end)]));
              b.brIf(fail, b.i32.ltS(b.get(pos), b.i32.const(0)));
              b.br(again);
            });
            const literal = (first: number, word: number, len: number, lastByte?: number) => {
              b.if(isByte(b, b.get(c), first), () => {
                b.brIf(fail, b.i32.gtU(b.i32.add(b.get(pos), b.i32.const(len)), b.get(end)));
                b.brIf(fail, b.i32.ne(b.i32.load(b.get(pos)), b.i32.const(word)));
                if (lastByte !== undefined) b.brIf(fail, b.i32.ne(byteAt(b, pos, 4), b.i32.const(lastByte)));
                inc(b, pos, len);
                b.br(again);
              });
            };
            literal(CH.lowerT, WORD.true, 4);
            literal(CH.lowerF, WORD.fals, 5, CH.lowerE);
            literal(CH.lowerN, WORD.null, 4);
            b.set(pos, b.call("codec.num_end", [b.get(pos), b.get(end)]));
            b.brIf(fail, b.i32.ltS(b.get(pos), b.i32.const(0)));
            b.br(again);
          }, "after");
          // ---- after a value: end of text, ',' or the closing bracket of the open container
          emitSkipWs(b, pos, end, "exact");
          b.if(b.i32.eqz(b.get(depth)), () => {
            b.set(result, b.i32.eq(b.get(pos), b.get(end)));
            b.br(fail);
          });
          b.brIf(fail, b.i32.geU(b.get(pos), b.get(end)));
          b.set(c, byteAt(b, pos));
          b.set(top, b.i32.load8U(b.i32.sub(b.i32.add(b.get(stack), b.get(depth)), b.i32.const(1))));
          b.if(isByte(b, b.get(c), CH.comma), () => {
            inc(b, pos);
            b.set(state, b.select(b.i32.const(ST_KEY), b.i32.const(ST_VALUE), isByte(b, b.get(top), KIND_OBJECT)));
            b.br(again);
          });
          // '}' closes an object, ']' an array
          b.brIf(fail, b.i32.ne(b.get(c), b.select(b.i32.const(CH.rbrace), b.i32.const(CH.rbracket), isByte(b, b.get(top), KIND_OBJECT))));
          inc(b, pos);
          b.set(depth, b.i32.sub(b.get(depth), b.i32.const(1)));
          goto(again, ST_AFTER);
        }, "key");
        // ---- an object key, then ':'
        emitSkipWs(b, pos, end, "exact");
        b.brIf(fail, b.i32.eqz(peek(b, pos, end, (x) => isByte(b, x, CH.quote))));
        b.set(pos, b.call("codec.str_check", [b.i32.add(b.get(pos), b.i32.const(1)), b.get(end)]));
        b.brIf(fail, b.i32.ltS(b.get(pos), b.i32.const(0)));
        emitSkipWs(b, pos, end, "exact");
        b.brIf(fail, b.i32.eqz(peek(b, pos, end, (x) => isByte(b, x, CH.colon))));
        inc(b, pos);
        goto(again, ST_VALUE);
      }, "parse");
    }, "exit");
    b.setState("scratch_ptr", b.get(stack));
    return b.get(result);
  },
};

export const JSON_VALID_FNS: readonly CodecFnDef[] = [hex4, numEnd, strCheck, jsonValid];
