import { describe, expect, test } from "vitest";
import { floatFromBits } from "./float-bits.js";
import { formatFloatJson, formatFloatText, shortestDigitsEven, shortestDigitsText } from "./float-format.js";
import { readFloatVectors } from "./float-vectors.js";

const VECTORS = readFloatVectors();

describe("float-vectors", () => {
  test("the-file-holds-3000-vectors-including-ties-where-the-rules-differ", () => {
    expect(VECTORS.length).toBe(3000);
    // 34 vectors are exact midpoints of two shortest candidates; in 32 the
    // even candidate is the smaller one, so text and JSON digits differ.
    const differ = VECTORS.filter((v) => {
      const x = floatFromBits(v.bits);
      return Number.isFinite(x) && x !== 0 && shortestDigitsText(x).digits !== shortestDigitsEven(x).digits;
    });
    expect(differ.length).toBe(32);
  });

  test("every-vector-text-form-matches", () => {
    const bad = VECTORS.filter((v) => formatFloatText(floatFromBits(v.bits)) !== v.text);
    expect(bad).toEqual([]);
  });

  test("every-vector-json-form-matches", () => {
    const bad = VECTORS.filter((v) => formatFloatJson(floatFromBits(v.bits)) !== v.json);
    expect(bad).toEqual([]);
  });
});

describe("spec-6.4-examples", () => {
  const cases: readonly (readonly [number, string, string | null])[] = [
    [1.0, "1", "1.0"],
    [-0.0, "-0", "-0.0"],
    [0.0, "0", "0.0"],
    [0.1, "0.1", "0.1"],
    [0.1 + 0.2, "0.30000000000000004", "0.30000000000000004"],
    [100.0, "100", "100.0"],
    [100.0 / 3.0, "33.333333333333336", "33.333333333333336"],
    [1e15, "1000000000000000", "1000000000000000.0"],
    [1e16, "10000000000000000", "1e16"],
    [3e20, "300000000000000000000", "3e20"],
    [12345678901234567890.0, "12345678901234567000", "1.2345678901234567e19"],
    [0.000001, "0.000001", "1e-6"],
    [1.5e-7, "0.00000015", "1.5e-7"],
    [2.5e-3, "0.0025", "0.0025"],
    [1000000000000000.25, "1000000000000000.3", "1000000000000000.2"],
    [NaN, "NaN", null],
    [Infinity, "inf", null],
    [-Infinity, "-inf", null],
  ];
  test.each(cases)("formats-%s", (x, text, json) => {
    expect(formatFloatText(x)).toBe(text);
    expect(formatFloatJson(x)).toBe(json);
  });

  test("max-and-min-subnormal-are-written-out-in-full", () => {
    expect(formatFloatText(1.7976931348623157e308)).toBe(`17976931348623157${"0".repeat(292)}`);
    expect(formatFloatText(5e-324)).toBe(`0.${"0".repeat(323)}5`);
    expect(formatFloatText(-5e-324).length).toBe(327);
  });
});
