import { describe, expect, test } from "vitest";
import { canonicalFloatBits, floatBits } from "./float-bits.js";
import { floatPow } from "./pow.js";

const bitsOf = (x: number): bigint => canonicalFloatBits(x);
/** 2^k exactly, by repeated doubling/halving (no Math.pow). */
function twoTo(k: number): number {
  let r = 1;
  for (let i = 0; i < k; i++) r *= 2;
  for (let i = 0; i > k; i--) r *= 0.5;
  return r;
}

describe("c99-annex-f-special-cases", () => {
  const cases: readonly (readonly [number, number, number])[] = [
    [NaN, 0, 1],
    [NaN, -0, 1],
    [Infinity, 0, 1],
    [1, NaN, 1],
    [1, Infinity, 1],
    [1, -Infinity, 1],
    [2, NaN, NaN],
    [NaN, 2, NaN],
    [-1, Infinity, 1],
    [-1, -Infinity, 1],
    [0.5, Infinity, 0],
    [0.5, -Infinity, Infinity],
    [-0.5, Infinity, 0],
    [2, Infinity, Infinity],
    [-2, -Infinity, 0],
    [0, -3, Infinity],
    [-0, -3, -Infinity],
    [-0, -2, Infinity],
    [-0, -0.5, Infinity],
    [0, -Infinity, Infinity],
    [-0, -Infinity, Infinity],
    [0, 3, 0],
    [-0, 3, -0],
    [-0, 2, 0],
    [-0, 0.5, 0],
    [-0, Infinity, 0],
    [-Infinity, -3, -0],
    [-Infinity, -2, 0],
    [-Infinity, -0.5, 0],
    [-Infinity, 3, -Infinity],
    [-Infinity, 2, Infinity],
    [-Infinity, 0.5, Infinity],
    [Infinity, -1, 0],
    [Infinity, 0.5, Infinity],
    [-8, 1 / 3, NaN],
    [-2, 0.5, NaN],
    [-2, 3, -8],
    [-2, -3, -0.125],
    [-2, 4, 16],
    [-1, 1e300, 1],
    [-1, 9007199254740991, -1],
    [-1, 9007199254740992, 1],
    [-3, 1e300, Infinity],
    [-0.5, 1e300, 0],
    [0, 1e-300, 0],
    [2, 1024, Infinity],
    [2, -1075, 0],
    [10, 400, Infinity],
    [10, -400, 0],
  ];
  test.each(cases)("pow(%s, %s) = %s", (x, y, want) => {
    expect(bitsOf(floatPow(x, y))).toBe(bitsOf(want));
  });
});

describe("exact-when-representable", () => {
  test("powers-of-two-over-the-whole-range", () => {
    for (let k = -1074; k <= 1023; k++) expect(floatPow(2, k)).toBe(twoTo(k));
    expect(floatPow(0.5, 1074)).toBe(5e-324);
    expect(floatPow(4, -537)).toBe(5e-324);
  });
  test("powers-of-ten-up-to-1e22", () => {
    let p = 1;
    for (let k = 0; k <= 22; k++) {
      expect(floatPow(10, k)).toBe(p);
      p *= 10;
    }
  });
  test("integer-powers-whose-value-is-a-double", () => {
    for (const [x, n] of [[3, 33], [5, 22], [7, 18], [11, 15], [-3, 33], [1.5, 40], [0.75, 30], [9, 16]] as const) {
      let r = 1;
      for (let i = 0; i < n; i++) r *= x; // exact: every partial product has ≤ 53 bits
      expect(floatPow(x, n)).toBe(r);
      expect(floatPow(x, -n)).toBe(1 / r); // r is exact, so IEEE 1/r is the correctly rounded x^-n
    }
  });
  test("roots-of-perfect-powers", () => {
    expect(floatPow(4, 0.5)).toBe(2);
    expect(floatPow(2.25, 0.5)).toBe(1.5);
    expect(floatPow(4, 1.5)).toBe(8);
    expect(floatPow(16, 0.25)).toBe(2);
    expect(floatPow(1e300, 0.5)).toBe(1e150);
    expect(floatPow(68719476736, 0.5)).toBe(262144);
    expect(floatPow(8, -1 / 3 + 1 / 3)).toBe(1);
  });
  test("exponent-one-returns-the-base-and-two-the-rounded-square", () => {
    let s = 12345;
    for (let i = 0; i < 20000; i++) {
      s = (s * 48271) % 2147483647;
      const x = (s / 2147483647) * twoTo((i % 2000) - 1000);
      expect(floatBits(floatPow(x, 1))).toBe(floatBits(x));
      // a 53-bit x has a 105-bit square, never a midpoint: IEEE x·x is the correctly rounded x²
      expect(floatBits(floatPow(x, 2))).toBe(floatBits(x * x));
    }
  });
  test("subnormal-results-round-once", () => {
    expect(floatPow(2, -1074.5)).toBe(5e-324); // 0.707·2^-1074
    expect(floatPow(2, -1075.5)).toBe(0); // 0.354·2^-1074
    expect(floatPow(2, -1073.5)).toBe(5e-324); // 1.414·2^-1074 → 1 unit
    expect(floatPow(2, -1072.5)).toBe(1.5e-323); // 2.83·2^-1074 → 3 units
    expect(floatPow(1e-310, 1)).toBe(1e-310);
    expect(floatPow(5e-324, 0.5)).toBe(2.2227587494850775e-162);
  });
});
