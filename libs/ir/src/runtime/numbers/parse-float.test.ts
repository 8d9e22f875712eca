import { floatBits, floatFromBits, formatFloatJson, parseFloatDecimal } from "@tetra/core";
import { describe, expect, test } from "vitest";
import { NumberHarness, type Command } from "./harness.js";
import { prng } from "./prng.js";

const h = new NumberHarness();

/** Random texts in the twin test: shortest forms of random doubles and random digit strings. */
export const PARSE_RANDOM = 200_000;

/** [text, IR bits, twin bits] for every text where rt.parse_float and parseFloatDecimal disagree. */
function mismatches(texts: readonly string[]): (readonly [string, string, string])[] {
  const got = h.run(texts.map((a): Command => ({ fn: "rt.parse_float", a })), 500);
  const bad: (readonly [string, string, string])[] = [];
  texts.forEach((t, i) => {
    const want = floatBits(parseFloatDecimal(t) ?? NaN);
    const g = got[i];
    if (g !== want) bad.push([t.length > 60 ? `${t.slice(0, 60)}…(${t.length})` : t, String(g), want.toString()]);
  });
  return bad;
}

/** The exact decimal expansion of num / 2^k. */
function exactDecimal(num: bigint, k: number): string {
  if (k <= 0) return (num << BigInt(-k)).toString();
  const digits = (num * 5n ** BigInt(k)).toString().padStart(k + 1, "0");
  return `${digits.slice(0, digits.length - k)}.${digits.slice(digits.length - k)}`;
}

/** The exact midpoint above the positive finite double with these bits. */
function midpointAbove(bits: bigint): string {
  const biased = Number(bits >> 52n);
  const frac = bits & 0xfffffffffffffn;
  const m = biased === 0 ? frac : frac | 0x10000000000000n;
  const q = (biased === 0 ? 1 : biased) - 1075;
  return exactDecimal(2n * m + 1n, 1 - q);
}

/** A valid JSON number: `sign digits[.digits]e±exp` built from random draws. */
function randomNumberText(r: () => bigint, maxDigits: number, expRange: number): string {
  const nd = 1 + Number(r() % BigInt(maxDigits));
  let ds = "";
  for (let k = 0; k < nd; k++) ds += String(Number(r() % 10n));
  ds = ds.replace(/^0+(?=\d)/, "");
  const point = Number(r() % BigInt(ds.length + 1));
  let t = point > 0 && point < ds.length ? `${ds.slice(0, point)}.${ds.slice(point)}` : ds;
  const e = Number(r() % BigInt(2 * expRange + 1)) - expRange;
  if (r() % 3n !== 0n) t += `${r() % 2n === 0n ? "e" : "E"}${e >= 0 && r() % 2n === 0n ? "+" : ""}${e}`;
  return r() % 2n === 0n ? `-${t}` : t;
}

describe("rt.parse_float", () => {
  test("edge-texts", () => {
    const texts = [
      "0", "-0", "0.0", "-0.0e5", "2", "-2", "1e400", "-1e400", "1e-400", "-1e-400", "1e308", "1.7976931348623157e308",
      "1.7976931348623158e308", "1.7976931348623159e308", "4.9e-324", "5e-324", "2.4703282292062328e-324",
      "2.4703282292062327e-324", "2.2250738585072011e-308", "2.2250738585072014e-308", "9007199254740993",
      "9007199254740992.5", "18446744073709551616", "18446744073709551615", "1e23", "8.589973e9",
      "0.1", "0.30000000000000004", "123456789012345678901234567890", "1e-99999999999", "1e99999999999",
      `0.${"0".repeat(400)}1e401`, `${"1".repeat(30)}e-330`, "1E+2", "1e-0", "0e999999",
    ];
    expect(mismatches(texts)).toEqual([]);
  });

  test("every-power-of-ten", () => {
    const texts: string[] = [];
    for (let e = -345; e <= 310; e++) texts.push(`1e${e}`, `9.999999999999999e${e}`, `5e${e}`);
    expect(mismatches(texts)).toEqual([]);
  });

  test("exact-midpoints-with-up-to-767-digits-round-to-even", () => {
    const r = prng(0x77n);
    const texts: string[] = [];
    const picks = [1n, 2n, 0x000fffffffffffffn, 0x0010000000000000n, 0x3ff0000000000000n, 0x7fefffffffffffffn - 1n];
    for (let i = 0; i < 60; i++) picks.push(r() & 0x7fefffffffffffffn);
    for (const bits of picks) {
      const mid = midpointAbove(bits);
      texts.push(mid, `${mid}${mid.includes(".") ? "" : "."}${"0".repeat(40)}1`);
      if (mid.includes(".")) texts.push(mid.replace(/5$/, "4999999999999999999999"));
    }
    expect(texts.some((t) => t.replace(/^0\.0*/, "").length >= 760)).toBe(true);
    expect(mismatches(texts)).toEqual([]);
  });

  test("800-digit-and-longer-inputs", () => {
    const r = prng(0x800n);
    const texts: string[] = [];
    for (let i = 0; i < 40; i++) {
      let s = "";
      for (let k = 0; k < 800 + Number(r() % 400n); k++) s += String(Number(r() % 10n));
      const int = s.slice(0, 20).replace(/^0+/, "") || "0";
      texts.push(`${s.replace(/^0+/, "1")}e${Number(r() % 600n) - 1100}`, `0.${s}`, `${int}.${s}`);
    }
    texts.push(`${"9".repeat(5000)}e-5000`, `1${"0".repeat(3000)}1e-3000`);
    expect(mismatches(texts)).toEqual([]);
  });

  test("subnormal-range-near-overflow-and-long-mantissas", () => {
    const r = prng(0x5b7n);
    const texts: string[] = [];
    for (let i = 0; i < 1500; i++) {
      // doubles with biased exponent 0..3, written shortest and with 1..21 digits
      const x = floatFromBits((BigInt(Number(r() % 4n)) << 52n) | (r() & 0xfffffffffffffn));
      texts.push(String(x).replace("e+", "e"), x.toPrecision(1 + Number(r() % 21n)).replace("e+", "e"));
      let ds = String(1 + Number(r() % 9n));
      const nd = Number(r() % 30n);
      for (let k = 0; k < nd; k++) ds += String(Number(r() % 10n));
      texts.push(`${ds}e${-330 - Number(r() % 20n) - nd + Number(r() % 25n)}`, `${ds}e${300 - nd + Number(r() % 15n)}`);
    }
    expect(mismatches(texts)).toEqual([]);
  });

  test(`twin-agrees-on-${PARSE_RANDOM}-random-texts`, () => {
    const r = prng(0x9a75en);
    const texts: string[] = [];
    for (let i = 0; i < PARSE_RANDOM; i++) {
      const kind = i % 4;
      if (kind === 0) {
        const x = floatFromBits(r() & 0x7fffffffffffffffn);
        texts.push(formatFloatJson(Number.isFinite(x) ? x : 1.5) ?? "0");
      } else if (kind === 1) {
        const x = floatFromBits(r());
        if (Number.isFinite(x)) texts.push(String(x).replace("e+", "e"));
        else texts.push("0.5");
      } else if (kind === 2) texts.push(randomNumberText(r, 20, 30));
      else texts.push(randomNumberText(r, 25, 350));
    }
    expect(mismatches(texts)).toEqual([]);
  });
});
