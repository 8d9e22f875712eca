// Decimal text → binary64, correctly rounded (round-half-even) for any number
// of digits: rt.parse_float. Twin: `parseFloatDecimal` (@tetra/core).
//
// The caller has already checked the JSON number grammar
// (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`). One scan collects the first 19
// significant digits w (exact in a u64), the decimal exponent q with
// value ≈ w·10^q, and whether any later digit was nonzero ("truncated"). Then:
//   1. w = 0 → ±0; q > 308 → ±inf; q < −342 → ±0 (w < 10^19 keeps the value
//      below 10^-323·½ or above the largest double).
//   2. Clinger's fast path: w ≤ 2^53 and |q| ≤ 22 → one IEEE × or ÷ by an
//      exact power of ten ("12.5" = 125 / 10).
//   3. rt.parse_eisel_lemire: w·U(q) as 192 bits with the 128-bit power of ten
//      U(q) (pow10-table.ts), normalised, rounded to 53 bits. The table error
//      bounds the true product in [P, P + w) (q > 55, U truncated) or (P − w, P)
//      (q < 0, U rounded up), or P exactly (0 ≤ q ≤ 55). When a rounding
//      midpoint falls within w of P, or the result would be subnormal, it gives
//      up (returns −1). Subnormal results round onto the 2^-1074 grid the same way.
//   4. More than 19 significant digits: the value lies in [w·10^q, (w+1)·10^q),
//      so when step 3 gives the same double for w and w + 1, that is the answer.
//   5. Otherwise (undecided products, truncated inputs whose bounds round
//      apart) the exact decimal algorithm of rt.parse_float_slow.
import type { FuncBuilder, LocalRef } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { c32, c64, placeOnce, f64Bytes, temp, umul128 } from "./emit.js";
import { POW10_MIN, pow10Table } from "./pow10-table.js";

const TWO_53 = 1n << 53n;
/** Exponent digits stop accumulating here (the value is 0 or inf long before). */
const EXP_CAP = 100_000_000;
/** |q| is clamped to this before the range tests, so no i32 sum can overflow. */
const Q_CLAMP = 100_000;

function exactPowersOfTen(): Uint8Array {
  const p: number[] = [];
  let v = 1;
  for (let i = 0; i <= 22; i++, v *= 10) p.push(v); // 10^0 .. 10^22, all exact doubles
  return f64Bytes(p);
}

/** Emits a digit loop over [i, end): calls `onDigit(d)` for each ASCII digit, stops at the first non-digit. */
function digitLoop(b: FuncBuilder, i: LocalRef, end: () => Expr, d: LocalRef, onDigit: () => void): void {
  b.block((done) => {
    b.loop((next) => {
      b.brIf(done, b.i32.geU(b.get(i), end()));
      b.set(d, b.i32.sub(b.i32.load8U(b.get(i)), c32(b, 48)));
      b.brIf(done, b.i32.geU(b.get(d), c32(b, 10)));
      onDigit();
      b.set(i, b.i32.add(b.get(i), c32(b, 1)));
      b.br(next);
    });
  });
}

/** The scan's results: sign, the first 19 significant digits, the exponent and the truncation flag. */
interface Scan {
  readonly neg: LocalRef;
  readonly w: LocalRef;
  readonly q: LocalRef;
  readonly truncated: LocalRef;
}

