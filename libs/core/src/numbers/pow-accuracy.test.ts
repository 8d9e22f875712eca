// floatPow against the 320-bit BigInt reference (pow-reference.ts). The
// default sample is small enough for every test run; the figures in
// docs/runtime-numbers.md come from
//   POW_ACCURACY_SAMPLES=300000 npx vitest run src/numbers/pow-accuracy.test.ts
import { describe, expect, test } from "vitest";
import { floatFromBits } from "./float-bits.js";
import { floatPow } from "./pow.js";
import { powReference } from "./pow-reference.js";

const SAMPLES = Number(process.env["POW_ACCURACY_SAMPLES"] ?? "6000");

/** A seeded xorshift64* stream of 64-bit patterns. */
function prng(seed: bigint): () => bigint {
  let s = seed;
  return () => {
    s ^= s >> 12n;
    s ^= (s << 25n) & 0xffffffffffffffffn;
    s ^= s >> 27n;
    return (s * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
  };
}

interface Stats {
  samples: number;
  nearTies: number;
  misrounded: number;
  maxUlps: number;
  worst: string;
}

/** Runs `n` samples (x, y) drawn by `pick`, skipping pairs whose result is far outside the double range. */
function measure(seed: bigint, n: number, pick: (r: () => bigint) => readonly [number, number]): Stats {
  const r = prng(seed);
  const st: Stats = { samples: 0, nearTies: 0, misrounded: 0, maxUlps: 0, worst: "" };
  while (st.samples < n) {
    const [x, y] = pick(r);
    const ref = powReference(x, y);
    if (ref === undefined) continue; // far outside the double range: resample
    st.samples++;
    if (ref.nearTie) {
      st.nearTies++;
      continue;
    }
    const got = floatPow(x, y);
    const err = ref.errorUlps(got);
    if (err > st.maxUlps) {
      st.maxUlps = err;
      st.worst = `pow(${x}, ${y}) = ${got}, reference ${ref.rounded}`;
    }
    if (got !== ref.rounded) st.misrounded++;
  }
  return st;
}

/** A double with random mantissa bits and binary exponent in [lo, hi]. */
function randomDouble(r: () => bigint, lo: number, hi: number): number {
  const e = lo + Number(r() % BigInt(hi - lo + 1));
  return floatFromBits((BigInt(e + 1023) << 52n) | (r() & 0xfffffffffffffn));
}

const log2Approx = (x: number): number => {
  // exponent plus a linear mantissa term: only used to aim y at a finite result
  const bits = floatFromBits(0n) + x;
  let e = 0;
  let m = bits;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1) { m *= 2; e--; }
  return e + (m - 1);
};

const DISTRIBUTIONS: readonly (readonly [string, bigint, (r: () => bigint) => readonly [number, number]])[] = [
  ["any base, exponent aimed at the whole range", 1n, (r) => {
    const x = randomDouble(r, -1022, 1023);
    const t = Number(r() % 2090n) - 1068 + Number(r() % 1000n) / 1000;
    return [x, t / (log2Approx(x) || 1)];
  }],
  ["base near 1, large exponents", 2n, (r) => {
    const x = 1 + (Number(r() % 2000001n) - 1000000) * 1e-12;
    return [x, randomDouble(r, 0, 40) * (r() % 2n === 0n ? 1 : -1)];
  }],
  ["small integer exponents", 3n, (r) => [randomDouble(r, -60, 60), Number(r() % 41n) - 20]],
  ["subnormal results and subnormal bases", 4n, (r) => {
    const x = r() % 2n === 0n ? floatFromBits(r() % 0x000fffffffffffffn + 1n) : randomDouble(r, -10, 10);
    const lx = log2Approx(x);
    return [x, (-1040 - Number(r() % 34n) - Number(r() % 1000n) / 1000) / lx];
  }],
];

describe("pow-accuracy", () => {
  test.each(DISTRIBUTIONS)("%s: correctly rounded apart from near-ties", (_name, seed, pick) => {
    const st = measure(seed, Math.ceil(SAMPLES / DISTRIBUTIONS.length), pick);
    if (process.env["POW_ACCURACY_SAMPLES"] !== undefined) console.log(_name, st);
    expect(st.misrounded).toBe(0);
    expect(st.maxUlps).toBeLessThanOrEqual(0.5);
  });
});
