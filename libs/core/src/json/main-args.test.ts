import { describe, expect, it } from "vitest";
import { S } from "../shape.js";
import { V, type Value } from "../value.js";
import { printValue } from "../value-ops.js";
import { decodeMainArgs } from "./main-args.js";

const AB = [S.field("a", S.int), S.field("b", S.int)];

function args(result: ReturnType<typeof decodeMainArgs>): string {
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return [...result.value].map(([k, v]) => `${k}=${printValue(v)}`).join(" ");
}

describe("decodeMainArgs", () => {
  it("decodes-every-parameter-in-declaration-order", () => {
    expect(args(decodeMainArgs(AB, '{"b": 2, "a": 1}'))).toBe("a=1 b=2");
    expect(args(decodeMainArgs([], "{}"))).toBe("");
  });

  it("keeps-big-integers-exact", () => {
    expect(args(decodeMainArgs(AB, '{"a": 9007199254740993, "b": 9007199254740992}'))).toBe("a=9007199254740993 b=9007199254740992");
  });

  it("reports-a-missing-argument", () => {
    expect(decodeMainArgs(AB, '{"a": 1}')).toEqual({
      ok: false,
      error: { kind: "MissingMainArg", path: "b", message: 'missing argument "b"' },
    });
  });

  it("requires-option-parameters-too", () => {
    expect(decodeMainArgs([S.field("o", S.option(S.int))], "{}")).toMatchObject({ ok: false, error: { kind: "MissingMainArg" } });
  });

  it("reports-an-unexpected-argument-after-all-parameters", () => {
    expect(decodeMainArgs([S.field("a", S.int)], '{"a": 1, "extra": 2}')).toEqual({
      ok: false,
      error: { kind: "UnexpectedMainArg", path: "extra", message: 'unexpected argument "extra" (no #main parameter has this name)' },
    });
  });

  it("checks-parameters-before-extra-properties", () => {
    // {"a": 1, "zzz": 1}: b is missing, which is reported before the extra property.
    expect(decodeMainArgs(AB, '{"zzz": 1, "a": 1}')).toMatchObject({ ok: false, error: { kind: "MissingMainArg", path: "b" } });
    expect(decodeMainArgs(AB, '{"zzz": 1, "a": "x"}')).toMatchObject({ ok: false, error: { kind: "MainArgTypeMismatch", path: "a" } });
  });

  it("reports-type-mismatches-with-the-nested-path", () => {
    const order = S.record({ items: S.list(S.record({ qty: S.int }, "Item")) }, "Order");
    expect(decodeMainArgs([S.field("order", order)], '{"order": {"items": [{"qty": 1}, {"qty": 2}, {"qty": "3"}]}}')).toEqual({
      ok: false,
      error: { kind: "MainArgTypeMismatch", path: "order.items[2].qty", message: 'order.items[2].qty: expected Int, got "3"' },
    });
    expect(decodeMainArgs([S.field("x", S.int)], '{"x": 9223372036854775808}')).toEqual({
      ok: false,
      error: { kind: "MainArgTypeMismatch", path: "x", message: "x: 9223372036854775808 is outside the Int range" },
    });
  });

  it("runs-the-validator-after-decoding-each-parameter", () => {
    const seen: string[] = [];
    const validate = (index: number, value: Value): string | undefined => {
      seen.push(`${index}:${printValue(value)}`);
      return index === 0 && value.kind === "int" && value.value <= 0n ? "a: must be positive" : undefined;
    };
    expect(decodeMainArgs(AB, '{"a": 0, "b": "late"}', validate)).toEqual({
      ok: false,
      error: { kind: "MainArgTypeMismatch", path: "a", message: "a: must be positive" },
    });
    expect(seen).toEqual(["0:0"]);
    expect(args(decodeMainArgs(AB, '{"a": 5, "b": 6}', validate))).toBe("a=5 b=6");
    expect(seen).toEqual(["0:0", "0:5", "1:6"]);
  });

  it("validator-failure-comes-before-later-missing-arguments", () => {
    expect(decodeMainArgs(AB, '{"a": 1}', () => "a: rejected")).toMatchObject({ ok: false, error: { kind: "MainArgTypeMismatch" } });
  });

  it("applies-last-wins-to-duplicate-arguments", () => {
    expect(args(decodeMainArgs([S.field("a", S.int)], '{"a": "x", "a": 3}'))).toBe("a=3");
  });

  it("fills-schema-defaults", () => {
    const req = S.record([S.field("path", S.string), S.field("retries", S.int, { default: V.int(3) })], "Req");
    expect(args(decodeMainArgs([S.field("req", req)], '{"req": {"path": "/a"}}'))).toBe('req=Req{path: "/a", retries: 3}');
  });

  it("reports-malformed-json-with-its-position", () => {
    expect(decodeMainArgs(AB, '{"a": 1,}')).toEqual({
      ok: false,
      error: {
        kind: "MalformedArguments",
        path: "",
        message: "arguments are not valid JSON: line 1, column 9: trailing comma before '}' is not allowed",
      },
    });
  });

  it("requires-a-json-object", () => {
    expect(decodeMainArgs(AB, "[1, 2]")).toEqual({
      ok: false,
      error: { kind: "MalformedArguments", path: "", message: "arguments must be a JSON object, got an array" },
    });
    expect(decodeMainArgs(AB, "null")).toMatchObject({ error: { message: "arguments must be a JSON object, got null" } });
    expect(decodeMainArgs(AB, "3")).toMatchObject({ error: { message: "arguments must be a JSON object, got a number" } });
  });
});
