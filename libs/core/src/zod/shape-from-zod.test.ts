import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as zm from "zod/mini";
import { printShape } from "../shape-ops.js";
import { S } from "../shape.js";
import { V } from "../value.js";
import { shapeFromZod } from "./shape-from-zod.js";

function shapeText(schema: Parameters<typeof shapeFromZod>[0]): string {
  const r = shapeFromZod(schema);
  if (!r.ok) throw new Error(r.error);
  return printShape(r.value);
}

function refusal(schema: Parameters<typeof shapeFromZod>[0]): string {
  const r = shapeFromZod(schema);
  if (r.ok) throw new Error(`expected a refusal, got ${printShape(r.value)}`);
  return r.error;
}

describe("shapeFromZod conversions", () => {
  it("maps-scalars", () => {
    expect(shapeText(z.string())).toBe("String");
    expect(shapeText(z.boolean())).toBe("Bool");
    expect(shapeText(z.number())).toBe("Float");
    expect(shapeText(z.float64())).toBe("Float");
    expect(shapeText(z.number().int())).toBe("Int");
    expect(shapeText(z.int())).toBe("Int");
  });

  it("keeps-object-field-order", () => {
    const r = shapeFromZod(z.object({ zeta: z.string(), alpha: z.int(), mid: z.array(z.number()) }));
    expect(r).toEqual({
      ok: true,
      value: S.record({ zeta: S.string, alpha: S.int, mid: S.list(S.float) }),
    });
  });

  it("names-objects-by-meta-id", () => {
    expect(shapeText(z.object({ x: z.int(), y: z.int() }).meta({ id: "Point" }))).toBe("Point{x: Int, y: Int}");
  });

  it("maps-tuples-records-and-optionals", () => {
    expect(shapeText(z.tuple([z.int(), z.string()]))).toBe("Tuple<Int, String>");
    expect(shapeText(z.record(z.string(), z.boolean()))).toBe("Dict<String, Bool>");
    expect(shapeText(z.string().optional())).toBe("Option<String>");
    expect(shapeText(z.string().nullable())).toBe("Option<String>");
    expect(shapeText(z.string().nullable().optional())).toBe("Option<String>");
    expect(shapeText(z.array(z.int().optional()))).toBe("List<Option<Int>>");
  });

  it("maps-enums-to-unit-variants-named-by-path-or-meta", () => {
    expect(shapeText(z.object({ level: z.enum(["Low", "High"]) }))).toBe("{level: Level{Low, High}}");
    expect(shapeText(z.enum(["A", "B"]).meta({ id: "Grade" }))).toBe("Grade{A, B}");
    expect(shapeText(z.enum(["A"]))).toBe("Root{A}");
    expect(shapeText(z.object({ items: z.array(z.object({ state: z.enum(["on", "off"]) })) }))).toBe(
      "{items: List<{state: ItemsItemState{on, off}}>}",
    );
  });

  it("maps-discriminated-unions-to-struct-variants", () => {
    const shape = z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("circle"), radius: z.number() }),
      z.object({ kind: z.literal("rect"), w: z.int(), h: z.int() }),
    ]);
    expect(shapeText(shape)).toBe("Root{circle{radius: Float}, rect{w: Int, h: Int}}");
  });

  it("turns-field-defaults-into-default-values", () => {
    const r = shapeFromZod(z.object({ path: z.string(), retries: z.int().default(3), verb: z.string().default("GET"), tags: z.array(z.string()).default([]) }));
    expect(r).toEqual({
      ok: true,
      value: S.record([
        S.field("path", S.string),
        S.field("retries", S.int, { default: V.int(3) }),
        S.field("verb", S.string, { default: V.string("GET") }),
        S.field("tags", S.list(S.string), { default: V.list([]) }),
      ]),
    });
  });

  it("accepts-zod-mini-schemas", () => {
    expect(shapeText(zm.object({ a: zm.string(), b: zm.optional(zm.int()) }))).toBe("{a: String, b: Option<Int>}");
  });
});

describe("shapeFromZod refusals", () => {
  it("names-unsupported-zod-types", () => {
    expect(refusal(z.date())).toBe("z.date is not supported (at $)");
    expect(refusal(z.object({ when: z.date() }))).toBe("z.date is not supported (at $.when)");
    expect(refusal(z.bigint())).toBe("z.bigint is not supported (at $)");
    expect(refusal(z.any())).toBe("z.any is not supported (at $)");
    expect(refusal(z.literal("a"))).toBe("z.literal is not supported (at $)");
    expect(refusal(z.map(z.string(), z.int()))).toBe("z.map is not supported (at $)");
    expect(refusal(z.string().transform((s) => s.length))).toBe("z.pipe is not supported (at $)");
    expect(refusal(z.templateLiteral(["a", z.int()]))).toBe("z.templateLiteral is not supported (at $)");
  });

  it("refuses-checks-and-formats", () => {
    expect(refusal(z.string().min(3))).toBe("z.string() with checks (min_length) is not supported (at $)");
    expect(refusal(z.email())).toBe('z.email() (a string format) is not supported (at $)');
    expect(refusal(z.number().min(0))).toBe("z.number() with check greater_than is not supported (at $)");
    expect(refusal(z.int32())).toBe("z.int32() is not supported (at $)");
    expect(refusal(z.array(z.int()).min(1))).toBe("z.array() with checks (min_length) is not supported (at $)");
  });

  it("refuses-plain-unions-and-odd-objects", () => {
    expect(refusal(z.union([z.string(), z.int()]))).toBe("z.union (without a discriminator; use z.discriminatedUnion) is not supported (at $)");
    expect(refusal(z.object({ a: z.int() }).strict())).toBe("z.object() with .strict() (unknown properties are discarded) is not supported (at $)");
    expect(refusal(z.looseObject({ a: z.int() }))).toBe("z.object() with .loose() or .catchall() (unknown properties are discarded) is not supported (at $)");
    expect(refusal(z.record(z.enum(["a", "b"]), z.int()))).toBe("z.record() with keys other than a plain z.string() is not supported (at $)");
    expect(refusal(z.tuple([z.int()], z.string()))).toBe("z.tuple() with a rest element is not supported (at $)");
  });

  it("refuses-defaults-that-do-not-fit-or-sit-outside-fields", () => {
    expect(refusal(z.int().default(3))).toBe("z.default outside an object field is not supported (at $)");
    expect(refusal(z.object({ n: z.int().default(1.5 as number) }))).toBe("the default of $.n does not fit Int");
  });
});
