// Int → decimal text (LANGUAGE.md §6.1): rt.int_to_str, rt.int_write and the
// unsigned digit writers the float formatters reuse. Twin: `intToText`
// (@tetra/core, bigint toString).
//
// Digits are produced from the right four at a time (two pairs of a "00".."99"
// table, one 32-bit store), in i64 while the value needs 64 bits and in i32
// (cheaper everywhere) once it fits in 32, without a loop (so without a fuel
// check per step): 9223372036854775807 takes 3 i64 steps, 1 i32 step, then a
// pair and a digit.
import type { FuncBuilder } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { c32, c64, countAtLeast, placeOnce, temp } from "./emit.js";

/** 10^1 .. 10^19: the u64 digit count of v is 1 + #{t : v ≥ t}. */
const POW10_U64 = Array.from({ length: 19 }, (_, i) => 10n ** BigInt(i + 1));

function digitPairs(): Uint8Array {
  const out = new Uint8Array(200);
  for (let i = 0; i < 100; i++) {
    out[2 * i] = 48 + Math.floor(i / 10);
    out[2 * i + 1] = 48 + (i % 10);
  }
  return out;
}

const u64Digits: RuntimeDef = {
  name: "rt.u64_digits",
  params: [["v", "i64"]],
  result: "i32",
  deps: [],
  doc: "number of decimal digits of v read as unsigned (1 for 0, 20 for 2^64 − 1)",
  build(b) {
    return b.i32.add(c32(b, 1), countAtLeast(b, () => b.get("v"), POW10_U64, true));
  },
};

const u64WriteBack: RuntimeDef = {
  name: "rt.u64_write_back",
  params: [
    ["v", "i64"],
    ["end", "i32"],
  ],
  result: "none",
  deps: [],
  doc: "writes the decimal digits of v (unsigned) so that the last one is at end − 1; the caller knows the count (rt.u64_digits)",
  build(b, m) {
    const pairs = placeOnce(m, "digit-pairs", 1, digitPairs);
    const p = temp(b, "p", "i32", b.get("end"));
    const pairAt = (r: Expr): Expr => b.i32.load16U(b.i32.add(c32(b, pairs), b.i32.shl(r, c32(b, 1))));
    // r in 0 .. 9999 as exactly four digits ending at p: two table pairs, one 32-bit store
    // (little-endian: the high pair's two bytes first).
    const rr = b.local("r", "i32");
    const hi = b.local("hi", "i32");
    const four = (r: Expr): void => {
      b.set(rr, r);
      b.set(hi, b.i32.divU(b.get(rr), c32(b, 100)));
      b.set(p, b.i32.sub(b.get(p), c32(b, 4)));
      const lo = b.i32.sub(b.get(rr), b.i32.mul(b.get(hi), c32(b, 100)));
      b.i32.store(b.get(p), b.i32.or(pairAt(b.get(hi)), b.i32.shl(pairAt(lo), c32(b, 16))));
    };
    // Straight-line, no loop: a u64 has at most 20 digits. While v needs 64 bits, take four
    // digits at a time in i64 (2^64 / 10^12 < 2^32: at most three steps) ...
    const q = b.local("q", "i64");
    const step64 = (depth: number): void => {
      b.if(b.i64.geU(b.get("v"), c64(b, 0x1_0000_0000n)), () => {
        b.set(q, b.i64.divU(b.get("v"), c64(b, 10000)));
        four(b.i32.wrapI64(b.i64.sub(b.get("v"), b.i64.mul(b.get(q), c64(b, 10000)))));
        b.set("v", b.get(q));
        if (depth < 3) step64(depth + 1);
      });
    };
    step64(1);
    // ... then in i32 (an unsigned 32-bit value has at most 10 digits: at most two steps) ...
    const w = temp(b, "w", "i32", b.i32.wrapI64(b.get("v")));
    const wq = b.local("wq", "i32");
    const step32 = (depth: number): void => {
      b.if(b.i32.geU(b.get(w), c32(b, 10000)), () => {
        b.set(wq, b.i32.divU(b.get(w), c32(b, 10000)));
        four(b.i32.sub(b.get(w), b.i32.mul(b.get(wq), c32(b, 10000))));
        b.set(w, b.get(wq));
        if (depth < 2) step32(depth + 1);
      });
    };
    step32(1);
    // ... and the last one to four digits (w < 10000) as pairs and a single digit.
    b.if(b.i32.geU(b.get(w), c32(b, 100)), () => {
      b.set(wq, b.i32.divU(b.get(w), c32(b, 100)));
      b.set(p, b.i32.sub(b.get(p), c32(b, 2)));
      b.i32.store16(b.get(p), pairAt(b.i32.sub(b.get(w), b.i32.mul(b.get(wq), c32(b, 100)))));
      b.set(w, b.get(wq));
    });
    b.if(
      b.i32.geU(b.get(w), c32(b, 10)),
      () => b.i32.store16(b.i32.sub(b.get(p), c32(b, 2)), pairAt(b.get(w))),
      () => b.i32.store8(b.i32.sub(b.get(p), c32(b, 1)), b.i32.add(b.get(w), c32(b, 48))),
    );
  },
};

/** Emits locals for param `v`: its sign, |v| (read unsigned) and its text length (digits plus a `-`). */
function signedLength(b: FuncBuilder): { readonly neg: Expr; readonly mag: () => Expr; readonly len: () => Expr } {
  const neg = temp(b, "neg", "i32", b.i64.ltS(b.get("v"), c64(b, 0)));
  // 0 − v wraps for MIN: 2^63 read unsigned, exactly |MIN|
  const mag = temp(b, "mag", "i64", b.select(b.i64.sub(c64(b, 0), b.get("v")), b.get("v"), b.get(neg)));
  const len = temp(b, "len", "i32", b.i32.add(b.call("rt.u64_digits", [b.get(mag)]), b.get(neg)));
  return { neg: b.get(neg), mag: () => b.get(mag), len: () => b.get(len) };
}

const intWrite: RuntimeDef = {
  name: "rt.int_write",
  params: [
    ["v", "i64"],
    ["dst", "i32"],
  ],
  result: "i32",
  deps: ["rt.u64_digits", "rt.u64_write_back"],
  doc: "writes the §6.1 decimal text of v at dst (at most 20 bytes); returns the byte count",
  build(b) {
    const { neg, mag, len } = signedLength(b);
    b.if(neg, () => b.i32.store8(b.get("dst"), c32(b, 45)));
    b.callVoid("rt.u64_write_back", [mag(), b.i32.add(b.get("dst"), len())]);
    return len();
  },
};

const intToStr: RuntimeDef = {
  name: "rt.int_to_str",
  params: [["v", "i64"]],
  result: "i32",
  deps: ["rt.u64_digits", "rt.u64_write_back"],
  doc: "the §6.1 decimal text of v as a new String (`-9223372036854775808` for MIN)",
  build(b) {
    const { neg, mag, len } = signedLength(b);
    const s = temp(b, "s", "i32", b.alloc("scratch", b.i32.add(len(), c32(b, 4)), 4));
    b.i32.store(b.get(s), len());
    b.if(neg, () => b.i32.store8(b.get(s), c32(b, 45), 4));
    b.callVoid("rt.u64_write_back", [mag(), b.i32.add(b.i32.add(b.get(s), c32(b, 4)), len())]);
    return b.get(s);
  },
};

export const INT_TEXT_RUNTIME: readonly RuntimeDef[] = [u64Digits, u64WriteBack, intWrite, intToStr];
