// UTF-8 validation and counting over raw bytes (Unicode §3.9 Table 3-7), with
// an 8-bytes-at-a-time ASCII fast path (two i32 words, see emit.ts everyByte).
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { everyByte } from "./emit.js";

const utf8Valid: RuntimeDef = {
  name: "rt.utf8_valid",
  params: [
    ["p", "i32"],
    ["len", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "1 when the len bytes at p are well-formed UTF-8 (no overlongs, surrogates, values above U+10FFFF or truncation), else 0",
  build(b) {
    const k = (n: number): Expr => b.i32.const(n);
    const i = b.local("i", "i32");
    const b0 = b.local("b0", "i32");
    const n = b.local("n", "i32");
    const lo = b.local("lo", "i32");
    const hi = b.local("hi", "i32");
    const at = (off: number): Expr => b.i32.load8U(b.i32.add(b.get("p"), b.get(i)), off);
    /** 1 when x is in [low, high] (unsigned). */
    const within = (x: Expr, low: Expr, high: Expr): Expr => b.i32.leU(b.i32.sub(x, low), b.i32.sub(high, low));
    const isCont = (off: number): Expr => within(at(off), k(0x80), k(0xbf));
    b.loop((next) => {
      b.if(b.i32.leU(b.i32.add(b.get(i), k(8)), b.get("len")), () =>
        b.if(
          b.i32.eqz(
            b.i32.and(
              b.i32.or(b.i32.load(b.i32.add(b.get("p"), b.get(i))), b.i32.load(b.i32.add(b.get("p"), b.get(i)), 4)),
              k(everyByte(0x80)),
            ),
          ),
          () => {
            b.set(i, b.i32.add(b.get(i), k(8)));
            b.br(next);
          },
        ),
      );
      b.if(b.i32.geU(b.get(i), b.get("len")), () => b.ret(k(1)));
      b.set(b0, at(0));
      b.if(b.i32.ltU(b.get(b0), k(0x80)), () => {
        b.set(i, b.i32.add(b.get(i), k(1)));
        b.br(next);
      });
      // The second byte's range depends on the first (E0: A0..BF, ED: 80..9F,
      // F0: 90..BF, F4: 80..8F); later bytes are 80..BF.
      b.set(lo, k(0x80));
      b.set(hi, k(0xbf));
      b.if(b.i32.ltU(b.get(b0), k(0xc2)), () => b.ret(k(0)));
      b.if(
        b.i32.ltU(b.get(b0), k(0xe0)),
        () => b.set(n, k(2)),
        () =>
          b.if(
            b.i32.ltU(b.get(b0), k(0xf0)),
            () => {
              b.set(n, k(3));
              b.if(b.i32.eq(b.get(b0), k(0xe0)), () => b.set(lo, k(0xa0)));
              b.if(b.i32.eq(b.get(b0), k(0xed)), () => b.set(hi, k(0x9f)));
            },
            () => {
              b.if(b.i32.gtU(b.get(b0), k(0xf4)), () => b.ret(k(0)));
              b.set(n, k(4));
              b.if(b.i32.eq(b.get(b0), k(0xf0)), () => b.set(lo, k(0x90)));
              b.if(b.i32.eq(b.get(b0), k(0xf4)), () => b.set(hi, k(0x8f)));
            },
          ),
      );
      b.if(b.i32.gtU(b.i32.add(b.get(i), b.get(n)), b.get("len")), () => b.ret(k(0)));
      b.if(b.i32.eqz(within(at(1), b.get(lo), b.get(hi))), () => b.ret(k(0)));
      b.if(b.i32.geU(b.get(n), k(3)), () => b.if(b.i32.eqz(isCont(2)), () => b.ret(k(0))));
      b.if(b.i32.eq(b.get(n), k(4)), () => b.if(b.i32.eqz(isCont(3)), () => b.ret(k(0))));
      b.set(i, b.i32.add(b.get(i), b.get(n)));
      b.br(next);
    });
    b.unreachable();
  },
};

const utf8Count: RuntimeDef = {
  name: "rt.utf8_count",
  params: [
    ["p", "i32"],
    ["len", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "the number of code points in the len well-formed UTF-8 bytes at p (bytes that are not 10xxxxxx)",
  build(b) {
    const k = (n: number): Expr => b.i32.const(n);
    const i = b.local("i", "i32");
    const cont = b.local("cont", "i32");
    const x = b.local("x", "i32");
    b.loop((next) => {
      b.if(b.i32.leU(b.i32.add(b.get(i), k(4)), b.get("len")), () => {
        b.set(x, b.i32.load(b.i32.add(b.get("p"), b.get(i))));
        // bit 7 of each byte: set and bit 6 clear ⇔ a continuation byte.
        const marks = b.i32.and(b.i32.and(b.get(x), b.i32.xor(b.i32.shl(b.get(x), k(1)), k(-1))), k(everyByte(0x80)));
        b.set(cont, b.i32.add(b.get(cont), b.i32.popcnt(marks)));
        b.set(i, b.i32.add(b.get(i), k(4)));
        b.br(next);
      });
    });
    b.loop((next) => {
      b.if(b.i32.ltU(b.get(i), b.get("len")), () => {
        const byte = b.i32.load8U(b.i32.add(b.get("p"), b.get(i)));
        b.set(cont, b.i32.add(b.get(cont), b.i32.eq(b.i32.and(byte, k(0xc0)), k(0x80))));
        b.set(i, b.i32.add(b.get(i), k(1)));
        b.br(next);
      });
    });
    return b.i32.sub(b.get("len"), b.get(cont));
  },
};

export const UTF8_RUNTIME: readonly RuntimeDef[] = [utf8Valid, utf8Count];
