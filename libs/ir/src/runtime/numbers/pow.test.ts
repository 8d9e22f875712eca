import { floatFromBits } from "@tetra/core";
import { describe, expect, test } from "vitest";
import { NumberHarness, type Command } from "./harness.js";
import { draw, pairMismatches, randomPairs, SPECIAL, type Pair } from "./pairs.js";

const h = new NumberHarness();

/** Random (x, y) pairs in the twin test. */
export const POW_RANDOM = 300_000;

describe("rt.pow", () => {
  test("special-value-grid-matches-the-twin", () => {
    const pairs = SPECIAL.flatMap((x) => SPECIAL.map((y): Pair => [x, y]));
    expect(pairMismatches(h, "rt.pow", pairs)).toEqual([]);
  });

  test("exact-results-are-exact-in-ir", () => {
    const pairs: Pair[] = [[2, 10], [10, 22], [2, -1074], [4, 0.5], [0.5, 1074], [-2, 3], [10, -1], [3, 33]];
    const got = h.run(pairs.map(([a, b]): Command => ({ fn: "rt.pow", a, b })));
    expect(got.map((g) => floatFromBits(g as bigint))).toEqual([1024, 1e22, 5e-324, 2, 5e-324, -8, 0.1, 5559060566555523]);
    expect(h.invoke("rt.pow", [-0, -3])).toBe(-Infinity);
  });

  test(`twin-agrees-on-${POW_RANDOM}-random-pairs`, () => {
    const pairs = randomPairs(0x90an, POW_RANDOM, (r, i) => {
      switch (i % 4) {
        case 0: // any finite base, exponent aimed at representable results
          return [draw(r, -1022, 1023, false), draw(r, -12, 2, true)];
        case 1: // negative bases with integer exponents
          return [draw(r, -8, 8, true), Number(r() % 81n) - 40];
        case 2: // bases near 1 with large exponents
          return [1 + (Number(r() % 2000001n) - 1000000) * 1e-12, draw(r, 0, 42, true)];
        default: // raw bit patterns (NaN, inf, subnormals, huge exponents)
          return [floatFromBits(r()), floatFromBits(r())];
      }
    });
    expect(pairMismatches(h, "rt.pow", pairs)).toEqual([]);
  });
});
