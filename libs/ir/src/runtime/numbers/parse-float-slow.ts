// The exact slow path of rt.parse_float: the decimal-shifting algorithm of
// Nigel Tao's "simple decimal conversion" (Wuffs; Rust's dec2flt `slow.rs`),
// used for inputs the fast paths cannot decide — more than 19 significant
// digits, subnormal results, products too close to a rounding midpoint.
//
// The number is held as decimal digits d1 d2 … (a "Decimal": value =
// 0.d1d2… × 10^dp) of which the first MAX_DIGITS are kept exactly and the
// rest summarised by a `truncated` flag. It is multiplied or divided by
// powers of two (≤ 2^60 per step, so the carry fits in a u64) until it lies in
// [1/2, 1), then shifted by 53 bits and rounded half-to-even on its digits.
// 768 digits suffice: every midpoint between two doubles has at most 767
// significant digits, so a digit beyond them only matters as "nonzero", which
// the flag records (LANGUAGE.md §1.4.2 requires correct rounding at any length:
// an 800-digit exact midpoint plus "…0001" rounds up).
//
// Layout of a Decimal (scratch, released before return):
//   [+0 digit count i32][+4 dp i32][+8 truncated i32][+12 pad][+16 digits, one byte each 0..9]
import type { FuncBuilder, LocalRef } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { c32, c64, temp } from "./emit.js";

export const MAX_DIGITS = 768;
/** A left shift by ≤ 60 bits adds at most 19 digits; they are written this far right first. */
const LEFT_SLACK = 20;
const DIGITS = 16;
const DECIMAL_SIZE = DIGITS + MAX_DIGITS + LEFT_SLACK + 4;
/** Far beyond any double: the value is 0 or inf. */
const DP_RANGE = 2047;
const Q_CLAMP = 100_000;

/** Field accessors of the Decimal at param `d`. */
function fields(b: FuncBuilder) {
  const at = (off: number) => ({
    get: (): Expr => b.i32.load(b.get("d"), off),
    set: (v: Expr): void => b.i32.store(b.get("d"), v, off),
  });
  return {
    nd: at(0),
    dp: at(4),
    truncated: at(8),
    digit: (i: Expr): Expr => b.i32.load8U(b.i32.add(b.get("d"), i), DIGITS),
    setDigit: (i: Expr, v: Expr): void => b.i32.store8(b.i32.add(b.get("d"), i), v, DIGITS),
  };
}

/** Drops trailing zero digits (the count lives in local `nd`). */
function trim(b: FuncBuilder, nd: LocalRef): void {
  const f = fields(b);
  b.block((done) => {
    b.loop((next) => {
      b.brIf(done, b.i32.leS(b.get(nd), c32(b, 0)));
      b.brIf(done, b.i32.ne(f.digit(b.i32.sub(b.get(nd), c32(b, 1))), c32(b, 0)));
      b.set(nd, b.i32.sub(b.get(nd), c32(b, 1)));
      b.br(next);
    });
  });
}

