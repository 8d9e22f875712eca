import { describe, expect, it } from "vitest";
import { quantile, relativeSpread, summarize } from "./stats.js";

describe("stats", () => {
  it("median-of-odd-and-even-sample-counts", () => {
    expect(summarize([5, 1, 3]).median).toBe(3);
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it("quartiles-interpolate-between-neighbours", () => {
    const s = summarize([10, 20, 30, 40, 50]);
    expect(s).toEqual({ median: 30, min: 10, q1: 20, q3: 40, samples: 5 });
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(relativeSpread(s)).toBeCloseTo(20 / 30, 12);
  });

  it("a-single-sample-is-its-own-summary", () => {
    expect(summarize([7])).toEqual({ median: 7, min: 7, q1: 7, q3: 7, samples: 1 });
  });

  it("quantile-of-nothing-is-an-internal-error", () => {
    expect(() => quantile([], 0.5)).toThrow(/no samples/);
  });
});
