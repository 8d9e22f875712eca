// Differential test (b): Value → encodeArena → compiled encoder (IR interpreter)
// → text must equal core's toCanonicalJson byte for byte, or both must report
// NonFiniteFloat. Shapes carry #internal fields; values carry NaN, ±inf, -0,
// control characters and astral code points. Fixed seeds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shapeArb, valueArb } from "./arbitraries.js";
import { compiledEncode, referenceEncode } from "./test-support.js";

describe("compiled encoder agrees with core toCanonicalJson", () => {
  it("agrees-on-random-shapes-and-values", () => {
    const cases = shapeArb(3, { internal: true, defaults: false }).chain((shape) =>
      fc.tuple(fc.constant(shape), fc.array(valueArb(shape), { minLength: 4, maxLength: 8 })),
    );
    fc.assert(
      fc.property(cases, ([shape, values]) => {
        for (const value of values) {
          const want = referenceEncode(shape, value);
          const got = compiledEncode(shape, value);
          if (got.ok !== want.ok || (got.ok ? got.text : got.trap) !== (want.ok ? want.text : want.trap)) {
            expect({ shape, value, got }).toEqual({ shape, value, got: want });
          }
        }
      }),
      { seed: 2026, numRuns: 400 },
    );
  });

  it("traps-memory-limit-exactly-when-the-text-does-not-fit", () => {
    // Cut the output region at every length around the text's: fits iff cap >= length.
    const cases = shapeArb(2, { internal: false, defaults: false }).chain((shape) => fc.tuple(fc.constant(shape), valueArb(shape), fc.integer({ min: -3, max: 1 })));
    fc.assert(
      fc.property(cases, ([shape, value, delta]) => {
        const want = referenceEncode(shape, value);
        if (!want.ok) return;
        const cap = Math.max(0, new TextEncoder().encode(want.text).length + delta);
        const got = compiledEncode(shape, value, { memoryLimit: 1 << 20, outputCap: cap });
        expect(got).toEqual(delta >= 0 ? want : { ok: false, trap: "MemoryLimitExceeded" });
      }),
      { seed: 31337, numRuns: 300 },
    );
  });
});
