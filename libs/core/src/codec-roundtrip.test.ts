// Property tests over random shapes and values (fixed seeds):
//   * json mode (invertible shapes, see testing/arbitraries.ts): value → canonical JSON →
//     parseJson → decodeJson → arena bytes → decodeArena → canonical JSON is the identity,
//     and every intermediate value equals the original;
//   * arena mode (all codec shapes: nested options, #internal fields, NaN, ±inf): value →
//     arena → value is the identity at the Value level (floats by bits, NaN canonical).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeArena } from "./arena/decode-arena.js";
import { encodeArena } from "./arena/encode-arena.js";
import { toCanonicalJson } from "./json/canonical-json.js";
import { decodeJson } from "./json/decode-json.js";
import { parseJson } from "./json/parse-json.js";
import { printShape } from "./shape-ops.js";
import type { Shape } from "./shape.js";
import type { Value } from "./value.js";
import { printValue, valueEquals } from "./value-ops.js";
import { shapedValueArb } from "./testing/arbitraries.js";

function arenaRoundTrip(value: Value, shape: Shape, base: number): Value {
  const enc = encodeArena(value, shape, base);
  if (!enc.ok) throw new Error(enc.error.message);
  const arena = new Uint8Array(base + enc.value.bytes.length + 16);
  arena.set(enc.value.bytes, base);
  const dec = decodeArena(arena, { start: base, end: base + enc.value.bytes.length }, enc.value.root, shape);
  if (!dec.ok) throw new Error(`${dec.error.kind}: ${dec.error.message}\nshape ${printShape(shape)}\nvalue ${printValue(value)}`);
  return dec.value;
}

describe("codec round trips", () => {
  it("json-to-value-to-arena-to-json-is-the-identity", () => {
    fc.assert(
      fc.property(shapedValueArb("json", 3), fc.integer({ min: 1, max: 64 }), ({ shape, value }, base) => {
        const text = toCanonicalJson(value, shape);
        if (!text.ok) throw new Error(text.error.message);
        const json = parseJson(text.value);
        if (!json.ok) throw new Error(json.error.message);
        const decoded = decodeJson(json.value, shape);
        if (!decoded.ok) throw new Error(`${decoded.error.message}\n${text.value}`);
        expect(valueEquals(decoded.value, value)).toBe(true);
        const back = arenaRoundTrip(decoded.value, shape, base);
        expect(valueEquals(back, value)).toBe(true);
        expect(toCanonicalJson(back, shape)).toEqual({ ok: true, value: text.value });
      }),
      { seed: 20240611, numRuns: 400 },
    );
  });

  it("value-to-arena-to-value-is-the-identity-for-every-codec-shape", () => {
    fc.assert(
      fc.property(shapedValueArb("arena", 3), fc.integer({ min: 1, max: 4096 }), ({ shape, value }, base) => {
        expect(valueEquals(arenaRoundTrip(value, shape, base), value)).toBe(true);
      }),
      { seed: 7_000_001, numRuns: 400 },
    );
  });

  it("encoding-is-deterministic", () => {
    fc.assert(
      fc.property(shapedValueArb("arena", 3), ({ shape, value }) => {
        const a = encodeArena(value, shape, 8);
        const b = encodeArena(value, shape, 8);
        expect(a).toEqual(b);
      }),
      { seed: 99, numRuns: 100 },
    );
  });
});
