import { I64_MAX, I64_MIN, intToText } from "@tetra/core";
import { describe, expect, test } from "vitest";
import { NumberHarness, type Command } from "./harness.js";
import { prng } from "./prng.js";

const h = new NumberHarness();

/** Random Ints in the twin test, each through both forms; every magnitude class equally often. */
export const INT_RANDOM = 150_000;

const EDGES: readonly bigint[] = [
  0n, 1n, -1n, 9n, 10n, -10n, 99n, 100n, I64_MAX, I64_MIN, I64_MIN + 1n,
  4294967295n, 4294967296n, -4294967296n, 2147483647n, 2147483648n, -2147483648n, -2147483649n,
  9007199254740991n, 9007199254740993n, 1000000000000000000n, 999999999999999999n,
  ...Array.from({ length: 19 }, (_, i) => 10n ** BigInt(i)),
  ...Array.from({ length: 19 }, (_, i) => 10n ** BigInt(i) - 1n),
  ...Array.from({ length: 19 }, (_, i) => -(10n ** BigInt(i))),
];

/** Both forms of every value: the String and the write form. */
function check(values: readonly bigint[]): void {
  const cmds: Command[] = values.flatMap((v) => [
    { fn: "rt.int_to_str", a: v },
    { fn: "rt.int_write", a: v },
  ]);
  const got = h.run(cmds);
  const bad: string[] = [];
  values.forEach((v, i) => {
    const want = intToText(v);
    if (got[2 * i] !== want || got[2 * i + 1] !== want) bad.push(`${v}: ${got[2 * i]} / ${got[2 * i + 1]}`);
  });
  expect(bad).toEqual([]);
}

describe("rt.int_to_str and rt.int_write", () => {
  test("edge-values-match-int-to-text", () => check(EDGES));

  test("invoke-returns-a-string-in-the-arena", () => {
    expect(h.str(Number(h.invoke("rt.int_to_str", [I64_MIN])))).toBe("-9223372036854775808");
  });

  test("u64-digit-count-reads-unsigned", () => {
    expect(h.invoke("rt.u64_digits", [0n])).toBe(1);
    expect(h.invoke("rt.u64_digits", [-1n])).toBe(20); // 18446744073709551615
    expect(h.invoke("rt.u64_digits", [BigInt.asIntN(64, 10n ** 19n)])).toBe(20);
    expect(h.invoke("rt.u64_digits", [BigInt.asIntN(64, 10n ** 19n - 1n)])).toBe(19);
  });

  test(`twin-agrees-on-${INT_RANDOM}-random-ints`, () => {
    const r = prng(0x1234n);
    check(Array.from({ length: INT_RANDOM }, (_, i) => BigInt.asIntN(64, r()) >> BigInt(i % 64)));
  });
});
