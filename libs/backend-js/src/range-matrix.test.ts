// The ops whose JavaScript depends on what is statically known of their
// operands (i64-ranges.ts: no `typeof` test for a known number, no overflow
// check for a result that stays safe, plain compares for non-negative values)
// against the IR interpreter, with operands of every kind of known range —
// constants, i32 extensions, remainders, masks, values near 2^52 — next to
// unknown ones, over the i64 edge values. Results must be identical (Object.is,
// bigints for i64; same trap kind and site).
import { describe, expect, it } from "vitest";
import { interpret, parseOrThrow, NUM_OP_INFO, type Instance, type IrValue, type NumOp } from "@tetra/ir";
import { compileJs, instantiateJs } from "./backend.js";
import { emitJs } from "./emit-module.js";
import { I32_EDGES, I64_EDGES } from "./test-support/edge-values.js";

/** Operand shapes over an i64 `x` (and a spare local): each has a different static range. */
const SHAPES: Readonly<Record<string, (x: string, local: string) => string>> = {
  unknown: (x) => x,
  i32: (x) => `(i64.extend_i32_s (i32.wrap_i64 ${x}))`,
  u32: (x) => `(i64.extend_i32_u (i32.wrap_i64 ${x}))`,
  rem: (x) => `(i64.rem_s site=1 ${x} (i64.const 1000))`,
  mask: (x) => `(i64.and ${x} (i64.const 255))`,
  big: (x) => `(i64.rem_s site=1 ${x} (i64.const 4503599627370497))`,
  local: (x, local) => `(local.tee ${local} (i64.rem_s site=1 ${x} (i64.const 65536)))`,
};
const CONSTANTS = [0n, 1n, -1n, 3n, 7n, 8n, -8n, 255n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 32n, 2n ** 52n, 2n ** 53n - 1n, -(2n ** 53n - 1n), 2n ** 53n, -(2n ** 63n)];
const ARGS = I64_EDGES.filter((_, i) => i % 2 === 0);
const BINARY: readonly NumOp[] = [
  "i64.add",
  "i64.sub",
  "i64.mul",
  "i64.add_checked",
  "i64.sub_checked",
  "i64.mul_checked",
  "i64.rem_s",
  "i64.div_s",
  "i64.and",
  "i64.lt_u",
  "i64.gt_u",
  "i64.le_u",
  "i64.ge_u",
];
const UNARY: readonly NumOp[] = ["i32.wrap_i64", "f64.convert_i64_s"];

/** A small arena: nothing here touches memory, and each invoke resets it. */
const OPTS = { memoryLimit: 64 };
const show = (o: unknown) => JSON.stringify(o, (_k, v) => (typeof v === "bigint" ? `${v}n` : Object.is(v, -0) ? "-0" : v));

interface Case {
  readonly name: string;
  readonly params: number;
}

function build(op: NumOp): { text: string; cases: Case[] } {
  const info = NUM_OP_INFO[op];
  const site = info.traps.length > 0 ? " site=1" : "";
  const funcs: string[] = [];
  const cases: Case[] = [];
  const add = (name: string, params: number, body: string) => {
    const ps = Array.from({ length: params }, (_, i) => `(param $p${i} i64)`).join(" ");
    funcs.push(`(func $${name} ${ps} (result ${info.result}) (local $l i64) (local $m i64) ${body})`);
    cases.push({ name, params });
  };
  const shapes = Object.entries(SHAPES);
  const get = (i: number) => `(local.get $p${i})`;
  if (info.operands.length === 1) {
    for (const [s, shape] of shapes) add(`u_${s}`, 1, `(${op}${site} ${shape(get(0), "$l")})`);
  } else {
    for (const [sa, a] of shapes) for (const [sb, b] of shapes) add(`s_${sa}_${sb}`, 2, `(${op}${site} ${a(get(0), "$l")} ${b(get(1), "$m")})`);
    CONSTANTS.forEach((c, k) => {
      for (const [s, shape] of shapes) {
        add(`cl${k}_${s}`, 1, `(${op}${site} (i64.const ${c}) ${shape(get(0), "$l")})`);
        add(`cr${k}_${s}`, 1, `(${op}${site} ${shape(get(0), "$l")} (i64.const ${c}))`);
      }
    });
  }
  return { text: `(module (constants 8) (sites 2)\n${funcs.join("\n")})`, cases };
}