const decimalRightShift: RuntimeDef = {
  name: "rt.decimal_shr",
  params: [
    ["d", "i32"],
    ["shift", "i32"],
  ],
  result: "none",
  deps: [],
  doc: "divides the Decimal at d by 2^shift (1 ≤ shift ≤ 60), keeping MAX_DIGITS digits and the truncated flag",
  build(b) {
    const f = fields(b);
    const i32 = (n: number): Expr => c32(b, n);
    const s = temp(b, "s", "i64", b.i64.extendI32U(b.get("shift")));
    const nd = temp(b, "nd", "i32", f.nd.get());
    const r = b.local("r", "i32");
    const w = b.local("w", "i32");
    const n = b.local("n", "i64");
    const top = (): Expr => b.i64.shrU(b.get(n), b.get(s));
    const ten = (x: Expr): Expr => b.i64.mul(x, c64(b, 10));
    // read digits until n ≥ 2^shift
    b.block((enough) => {
      b.loop((next) => {
        b.brIf(enough, b.i64.ne(top(), c64(b, 0)));
        b.if(
          b.i32.ltS(b.get(r), b.get(nd)),
          () => {
            b.set(n, b.i64.add(ten(b.get(n)), b.i64.extendI32U(f.digit(b.get(r)))));
            b.set(r, b.i32.add(b.get(r), i32(1)));
          },
          () => {
            b.if(b.i64.eqz(b.get(n)), () => b.ret());
            b.loop((more) => {
              b.if(b.i64.eqz(top()), () => {
                b.set(n, ten(b.get(n)));
                b.set(r, b.i32.add(b.get(r), i32(1)));
                b.br(more);
              });
            });
            b.br(enough);
          },
        );
        b.br(next);
      });
    });
    const dp = temp(b, "dp", "i32", b.i32.sub(f.dp.get(), b.i32.sub(b.get(r), i32(1))));
    b.if(b.i32.ltS(b.get(dp), i32(-DP_RANGE)), () => {
      f.nd.set(i32(0));
      f.dp.set(i32(0));
      f.truncated.set(i32(0));
      b.ret();
    });
    f.dp.set(b.get(dp));
    const mask = temp(b, "mask", "i64", b.i64.sub(b.i64.shl(c64(b, 1), b.get(s)), c64(b, 1)));
    const newDigit = b.local("new_digit", "i32");
    b.loop((next) => {
      b.if(b.i32.ltS(b.get(r), b.get(nd)), () => {
        b.set(newDigit, b.i32.wrapI64(top()));
        b.set(n, b.i64.add(ten(b.i64.and(b.get(n), b.get(mask))), b.i64.extendI32U(f.digit(b.get(r)))));
        b.set(r, b.i32.add(b.get(r), i32(1)));
        f.setDigit(b.get(w), b.get(newDigit));
        b.set(w, b.i32.add(b.get(w), i32(1)));
        b.br(next);
      });
    });
    b.loop((next) => {
      b.if(b.i64.ne(b.get(n), c64(b, 0)), () => {
        b.set(newDigit, b.i32.wrapI64(top()));
        b.set(n, ten(b.i64.and(b.get(n), b.get(mask))));
        b.if(
          b.i32.ltS(b.get(w), i32(MAX_DIGITS)),
          () => {
            f.setDigit(b.get(w), b.get(newDigit));
            b.set(w, b.i32.add(b.get(w), i32(1)));
          },
          () => b.if(b.i32.ne(b.get(newDigit), i32(0)), () => f.truncated.set(i32(1))),
        );
        b.br(next);
      });
    });
    trim(b, w);
    f.nd.set(b.get(w));
  },
};

const decimalLeftShift: RuntimeDef = {
  name: "rt.decimal_shl",
  params: [
    ["d", "i32"],
    ["shift", "i32"],
  ],
  result: "none",
  deps: [],
  doc: "multiplies the Decimal at d by 2^shift (1 ≤ shift ≤ 60), keeping MAX_DIGITS digits and the truncated flag",
  build(b) {
    const f = fields(b);
    const i32 = (n: number): Expr => c32(b, n);
    const nd = temp(b, "nd", "i32", f.nd.get());
    b.if(b.i32.eqz(b.get(nd)), () => b.ret());
    const s = temp(b, "s", "i64", b.i64.extendI32U(b.get("shift")));
    // Multiply from the last digit, writing each result digit LEFT_SLACK places
    // right of where it came from (the product has at most 19 more digits), …
    const r = temp(b, "r", "i32", b.get(nd));
    const w = temp(b, "w", "i32", b.i32.add(b.get(nd), i32(LEFT_SLACK)));
    const n = b.local("n", "i64");
    const q = b.local("q", "i64");
    const emitDigit = (): void => {
      b.set(w, b.i32.sub(b.get(w), i32(1)));
      b.set(q, b.i64.divU(b.get(n), c64(b, 10)));
      f.setDigit(b.get(w), b.i32.wrapI64(b.i64.sub(b.get(n), b.i64.mul(b.get(q), c64(b, 10)))));
      b.set(n, b.get(q));
    };
    b.loop((next) => {
      b.if(b.i32.gtS(b.get(r), i32(0)), () => {
        b.set(r, b.i32.sub(b.get(r), i32(1)));
        b.set(n, b.i64.add(b.get(n), b.i64.shl(b.i64.extendI32U(f.digit(b.get(r))), b.get(s))));
        emitDigit();
        b.br(next);
      });
    });
    b.loop((next) => {
      b.if(b.i64.ne(b.get(n), c64(b, 0)), () => {
        emitDigit();
        b.br(next);
      });
    });
    // … then slide the product to the front, keeping MAX_DIGITS digits.
    const total = temp(b, "total", "i32", b.i32.sub(b.i32.add(b.get(nd), i32(LEFT_SLACK)), b.get(w)));
    const keep = temp(b, "keep", "i32", b.get(total));
    b.if(b.i32.gtS(b.get(total), i32(MAX_DIGITS)), () => {
      const k = temp(b, "k", "i32", b.i32.add(b.get(w), i32(MAX_DIGITS)));
      const stop = temp(b, "stop", "i32", b.i32.add(b.get(w), b.get(total)));
      b.loop((next) => {
        b.if(b.i32.ltS(b.get(k), b.get(stop)), () => {
          b.if(b.i32.ne(f.digit(b.get(k)), i32(0)), () => f.truncated.set(i32(1)));
          b.set(k, b.i32.add(b.get(k), i32(1)));
          b.br(next);
        });
      });
      b.set(keep, i32(MAX_DIGITS));
    });
    const digits = (i: Expr): Expr => b.i32.add(b.i32.add(b.get("d"), i32(DIGITS)), i);
    b.memoryCopy(digits(i32(0)), digits(b.get(w)), b.get(keep));
    f.dp.set(b.i32.add(f.dp.get(), b.i32.sub(b.get(total), b.get(nd))));
    trim(b, keep);
    f.nd.set(b.get(keep));
  },
};

