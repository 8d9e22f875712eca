import { describe, expect, it } from "vitest";
import { printShape, shapeEquals, shortShapeName } from "./shape-ops.js";
import { S } from "./shape.js";
import { V } from "./value.js";
import { printValue, valueEquals } from "./value-ops.js";

describe("field markers", () => {
  const marked = S.record([S.field("rate", S.int, { internal: true }), S.field("verb", S.string, { default: V.string("GET") })]);

  it("prints-internal-and-default-markers", () => {
    expect(printShape(marked)).toBe('{#internal rate: Int, verb: String = "GET"}');
    expect(printShape(S.record([S.field("o", S.option(S.int), { default: V.some(V.int(3)) })], "Cfg"))).toBe("Cfg{o: Option<Int> = Some(3)}");
  });

  it("counts-markers-in-equality", () => {
    const same = S.record([S.field("rate", S.int, { internal: true }), S.field("verb", S.string, { default: V.string("GET") })]);
    expect(shapeEquals(marked, same)).toBe(true);
    expect(shapeEquals(marked, S.record([S.field("rate", S.int), S.field("verb", S.string, { default: V.string("GET") })]))).toBe(false);
    expect(shapeEquals(marked, S.record([S.field("rate", S.int, { internal: true }), S.field("verb", S.string, { default: V.string("PUT") })]))).toBe(false);
    expect(shapeEquals(marked, S.record([S.field("rate", S.int, { internal: true }), S.field("verb", S.string)]))).toBe(false);
  });

  it("names-shapes-briefly-for-messages", () => {
    expect(shortShapeName(S.list(S.record({ a: S.int }, "Item")))).toBe("List<Item>");
    expect(shortShapeName(S.record({ a: S.int, b: S.string }))).toBe("{a, b}");
  });
});

describe("values", () => {
  it("compares-floats-by-bits-with-one-nan", () => {
    expect(valueEquals(V.float(0), V.float(-0))).toBe(false);
    expect(valueEquals(V.float(NaN), V.float(NaN))).toBe(true);
  });

  it("compares-field-order", () => {
    expect(valueEquals(V.record({ a: V.int(1), b: V.int(2) }), V.record({ b: V.int(2), a: V.int(1) }))).toBe(false);
    expect(valueEquals(V.record({ a: V.int(1) }, "P"), V.record({ a: V.int(1) }))).toBe(false);
  });

  it("prints-values-in-source-like-form", () => {
    expect(printValue(V.tuple([V.int(1)]))).toBe("(1,)");
    expect(printValue(V.list([V.float(2), V.ok(V.none), V.err(V.string("e"))]))).toBe('[2.0, Ok(None), Err("e")]');
    expect(printValue(V.float(-Infinity))).toBe("-inf");
  });
});
