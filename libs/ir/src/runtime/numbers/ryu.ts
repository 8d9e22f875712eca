// Shortest round-trip digits of a double: Ryū (Ulf Adams, PLDI 2018, the
// d2s.c reference) in IR, with its 128-bit multiplications done in 32-bit
// halves and the shared table of 128-bit powers of ten (pow10-table.ts) in
// place of Ryū's two 125-bit tables.
//
// Ryū finds the shortest digit string in the rounding interval and, among
// those, the one nearest the exact value; the only place it chooses between
// two equally near candidates is the "…50…0" test, which we parameterise:
//   ties_up = 0: round half to even, the JSON rule (§6.3, ryu/serde_json);
//   ties_up = 1: round half up, the text rule (§6.2, "larger in magnitude").
// For an exact tie both candidates lie in the interval (it is symmetric
// around the value, or wider above it at a power of two), so rounding up is
// always allowed. `1000000000000000.25` is such a tie: "10000000000000002"
// (JSON) or "10000000000000003" (text), exponent 16.
//
// Integers below 2^53 take Ryū's small-integer shortcut (their digits are the
// integer itself with trailing zeros stripped): `100.0` → "1", n = 3.
import type { FuncBuilder, LocalRef } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { c32, c64, temp, umul128 } from "./emit.js";
import { POW10_MIN, pow10Table } from "./pow10-table.js";

const M52 = (1n << 52n) - 1n;

const mulShift64: RuntimeDef = {
  name: "rt.mul_shift_64",
  params: [
    ["m", "i64"],
    ["entry", "i32"],
    ["shift", "i32"],
  ],
  result: "i64",
  deps: [],
  doc: "⌊m · U / 2^shift⌋ mod 2^64 for the u128 U at entry (low word first), m < 2^55, 64 < shift < 128 (Ryū's mulShift64)",
  build(b) {
    const lo = temp(b, "u_lo", "i64", b.i64.load(b.get("entry")));
    const hi = temp(b, "u_hi", "i64", b.i64.load(b.get("entry"), 8));
    const b0hi = b.local("b0_hi", "i64");
    const b0lo = b.local("b0_lo", "i64");
    const b2hi = b.local("b2_hi", "i64");
    const b2lo = b.local("b2_lo", "i64");
    umul128(b, () => b.get("m"), () => b.get(lo), b0hi, b0lo);
    umul128(b, () => b.get("m"), () => b.get(hi), b2hi, b2lo);
    const sum = temp(b, "sum", "i64", b.i64.add(b.get(b0hi), b.get(b2lo)));
    b.set(b2hi, b.i64.add(b.get(b2hi), b.i64.extendI32U(b.i64.ltU(b.get(sum), b.get(b0hi)))));
    const dist = temp(b, "dist", "i64", b.i64.extendI32U(b.i32.sub(b.get("shift"), c32(b, 64))));
    return b.i64.or(b.i64.shl(b.get(b2hi), b.i64.sub(c64(b, 64), b.get(dist))), b.i64.shrU(b.get(sum), b.get(dist)));
  },
};

const pow5FactorAtLeast: RuntimeDef = {
  name: "rt.pow5_factor_at_least",
  params: [
    ["v", "i64"],
    ["p", "i32"],
  ],
  result: "i32",
  deps: [],
  doc: "1 when 5^p divides v (v > 0), else 0 (Ryū's multipleOfPowerOf5)",
  build(b) {
    const count = b.local("count", "i32");
    b.loop((next) => {
      b.if(b.i64.eqz(b.i64.remU(b.get("v"), c64(b, 5))), () => {
        b.set("v", b.i64.divU(b.get("v"), c64(b, 5)));
        b.set(count, b.i32.add(b.get(count), c32(b, 1)));
        b.br(next);
      });
    });
    return b.i32.geS(b.get(count), b.get("p"));
  },
};

