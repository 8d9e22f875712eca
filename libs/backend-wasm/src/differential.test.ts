// Differential property test: random well-typed IR modules (random-module.ts)
// give identical outcomes — values bit for bit, trap kinds and sites — on wasm
// (both optimisation levels) and the IR interpreter. Fixed seed; a failure
// prints the module, so it can be turned into a regular fixture.
import fc from "fast-check";
import { interpret, print, verify, formatVerifyError, type InvokeOutcome } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { createWasmBackend } from "./backend.js";
import { randomArgs, randomModule } from "./random-module.js";

const backend = createWasmBackend({ cacheDir: false });

/** Outcomes as comparable data: f64 values by bit pattern (NaN payloads are not observable, so all NaNs are equal). */
function normal(o: InvokeOutcome): unknown {
  if (!o.ok) return o;
  if (typeof o.value === "number" && Number.isNaN(o.value)) return { ok: true, value: "nan" };
  if (typeof o.value === "number" && Object.is(o.value, -0)) return { ok: true, value: "-0" };
  return o;
}

const show = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));

describe("wasm agrees with the interpreter on random modules", () => {
  it("generates-valid-modules", () => {
    for (let seed = 0; seed < 50; seed++) expect(verify(randomModule(seed)).map(formatVerifyError)).toEqual([]);
  });

  it("gives-identical-outcomes", async () => {
    let values = 0;
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        const module = randomModule(seed);
        const reference = interpret(module);
        const argSets = randomArgs(seed, 6);
        // Mostly enough fuel; every third call so little that StepLimitExceeded is likely.
        const calls = module.funcs.flatMap((f) => argSets.map((args, i) => [f.name, args, { fuel: i % 3 === 2 ? 4 + (seed % 40) : 3000 }] as const));
        const expected = calls.map(([f, args, fuel]) => normal(reference.invoke(f, args, fuel)));
        for (const optimize of [false, true]) {
          const r = await backend.compile(module, { optimize });
          if (!r.ok) throw new Error("compile failed");
          const inst = await backend.instantiate(r.value);
          const actual = calls.map(([f, args, fuel]) => normal(inst.invoke(f, args, fuel)));
          for (let i = 0; i < calls.length; i++) {
            const [got, want] = [show(actual[i]), show(expected[i])];
            if (got !== want) {
              const [f, args, fuel] = calls[i] ?? [];
              throw new Error(`seed ${seed}, optimize ${optimize}, fuel ${fuel?.fuel}: @${f}(${args?.join(", ")})\n  wasm:   ${got}\n  interp: ${want}\n${print(module)}`);
            }
          }
        }
        for (const e of expected) {
          if ((e as { ok: boolean }).ok) values++;
          else kinds.add((e as { trap: string }).trap);
        }
      }),
      { seed: 20240607, numRuns: 50 },
    );
    // The generator must exercise both sides of the contract.
    expect(values).toBeGreaterThan(100);
    expect([...kinds].sort()).toEqual(["DivisionByZero", "EmptyList", "IndexOutOfBounds", "MemoryFault", "MemoryLimitExceeded", "NumericOverflow", "StepLimitExceeded", "TypeMismatch"]);
  });
});
