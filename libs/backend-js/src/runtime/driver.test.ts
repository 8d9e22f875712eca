// The generated driver's $plan mirrors planArena (libs/ir/src/run-contract.ts)
// for every combination of odd option values, so the JS backend hits limits at
// exactly the same point as the interpreter.
import { describe, expect, it } from "vitest";
import { planArena, type Module, type RunOptions } from "@tetra/ir";
import { helperText } from "./index.js";

type Plan = (inputLen: number, options: RunOptions | undefined) => unknown;

function generatedPlan(constantsSize: number): Plan {
  return new Function("$host", `const $CONSTANTS_SIZE = ${constantsSize};\n${helperText(["$plan"])}\nreturn $plan;`)({}) as Plan;
}

const moduleWith = (constantsSize: number): Module => ({ funcs: [], constantsSize, data: [], table: [], exports: [], entry: null, sites: [] });

describe("$plan mirrors planArena", () => {
  const limits = [undefined, 0, 8, 15, 16, 63, 64, 65, 4096, 1e6, 2 ** 31, 2 ** 31 + 1, 2 ** 40, -5, 100.7, NaN];
  const fuels = [undefined, 0, -1, 1.7, 1e8, 1e20, NaN];
  const caps = [undefined, 0, 8, 13, 13.9, 4096, -8, 2 ** 32, NaN];
  const inputs = [0, 1, 7, 8, 100, 5000];
  for (const constants of [0, 8, 9, 24, 100]) {
    it(`constants-size-${constants}`, () => {
      const plan = generatedPlan(constants);
      const m = moduleWith(constants);
      for (const memoryLimit of limits)
        for (const fuel of fuels)
          for (const outputCap of caps)
            for (const len of inputs) {
              const o: { memoryLimit?: number; fuel?: number; outputCap?: number } = {};
              if (memoryLimit !== undefined) o.memoryLimit = memoryLimit;
              if (fuel !== undefined) o.fuel = fuel;
              if (outputCap !== undefined) o.outputCap = outputCap;
              const want = planArena(m, len, o);
              expect(plan(len, o)).toEqual(want === "MemoryLimitExceeded" ? null : want);
              // The second call hits the one-entry cache and must give the same plan.
              expect(plan(len, { ...o })).toEqual(want === "MemoryLimitExceeded" ? null : want);
            }
      expect(plan(0, undefined)).toEqual(planArena(m, 0));
    });
  }
});
