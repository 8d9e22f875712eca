// #main argument checking (§2.4): the trap kinds, their order and the parameter
// each trap is reported for, against core's decodeMainArgs; plus the lowering
// hook that runs right after each parameter is decoded.
import { S, V } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { ModuleBuilder } from "../builder.js";
import { interpret } from "../interp/index.js";
import { assertValid } from "../verify.js";
import { emitDecodeMainArgs, type MainParam } from "./api.js";
import { compiledMainArgs, referenceMainArgs, valueText } from "./test-support.js";

const params: readonly MainParam[] = [
  { name: "a", shape: S.int },
  { name: "b", shape: S.option(S.string) },
  { name: "c", shape: S.record({ x: S.bool }, "C") },
];

function outcome(text: string): string {
  const got = compiledMainArgs(params, text);
  const want = referenceMainArgs(params, text);
  const show = (o: typeof got) => (o.ok ? `ok ${o.values.map(valueText).join(" ")}` : `trap ${o.trap}`);
  expect([text, show(got)]).toEqual([text, show(want)]);
  return got.ok ? show(got) : `${show(got)} at ${got.where}`;
}

describe("emitDecodeMainArgs", () => {
  it("decodes-every-parameter", () => {
    expect(outcome('{"c": {"x": true}, "b": null, "a": 7}')).toBe("ok 7 None C{\"x\":true}");
    expect(outcome('{"a": 1, "b": "s", "c": {"x": false}, "a": 2}')).toBe('ok 2 Some("s") C{"x":false}');
  });
  it("reports-malformed-text-and-non-objects-as-type-mismatch", () => {
    expect(outcome('{"a": 1,}')).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:*");
    expect(outcome("[1, 2]")).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:*");
    expect(outcome("")).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:*");
    // malformed text wins over a missing parameter earlier in the text
    expect(outcome('{"b": null, "c": {"x": true} "a": 1}')).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:*");
  });
  it("checks-parameters-in-declaration-order", () => {
    expect(outcome('{"b": null, "c": {"x": true}}')).toBe("trap MissingMainArg at MissingMainArg:0");
    expect(outcome('{"a": "x", "zzz": 1}')).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:0");
    expect(outcome('{"a": 1, "zzz": 1}')).toBe("trap MissingMainArg at MissingMainArg:1");
    expect(outcome('{"a": 1, "b": 5, "c": {}}')).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:1");
    expect(outcome('{"a": 1, "b": null, "c": {}}')).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:2");
  });
  it("decodes-in-one-pass-and-the-last-duplicate-decides", () => {
    // Values are decoded where they stand; a failed one is only recorded, so a later
    // duplicate replaces it, and a later failing duplicate replaces a decoded value.
    expect(outcome('{"a": "x", "b": null, "c": {"x": true}, "a": 3}')).toBe("ok 3 None C{\"x\":true}");
    expect(outcome('{"a": 3, "b": null, "c": {"x": true}, "a": "x"}')).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:0");
    expect(outcome('{"c": {"x": 1}, "b": "s", "c": {"x": false}, "a": -1}')).toBe('ok -1 Some("s") C{"x":false}');
    // A failure of a later parameter earlier in the text still comes after an earlier parameter's.
    expect(outcome('{"c": {"x": 1}, "b": null}')).toBe("trap MissingMainArg at MissingMainArg:0");
    expect(outcome('{"c": 5, "b": 7, "a": 1}')).toBe("trap MainArgTypeMismatch at MainArgTypeMismatch:1");
  });
  it("requires-option-parameters-to-be-present", () => {
    expect(outcome('{"a": 1, "c": {"x": true}}')).toBe("trap MissingMainArg at MissingMainArg:1");
  });
  it("reports-unexpected-properties-last", () => {
    expect(outcome('{"zzz": 0, "a": 1, "b": null, "c": {"x": true}}')).toBe("trap UnexpectedMainArg at UnexpectedMainArg:*");
    expect(outcome('{"a": 1, "b": null, "c": {"x": true}, "\\u0061": 2, "a ": 0}')).toBe("trap UnexpectedMainArg at UnexpectedMainArg:*");
  });
  it("accepts-an-empty-object-for-no-parameters", () => {
    expect(compiledMainArgs([], " {} ")).toEqual({ ok: true, values: [] });
    expect(compiledMainArgs([], '{"a": 1}')).toEqual({ ok: false, trap: "UnexpectedMainArg", where: "UnexpectedMainArg:*" });
  });

  it("runs-the-after-param-hook-between-parameters", () => {
    // The hook validates "a > 0" (a schema predicate, say) before b is even looked at:
    // {"a": 0} traps at the hook's own site although b is missing.
    const m = new ModuleBuilder();
    const hookSite = m.site();
    const sites = new Map<string, number>();
    m.func("entry", [["in", "i32"], ["len", "i32"], ["out", "i32"], ["cap", "i32"]], "i32", (b) => {
      const slots = emitDecodeMainArgs(b, m, params, { ptr: b.get("in"), len: b.get("len") }, {
        site: (kind, index) => {
          const key = `${kind}:${index ?? "*"}`;
          if (!sites.has(key)) sites.set(key, m.site());
          return sites.get(key) as number;
        },
        afterParam: (index, slot) => {
          if (index === 0) b.if(b.i64.leS(b.get(slot), b.i64.const(0)), () => b.trap("MainArgTypeMismatch", hookSite));
        },
      });
      expect(slots.map((s) => s.type)).toEqual(["i64", "i32", "i32"]);
      b.i64.store(b.alloc("output", b.i32.const(8), 1), b.get(slots[0]!));
      return b.i32.const(8);
    });
    m.entry("entry");
    const module = m.finish();
    assertValid(module);
    const inst = interpret(module);
    const run = (t: string) => inst.run(new TextEncoder().encode(t), { memoryLimit: 1 << 20 });
    expect(run('{"a": 0}')).toEqual({ ok: false, trap: "MainArgTypeMismatch", site: hookSite });
    expect(run('{"a": 5}')).toEqual({ ok: false, trap: "MissingMainArg", site: sites.get("MissingMainArg:1") });
    const ok = run('{"a": 5, "b": null, "c": {"x": true}}');
    expect(ok.ok && new DataView(ok.output.buffer, ok.output.byteOffset).getBigInt64(0, true)).toBe(5n);
  });
});

describe("values", () => {
  it("decodes-parameter-values-like-decode-json", () => {
    const p: readonly MainParam[] = [{ name: "xs", shape: S.list(S.dict(S.int)) }];
    expect(compiledMainArgs(p, '{"xs": [{"b": 1, "a": 2}]}')).toEqual({ ok: true, values: [V.list([V.record({ a: V.int(2), b: V.int(1) })])] });
  });
});
