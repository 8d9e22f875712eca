// Generated codec modules are ordinary IR: they verify, print and parse back,
// survive the standard pass pipeline with identical results, refuse what they
// cannot handle with a typed reason, and share one function per shape.
import { S, V, type Shape } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { ModuleBuilder } from "../builder.js";
import { interpret } from "../interp/index.js";
import { parseOrThrow } from "../parse.js";
import { standardPipeline } from "../passes/index.js";
import { print } from "../print.js";
import { assertValid } from "../verify.js";
import { decoderFor } from "./decode.js";
import { decodeEntryModule, encodeEntryInput, encodeEntryModule } from "./entry.js";
import { decodeRefusal, encodeRefusal } from "./support.js";

const order = S.record(
  {
    id: S.int,
    tags: S.dict(S.list(S.string)),
    ok: S.bool,
    kind: S.enum("K", [{ name: "A", payload: { kind: "unit" } }, { name: "B", payload: { kind: "tuple", elements: [S.int] } }]),
    note: S.option(S.result(S.string, S.int)),
  },
  "Order",
);
const TEXT = '{"id": 1, "tags": {"z": [], "a": ["x", "y"]}, "ok": true, "kind": {"B": [2]}, "note": {"Err": 3}}';

describe("codec modules", () => {
  it("print-and-parse-back-unchanged", () => {
    for (const r of [decodeEntryModule(order), encodeEntryModule(order)]) {
      if (!r.ok) throw new Error(r.error.message);
      const text = print(r.value.module);
      expect(print(parseOrThrow(text))).toBe(text);
    }
  });

  it("give-the-same-results-after-the-standard-pipeline", () => {
    const dec = decodeEntryModule(order);
    const enc = encodeEntryModule(order);
    if (!dec.ok || !enc.ok) throw new Error("refused");
    for (const module of [dec.value.module, standardPipeline(dec.value.module)]) {
      assertValid(module);
      const out = interpret(module).run(new TextEncoder().encode(TEXT), { memoryLimit: 1 << 20 });
      expect(out.ok).toBe(true);
    }
    const value = V.record(
      {
        id: V.int(1),
        tags: V.record({ a: V.list([V.string("x"), V.string("y")]), z: V.list([]) }),
        ok: V.bool(true),
        kind: { kind: "enum", enumName: "K", variant: "B", payload: { kind: "tuple", items: [V.int(2)] } },
        note: V.some(V.err(V.int(3))),
      },
      "Order",
    );
    const outputs = [enc.value.module, standardPipeline(enc.value.module)].map((module) => {
      assertValid(module);
      const input = encodeEntryInput(module, value, order);
      if (!input.ok) throw new Error(input.error.message);
      const out = interpret(module).run(input.value, { memoryLimit: 1 << 20 });
      return out.ok ? new TextDecoder().decode(out.output) : out.trap;
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[0]).toBe(
      '{\n  "id": 1,\n  "kind": {\n    "B": [\n      2\n    ]\n  },\n  "note": {\n    "Err": {\n      "error": 3\n    }\n  },\n  "ok": true,\n  "tags": {\n    "a": [\n      "x",\n      "y"\n    ],\n    "z": []\n  }\n}',
    );
  });

  it("traps-memory-limit-when-decoded-values-do-not-fit-in-scratch", () => {
    const r = decodeEntryModule(S.list(S.string));
    if (!r.ok) throw new Error(r.error.message);
    const inst = interpret(r.value.module);
    const text = new TextEncoder().encode(JSON.stringify(Array.from({ length: 2000 }, () => "x".repeat(50))));
    expect(inst.run(text, { memoryLimit: 1 << 18 })).toEqual({ ok: false, trap: "MemoryLimitExceeded", site: 0 });
    expect(inst.run(text, { memoryLimit: 1 << 20 }).ok).toBe(true);
  });

  it("generates-one-decoder-per-shape", () => {
    const m = new ModuleBuilder();
    const a = decoderFor(m, S.list(S.record({ x: S.int })));
    const b = decoderFor(m, { kind: "list", element: { kind: "record", fields: [{ name: "x", shape: { kind: "int" } }] } });
    expect(b).toBe(a);
    expect(decoderFor(m, S.list(S.record({ x: S.float })))).not.toBe(a);
    const names = m.finish().funcs.map((f) => f.name);
    expect(names.filter((n) => n.startsWith("codec.dec.int"))).toHaveLength(1);
  });

  it("refuses-closures-and-huge-enums-with-a-typed-reason", () => {
    const fn = S.closure([S.int], S.int);
    expect(decodeRefusal(S.record({ f: fn }))).toEqual({ reason: "closure", path: "$.f", message: "$.f: a closure cannot be decoded from JSON" });
    expect(encodeRefusal(S.record({ f: fn }))).toBeUndefined();
    expect(encodeRefusal(S.dict(fn))).toBeUndefined();
    expect(encodeRefusal(S.list(fn))).toEqual({ reason: "closure", path: "$[]", message: "$[]: a closure cannot be written as JSON" });
    const big: Shape = S.enum("Big", Array.from({ length: 257 }, (_, i) => ({ name: `V${i}`, payload: { kind: "unit" as const } })));
    expect(decodeRefusal(S.option(big))?.reason).toBe("too-many-variants");
    expect(encodeEntryModule(S.list(fn))).toEqual({ ok: false, error: encodeRefusal(S.list(fn)) });
  });
});
