// Shape-independent output writers used by every generated encoder. They write
// at `out` (an address in the output region) and return the new end, or a
// negative status the generated code passes straight up:
//   OUT_OVERFLOW (-1): the piece does not fit before `output_end` (nothing is
//                      written past it; the entry traps MemoryLimitExceeded);
//   OUT_NONFINITE (-2): a NaN or infinite Float (the entry traps NonFiniteFloat).
// Capacity checks are exact: a text that fits exactly is never refused, so the
// compiled output is MemoryLimitExceeded iff the canonical text is longer than
// the output region.
import type { FuncBuilder, LocalRef, ModuleBuilder } from "../builder.js";
import type { Expr } from "../types.js";
import { byteAt, CH, hasByte, hasByteBelow, inc, type CodecFnDef } from "./emit.js";

export const OUT_OVERFLOW = -1;
export const OUT_NONFINITE = -2;

/** `out + n > output_end` (unsigned; out and n are far below 2^31). */
export function noRoom(b: FuncBuilder, out: Expr, n: Expr): Expr {
  return b.i32.gtU(b.i32.add(out, n), b.state("output_end"));
}

/** Little-endian word of the 4 bytes `\u00`. */
const BACKSLASH_U00 = 0x3030755c;

/**
 * The §2.6 escape table: entry c is 0 when byte c is written raw, else the letter
 * after the backslash (`"` `\` b f n r t), or `u` for `\u00xx`.
 */
function escapeTable(): Uint8Array {
  const t = new Uint8Array(256);
  for (let c = 0; c < 0x20; c++) t[c] = CH.lowerU;
  t[0x08] = CH.lowerB;
  t[0x09] = CH.lowerT;
  t[0x0a] = CH.lowerN;
  t[0x0c] = CH.lowerF;
  t[0x0d] = CH.lowerR;
  t[CH.quote] = CH.quote;
  t[CH.backslash] = CH.backslash;
  return t;
}

/** The lower-case hex digit of the low nibble of `v`. */
function hexChar(b: FuncBuilder, v: Expr): Expr {
  const d = b.local("hex", "i32");
  b.set(d, b.i32.and(v, b.i32.const(15)));
  return b.i32.add(b.get(d), b.select(b.i32.const(0x30), b.i32.const(0x57), b.i32.ltU(b.get(d), b.i32.const(10))));
}

/**
 * codec.write_str(s, out) -> new out | OUT_OVERFLOW: the arena string s
 * (`[len u32][bytes]`) as a quoted JSON string (§2.6). Runs of bytes that need
 * no escape are found 4 bytes at a time and moved with one memory.copy.
 */