const decimalRound: RuntimeDef = {
  name: "rt.decimal_round",
  params: [["d", "i32"]],
  result: "i64",
  deps: [],
  doc: "the integer part of the Decimal at d rounded half to even (a 5 followed by truncated digits rounds up); 2^64 − 1 when dp > 18",
  build(b) {
    const f = fields(b);
    const i32 = (n: number): Expr => c32(b, n);
    const nd = temp(b, "nd", "i32", f.nd.get());
    const dp = temp(b, "dp", "i32", f.dp.get());
    b.if(b.i32.or(b.i32.eqz(b.get(nd)), b.i32.ltS(b.get(dp), i32(0))), () => b.ret(c64(b, 0)));
    b.if(b.i32.gtS(b.get(dp), i32(18)), () => b.ret(c64(b, -1)));
    const n = b.local("n", "i64");
    const i = b.local("i", "i32");
    b.loop((next) => {
      b.if(b.i32.ltS(b.get(i), b.get(dp)), () => {
        b.set(n, b.i64.mul(b.get(n), c64(b, 10)));
        b.if(b.i32.ltS(b.get(i), b.get(nd)), () =>
          b.set(n, b.i64.add(b.get(n), b.i64.extendI32U(f.digit(b.get(i))))),
        );
        b.set(i, b.i32.add(b.get(i), i32(1)));
        b.br(next);
      });
    });
    const up = b.local("up", "i32");
    b.if(b.i32.ltS(b.get(dp), b.get(nd)), () => {
      const next = temp(b, "next_digit", "i32", f.digit(b.get(dp)));
      b.set(up, b.i32.geU(b.get(next), i32(5)));
      // exactly "…5" as the last kept digit: a tie unless digits were dropped
      b.if(b.i32.and(b.i32.eq(b.get(next), i32(5)), b.i32.eq(b.i32.add(b.get(dp), i32(1)), b.get(nd))), () => {
        const odd = b.ifValue(
          "i32",
          b.i32.ne(b.get(dp), i32(0)),
          () => b.i32.and(f.digit(b.i32.sub(b.get(dp), i32(1))), i32(1)),
          () => i32(0),
        );
        b.set(up, b.i32.or(b.i32.ne(f.truncated.get(), i32(0)), odd));
      });
    });
    return b.i64.add(b.get(n), b.i64.extendI32U(b.get(up)));
  },
};