const f64Shortest: RuntimeDef = {
  name: "rt.f64_shortest",
  params: [
    ["bits", "i64"],
    ["ties_up", "i32"],
    ["dst", "i32"],
  ],
  result: "i32",
  deps: ["rt.mul_shift_64", "rt.pow5_factor_at_least", "rt.u64_digits", "rt.u64_write_back"],
  doc:
    "for the bits of a finite positive double: writes its k shortest digits d1…dk (ASCII) at dst and returns n·32 + k, " +
    "where the value is 0.d1…dk × 10^n; exact ties go to the even digit (ties_up = 0, §6.3) or up (ties_up = 1, §6.2)",
  build(b, m) {
    const table = pow10Table(m);
    const output = b.local("output", "i64");
    const exp = b.local("exp", "i32");
    const ieeeM = temp(b, "ieee_m", "i64", b.i64.and(b.get("bits"), c64(b, M52)));
    const ieeeE = temp(b, "ieee_e", "i32", b.i32.wrapI64(b.i64.shrU(b.get("bits"), c64(b, 52))));
    b.block((haveOutput) => {
      emitSmallInt(b, ieeeM, ieeeE, output, exp, haveOutput.name);
      emitGeneral(b, table, ieeeM, ieeeE, output, exp);
    });
    // Ryū's output has no trailing zeros in practice; strip any so k is the digit count of §6.2.
    const q = b.local("q", "i64");
    b.loop((next) => {
      b.set(q, b.i64.divU(b.get(output), c64(b, 10)));
      b.if(b.i64.eq(b.i64.mul(b.get(q), c64(b, 10)), b.get(output)), () => {
        b.set(output, b.get(q));
        b.set(exp, b.i32.add(b.get(exp), c32(b, 1)));
        b.br(next);
      });
    });
    const k = temp(b, "k", "i32", b.call("rt.u64_digits", [b.get(output)]));
    b.callVoid("rt.u64_write_back", [b.get(output), b.i32.add(b.get("dst"), b.get(k))]);
    return b.i32.or(b.i32.shl(b.i32.add(b.get(exp), b.get(k)), c32(b, 5)), b.get(k));
  },
};

/** Integers 1 ≤ x < 2^53: output = x, exp = 0, then `br exit`. Falls through otherwise. */
function emitSmallInt(
  b: FuncBuilder,
  ieeeM: LocalRef,
  ieeeE: LocalRef,
  output: LocalRef,
  exp: LocalRef,
  exit: string,
): void {
  const e2 = temp(b, "e2_int", "i32", b.i32.sub(b.get(ieeeE), c32(b, 1075)));
  // ieee_e ≠ 0 and −52 ≤ e2 ≤ 0
  b.if(b.i32.and(b.i32.ne(b.get(ieeeE), c32(b, 0)), b.i32.leU(b.i32.add(b.get(e2), c32(b, 52)), c32(b, 52))), () => {
    const m2 = temp(b, "m2_int", "i64", b.i64.or(b.get(ieeeM), c64(b, 1n << 52n)));
    const shift = (): Expr => b.i64.extendI32U(b.i32.sub(c32(b, 0), b.get(e2)));
    const mask = b.i64.sub(b.i64.shl(c64(b, 1), shift()), c64(b, 1));
    b.if(b.i64.eqz(b.i64.and(b.get(m2), mask)), () => {
      b.set(output, b.i64.shrU(b.get(m2), shift()));
      b.set(exp, c32(b, 0));
      b.br(exit);
    });
  });
}

/** Locals and helpers of Ryū's step 3, shared by its two exponent branches. */
interface Step3 {
  readonly e2: LocalRef;
  readonly mv: LocalRef;
  readonly mmShift: LocalRef;
  readonly acceptBounds: LocalRef;
  readonly vr: LocalRef;
  readonly vp: LocalRef;
  readonly vm: LocalRef;
  readonly e10: LocalRef;
  readonly q: LocalRef;
  readonly vmTZ: LocalRef;
  readonly vrTZ: LocalRef;
  /** mm = mv − 1 − mmShift, mp = mv + 2 */
  readonly mm: () => Expr;
  readonly mp: () => Expr;
  /** vr, vp, vm = ⌊{mv, mp, mm} · U(t) / 2^(−e2 − B(t))⌋ */
  readonly mulShifts: (t: () => Expr) => void;
  /** 5^q divides v */
  readonly pow5: (v: Expr) => Expr;
}