const writeStr: CodecFnDef = {
  name: "codec.write_str",
  params: [["s", "i32"], ["out", "i32"]],
  result: "i32",
  deps: [],
  build: (b, m: ModuleBuilder) => {
    const table = m.data(escapeTable());
    const out: LocalRef = { name: "out", type: "i32" };
    const p = b.local("p", "i32");
    const e = b.local("e", "i32");
    const run = b.local("run", "i32");
    const c = b.local("c", "i32");
    const esc = b.local("esc", "i32");
    const w = b.local("w", "i32");
    b.set(p, b.i32.add(b.get("s"), b.i32.const(4)));
    b.set(e, b.i32.add(b.get(p), b.i32.load(b.get("s"))));
    b.block((overflow) => {
      b.brIf(overflow, noRoom(b, b.get(out), b.i32.const(1)));
      b.i32.store8(b.get(out), b.i32.const(CH.quote));
      inc(b, out);
      b.loop((next) => {
        b.set(run, b.get(p));
        b.block((slow) => {
          b.loop((fast) => {
            b.brIf(slow, b.i32.gtU(b.i32.add(b.get(p), b.i32.const(4)), b.get(e)));
            b.set(w, b.i32.load(b.get(p)));
            const wv = () => b.get(w);
            b.brIf(slow, b.i32.or(b.i32.or(hasByteBelow(b, wv, 0x20), hasByte(b, wv, CH.quote)), hasByte(b, wv, CH.backslash)));
            inc(b, p, 4);
            b.br(fast);
          }, "word");
        });
        b.block((found) => {
          b.loop((scan) => {
            b.brIf(found, b.i32.geU(b.get(p), b.get(e)));
            b.brIf(found, b.i32.load8U(b.i32.add(b.i32.const(table), byteAt(b, p))));
            inc(b, p);
            b.br(scan);
          }, "byte");
        });
        b.brIf(overflow, noRoom(b, b.get(out), b.i32.sub(b.get(p), b.get(run))));
        b.memoryCopy(b.get(out), b.get(run), b.i32.sub(b.get(p), b.get(run)));
        b.set(out, b.i32.add(b.get(out), b.i32.sub(b.get(p), b.get(run))));
        b.if(b.i32.geU(b.get(p), b.get(e)), () => {
          b.brIf(overflow, noRoom(b, b.get(out), b.i32.const(1)));
          b.i32.store8(b.get(out), b.i32.const(CH.quote));
          b.ret(b.i32.add(b.get(out), b.i32.const(1)));
        });
        b.set(c, byteAt(b, p));
        b.set(esc, b.i32.load8U(b.i32.add(b.i32.const(table), b.get(c))));
        b.if(
          b.i32.eq(b.get(esc), b.i32.const(CH.lowerU)),
          () => {
            // U+0001 → \u0001, U+001F → \u001f
            b.brIf(overflow, noRoom(b, b.get(out), b.i32.const(6)));
            b.i32.store(b.get(out), b.i32.const(BACKSLASH_U00));
            b.i32.store8(b.get(out), hexChar(b, b.i32.shrU(b.get(c), b.i32.const(4))), 4);
            b.i32.store8(b.get(out), hexChar(b, b.get(c)), 5);
            inc(b, out, 6);
          },
          () => {
            b.brIf(overflow, noRoom(b, b.get(out), b.i32.const(2)));
            b.i32.store8(b.get(out), b.i32.const(CH.backslash));
            b.i32.store8(b.get(out), b.get(esc), 1);
            inc(b, out, 2);
          },
        );
        inc(b, p);
        b.br(next);
      }, "escape");
    });
    return b.i32.const(OUT_OVERFLOW);
  },
};

/**
 * A number writer: `rt.int_write`/`rt.float_json_write` need `room` bytes at dst.
 * With that much room left they write in place; otherwise into a scratch buffer
 * (released right after) and the exact length is checked before copying.
 */
function numberWriter(name: string, rt: string, valType: "i64" | "f64", room: number, nonFinite: boolean): CodecFnDef {
  return {
    name,
    params: [["v", valType], ["out", "i32"]],
    result: "i32",
    deps: [rt],
    build: (b) => {
      const n = b.local("n", "i32");
      const mark = b.local("mark", "i32");
      const tmp = b.local("tmp", "i32");
      const checkFinite = () => {
        if (nonFinite) b.if(b.i32.ltS(b.get(n), b.i32.const(0)), () => b.ret(b.i32.const(OUT_NONFINITE)));
      };
      b.if(b.i32.eqz(noRoom(b, b.get("out"), b.i32.const(room))), () => {
        b.set(n, b.call(rt, [b.get("v"), b.get("out")]));
        checkFinite();
        b.ret(b.i32.add(b.get("out"), b.get(n)));
      });
      b.set(mark, b.state("scratch_ptr"));
      b.set(tmp, b.alloc("scratch", b.i32.const(room), 1));
      b.set(n, b.call(rt, [b.get("v"), b.get(tmp)]));
      b.setState("scratch_ptr", b.get(mark));
      checkFinite();
      b.if(noRoom(b, b.get("out"), b.get(n)), () => b.ret(b.i32.const(OUT_OVERFLOW)));
      b.memoryCopy(b.get("out"), b.get(tmp), b.get(n));
      return b.i32.add(b.get("out"), b.get(n));
    },
  };
}

/** codec.write_int(v, out) -> new out | OUT_OVERFLOW: decimal Int (§2.5). */
const writeInt = numberWriter("codec.write_int", "rt.int_write", "i64", 20, false);
/** codec.write_float(x, out) -> new out | OUT_OVERFLOW | OUT_NONFINITE: §6.3 JSON float text. */
const writeFloat = numberWriter("codec.write_float", "rt.float_json_write", "f64", 32, true);

export const WRITE_FNS: readonly CodecFnDef[] = [writeStr, writeInt, writeFloat];