function tuples(n: number): IrValue[][] {
  return n === 1 ? ARGS.map((a) => [a]) : ARGS.flatMap((a) => ARGS.map((b) => [a, b]));
}

describe("ops with statically known operand ranges agree with the interpreter", () => {
  for (const op of [...BINARY, ...UNARY]) {
    it(op, () => {
      const { text, cases } = build(op);
      const m = parseOrThrow(text, `range-matrix ${op}`);
      const mod = { ...m, exports: m.funcs.map((f) => f.name) };
      const js: Instance = instantiateJs(compileJs(mod));
      const ref: Instance = interpret(mod);
      const mismatches: string[] = [];
      let calls = 0;
      for (const c of cases) {
        for (const args of tuples(c.params)) {
          const want = ref.invoke(c.name, args, OPTS);
          const got = js.invoke(c.name, args, OPTS);
          calls++;
          const same = want.ok && got.ok ? Object.is(want.value, got.value) : show(want) === show(got);
          if (!same && mismatches.length < 10) mismatches.push(`${c.name}(${show(args)}): js ${show(got)} interp ${show(want)}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(calls).toBeGreaterThan(100);
    });
  }
});

describe("i32.mul by a constant agrees with the interpreter", () => {
  // Up to 2^21 in magnitude the product is exact in a double: `(a * c) | 0`; beyond, Math.imul.
  const constants = [0, 1, -1, 3, 8, -8, 0x7fff, 2 ** 21, -(2 ** 21), 2 ** 21 + 1, 0x7fffffff, -0x80000000];
  it("i32.mul", () => {
    const funcs = constants.flatMap((c, k) => [
      `(func $l${k} (param $a i32) (result i32) (i32.mul (i32.const ${c}) (local.get $a)))`,
      `(func $r${k} (param $a i32) (result i32) (i32.mul (local.get $a) (i32.const ${c})))`,
    ]);
    const m = parseOrThrow(`(module (constants 8) (sites 1)\n${funcs.join("\n")})`, "i32-mul");
    const mod = { ...m, exports: m.funcs.map((f) => f.name) };
    const js = instantiateJs(compileJs(mod));
    const ref = interpret(mod);
    const mismatches: string[] = [];
    for (const f of mod.exports) {
      for (const a of I32_EDGES) {
        const want = ref.invoke(f, [a], OPTS);
        const got = js.invoke(f, [a], OPTS);
        if (!(want.ok && got.ok && Object.is(want.value, got.value)) && mismatches.length < 10) mismatches.push(`${f}(${a}): js ${show(got)} interp ${show(want)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compileJs(mod).source).toContain("(a * 8) | 0");
  });
});

describe("what the ranges change in the emitted code", () => {
  const m = parseOrThrow(
    `(module (constants 8) (sites 2)
      (func $size (param $n i32) (result i64) (i64.add (i64.const 8) (i64.mul (i64.extend_i32_u (local.get $n)) (i64.const 8))))
      (func $rem (param $x i64) (result i64) (i64.rem_s site=1 (local.get $x) (i64.const 8)))
      (func $acc (param $x i64) (result i64) (i64.add_checked site=1 (local.get $x) (i64.rem_s site=1 (local.get $x) (i64.const 8))))
      (func $fits (param $n i32) (result i32) (i64.gt_u (i64.extend_i32_u (local.get $n)) (i64.const 2147483647))))`,
    "forms",
  );
  const js = emitJs({ ...m, exports: m.funcs.map((f) => f.name) });
  const body = (name: string) => js.slice(js.indexOf(`function ${name}(`), js.indexOf("\n  }\n", js.indexOf(`function ${name}(`)));

  it("writes-a-result-that-stays-safe-as-bare-arithmetic", () => {
    expect(body("size")).toContain("return 8 + ((n >>> 0) * 8);");
  });

  it("tests-only-operands-not-known-to-be-numbers", () => {
    expect(body("rem")).toContain('return typeof x === "number" ? x % 8 + 0 : $i64_rem_s(x, 8, 1);');
    expect(body("acc")).toMatch(/typeof x === "number" && \$safe\(\$r = x \+ \$t0\) \? \$r : \$i64_add_checked\(x, \$t0, 1\)/);
  });

  it("compares-non-negative-numbers-with-plain-operators", () => {
    expect(body("fits")).toContain("(n >>> 0) > 2147483647");
  });
});