/** Ryū's d2d: sets output and exp (value = output · 10^exp). */
function emitGeneral(b: FuncBuilder, table: number, ieeeM: LocalRef, ieeeE: LocalRef, output: LocalRef, exp: LocalRef): void {
  const i32 = (n: number): Expr => c32(b, n);
  const i64 = (n: bigint | number): Expr => c64(b, n);
  const e2 = b.local("e2", "i32");
  const m2 = b.local("m2", "i64");
  b.if(
    b.i32.eqz(b.get(ieeeE)),
    () => {
      b.set(e2, i32(1 - 1023 - 52 - 2));
      b.set(m2, b.get(ieeeM));
    },
    () => {
      b.set(e2, b.i32.sub(b.get(ieeeE), i32(1023 + 52 + 2)));
      b.set(m2, b.i64.or(b.get(ieeeM), i64(1n << 52n)));
    },
  );
  const mv = temp(b, "mv", "i64", b.i64.shl(b.get(m2), i64(2)));
  const mmShift = temp(
    b,
    "mm_shift",
    "i64",
    b.i64.extendI32U(b.i32.or(b.i64.ne(b.get(ieeeM), i64(0)), b.i32.leU(b.get(ieeeE), i32(1)))),
  );
  const entry = b.local("entry", "i32");
  const shift = b.local("shift", "i32");
  const st: Step3 = {
    e2,
    mv,
    mmShift,
    acceptBounds: temp(b, "accept_bounds", "i32", b.i64.eqz(b.i64.and(b.get(m2), i64(1)))),
    vr: b.local("vr", "i64"),
    vp: b.local("vp", "i64"),
    vm: b.local("vm", "i64"),
    e10: b.local("e10", "i32"),
    q: b.local("q", "i32"),
    vmTZ: b.local("vm_tz", "i32"),
    vrTZ: b.local("vr_tz", "i32"),
    mm: () => b.i64.sub(b.i64.sub(b.get(mv), i64(1)), b.get(mmShift)),
    mp: () => b.i64.add(b.get(mv), i64(2)),
    mulShifts: (t) => {
      b.set(entry, b.i32.add(i32(table), b.i32.shl(b.i32.sub(t(), i32(POW10_MIN)), i32(4))));
      // B(t) = ((t · 217706) >> 16) − 127, the binary exponent of table entry t
      const binExp = b.i32.sub(b.i32.shrS(b.i32.mul(t(), i32(217706)), i32(16)), i32(127));
      b.set(shift, b.i32.sub(b.i32.sub(i32(0), b.get(e2)), binExp));
      b.set(st.vr, b.call("rt.mul_shift_64", [b.get(mv), b.get(entry), b.get(shift)]));
      b.set(st.vp, b.call("rt.mul_shift_64", [st.mp(), b.get(entry), b.get(shift)]));
      b.set(st.vm, b.call("rt.mul_shift_64", [st.mm(), b.get(entry), b.get(shift)]));
    },
    pow5: (v) => b.call("rt.pow5_factor_at_least", [v, b.get(st.q)]),
  };
  b.if(b.i32.geS(b.get(e2), i32(0)), () => emitNonNegativeE2(b, st), () => emitNegativeE2(b, st));
  const removed = b.local("removed", "i32");
  const { vr, vp, vm, vmTZ, vrTZ, acceptBounds } = st;
  b.if(
    b.i32.or(b.get(vmTZ), b.get(vrTZ)),
    () => emitRareRemoval(b, { vr, vp, vm, vmTZ, vrTZ, removed, output, acceptBounds }),
    () => emitCommonRemoval(b, { vr, vp, vm, removed, output }),
  );
  b.set(exp, b.i32.add(b.get(st.e10), b.get(removed)));
}

