import { floatFromBits } from "@tetra/core";
import { describe, expect, test } from "vitest";
import { NumberHarness } from "./harness.js";
import { draw, pairMismatches, randomPairs, SPECIAL, type Pair } from "./pairs.js";

const h = new NumberHarness();

/** Random (x, y) pairs in the twin test. */
export const FMOD_RANDOM = 250_000;

describe("rt.fmod", () => {
  test("special-value-grid-matches-floatRem", () => {
    const pairs = SPECIAL.flatMap((x) => SPECIAL.filter((y) => y !== 0).map((y): Pair => [x, y]));
    expect(pairMismatches(h, "rt.fmod", pairs)).toEqual([]);
  });

  test("zero-divisor-gives-nan-and-signs-follow-the-dividend", () => {
    expect(floatFromBits(h.run([{ fn: "rt.fmod", a: 1, b: 0 }])[0] as bigint)).toBeNaN();
    expect(h.invoke("rt.fmod", [-5.5, 2])).toBe(-1.5);
    expect(Object.is(h.invoke("rt.fmod", [-4, 2]), -0)).toBe(true);
    expect(h.invoke("rt.fmod", [1e308, 1e-308])).toBe(1e308 % 1e-308);
  });

  test(`twin-agrees-on-${FMOD_RANDOM}-random-pairs`, () => {
    const pairs = randomPairs(0xf30dn, FMOD_RANDOM, (r, i) => {
      switch (i % 3) {
        case 0: // close magnitudes
          return [draw(r, -30, 30, true), draw(r, -30, 30, true)];
        case 1: // the whole range, subnormal divisors included
          return [draw(r, -1074, 1023, true), r() % 8n === 0n ? floatFromBits(r() & 0x000fffffffffffffn) : draw(r, -1074, 1023, true)];
        default: {
          const y = floatFromBits(r());
          return [floatFromBits(r()), y === 0 ? 1 : y];
        }
      }
    });
    expect(pairMismatches(h, "rt.fmod", pairs.filter(([, y]) => y !== 0))).toEqual([]);
  });
});
