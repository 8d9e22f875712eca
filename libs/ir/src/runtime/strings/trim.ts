// `trim`, `trim_start`, `trim_end`: strip the Unicode White_Space characters
// §7.2 lists (U+0009–000D, U+0020, U+0085, U+00A0, U+1680, U+2000–200A,
// U+2028, U+2029, U+202F, U+205F, U+3000), matched on their UTF-8 bytes. Not
// JavaScript's trim: U+FEFF (EF BB BF) stays, U+0085 (C2 85) goes.
import type { FuncBuilder, LocalRef } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { allocString, strBytes, strLen } from "./emit.js";

/** Sets `w` to the byte width of the White_Space character at `addr`, or 0. */
function whiteSpaceWidth(b: FuncBuilder, addr: () => Expr, b0: LocalRef, b2: LocalRef, w: LocalRef): void {
  const k = (n: number): Expr => b.i32.const(n);
  const byte = (off: number): Expr => b.i32.load8U(addr(), off);
  const or = (...xs: Expr[]): Expr => xs.reduce((x, y) => b.i32.or(x, y));
  b.set(w, k(0));
  b.set(b0, byte(0));
  b.if(
    b.i32.ltU(b.get(b0), k(0x80)),
    () => b.set(w, or(b.i32.eq(b.get(b0), k(0x20)), b.i32.leU(b.i32.sub(b.get(b0), k(0x09)), k(4)))),
    () => {
      b.if(b.i32.eq(b.get(b0), k(0xc2)), () => {
        b.set(b2, byte(1));
        b.set(w, b.i32.shl(or(b.i32.eq(b.get(b2), k(0x85)), b.i32.eq(b.get(b2), k(0xa0))), k(1)));
      });
      // E1 9A 80 = U+1680 and E3 80 80 = U+3000 (second and third byte as one little-endian u16).
      b.if(b.i32.eq(b.get(b0), k(0xe1)), () => b.set(w, b.i32.mul(b.i32.eq(b.i32.load16U(addr(), 1), k(0x809a)), k(3))));
      b.if(b.i32.eq(b.get(b0), k(0xe3)), () => b.set(w, b.i32.mul(b.i32.eq(b.i32.load16U(addr(), 1), k(0x8080)), k(3))));
      b.if(b.i32.eq(b.get(b0), k(0xe2)), () => {
        // E2 80 80..8A = U+2000..200A, E2 80 A8/A9/AF = U+2028/2029/202F, E2 81 9F = U+205F.
        b.set(b2, byte(2));
        const row80 = b.i32.and(
          b.i32.eq(byte(1), k(0x80)),
          or(
            b.i32.leU(b.get(b2), k(0x8a)),
            b.i32.eq(b.get(b2), k(0xa8)),
            b.i32.eq(b.get(b2), k(0xa9)),
            b.i32.eq(b.get(b2), k(0xaf)),
          ),
        );
        const row81 = b.i32.and(b.i32.eq(byte(1), k(0x81)), b.i32.eq(b.get(b2), k(0x9f)));
        b.set(w, b.i32.mul(b.i32.or(row80, row81), k(3)));
      });
    },
  );
}

function trimDef(name: string, atStart: boolean, atEnd: boolean, what: string): RuntimeDef {
  return {
    name,
    params: [["s", "i32"]],
    result: "i32",
    deps: [],
    doc: `s without ${what} White_Space characters (§7.2's list); returns s itself when nothing is removed`,
    build(b) {
      const k = (n: number): Expr => b.i32.const(n);
      const h = b.local("h", "i32");
      const n = b.local("n", "i32");
      const i = b.local("i", "i32");
      const j = b.local("j", "i32");
      const p = b.local("p", "i32");
      const w = b.local("w", "i32");
      const b0 = b.local("b0", "i32");
      const b2 = b.local("b2", "i32");
      const len = b.local("len", "i32");
      const r = b.local("r", "i32");
      b.set(h, strBytes(b, b.get("s")));
      b.set(n, strLen(b, b.get("s")));
      b.set(j, b.get(n));
      if (atStart) {
        b.loop((next) => {
          b.if(b.i32.ltU(b.get(i), b.get(n)), () => {
            whiteSpaceWidth(b, () => b.i32.add(b.get(h), b.get(i)), b0, b2, w);
            b.if(b.get(w), () => {
              b.set(i, b.i32.add(b.get(i), b.get(w)));
              b.br(next);
            });
          });
        });
      }
      if (atEnd) {
        b.loop((next) => {
          b.if(b.i32.gtU(b.get(j), b.get(i)), () => {
            // Back up to the lead byte of the last character (at most 3 steps).
            b.set(p, b.i32.sub(b.get(j), k(1)));
            b.loop((back) => {
              b.if(
                b.i32.and(
                  b.i32.gtU(b.get(p), b.get(i)),
                  b.i32.eq(b.i32.and(b.i32.load8U(b.i32.add(b.get(h), b.get(p))), k(0xc0)), k(0x80)),
                ),
                () => {
                  b.set(p, b.i32.sub(b.get(p), k(1)));
                  b.br(back);
                },
              );
            });
            whiteSpaceWidth(b, () => b.i32.add(b.get(h), b.get(p)), b0, b2, w);
            b.if(b.get(w), () => {
              b.set(j, b.get(p));
              b.br(next);
            });
          });
        });
      }
      b.if(b.i32.and(b.i32.eqz(b.get(i)), b.i32.eq(b.get(j), b.get(n))), () => b.ret(b.get("s")));
      b.set(len, b.i32.sub(b.get(j), b.get(i)));
      allocString(b, len, r);
      b.memoryCopy(strBytes(b, b.get(r)), b.i32.add(b.get(h), b.get(i)), b.get(len));
      return b.get(r);
    },
  };
}

export const TRIM_STRING_RUNTIME: readonly RuntimeDef[] = [
  trimDef("rt.str_trim", true, true, "leading and trailing"),
  trimDef("rt.str_trim_start", true, false, "leading"),
  trimDef("rt.str_trim_end", false, true, "trailing"),
];
