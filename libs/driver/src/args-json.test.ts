import { describe, expect, it } from "vitest";
import { argsToJson, isWellFormedText } from "./args-json.js";

const okText = (v: unknown): string => {
  const r = argsToJson(v);
  if (!r.ok) throw new Error(`refused: ${r.error.message}`);
  return r.value;
};

describe("argsToJson", () => {
  it("writes-bigints-with-exact-digits", () => {
    expect(okText({ a: 9007199254740993n, b: -9223372036854775808n })).toBe('{"a":9007199254740993,"b":-9223372036854775808}');
  });

  it("writes-numbers-as-their-shortest-round-trip-text-and-keeps-negative-zero", () => {
    expect(okText({ x: 0.1, y: 1, z: -0, w: 1e21, v: 5e-324 })).toBe('{"x":0.1,"y":1,"z":-0,"w":1e+21,"v":5e-324}');
  });

  it("writes-nested-values-in-insertion-order-and-drops-undefined-properties", () => {
    expect(okText({ b: [true, null, "é\n\"q\""], a: { c: false, gone: undefined }, n: Object.assign(Object.create(null), { k: 1 }) })).toBe(
      '{"b":[true,null,"é\\n\\"q\\""],"a":{"c":false},"n":{"k":1}}',
    );
  });

  it("refuses-what-json-cannot-carry-with-the-path", () => {
    const refusal = (v: unknown) => {
      const r = argsToJson(v);
      return r.ok ? r.value : r.error;
    };
    expect(refusal({ a: { b: [1, Number.NaN] } })).toEqual({ path: "a.b[1]", message: "a.b[1]: NaN is not a JSON number" });
    expect(refusal({ a: Infinity })).toEqual({ path: "a", message: "a: Infinity is not a JSON number" });
    expect(refusal({ f: () => 1 })).toEqual({ path: "f", message: "f: a function cannot be sent as JSON" });
    expect(refusal({ s: Symbol("x") })).toEqual({ path: "s", message: "s: a symbol cannot be sent as JSON" });
    expect(refusal({ xs: [1, undefined] })).toEqual({ path: "xs[1]", message: "xs[1]: undefined cannot be sent as JSON" });
    // eslint-disable-next-line no-sparse-arrays
    expect(refusal({ xs: [1, , 3] })).toEqual({ path: "xs[1]", message: "xs[1]: undefined cannot be sent as JSON" });
    expect(refusal({ d: new Date(0) })).toEqual({ path: "d", message: "d: a Date is not a plain object" });
    expect(refusal({ m: new Map() })).toEqual({ path: "m", message: "m: a Map is not a plain object" });
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(refusal(cyclic)).toEqual({ path: "self.back", message: "self.back: a cycle (the value contains itself)" });
  });

  it("accepts-a-shared-value-that-is-not-a-cycle", () => {
    const shared = { k: 1 };
    expect(okText({ a: shared, b: shared })).toBe('{"a":{"k":1},"b":{"k":1}}');
  });

  it("refuses-an-argument-object-that-is-not-a-plain-object", () => {
    for (const [v, got] of [
      [[1], "an array"],
      [null, "null"],
      [3, "a number"],
      [new (class Order {})(), "a Order"],
    ] as const) {
      expect(argsToJson(v)).toEqual({ ok: false, error: { path: "", message: `arguments must be a plain object (or JSON text), got ${got}` } });
    }
  });

  it("refuses-nesting-past-512-levels-without-overflowing-the-stack", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 600; i++) deep = [deep];
    const r = argsToJson({ deep });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/: nested more than 512 levels deep$/);
  });
});

describe("isWellFormedText", () => {
  it("finds-lone-surrogates-only", () => {
    expect(isWellFormedText('{"a": "😀"}')).toBe(true);
    expect(isWellFormedText('{"a": "\ud800"}')).toBe(false);
    expect(isWellFormedText('{"a": "\udc00x"}')).toBe(false);
  });
});