/** One pass over the text at (p, len): w, q (value ≈ w·10^q, clamped to ±Q_CLAMP), truncated. */
function emitScan(b: FuncBuilder): Scan {
  const i32 = (n: number): Expr => c32(b, n);
  const end = temp(b, "end", "i32", b.i32.add(b.get("p"), b.get("len")));
  const i = temp(b, "i", "i32", b.get("p"));
  const neg = temp(b, "neg", "i32", b.i32.eq(b.i32.load8U(b.get("p")), i32(45)));
  b.set(i, b.i32.add(b.get(i), b.get(neg)));
  const d = b.local("d", "i32");
  const w = b.local("w", "i64");
  const nd = b.local("nd", "i32");
  const e10 = b.local("e10", "i32");
  const truncated = b.local("truncated", "i32");
  /** A significant digit (or any digit after the first nonzero one): into w, or counted as dropped. */
  const take = (inFraction: boolean): void => {
    b.if(b.i32.or(b.i32.gtS(b.get(nd), i32(0)), b.i32.ne(b.get(d), i32(0))), () => {
      b.if(
        b.i32.ltS(b.get(nd), i32(19)),
        () => {
          b.set(w, b.i64.add(b.i64.mul(b.get(w), c64(b, 10)), b.i64.extendI32U(b.get(d))));
          if (inFraction) b.set(e10, b.i32.sub(b.get(e10), i32(1)));
        },
        () => {
          if (!inFraction) b.set(e10, b.i32.add(b.get(e10), i32(1)));
          b.set(truncated, b.i32.or(b.get(truncated), b.i32.ne(b.get(d), i32(0))));
        },
      );
      b.set(nd, b.i32.add(b.get(nd), i32(1)));
    }, inFraction ? () => b.set(e10, b.i32.sub(b.get(e10), i32(1))) : undefined);
  };
  digitLoop(b, i, () => b.get(end), d, () => take(false));
  b.if(b.i32.and(b.i32.ltU(b.get(i), b.get(end)), b.i32.eq(b.i32.load8U(b.get(i)), i32(46))), () => {
    b.set(i, b.i32.add(b.get(i), i32(1)));
    digitLoop(b, i, () => b.get(end), d, () => take(true));
  });
  // exponent: [eE][+-]?digits, saturating
  const ex = b.local("ex", "i32");
  const exNeg = b.local("ex_neg", "i32");
  b.if(b.i32.ltU(b.get(i), b.get(end)), () => {
    b.set(i, b.i32.add(b.get(i), i32(1)));
    const sign = (): Expr => b.i32.load8U(b.get(i));
    b.set(exNeg, b.i32.eq(sign(), i32(45)));
    b.if(b.i32.or(b.get(exNeg), b.i32.eq(sign(), i32(43))), () => b.set(i, b.i32.add(b.get(i), i32(1))));
    digitLoop(b, i, () => b.get(end), d, () =>
      b.if(b.i32.ltS(b.get(ex), i32(EXP_CAP)), () => b.set(ex, b.i32.add(b.i32.mul(b.get(ex), i32(10)), b.get(d)))),
    );
  });
  // q = e10 ± ex in i64 (both can be near 2^31 in a 2 GiB arena), clamped
  const sum = b.i64.add(
    b.i64.extendI32S(b.get(e10)),
    b.i64.extendI32S(b.select(b.i32.sub(i32(0), b.get(ex)), b.get(ex), b.get(exNeg))),
  );
  const q64 = temp(b, "q64", "i64", sum);
  const limit = (n: number): Expr => c64(b, n);
  const clamped = b.select(
    limit(Q_CLAMP),
    b.select(limit(-Q_CLAMP), b.get(q64), b.i64.ltS(b.get(q64), limit(-Q_CLAMP))),
    b.i64.gtS(b.get(q64), limit(Q_CLAMP)),
  );
  const q = temp(b, "q", "i32", b.i32.wrapI64(clamped));
  return { neg, w, q, truncated };
}

