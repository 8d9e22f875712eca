// The i64 helpers keep canonical form (runtime/i64.ts): every i64 they return is
// a number when |v| <= 2^53 - 1 (never -0) and a bigint otherwise. invoke turns
// results into bigints, so the op matrix cannot see a non-canonical value;
// this test calls the helpers directly.
import { describe, expect, it } from "vitest";
import { NUM_OP_INFO, type NumOp } from "@tetra/ir";
import { I64_EDGES } from "../test-support/edge-values.js";
import { HELPERS, helperName, helperText } from "./index.js";

const MAX_SAFE = 2n ** 53n - 1n;
const canonical = (v: bigint): number | bigint => (v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : v);
const isCanonical = (v: unknown): boolean =>
  typeof v === "number" ? Number.isSafeInteger(v) && !Object.is(v, -0) : typeof v === "bigint" && (v > MAX_SAFE || v < -MAX_SAFE);

const I64_RESULT_OPS = (Object.keys(NUM_OP_INFO) as NumOp[]).filter((op) => NUM_OP_INFO[op].result === "i64" && HELPERS.has(helperName(op)));

type Helper = (...args: unknown[]) => unknown;
const names = [...I64_RESULT_OPS.map(helperName), "$i64_join"];
const helpers = new Function("$host", `${helperText(names)}\nreturn { ${names.join(", ")} };`)({}) as Record<string, Helper>;

describe("i64 helpers return canonical values", () => {
  it("covers-the-i64-ops", () => {
    expect(I64_RESULT_OPS).toContain("i64.mul_checked");
    expect(I64_RESULT_OPS).toContain("i64.trunc_sat_f64_s");
    expect(I64_RESULT_OPS.length).toBe(24);
  });
  for (const op of I64_RESULT_OPS) {
    it(op, () => {
      const f = helpers[helperName(op)] as Helper;
      const info = NUM_OP_INFO[op];
      const bad: string[] = [];
      const inputs: unknown[][] =
        info.operands[0] === "f64"
          ? [0, -0, -0.5, 0.5, 2 ** 53, -(2 ** 53), 2 ** 63, -(2 ** 63), NaN, 1e300].map((x) => [x])
          : info.operands[0] === "i32"
            ? [0, -1, 1, 0x7fffffff, -0x80000000].map((x) => [x])
            : info.operands.length === 1
              ? I64_EDGES.map((a) => [canonical(a)])
              : I64_EDGES.flatMap((a) => I64_EDGES.map((b) => [canonical(a), canonical(b)]));
      for (const args of inputs) {
        let r: unknown;
        try {
          r = f(...args, 1);
        } catch (e) {
          if (e !== null && typeof e === "object" && "kind" in e) continue; // a trap: compared by the op matrix
          throw e;
        }
        if (!isCanonical(r) && bad.length < 5) bad.push(`${op}(${args.map(String).join(", ")}) = ${String(r)} (${typeof r})`);
      }
      expect(bad).toEqual([]);
    });
  }
  it("join-of-every-boundary-word-pair-is-canonical", () => {
    const join = helpers.$i64_join as Helper;
    const his = [0, 1, -1, 2097151, 2097152, -2097152, -2097153, 0x7fffffff, -0x80000000];
    const los = [0, 1, 0xffffffff, 0x80000000];
    for (const hi of his)
      for (const lo of los) {
        const r = join(hi, lo);
        expect(isCanonical(r)).toBe(true);
        expect(BigInt(r as number | bigint)).toBe((BigInt(hi) << 32n) + BigInt(lo));
      }
  });
});