/** Parses the JSON number text at (p, len) into the Decimal at local `d`. */
function emitLoad(b: FuncBuilder): void {
  const f = fields(b);
  const i32 = (n: number): Expr => c32(b, n);
  const i = temp(b, "i", "i32", b.get("p"));
  const end = temp(b, "end", "i32", b.i32.add(b.get("p"), b.get("len")));
  b.set(i, b.i32.add(b.get(i), b.i32.eq(b.i32.load8U(b.get(i)), i32(45))));
  const nd = b.local("nd", "i32");
  const dp = b.local("dp", "i32");
  const seen = b.local("seen", "i32");
  const c = b.local("c", "i32");
  const truncated = b.local("truncated", "i32");
  const digits = (inFraction: boolean): void => {
    b.block((done) => {
      b.loop((next) => {
        b.brIf(done, b.i32.geU(b.get(i), b.get(end)));
        b.set(c, b.i32.sub(b.i32.load8U(b.get(i)), i32(48)));
        b.brIf(done, b.i32.geU(b.get(c), i32(10)));
        b.if(
          b.i32.or(b.get(seen), b.i32.ne(b.get(c), i32(0))),
          () => {
            b.set(seen, i32(1));
            b.if(
              b.i32.ltS(b.get(nd), i32(MAX_DIGITS)),
              () => {
                f.setDigit(b.get(nd), b.get(c));
                b.set(nd, b.i32.add(b.get(nd), i32(1)));
              },
              () => b.set(truncated, b.i32.or(b.get(truncated), b.i32.ne(b.get(c), i32(0)))),
            );
            if (!inFraction) b.set(dp, b.i32.add(b.get(dp), i32(1)));
          },
          inFraction ? () => b.set(dp, b.i32.sub(b.get(dp), i32(1))) : undefined,
        );
        b.set(i, b.i32.add(b.get(i), i32(1)));
        b.br(next);
      });
    });
  };
  digits(false);
  b.if(b.i32.and(b.i32.ltU(b.get(i), b.get(end)), b.i32.eq(b.i32.load8U(b.get(i)), i32(46))), () => {
    b.set(i, b.i32.add(b.get(i), i32(1)));
    digits(true);
  });
  const ex = b.local("ex", "i32");
  const exNeg = b.local("ex_neg", "i32");
  b.if(b.i32.ltU(b.get(i), b.get(end)), () => {
    b.set(i, b.i32.add(b.get(i), i32(1)));
    b.set(exNeg, b.i32.eq(b.i32.load8U(b.get(i)), i32(45)));
    b.if(b.i32.or(b.get(exNeg), b.i32.eq(b.i32.load8U(b.get(i)), i32(43))), () => b.set(i, b.i32.add(b.get(i), i32(1))));
    b.block((done) => {
      b.loop((next) => {
        b.brIf(done, b.i32.geU(b.get(i), b.get(end)));
        b.if(b.i32.ltS(b.get(ex), i32(100_000_000)), () =>
          b.set(ex, b.i32.add(b.i32.mul(b.get(ex), i32(10)), b.i32.sub(b.i32.load8U(b.get(i)), i32(48)))),
        );
        b.set(i, b.i32.add(b.get(i), i32(1)));
        b.br(next);
      });
    });
  });
  // dp + exponent in i64, clamped (dp alone can approach 2^31 in a 2 GiB arena)
  const sum = temp(
    b,
    "dp64",
    "i64",
    b.i64.add(b.i64.extendI32S(b.get(dp)), b.i64.extendI32S(b.select(b.i32.sub(i32(0), b.get(ex)), b.get(ex), b.get(exNeg)))),
  );
  const clamped = b.select(
    c64(b, Q_CLAMP),
    b.select(c64(b, -Q_CLAMP), b.get(sum), b.i64.ltS(b.get(sum), c64(b, -Q_CLAMP))),
    b.i64.gtS(b.get(sum), c64(b, Q_CLAMP)),
  );
  trim(b, nd);
  f.nd.set(b.get(nd));
  f.dp.set(b.i32.wrapI64(clamped));
  f.truncated.set(b.get(truncated));
}

/**
 * Rust's parse_long_mantissa on the loaded Decimal at local `d`: shifts it into
 * [1/2, 1) while counting the binary exponent, handles subnormals, then rounds
 * 53 bits off its digits. `give(x)` leaves with the result.
 */