/** e2 ≥ 0: q = log10Pow2(e2) − (e2 > 3); vr = ⌊mv · 2^e2 / 10^q⌋ through the entry of 10^−q. */
function emitNonNegativeE2(b: FuncBuilder, st: Step3): void {
  const i32 = (n: number): Expr => c32(b, n);
  const { e2, q } = st;
  b.set(q, b.i32.sub(b.i32.shrU(b.i32.mul(b.get(e2), i32(78913)), i32(18)), b.i32.gtS(b.get(e2), i32(3))));
  b.set(st.e10, b.get(q));
  st.mulShifts(() => b.i32.sub(i32(0), b.get(q)));
  // only one of mp, mv, mm can be a multiple of 5
  b.if(b.i32.leS(b.get(q), i32(21)), () => {
    b.if(
      b.i64.eqz(b.i64.remU(b.get(st.mv), c64(b, 5))),
      () => b.set(st.vrTZ, st.pow5(b.get(st.mv))),
      () =>
        b.if(
          b.get(st.acceptBounds),
          () => b.set(st.vmTZ, st.pow5(st.mm())),
          () => b.set(st.vp, b.i64.sub(b.get(st.vp), b.i64.extendI32U(st.pow5(st.mp())))),
        ),
    );
  });
}

/** e2 < 0: q = log10Pow5(−e2) − (−e2 > 1); vr = ⌊mv · 5^i / 2^q⌋ with i = −e2 − q. */
function emitNegativeE2(b: FuncBuilder, st: Step3): void {
  const i32 = (n: number): Expr => c32(b, n);
  const { e2, q } = st;
  const ne2 = (): Expr => b.i32.sub(i32(0), b.get(e2));
  b.set(q, b.i32.sub(b.i32.shrU(b.i32.mul(ne2(), i32(732923)), i32(20)), b.i32.gtS(ne2(), i32(1))));
  b.set(st.e10, b.i32.add(b.get(q), b.get(e2)));
  const i = temp(b, "i", "i32", b.i32.sub(ne2(), b.get(q)));
  st.mulShifts(() => b.get(i));
  b.if(
    b.i32.leS(b.get(q), i32(1)),
    () => {
      // mv = 4·m2 has at least two trailing zero bits
      b.set(st.vrTZ, i32(1));
      b.if(
        b.get(st.acceptBounds),
        () => b.set(st.vmTZ, b.i64.eq(b.get(st.mmShift), c64(b, 1))),
        () => b.set(st.vp, b.i64.sub(b.get(st.vp), c64(b, 1))),
      );
    },
    () =>
      b.if(b.i32.ltS(b.get(q), i32(63)), () => {
        const mask = b.i64.sub(b.i64.shl(c64(b, 1), b.i64.extendI32U(b.get(q))), c64(b, 1));
        b.set(st.vrTZ, b.i64.eqz(b.i64.and(b.get(st.mv), mask)));
      }),
  );
}

type L = LocalRef;

