// Test support for the two-argument Float functions (rt.pow, rt.fmod): the
// special-value grid, random draws, and the IR-versus-twin comparison.
import { canonicalFloatBits, floatFromBits, floatPow, floatRem } from "@tetra/core";
import type { NumberHarness } from "./harness.js";
import { prng } from "./prng.js";

export type Pair = readonly [number, number];

/** ±0, ±1, small integers, NaN, ±inf, subnormals, min/max normal, 2^53 ± 1, neighbours of 1. */
export const SPECIAL: readonly number[] = [
  0, -0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.1, 10, 1e-300, 1e300, 5e-324, -5e-324, 2.2250738585072014e-308,
  1.7976931348623157e308, -1.7976931348623157e308, 9007199254740991, 9007199254740992, 9007199254740993,
  Infinity, -Infinity, NaN, 1.0000000000000002, 0.9999999999999999, 1023.5, -1074, 1074, 0.25, 1 / 3,
];

/** Pairs where the IR function and its twin differ, as [x, y, IR bits, twin bits]. */
export function pairMismatches(
  h: NumberHarness,
  fn: "rt.pow" | "rt.fmod",
  pairs: readonly Pair[],
): (readonly [number, number, string, string])[] {
  const twin = fn === "rt.pow" ? floatPow : floatRem;
  const got = h.run(pairs.map(([a, b]) => ({ fn, a, b })), 4000);
  const bad: (readonly [number, number, string, string])[] = [];
  pairs.forEach(([x, y], i) => {
    const want = canonicalFloatBits(twin(x, y));
    if (got[i] !== want) bad.push([x, y, String(got[i]), want.toString()]);
  });
  return bad;
}

export function randomPairs(seed: bigint, n: number, shape: (r: () => bigint, i: number) => Pair): Pair[] {
  const r = prng(seed);
  return Array.from({ length: n }, (_, i) => shape(r, i));
}

/** A double with random mantissa and binary exponent in [lo, hi], random sign when `signed`. */
export function draw(r: () => bigint, lo: number, hi: number, signed: boolean): number {
  const e = BigInt(lo + Number(r() % BigInt(hi - lo + 1)) + 1023);
  const sign = signed && r() % 2n === 0n ? 1n << 63n : 0n;
  return floatFromBits(sign | (e << 52n) | (r() & 0xfffffffffffffn));
}
