import { describe, expect, it } from "vitest";
import { InternalError } from "./errors.js";
import { alignUp, layoutOf, layoutRefusal, recordLayout, sequenceObjectSize, SLOT_BOOL, SLOT_F64, SLOT_I64, SLOT_PTR, slotOf } from "./layout.js";
import { S, type VariantShape } from "./shape.js";

const unit = (name: string): VariantShape => ({ name, payload: { kind: "unit" } });

describe("slots", () => {
  it("gives-8-byte-numbers-1-byte-bools-and-pointers-for-the-rest", () => {
    expect([slotOf(S.int), slotOf(S.float), slotOf(S.bool)]).toEqual([SLOT_I64, SLOT_F64, SLOT_BOOL]);
    for (const s of [S.string, S.list(S.int), S.tuple(), S.dict(S.int), S.record({}), S.option(S.int), S.result(S.int, S.int), S.closure([], S.int)]) {
      expect(slotOf(s)).toEqual(SLOT_PTR);
    }
  });

  it("rounds-up-to-alignment", () => {
    expect([alignUp(0, 8), alignUp(1, 8), alignUp(8, 8), alignUp(5, 4), alignUp(3, 1)]).toEqual([0, 8, 8, 8, 3]);
  });
});

describe("records", () => {
  it("aligns-each-field-and-rounds-the-size", () => {
    const r = recordLayout([
      { name: "a", shape: S.bool },
      { name: "b", shape: S.int },
      { name: "c", shape: S.bool },
    ]);
    expect([r.fields.map((f) => f.offset), r.size, r.align]).toEqual([[0, 8, 16], 24, 8]);
  });

  it("packs-bools-before-a-pointer", () => {
    const r = recordLayout([
      { name: "a", shape: S.bool },
      { name: "b", shape: S.bool },
      { name: "s", shape: S.string },
    ]);
    expect([r.fields.map((f) => f.offset), r.size, r.align]).toEqual([[0, 1, 4], 8, 4]);
  });

  it("gives-empty-records-size-0-align-1", () => {
    expect(recordLayout([])).toEqual({ size: 0, align: 1, fields: [] });
  });

  it("lays-out-internal-fields-like-the-others", () => {
    const plain = layoutOf(S.record([S.field("rate", S.int), S.field("total", S.int)]));
    const marked = layoutOf(S.record([S.field("rate", S.int, { internal: true }), S.field("total", S.int)]));
    expect(marked.kind === "record" && plain.kind === "record" ? [marked.size, marked.fields.map((f) => f.offset)] : null).toEqual([
      16,
      [0, 8],
    ]);
  });
});

describe("lists and dicts", () => {
  it("starts-8-byte-elements-at-8-and-others-at-4", () => {
    expect(layoutOf(S.list(S.float))).toMatchObject({ align: 8, elementsOffset: 8, stride: 8 });
    expect(layoutOf(S.list(S.bool))).toMatchObject({ align: 4, elementsOffset: 4, stride: 1 });
    expect(layoutOf(S.list(S.string))).toMatchObject({ align: 4, elementsOffset: 4, stride: 4 });
  });

  it("uses-the-padded-entry-record-as-the-dict-stride", () => {
    expect(layoutOf(S.dict(S.int))).toMatchObject({ align: 8, entriesOffset: 8, stride: 16 });
    expect(layoutOf(S.dict(S.bool))).toMatchObject({ align: 4, entriesOffset: 4, stride: 8 });
  });

  it("sizes-sequences-by-length", () => {
    const list = layoutOf(S.list(S.int));
    const dict = layoutOf(S.dict(S.bool));
    if (list.kind !== "list" || dict.kind !== "dict") throw new Error("kinds");
    expect([sequenceObjectSize(list, 0), sequenceObjectSize(list, 3), sequenceObjectSize(dict, 2)]).toEqual([8, 32, 20]);
  });
});

describe("enums, results, options", () => {
  it("aligns-payloads-and-the-whole-enum-to-the-largest-payload", () => {
    const l = layoutOf(
      S.enum("E", [unit("A"), { name: "B", payload: { kind: "tuple", elements: [S.bool, S.int] } }, { name: "C", payload: { kind: "tuple", elements: [S.string] } }]),
    );
    if (l.kind !== "enum") throw new Error("kind");
    expect(l.align).toBe(8);
    expect(l.variants.map((v) => [v.tag, v.payloadOffset, v.size, v.payload.fields.map((f) => f.offset)])).toEqual([
      [0, 1, 1, []],
      [1, 8, 24, [0, 8]],
      [2, 4, 8, [0]],
    ]);
  });

  it("aligns-unit-only-enums-to-1", () => {
    expect(layoutOf(S.enum("L", [unit("Low"), unit("High")]))).toMatchObject({ align: 1 });
  });

  it("lays-out-results-as-ok-tag-0-and-err-tag-1", () => {
    const l = layoutOf(S.result(S.int, S.bool));
    if (l.kind !== "result") throw new Error("kind");
    expect(l.variants.map((v) => [v.name, v.tag, v.payloadOffset, v.size])).toEqual([
      ["Ok", 0, 8, 16],
      ["Err", 1, 1, 2],
    ]);
  });

  it("describes-the-some-cell-and-scalar-root-boxes", () => {
    expect(layoutOf(S.option(S.bool))).toMatchObject({ kind: "option", size: 1, align: 1 });
    expect(layoutOf(S.float)).toMatchObject({ kind: "box", size: 8, align: 8 });
    expect(layoutOf(S.closure([S.int], S.int))).toEqual({ kind: "closure", size: 8, align: 4, tableIndexOffset: 0, envOffset: 4 });
  });

  it("refuses-enums-beyond-256-variants", () => {
    const ok = S.enum("Ok", Array.from({ length: 256 }, (_, i) => unit(`V${i}`)));
    const big = S.enum("Big", Array.from({ length: 257 }, (_, i) => unit(`V${i}`)));
    expect(layoutRefusal(S.list(ok))).toBeUndefined();
    expect(layoutRefusal(S.list(big))).toBe("enum Big has 257 variants; at most 256 fit a one-byte tag");
    expect(() => layoutOf(big)).toThrow(InternalError);
  });

  it("caches-layouts-per-shape-object", () => {
    const s = S.record({ a: S.int });
    expect(layoutOf(s)).toBe(layoutOf(s));
  });
});
