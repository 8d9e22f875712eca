import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { exactOfDouble, scaleByPowerOfTwo } from "./fixed-point.js";
import { floatBits } from "./float-bits.js";
import { ceilToInt, floatEquals, floatMax, floatMin, floatRem, floorToInt, roundTiesEven, roundToInt } from "./float-ops.js";
import { I64_MAX, I64_MIN } from "./int64.js";
import { PrimitiveTrap } from "./trap.js";

/** C fmod by exact integer arithmetic: x − trunc(x/y)·y on the common binary grid. */
function exactFmod(x: number, y: number): number {
  const a = exactOfDouble(x);
  const b = exactOfDouble(y);
  const e = Math.min(a.exp2, b.exp2);
  const ai = a.num << BigInt(a.exp2 - e);
  const bi = b.num << BigInt(b.exp2 - e);
  const r = ai % bi; // bigint % truncates: sign of the dividend
  const v = scaleByPowerOfTwo(Number(r), e);
  return r === 0n ? (x < 0 || Object.is(x, -0) ? -0 : 0) : v;
}

describe("floatRem", () => {
  test("matches-exact-integer-fmod-on-random-pairs", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, (x, y) => {
        fc.pre(y !== 0);
        expect(floatBits(floatRem(x, y))).toBe(floatBits(exactFmod(x, y)));
      }),
      { seed: 7, numRuns: 20000 },
    );
  });
  test("c-special-cases", () => {
    expect(floatRem(5.5, 2)).toBe(1.5);
    expect(floatRem(-5.5, 2)).toBe(-1.5);
    expect(floatRem(1e22, 3)).toBe(1); // 1e22 = 2^22·5^22 exactly
    expect(floatRem(1e300, 7)).toBe(Number(BigInt(1e300) % 7n));
    expect(Object.is(floatRem(-4, 2), -0)).toBe(true);
    expect(floatRem(3, Infinity)).toBe(3);
    expect(floatRem(Infinity, 3)).toBeNaN();
    expect(floatRem(NaN, 3)).toBeNaN();
    expect(floatRem(3, NaN)).toBeNaN();
  });
  test("traps-division-by-zero-for-both-zeros", () => {
    expect(() => floatRem(1, 0)).toThrow(PrimitiveTrap);
    expect(() => floatRem(1, -0)).toThrow(PrimitiveTrap);
  });
});

describe("rounding-to-int", () => {
  test("round-ties-to-even-keeps-signed-zero", () => {
    expect(roundTiesEven(0.5)).toBe(0);
    expect(roundTiesEven(1.5)).toBe(2);
    expect(roundTiesEven(2.5)).toBe(2);
    expect(roundTiesEven(-2.5)).toBe(-2);
    expect(Object.is(roundTiesEven(-0.4), -0)).toBe(true);
    expect(roundTiesEven(4503599627370497)).toBe(4503599627370497);
  });
  test("saturates-at-the-i64-range", () => {
    expect(floorToInt(-2.5)).toBe(-3n);
    expect(ceilToInt(-2.5)).toBe(-2n);
    expect(roundToInt(2.5)).toBe(2n);
    expect(floorToInt(1e300)).toBe(I64_MAX);
    expect(floorToInt(-1e300)).toBe(I64_MIN);
    expect(floorToInt(NaN)).toBe(0n);
    expect(floorToInt(9223372036854775808)).toBe(I64_MAX);
    expect(floorToInt(-9223372036854775808)).toBe(I64_MIN);
    expect(floorToInt(4611686018427388928 + 1024)).toBe(4611686018427389952n);
  });
});

describe("comparisons", () => {
  test("nan-equals-nan-and-zeros-are-equal", () => {
    expect(floatEquals(NaN, NaN)).toBe(true);
    expect(floatEquals(0, -0)).toBe(true);
    expect(floatEquals(1, NaN)).toBe(false);
  });
  test("min-max-follow-the-comparison-rule-with-nan", () => {
    expect(floatMax(NaN, 1)).toBe(1);
    expect(floatMax(1, NaN)).toBeNaN();
    expect(floatMin(NaN, 1)).toBe(1);
    expect(floatMin(1, NaN)).toBeNaN();
  });
});
