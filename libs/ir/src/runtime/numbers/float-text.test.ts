import { floatFromBits, formatFloatJson, formatFloatText } from "@tetra/core";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { NumberHarness, type Command, type Outcome } from "./harness.js";
import { prng } from "./prng.js";

const h = new NumberHarness();

/** Random doubles in the twin test, each through one text and one JSON formatter (String and write forms alternate). */
export const FLOAT_TEXT_RANDOM = 100_000;

const VECTORS = readFileSync(new URL("../../../../../../shared/fixtures/float/float-vectors.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l !== "" && !l.startsWith("#"))
  .map((l) => {
    const [hex, text, json] = l.split("\t");
    return { bits: BigInt(`0x${hex ?? ""}`), text, json: json === "NONFINITE" ? null : json };
  });

const FNS = ["rt.float_to_text", "rt.float_text_write", "rt.float_to_json", "rt.float_json_write"] as const;

type Mismatch = readonly [string, string, Outcome | undefined, string | null];

/** Runs every value through the given formatters; returns [x, function, got, want] for each disagreement. */
function mismatches(values: readonly number[], pick: (i: number) => readonly (typeof FNS)[number][] = () => FNS): Mismatch[] {
  const plan = values.map((x, i) => [x, pick(i)] as const);
  const got = h.run(plan.flatMap(([x, fns]) => fns.map((fn): Command => ({ fn, a: x }))));
  const bad: Mismatch[] = [];
  let at = 0;
  for (const [x, fns] of plan) {
    for (const fn of fns) {
      const want = fn === "rt.float_to_text" || fn === "rt.float_text_write" ? formatFloatText(x) : formatFloatJson(x);
      const g = got[at++];
      if (g !== want) bad.push([`${x}`, fn, g, want]);
    }
  }
  return bad;
}

describe("float formatting in IR", () => {
  test("all-3000-vectors-text-and-json", () => {
    expect(VECTORS.length).toBe(3000);
    const cmds: Command[] = VECTORS.flatMap((v) => FNS.map((fn) => ({ fn, a: floatFromBits(v.bits) })));
    const got = h.run(cmds);
    const bad: string[] = [];
    VECTORS.forEach((v, i) => {
      const want = [v.text, v.text, v.json, v.json];
      want.forEach((w, j) => {
        if (got[4 * i + j] !== w) bad.push(`${v.bits.toString(16)} ${FNS[j]}: ${String(got[4 * i + j])} != ${w}`);
      });
    });
    expect(bad).toEqual([]);
  });

  test("edge-values", () => {
    const edges = [
      0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
      1.7976931348623157e308, -1.7976931348623157e308, 9007199254740991, 9007199254740992, 9007199254740993,
      1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 0.1, 0.2, 0.3, 1e-5, 1e-6, 1e-7, 123456789.125, 1000000000000000.25,
      4.35, 0.000123, 1e300, 1e-300,
    ];
    const pow10: number[] = [];
    let p = 1;
    for (let i = 0; i <= 22; i++, p *= 10) pow10.push(p, -p, p + 1, 1 / p);
    expect(mismatches([...edges, ...pow10])).toEqual([]);
  });

  test("invoke-gives-null-json-for-nan", () => {
    expect(h.invoke("rt.float_to_json", [NaN])).toBe(0);
    expect(h.invoke("rt.float_json_write", [Infinity, 4096])).toBe(-1);
    expect(h.str(Number(h.invoke("rt.float_to_text", [-Infinity])))).toBe("-inf");
  });

  test(`twin-agrees-on-${FLOAT_TEXT_RANDOM}-random-doubles`, () => {
    const r = prng(0xf10a7n);
    const values: number[] = [];
    for (let i = 0; i < FLOAT_TEXT_RANDOM; i++) {
      const bits = r();
      // alternate raw bit patterns with short-mantissa values (integers, ties)
      values.push(i % 2 === 0 ? floatFromBits(bits) : floatFromBits(bits & ~((1n << BigInt(Number(bits % 45n))) - 1n)));
    }
    // value i: String forms when i % 4 < 2, write forms otherwise
    expect(mismatches(values, (i) => (i % 4 < 2 ? [FNS[0], FNS[2]] : [FNS[1], FNS[3]]))).toEqual([]);
  });
});