const parseFloat: RuntimeDef = {
  name: "rt.parse_float",
  params: [
    ["p", "i32"],
    ["len", "i32"],
  ],
  result: "f64",
  deps: ["rt.parse_eisel_lemire", "rt.parse_float_slow"],
  doc: "the double nearest the JSON number text at p (len bytes, grammar already checked), ties to even; overflow gives ±inf, underflow ±0 or a subnormal",
  build(b, m) {
    const i32 = (n: number): Expr => c32(b, n);
    const powers = placeOnce(m, "exact-powers-of-ten", 8, exactPowersOfTen);
    const { neg, w, q, truncated } = emitScan(b);
    const r = b.local("r", "f64");
    b.block((done) => {
      const give = (x: Expr): void => {
        b.set(r, x);
        b.br(done);
      };
      b.if(b.i64.eqz(b.get(w)), () => give(b.f64.const(0)));
      b.if(b.i32.gtS(b.get(q), i32(308)), () => give(b.f64.const(Infinity)));
      b.if(b.i32.ltS(b.get(q), i32(-342)), () => give(b.f64.const(0)));
      const el = b.local("el", "i64");
      const lemire = (digits: Expr): Expr => b.call("rt.parse_eisel_lemire", [digits, b.get(q)]);
      b.if(
        b.i32.eqz(b.get(truncated)),
        () => {
          const small = b.i32.and(b.i64.leU(b.get(w), c64(b, TWO_53)), b.i32.leU(b.i32.add(b.get(q), i32(22)), i32(44)));
          b.if(small, () => {
            const f = (): Expr => b.f64.convertI64U(b.get(w));
            const pow = (k: Expr): Expr => b.f64.load(b.i32.add(i32(powers), b.i32.shl(k, i32(3))));
            give(
              b.ifValue(
                "f64",
                b.i32.geS(b.get(q), i32(0)),
                () => b.f64.mul(f(), pow(b.get(q))),
                () => b.f64.div(f(), pow(b.i32.sub(i32(0), b.get(q)))),
              ),
            );
          });
          b.set(el, lemire(b.get(w)));
          b.if(b.i64.ne(b.get(el), c64(b, -1)), () => give(b.f64.reinterpretI64(b.get(el))));
        },
        () => {
          b.set(el, lemire(b.get(w)));
          const upper = lemire(b.i64.add(b.get(w), c64(b, 1)));
          b.if(b.i32.and(b.i64.ne(b.get(el), c64(b, -1)), b.i64.eq(b.get(el), upper)), () =>
            give(b.f64.reinterpretI64(b.get(el))),
          );
        },
      );
      b.set(r, b.call("rt.parse_float_slow", [b.get("p"), b.get("len")]));
    });
    return b.select(b.f64.neg(b.get(r)), b.get(r), b.get(neg));
  },
};

