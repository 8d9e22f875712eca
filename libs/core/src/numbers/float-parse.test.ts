import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canonicalFloatBits, floatBits, floatFromBits } from "./float-bits.js";
import { formatFloatJson } from "./float-format.js";
import { isFloatLiteralText, isJsonNumberText, parseFloatDecimal } from "./float-parse.js";
import { readFloatVectors } from "./float-vectors.js";

/** The exact decimal expansion of num / 2^k (k ≥ 0). */
function exactDecimal(num: bigint, k: number): string {
  if (k <= 0) return (num << BigInt(-k)).toString();
  const digits = (num * 5n ** BigInt(k)).toString().padStart(k + 1, "0");
  return `${digits.slice(0, digits.length - k)}.${digits.slice(digits.length - k)}`;
}

/** The exact midpoint between the positive finite double with these bits and its successor. */
function midpointAbove(bits: bigint): string {
  const biased = Number(bits >> 52n);
  const frac = bits & 0xfffffffffffffn;
  const m = biased === 0 ? frac : frac | 0x10000000000000n;
  const q = (biased === 0 ? 1 : biased) - 1075; // x = m·2^q, midpoint = (2m+1)·2^(q−1)
  return exactDecimal(2n * m + 1n, 1 - q);
}

describe("grammar", () => {
  test("json-numbers-are-accepted-and-others-rejected", () => {
    for (const t of ["0", "-0", "2", "1.5", "1e400", "-1.25E-3", "1E+2"]) expect(isJsonNumberText(t)).toBe(true);
    for (const t of ["", " 1", "01", "1.", ".5", "+1", "0x10", "Infinity", "NaN", "1e", "1_0"]) expect(isJsonNumberText(t)).toBe(false);
  });
  test("float-literals-need-digits-on-both-sides", () => {
    expect(isFloatLiteralText("1.5")).toBe(true);
    expect(isFloatLiteralText("1e3")).toBe(true);
    expect(isFloatLiteralText("1.")).toBe(false);
    expect(isFloatLiteralText(".5")).toBe(false);
    expect(isFloatLiteralText("1")).toBe(false);
    expect(parseFloatDecimal("1.", "literal")).toBeNull();
    expect(parseFloatDecimal("1.5e2", "literal")).toBe(150);
  });
});

describe("values", () => {
  test("integers-signed-zero-and-out-of-range", () => {
    expect(parseFloatDecimal("2")).toBe(2);
    expect(Object.is(parseFloatDecimal("-0"), -0)).toBe(true);
    expect(parseFloatDecimal("1e400")).toBe(Infinity);
    expect(parseFloatDecimal("-1e400")).toBe(-Infinity);
    expect(Object.is(parseFloatDecimal("-1e-400"), -0)).toBe(true);
    expect(parseFloatDecimal("4.9e-324")).toBe(5e-324);
    expect(parseFloatDecimal("2.4703282292062328e-324")).toBe(5e-324); // just above half the minimum
    expect(parseFloatDecimal("2.4703282292062327e-324")).toBe(0); // just below it
  });

  test("vector-json-forms-round-trip", () => {
    for (const v of readFloatVectors()) {
      if (v.json === null) continue;
      expect(floatBits(parseFloatDecimal(v.json) ?? NaN)).toBe(v.bits);
    }
  });

  test("random-doubles-round-trip-through-json", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = formatFloatJson(x);
        expect(text).not.toBeNull();
        expect(floatBits(parseFloatDecimal(text ?? "") ?? NaN)).toBe(floatBits(x));
      }),
      { seed: 20240601, numRuns: 20000 },
    );
  });

  test("exact-halfway-cases-round-to-even-with-700-digits", () => {
    // 2^-1074·(2k+1)/2 needs 767 significant digits; the midpoint between the
    // two smallest normals, written exactly, rounds to the even one.
    const cases = [0x0000000000000001n, 0x000fffffffffffffn, 0x0010000000000000n, 0x3ff0000000000000n, 0x7fefffffffffffeen];
    for (const bits of cases) {
      const mid = midpointAbove(bits);
      const below = floatFromBits(bits);
      const above = floatFromBits(bits + 1n);
      const even = (bits & 1n) === 0n ? below : above;
      expect(parseFloatDecimal(mid)).toBe(even);
      expect(parseFloatDecimal(`${mid}${mid.includes(".") ? "" : "."}${"0".repeat(50)}1`)).toBe(above);
      if (mid.includes(".")) expect(parseFloatDecimal(mid.replace(/5$/, "49999999999999999999"))).toBe(below);
    }
    expect(midpointAbove(0x0000000000000001n).replace(/^0\.0*/, "").length).toBe(752); // 3·2^-1075
  });

  test("nan-is-never-produced", () => {
    expect(canonicalFloatBits(parseFloatDecimal("0") ?? NaN)).toBe(0n);
  });
});
