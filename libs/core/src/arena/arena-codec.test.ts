import { describe, expect, it } from "vitest";
import { InternalError } from "../errors.js";
import { floatBits } from "../numbers/float-bits.js";
import { S, type Shape, type VariantShape } from "../shape.js";
import { V, type Value } from "../value.js";
import { printValue, valueEquals } from "../value-ops.js";
import { hexBytes } from "../testing/hex.js";
import { decodeArena } from "./decode-arena.js";
import { encodeArena, type EncodedRegion } from "./encode-arena.js";

function encoded(value: Value, shape: Shape, base = 64): EncodedRegion {
  const r = encodeArena(value, shape, base);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** An arena of `size` bytes with `bytes` written at `at`. */
function arenaWith(bytes: Uint8Array, at: number, size = at + bytes.length + 8): Uint8Array {
  const a = new Uint8Array(size);
  a.set(bytes, at);
  return a;
}

function roundTrip(value: Value, shape: Shape, base = 64): Value {
  const { bytes, root } = encoded(value, shape, base);
  const r = decodeArena(arenaWith(bytes, base), { start: base, end: base + bytes.length }, root, shape);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const unit = (name: string): VariantShape => ({ name, payload: { kind: "unit" } });
const SHAPE = S.enum("Shape", [
  unit("Dot"),
  { name: "Circle", payload: { kind: "tuple", elements: [S.float] } },
  { name: "Box", payload: { kind: "struct", fields: [S.field("w", S.int), S.field("h", S.int)] } },
]);

describe("encodeArena bytes", () => {
  it("writes-strings-as-length-and-utf8", () => {
    expect(encoded(V.string("héllo"), S.string)).toEqual({
      bytes: Uint8Array.from([6, 0, 0, 0, 0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]),
      root: 64,
    });
  });

  it("boxes-a-scalar-root", () => {
    const r = encoded(V.int(-2), S.int);
    expect([hexBytes(r.bytes), r.root]).toEqual(["fe ff ff ff ff ff ff ff", 64]);
    expect(hexBytes(encoded(V.bool(true), S.bool).bytes)).toBe("01");
    expect(hexBytes(encoded(V.float(1.5), S.float).bytes)).toBe("00 00 00 00 00 00 f8 3f");
  });

  it("pads-int-lists-to-8-and-packs-bool-lists", () => {
    expect(hexBytes(encoded(V.list([V.int(1), V.int(2)]), S.list(S.int)).bytes)).toBe(
      "02 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00",
    );
    expect(hexBytes(encoded(V.list([V.bool(true), V.bool(false), V.bool(true)]), S.list(S.bool)).bytes)).toBe("03 00 00 00 01 00 01");
  });

  it("writes-absolute-pointers-in-pre-order", () => {
    // List<String> at 64: [len 2][ptr 76][ptr 84]; "a" at 76, "bc" at 84 (each aligned to 4).
    expect(hexBytes(encoded(V.list([V.string("a"), V.string("bc")]), S.list(S.string)).bytes)).toBe(
      "02 00 00 00 4c 00 00 00 54 00 00 00 01 00 00 00 61 00 00 00 02 00 00 00 62 63",
    );
  });

  it("aligns-on-absolute-offsets-not-region-offsets", () => {
    // base 4: the List<Int> object must sit at 8, so the region starts with 4 padding bytes.
    const r = encoded(V.list([V.int(7)]), S.list(S.int), 4);
    expect(r.root).toBe(8);
    expect(hexBytes(r.bytes)).toBe("00 00 00 00 01 00 00 00 00 00 00 00 07 00 00 00 00 00 00 00");
  });

  it("lays-out-record-fields-with-padding", () => {
    const shape = S.record({ flag: S.bool, count: S.int, name: S.string, ok: S.bool }, "Mixed");
    const r = encoded(V.record({ flag: V.bool(true), count: V.int(3), name: V.string("x"), ok: V.bool(false) }, "Mixed"), shape);
    expect(hexBytes(r.bytes)).toBe(
      "01 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00 58 00 00 00 00 00 00 00 01 00 00 00 78",
    );
  });

  it("writes-dict-entries-sorted-by-key-bytes", () => {
    const value = V.record(new Map([["b", V.int(2)], ["a", V.int(1)]]));
    const r = encoded(value, S.dict(S.int));
    // [len 2][pad 4] entry0 {key → 104 "a", pad, 1} entry1 {key → 112 "b", pad, 2}, then the strings.
    expect(hexBytes(r.bytes.subarray(0, 8))).toBe("02 00 00 00 00 00 00 00");
    expect(hexBytes(r.bytes.subarray(8, 24))).toBe("68 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00");
    expect(hexBytes(r.bytes.subarray(24, 40))).toBe("70 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00");
    expect(hexBytes(r.bytes.subarray(32))).toBe("02 00 00 00 00 00 00 00 01 00 00 00 61 00 00 00 01 00 00 00 62");
  });

  it("writes-enum-tag-and-aligned-payload", () => {
    const circle: Value = { kind: "enum", enumName: "Shape", variant: "Circle", payload: { kind: "tuple", items: [V.float(1.5)] } };
    expect(hexBytes(encoded(circle, SHAPE).bytes)).toBe("01 00 00 00 00 00 00 00 00 00 00 00 00 00 f8 3f");
    const dot: Value = { kind: "enum", enumName: "Shape", variant: "Dot", payload: { kind: "unit" } };
    expect(hexBytes(encoded(dot, SHAPE).bytes)).toBe("00");
  });

  it("writes-none-as-the-null-pointer-and-some-as-a-cell", () => {
    expect(encoded(V.none, S.option(S.int))).toEqual({ bytes: new Uint8Array(0), root: 0 });
    const r = encoded(V.record({ o: V.some(V.int(5)), n: V.none }), S.record({ o: S.option(S.int), n: S.option(S.int) }));
    expect(hexBytes(r.bytes)).toBe("48 00 00 00 00 00 00 00 05 00 00 00 00 00 00 00");
  });

  it("writes-results-as-two-variant-enums", () => {
    // Object align 8 (the Ok payload's), so the string after it starts at 72 = 0x48.
    expect(hexBytes(encoded(V.err(V.string("e")), S.result(S.int, S.string)).bytes)).toBe("01 00 00 00 48 00 00 00 01 00 00 00 65");
    expect(hexBytes(encoded(V.ok(V.int(1)), S.result(S.int, S.string)).bytes)).toBe(
      "00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00",
    );
  });

  it("writes-nan-as-the-canonical-pattern", () => {
    const weird = new DataView(new ArrayBuffer(8));
    weird.setBigUint64(0, 0xfff8000000000001n);
    const r = encoded(V.float(weird.getFloat64(0)), S.float);
    expect(hexBytes(r.bytes)).toBe("00 00 00 00 00 00 f8 7f");
  });

  it("gives-empty-records-a-non-null-pointer", () => {
    expect(encoded(V.record({}), S.record({}))).toEqual({ bytes: new Uint8Array(0), root: 64 });
  });
});

describe("encodeArena refusals", () => {
  it("refuses-closure-shapes-with-a-typed-reason", () => {
    const shape = S.record([S.field("f", S.closure([S.int], S.int))]);
    expect(encodeArena(V.record({ f: { kind: "closure", fn: null } }), shape, 8)).toEqual({
      ok: false,
      error: { kind: "UnsupportedShape", path: "$.f", message: "$.f: the arena codec does not handle closures (Closure<Int, Int>)" },
    });
  });

  it("refuses-enums-with-more-than-256-variants", () => {
    const big = S.enum("Big", Array.from({ length: 257 }, (_, i) => unit(`V${i}`)));
    const r = encodeArena({ kind: "enum", enumName: "Big", variant: "V0", payload: { kind: "unit" } }, big, 8);
    expect(r).toMatchObject({ ok: false, error: { kind: "UnsupportedShape", message: "$: enum Big has 257 variants; at most 256 fit a one-byte tag" } });
  });

  it("throws-internal-error-for-misfit-values-and-bad-bases", () => {
    expect(() => encodeArena(V.string("x"), S.int, 8)).toThrow(InternalError);
    expect(() => encodeArena(V.int(2n ** 63n), S.int, 8)).toThrow(InternalError);
    expect(() => encodeArena(V.int(1), S.int, 0)).toThrow(InternalError);
  });
});

describe("decodeArena round trips", () => {
  it("restores-every-kind-of-value", () => {
    const cases: readonly (readonly [Value, Shape])[] = [
      [V.int(-9223372036854775808n), S.int],
      [V.float(-0), S.float],
      [V.bool(false), S.bool],
      [V.string(""), S.string],
      [V.string("😀\u0000\uFEFF"), S.string],
      [V.list([]), S.list(S.string)],
      [V.tuple([V.int(1), V.string("x"), V.bool(true)]), S.tuple(S.int, S.string, S.bool)],
      [V.record(new Map([["a", V.bool(true)], ["\uFFFF", V.bool(true)], ["\u{1F600}", V.bool(false)]])), S.dict(S.bool)],
      [V.some(V.some(V.none)), S.option(S.option(S.option(S.int)))],
      [V.ok(V.list([V.float(NaN)])), S.result(S.list(S.float), S.int)],
      [{ kind: "enum", enumName: "Shape", variant: "Box", payload: { kind: "struct", fields: new Map([["w", V.int(2)], ["h", V.int(3)]]) } }, SHAPE],
      [V.record({ rate: V.int(3), total: V.int(9) }), S.record([S.field("rate", S.int, { internal: true }), S.field("total", S.int)])],
    ];
    for (const [value, shape] of cases) expect([printValue(value), valueEquals(roundTrip(value, shape), value)]).toEqual([printValue(value), true]);
  });

  it("sorts-dict-keys-that-the-value-held-unsorted", () => {
    const back = roundTrip(V.record(new Map([["b", V.int(2)], ["a", V.int(1)]])), S.dict(S.int));
    expect(back.kind === "record" ? [...back.fields.keys()] : []).toEqual(["a", "b"]);
  });

  it("keeps-a-bom-at-the-start-of-a-string", () => {
    expect(roundTrip(V.string("\uFEFFx"), S.string)).toEqual(V.string("\uFEFFx"));
  });

  it("reads-float-bits-exactly", () => {
    const back = roundTrip(V.float(5e-324), S.float);
    expect(back.kind === "float" ? floatBits(back.value) : 0n).toBe(1n);
  });
});
