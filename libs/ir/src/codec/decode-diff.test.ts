// Differential test (a): JSON text → compiled decoder (IR interpreter) → arena →
// decodeArena must equal core's parseJson + decodeJson, and both must agree on
// accept/reject. Fixed seeds; every failure found becomes a case in decode-rules.test.ts.
import type { Shape } from "@tetra/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shapeArb, textFor } from "./arbitraries.js";
import { compiledDecode, decodeOutcomeText, referenceDecode } from "./test-support.js";

function check(shape: Shape, texts: readonly string[]): void {
  for (const text of texts) {
    const want = decodeOutcomeText(referenceDecode(shape, text));
    const got = decodeOutcomeText(compiledDecode(shape, text));
    if (got !== want) expect({ shape, text, got }).toEqual({ shape, text, got: want });
  }
}

const caseArb = (depth: number, defaults: boolean) =>
  shapeArb(depth, { internal: true, defaults }).chain((shape) => fc.tuple(fc.constant(shape), fc.array(textFor(shape), { minLength: 6, maxLength: 10 })));

describe("compiled decoder agrees with core decodeJson", () => {
  it("agrees-on-random-shapes-and-texts", () => {
    fc.assert(
      fc.property(caseArb(3, false), ([shape, texts]) => check(shape, texts)),
      { seed: 20261201, numRuns: 250 },
    );
  });

  it("agrees-on-mutated-texts", () => {
    // One byte inserted, deleted or replaced: mostly malformed, sometimes a different valid value.
    const mutate = (t: string, at: number, op: number, ins: string) => {
      const i = at % (t.length + 1);
      return op === 0 ? t.slice(0, i) + ins + t.slice(i) : op === 1 ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + ins + t.slice(i + 1);
    };
    const cases = shapeArb(2, { internal: false, defaults: false }).chain((shape) =>
      fc.tuple(
        fc.constant(shape),
        fc.array(
          fc.tuple(textFor(shape), fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(",", "]", "}", '"', "\\", ":", "0", "-", "e", ".", " ", "{", "[", "n")).map(([t, at, op, ins]) => mutate(t, at, op, ins)),
          { minLength: 6, maxLength: 10 },
        ),
      ),
    );
    fc.assert(
      fc.property(cases, ([shape, texts]) => check(shape, texts.filter((t) => !/\p{Cs}/u.test(t)))),
      { seed: 9001, numRuns: 200 },
    );
  });

  it("agrees-with-field-defaults", () => {
    fc.assert(
      fc.property(caseArb(2, true), ([shape, texts]) => check(shape, texts)),
      { seed: 777, numRuns: 150 },
    );
  });
});