const parseEiselLemire: RuntimeDef = {
  name: "rt.parse_eisel_lemire",
  params: [
    ["w", "i64"],
    ["q", "i32"],
  ],
  result: "i64",
  deps: [],
  doc: "the bits of the double nearest w·10^q (w ≠ 0 exact, −342 ≤ q ≤ 308), or −1 when the 192-bit product cannot decide",
  build(b, m) {
    const table = pow10Table(m);
    const i32 = (n: number): Expr => c32(b, n);
    const i64 = (n: bigint | number): Expr => c64(b, n);
    const lz = temp(b, "lz", "i64", b.i64.clz(b.get("w")));
    const wn = temp(b, "wn", "i64", b.i64.shl(b.get("w"), b.get(lz)));
    const entry = temp(b, "entry", "i32", b.i32.add(i32(table), b.i32.shl(b.i32.sub(b.get("q"), i32(POW10_MIN)), i32(4))));
    const uLo = temp(b, "u_lo", "i64", b.i64.load(b.get(entry)));
    const uHi = temp(b, "u_hi", "i64", b.i64.load(b.get(entry), 8));
    // P = wn · U = hi·2^128 + mid·2^64 + lo
    const p0hi = b.local("p0_hi", "i64");
    const lo = b.local("lo", "i64");
    const hi = b.local("hi", "i64");
    const p1lo = b.local("p1_lo", "i64");
    umul128(b, () => b.get(wn), () => b.get(uLo), p0hi, lo);
    umul128(b, () => b.get(wn), () => b.get(uHi), hi, p1lo);
    const mid = temp(b, "mid", "i64", b.i64.add(b.get(p1lo), b.get(p0hi)));
    b.set(hi, b.i64.add(b.get(hi), b.i64.extendI32U(b.i64.ltU(b.get(mid), b.get(p0hi)))));
    const upper = temp(b, "upper", "i32", b.i32.wrapI64(b.i64.shrU(b.get(hi), i64(63))));
    // biased exponent of the top bit: 190 + upper + B(q) − lz + 1023
    const binExp = b.i32.sub(b.i32.shrS(b.i32.mul(b.get("q"), i32(217706)), i32(16)), i32(127));
    const e = temp(
      b,
      "e",
      "i32",
      b.i32.sub(b.i32.add(b.i32.add(i32(190 + 1023), b.get(upper)), binExp), b.i32.wrapI64(b.get(lz))),
    );
    b.if(b.i32.geS(b.get(e), i32(2047)), () => b.ret(i64(0x7ff0_0000_0000_0000n)));
    // hi holds 53 mantissa bits then r = 10 + upper bits to round away; a
    // subnormal result (e ≤ 0) keeps 1 − e bits fewer, onto the 2^-1074 grid
    const drop = temp(b, "drop", "i32", b.i32.add(i32(10), b.get(upper)));
    b.if(b.i32.leS(b.get(e), i32(0)), () => {
      b.set(drop, b.i32.sub(b.i32.add(b.get(drop), i32(1)), b.get(e)));
      b.set(e, i32(1));
      // below half the smallest subnormal: +0 (at exactly 64, leave it to the slow path)
      b.if(b.i32.gtS(b.get(drop), i32(64)), () => b.ret(i64(0)));
      b.if(b.i32.eq(b.get(drop), i32(64)), () => b.ret(i64(-1)));
    });
    const r = temp(b, "r", "i64", b.i64.extendI32U(b.get(drop)));
    const mant = temp(b, "mant", "i64", b.i64.shrU(b.get(hi), b.get(r)));
    const remHi = temp(b, "rem_hi", "i64", b.i64.and(b.get(hi), b.i64.sub(b.i64.shl(i64(1), b.get(r)), i64(1))));
    const halfHi = temp(b, "half_hi", "i64", b.i64.shl(i64(1), b.i64.sub(b.get(r), i64(1))));
    const up = b.local("up", "i32");
    const exact = b.i32.leU(b.get("q"), i32(55)); // 0 ≤ q ≤ 55: U(q) is exact, so is P
    b.if(
      exact,
      () => {
        const aboveHalf = b.i32.or(
          b.i64.gtU(b.get(remHi), b.get(halfHi)),
          b.i32.and(b.i64.eq(b.get(remHi), b.get(halfHi)), b.i64.ne(b.i64.or(b.get(mid), b.get(lo)), i64(0))),
        );
        const tieToOdd = b.i32.and(
          b.i64.eq(b.get(remHi), b.get(halfHi)),
          b.i32.and(b.i64.eqz(b.i64.or(b.get(mid), b.get(lo))), b.i32.wrapI64(b.i64.and(b.get(mant), i64(1)))),
        );
        b.set(up, b.i32.or(aboveHalf, tieToOdd));
      },
      () => {
        // the true product is within wn of P: give up if a midpoint is that close
        b.if(
          b.i32.and(
            b.i64.eq(b.get(remHi), b.get(halfHi)),
            b.i32.and(b.i64.eqz(b.get(mid)), b.i64.leU(b.get(lo), b.get(wn))),
          ),
          () => b.ret(i64(-1)),
        );
        b.if(
          b.i32.and(
            b.i32.and(b.i64.eq(b.get(remHi), b.i64.sub(b.get(halfHi), i64(1))), b.i64.eq(b.get(mid), i64(-1))),
            b.i32.and(b.i64.ne(b.get(lo), i64(0)), b.i64.leU(b.i64.sub(i64(0), b.get(lo)), b.get(wn))),
          ),
          () => b.ret(i64(-1)),
        );
        b.set(up, b.i64.geU(b.get(remHi), b.get(halfHi)));
      },
    );
    // a carry out of the mantissa moves into the exponent field by itself
    // (a subnormal rounding up to 2^52 becomes the smallest normal)
    return b.i64.add(
      b.i64.shl(b.i64.extendI32U(b.i32.sub(b.get(e), i32(1))), i64(52)),
      b.i64.add(b.get(mant), b.i64.extendI32U(b.get(up))),
    );
  },
};

export const PARSE_FLOAT_RUNTIME: readonly RuntimeDef[] = [parseFloat, parseEiselLemire];
