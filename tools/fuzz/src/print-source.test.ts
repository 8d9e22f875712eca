// The printer must write literals that the lexer reads back exactly: every
// float by bit pattern, every string by code point, every Int edge value.
import { check, evaluate } from "@tetra/lang";
import { describe, expect, it } from "vitest";
import { FLOAT_EDGES, INT_EDGES, STRING_POOL } from "./gen-literals.js";
import { floatText, printProgram, rawLiteral, stringLiteral } from "./print-source.js";
import type { GProgram } from "./gast.js";
import { G } from "./gtype.js";
import { Rng } from "./rng.js";

function run(source: string): string {
  const c = check(source);
  if (!c.ok) throw new Error(`${source}\n${c.diagnostics.map((d) => d.message).join("\n")}`);
  const o = evaluate(c.program, undefined);
  if (o.kind !== "ok") throw new Error(`${source}: ${JSON.stringify(o)}`);
  return o.json;
}

function bits(x: number): string {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return v.getBigUint64(0).toString(16);
}

describe("literal printing", () => {
  it("round-trips-floats-by-bit-pattern", () => {
    const r = new Rng(9);
    const xs = [...FLOAT_EDGES, ...Array.from({ length: 200 }, () => r.anyFiniteDouble())];
    // `f"${x}"` goes through the evaluator's own float text; compare bits through JSON projection instead.
    const source = `[${xs.flatMap((x) => [floatText(x, "short"), floatText(x, "exp")]).join(", ")}]`;
    const out = JSON.parse(run(source)) as number[];
    const want = xs.flatMap((x) => [x, x]);
    expect(out.map(bits)).toEqual(want.map((x) => (Object.is(x, -0) ? bits(-0) : bits(x))));
  });

  it("writes-nan-and-infinities-as-words", () => {
    expect([floatText(NaN, "short"), floatText(Infinity, "short"), floatText(-Infinity, "exp"), floatText(-0, "short"), floatText(3, "short")]).toEqual(["NaN", "Infinity", "(-Infinity)", "(-0.0)", "3.0"]);
  });

  it("round-trips-int-edges-including-min", () => {
    const program = (values: readonly bigint[], radix: 10 | 16): GProgram => ({
      imports: [],
      enums: [],
      schemas: [],
      main: null,
      root: { kind: "List", items: values.map((value) => ({ spread: false, expr: { kind: "Int", value, radix, type: G.int, hinted: false } })), type: G.list(G.int), hinted: false },
    });
    const positive = INT_EDGES.filter((v) => v >= 0n);
    expect(run(printProgram(program(INT_EDGES, 10))).replace(/\s+/g, "")).toBe(`[${INT_EDGES.join(",")}]`);
    expect(run(printProgram(program(positive, 16))).replace(/\s+/g, "")).toBe(`[${positive.join(",")}]`);
  });

  it("round-trips-strings-in-every-style", () => {
    for (const s of STRING_POOL) {
      const forms = [stringLiteral(s, false), stringLiteral(s, true), rawLiteral(s)].filter((x): x is string => x !== undefined);
      for (const f of forms) expect(JSON.parse(run(f)), f).toBe(s);
    }
  });

  it("uses-enough-hashes-for-raw-strings", () => {
    expect(rawLiteral('say "hi"')).toBe('r#"say "hi""#');
    expect(rawLiteral('a"#b')).toBe('r##"a"#b"##');
    expect(rawLiteral("bell\u0007")).toBeUndefined();
  });
});