/** Ryū's general digit removal (~0.7% of inputs): tracks trailing zeros for the exact tie rule. */
function emitRareRemoval(
  b: FuncBuilder,
  v: { vr: L; vp: L; vm: L; vmTZ: L; vrTZ: L; removed: L; output: L; acceptBounds: L },
): void {
  const ten = (): Expr => c64(b, 10);
  const last = b.local("last", "i32");
  const vpD = b.local("vp_div10", "i64");
  const vmD = b.local("vm_div10", "i64");
  const vrD = b.local("vr_div10", "i64");
  const mod = (x: L, xd: L): Expr => b.i32.wrapI64(b.i64.sub(b.get(x), b.i64.mul(b.get(xd), ten())));
  const step = (): void => {
    b.set(v.vrTZ, b.i32.and(b.get(v.vrTZ), b.i32.eqz(b.get(last))));
    b.set(last, mod(v.vr, vrD));
    b.set(v.vr, b.get(vrD));
    b.set(v.vp, b.get(vpD));
    b.set(v.vm, b.get(vmD));
    b.set(v.removed, b.i32.add(b.get(v.removed), c32(b, 1)));
  };
  b.block((done) => {
    b.loop((next) => {
      b.set(vpD, b.i64.divU(b.get(v.vp), ten()));
      b.set(vmD, b.i64.divU(b.get(v.vm), ten()));
      b.brIf(done, b.i64.leU(b.get(vpD), b.get(vmD)));
      b.set(v.vmTZ, b.i32.and(b.get(v.vmTZ), b.i32.eqz(mod(v.vm, vmD))));
      b.set(vrD, b.i64.divU(b.get(v.vr), ten()));
      step();
      b.br(next);
    });
  });
  b.if(b.get(v.vmTZ), () => {
    b.block((done) => {
      b.loop((next) => {
        b.set(vmD, b.i64.divU(b.get(v.vm), ten()));
        b.brIf(done, b.i32.ne(mod(v.vm, vmD), c32(b, 0)));
        b.set(vpD, b.i64.divU(b.get(v.vp), ten()));
        b.set(vrD, b.i64.divU(b.get(v.vr), ten()));
        step();
        b.br(next);
      });
    });
  });
  // "Round even if the exact number is …50…0" — the JSON rule only.
  const exactHalf = b.i32.and(b.get(v.vrTZ), b.i32.eq(b.get(last), c32(b, 5)));
  const evenVr = b.i64.eqz(b.i64.and(b.get(v.vr), c64(b, 1)));
  b.if(b.i32.and(b.i32.and(b.i32.eqz(b.get("ties_up")), exactHalf), evenVr), () => b.set(last, c32(b, 4)));
  const outside = b.i32.and(
    b.i64.eq(b.get(v.vr), b.get(v.vm)),
    b.i32.or(b.i32.eqz(b.get(v.acceptBounds)), b.i32.eqz(b.get(v.vmTZ))),
  );
  const up = b.i32.or(outside, b.i32.geU(b.get(last), c32(b, 5)));
  b.set(v.output, b.i64.add(b.get(v.vr), b.i64.extendI32U(up)));
}

/** Ryū's specialised removal for the common case: two digits at a time first, no tie tracking. */
function emitCommonRemoval(b: FuncBuilder, v: { vr: L; vp: L; vm: L; removed: L; output: L }): void {
  const roundUp = b.local("round_up", "i32");
  const vpD = b.local("vp_div", "i64");
  const vmD = b.local("vm_div", "i64");
  const vrD = b.local("vr_div", "i64");
  const remove = (by: number, half: number): void => {
    b.set(vrD, b.i64.divU(b.get(v.vr), c64(b, by)));
    const rem = b.i64.sub(b.get(v.vr), b.i64.mul(b.get(vrD), c64(b, by)));
    b.set(roundUp, b.i64.geU(rem, c64(b, half)));
    b.set(v.vr, b.get(vrD));
    b.set(v.vp, b.get(vpD));
    b.set(v.vm, b.get(vmD));
  };
  b.set(vpD, b.i64.divU(b.get(v.vp), c64(b, 100)));
  b.set(vmD, b.i64.divU(b.get(v.vm), c64(b, 100)));
  b.if(b.i64.gtU(b.get(vpD), b.get(vmD)), () => {
    remove(100, 50);
    b.set(v.removed, b.i32.add(b.get(v.removed), c32(b, 2)));
  });
  b.block((done) => {
    b.loop((next) => {
      b.set(vpD, b.i64.divU(b.get(v.vp), c64(b, 10)));
      b.set(vmD, b.i64.divU(b.get(v.vm), c64(b, 10)));
      b.brIf(done, b.i64.leU(b.get(vpD), b.get(vmD)));
      remove(10, 5);
      b.set(v.removed, b.i32.add(b.get(v.removed), c32(b, 1)));
      b.br(next);
    });
  });
  const up = b.i32.or(b.i64.eq(b.get(v.vr), b.get(v.vm)), b.get(roundUp));
  b.set(v.output, b.i64.add(b.get(v.vr), b.i64.extendI32U(up)));
}

export const RYU_RUNTIME: readonly RuntimeDef[] = [mulShift64, pow5FactorAtLeast, f64Shortest];