function emitConvert(b: FuncBuilder, d: LocalRef, give: (x: Expr) => void): void {
  const f = fields(b);
  const i32 = (n: number): Expr => c32(b, n);
  const exp2 = b.local("exp2", "i32");
  const sh = b.local("sh", "i32");
  const mant = b.local("mant", "i64");
  /** Rust's get_shift: ⌊n·log2 10⌋ for n < 19 (0, 3, 6, 9, 13, …, 59), else 60. */
  const shiftFor = (n: Expr): Expr => b.select(b.i32.shrU(b.i32.mul(n, i32(1701)), i32(9)), i32(60), b.i32.ltS(n, i32(19)));
  const shr = (s: Expr): void => b.callVoid("rt.decimal_shr", [b.get(d), s]);
  const shl = (s: Expr): void => b.callVoid("rt.decimal_shl", [b.get(d), s]);
  const tooBig = (): Expr => b.i32.geS(b.i32.add(b.get(exp2), i32(1023)), i32(0x7ff));
  b.if(b.i32.or(b.i32.eqz(f.nd.get()), b.i32.ltS(f.dp.get(), i32(-324))), () => give(b.f64.const(0)));
  b.if(b.i32.geS(f.dp.get(), i32(310)), () => give(b.f64.const(Infinity)));
  // shift right toward [1/2, 1)
  b.loop((next) => {
    b.if(b.i32.gtS(f.dp.get(), i32(0)), () => {
      b.set(sh, shiftFor(f.dp.get()));
      shr(b.get(sh));
      b.if(b.i32.ltS(f.dp.get(), i32(-DP_RANGE)), () => give(b.f64.const(0)));
      b.set(exp2, b.i32.add(b.get(exp2), b.get(sh)));
      b.br(next);
    });
  });
  // shift left toward [1/2, 1)
  b.block((inRange) => {
    b.loop((next) => {
      b.brIf(inRange, b.i32.gtS(f.dp.get(), i32(0)));
      b.if(
        b.i32.eqz(f.dp.get()),
        () => {
          const first = temp(b, "first", "i32", f.digit(i32(0)));
          b.brIf(inRange, b.i32.geU(b.get(first), i32(5)));
          b.set(sh, b.select(i32(2), i32(1), b.i32.leU(b.get(first), i32(1))));
        },
        () => b.set(sh, shiftFor(b.i32.sub(i32(0), f.dp.get()))),
      );
      shl(b.get(sh));
      b.if(b.i32.gtS(f.dp.get(), i32(DP_RANGE)), () => give(b.f64.const(Infinity)));
      b.set(exp2, b.i32.sub(b.get(exp2), b.get(sh)));
      b.br(next);
    });
  });
  // [1/2, 1) → the binary format's [1, 2)
  b.set(exp2, b.i32.sub(b.get(exp2), i32(1)));
  // subnormals: shift right until the exponent is the minimum
  b.loop((next) => {
    b.if(b.i32.ltS(b.get(exp2), i32(-1022)), () => {
      b.set(sh, b.i32.sub(i32(-1022), b.get(exp2)));
      b.set(sh, b.select(i32(60), b.get(sh), b.i32.gtS(b.get(sh), i32(60))));
      shr(b.get(sh));
      b.set(exp2, b.i32.add(b.get(exp2), b.get(sh)));
      b.br(next);
    });
  });
  b.if(tooBig(), () => give(b.f64.const(Infinity)));
  shl(i32(53));
  b.set(mant, b.call("rt.decimal_round", [b.get(d)]));
  b.if(b.i64.geU(b.get(mant), c64(b, 1n << 53n)), () => {
    // rounding carried into bit 53: one bit less precision, exponent + 1
    shr(i32(1));
    b.set(exp2, b.i32.add(b.get(exp2), i32(1)));
    b.set(mant, b.call("rt.decimal_round", [b.get(d)]));
    b.if(tooBig(), () => give(b.f64.const(Infinity)));
  });
  const biased = temp(b, "biased", "i32", b.i32.add(b.get(exp2), i32(1023)));
  b.if(b.i64.ltU(b.get(mant), c64(b, 1n << 52n)), () => b.set(biased, b.i32.sub(b.get(biased), i32(1))));
  const bits = b.i64.or(
    b.i64.shl(b.i64.extendI32U(b.get(biased)), c64(b, 52)),
    b.i64.and(b.get(mant), c64(b, (1n << 52n) - 1n)),
  );
  give(b.f64.reinterpretI64(bits));
}

const parseFloatSlow: RuntimeDef = {
  name: "rt.parse_float_slow",
  params: [
    ["p", "i32"],
    ["len", "i32"],
  ],
  result: "f64",
  deps: ["rt.decimal_shr", "rt.decimal_shl", "rt.decimal_round"],
  doc: "|x| for the JSON number text at p, exactly rounded by decimal shifting (any length; uses ~800 bytes of scratch, released)",
  build(b) {
    const mark = temp(b, "mark", "i32", b.state("scratch_ptr"));
    const d = b.local("d", "i32");
    b.set(d, b.alloc("scratch", c32(b, DECIMAL_SIZE), 8));
    emitLoad(b);
    const result = b.local("result", "f64");
    b.block((done) => {
      emitConvert(b, d, (x) => {
        b.set(result, x);
        b.br(done);
      });
    });
    b.setState("scratch_ptr", b.get(mark));
    return b.get(result);
  },
};

export const PARSE_FLOAT_SLOW_RUNTIME: readonly RuntimeDef[] = [
  decimalRightShift,
  decimalLeftShift,
  decimalRound,
  parseFloatSlow,
];
