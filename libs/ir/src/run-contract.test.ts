// The arena plan every host shares: option clamping (so no host ever sees a
// NaN or negative limit) and the one-entry plan cache the compiled hosts use.
import { describe, expect, it } from "vitest";
import { arenaPlanner, DEFAULT_FUEL, MAX_MEMORY_LIMIT, planArena, type RunOptions } from "./run-contract.js";

const m = { constantsSize: 20 };

describe("planArena", () => {
  it("lays-out-constants-input-output-scratch", () => {
    expect(planArena(m, 5, { memoryLimit: 4096 })).toEqual({
      arenaSize: 4096,
      inputOffset: 24,
      inputLen: 5,
      outputOffset: 32,
      outputCap: 2032,
      scratchStart: 2064,
      fuel: DEFAULT_FUEL,
    });
  });

  it("turns-nan-and-negative-options-into-zero", () => {
    expect(planArena(m, 0, { memoryLimit: 4096, fuel: NaN, outputCap: NaN })).toMatchObject({ fuel: 0, outputCap: 0, scratchStart: 24 });
    expect(planArena(m, 0, { memoryLimit: 4096, fuel: -3, outputCap: -8 })).toMatchObject({ fuel: 0, outputCap: 0 });
    expect(planArena(m, 0, { memoryLimit: NaN })).toBe("MemoryLimitExceeded");
  });

  it("floors-and-caps-options", () => {
    expect(planArena(m, 0, { memoryLimit: 4096.9, fuel: 7.9, outputCap: 13.9 })).toMatchObject({ arenaSize: 4096, fuel: 7, outputCap: 13, scratchStart: 40 });
    expect(planArena(m, 0, { memoryLimit: Infinity, fuel: Infinity })).toMatchObject({ arenaSize: MAX_MEMORY_LIMIT, fuel: Number.MAX_SAFE_INTEGER });
  });
});

describe("arenaPlanner", () => {
  it("gives-planArena-for-every-sequence-of-calls", () => {
    const plan = arenaPlanner(m);
    const calls: readonly [number, RunOptions][] = [
      [0, {}],
      [0, {}],
      [3, {}],
      [3, { fuel: 5 }],
      [3, { fuel: 5 }],
      [3, { fuel: NaN }],
      [3, { fuel: NaN }],
      [3, { memoryLimit: 16 }],
      [3, { memoryLimit: 16 }],
      [3, { outputCap: 8 }],
      [0, {}],
    ];
    for (const [len, o] of calls) expect([len, o, plan(len, o)]).toEqual([len, o, planArena(m, len, o)]);
  });

  it("returns-the-same-plan-object-while-nothing-changes", () => {
    const plan = arenaPlanner(m);
    const a = plan(7, { fuel: 10 });
    expect(plan(7, { fuel: 10 })).toBe(a);
    expect(plan(8, { fuel: 10 })).not.toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
