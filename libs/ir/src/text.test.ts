// Text format: parse errors with positions, exact floats, and print/parse
// round-trips on random modules (fast-check, fixed seed).
import fc from "fast-check";
import { RUNTIME_ERROR_KINDS } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { bitsToF64, f64Bits, formatF64, parseF64 } from "./float-bits.js";
import { LOAD_OP_INFO, NUM_OP_INFO, STORE_OP_INFO } from "./op-info.js";
import { parse, parseOrThrow } from "./parse.js";
import { print } from "./print.js";
import { formatVerifyError, verify } from "./verify.js";
import type { Expr, Func, LoadOp, Module, NumOp, ResultType, StateReg, StoreOp, ValType } from "./types.js";

describe("parse errors", () => {
  const firstError = (t: string) => {
    const r = parse(t, "x.ir");
    if (r.ok) throw new Error("expected a parse error");
    return r.error[0];
  };
  it("reports-line-and-column-of-an-unknown-op", () => {
    const d = firstError("(module\n  (constants 8)\n  (func $f (i32.frob)))");
    expect(d?.message).toBe("x.ir:3:12: unknown op i32.frob");
    expect(d?.span?.start).toEqual({ offset: 35, line: 3, column: 12 });
  });
  it("reports-unbalanced-parentheses", () => {
    expect(firstError("(module (constants 8)")?.message).toContain("1:1: unclosed '('");
    expect(firstError("(module))")?.message).toContain("1:9: unbalanced ')'");
  });
  it("rejects-out-of-range-constants-and-bad-floats", () => {
    expect(firstError("(module (func $f (drop (i32.const 4294967296))))")?.message).toContain("i32 constant out of range");
    expect(firstError("(module (func $f (drop (f64.const 1.2.3))))")?.message).toContain("bad f64 constant");
    expect(firstError("(module (func $f (drop (f64.const nan:0x0000000000000001))))")?.message).toContain("bad f64 constant");
  });
  it("leaves-a-missing-site-to-the-verifier", () => {
    const m = parseOrThrow("(module (func $f (result i64) (i64.div_s (i64.const 1) (i64.const 1))))");
    expect(verify(m).map(formatVerifyError).join("\n")).toContain("i64.div_s can trap and needs a site");
  });
});

describe("f64 constants", () => {
  const special = [0, -0, Infinity, -Infinity, 5e-324, -5e-324, 1.7976931348623157e308, 0.1, 1e21, 123456789.125];
  it("round-trip-the-bit-pattern", () => {
    for (const x of special) expect(parseF64(formatF64(f64Bits(x)))).toBe(f64Bits(x));
    for (const bits of [0x7ff8000000000000n, 0xfff8000000000000n, 0x7ff0000000000001n, 0xffffffffffffffffn])
      expect(parseF64(formatF64(bits))).toBe(bits);
    expect(formatF64(f64Bits(-0))).toBe("-0");
    expect(formatF64(0x7ff8000000000000n)).toBe("nan");
  });
  it("round-trip-random-bit-patterns", () => {
    fc.assert(
      fc.property(fc.bigInt(0n, (1n << 64n) - 1n), (bits) => {
        const x = bitsToF64(bits);
        const expected = Number.isNaN(x) ? bits : f64Bits(x);
        expect(parseF64(formatF64(bits))).toBe(expected);
      }),
      { seed: 20240601, numRuns: 2000 },
    );
  });
});

// ---- random modules ------------------------------------------------------

const names = fc.constantFrom("a", "b", "x.1", "tmp", "L0", "_q");
const valType = fc.constantFrom<ValType>("i32", "i64", "f64");
const resultType = fc.constantFrom<ResultType>("i32", "i64", "f64", "none");
const site = fc.nat(5);
const numOps = Object.keys(NUM_OP_INFO) as NumOp[];
const loadOps = Object.keys(LOAD_OP_INFO) as LoadOp[];
const storeOps = Object.keys(STORE_OP_INFO) as StoreOp[];
const regs: StateReg[] = ["scratch_ptr", "scratch_end", "output_ptr", "output_end"];

const { expr } = fc.letrec<{ expr: Expr }>((tie) => {
  const e = tie("expr");
  const list = fc.array(e, { maxLength: 3 });
  const leaf = fc.oneof(
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((value): Expr => ({ kind: "i32.const", value })),
    fc.bigInt(-(1n << 63n), (1n << 63n) - 1n).map((value): Expr => ({ kind: "i64.const", value })),
    fc.bigInt(0n, (1n << 64n) - 1n).map((bits): Expr => ({ kind: "f64.const", bits })),
    names.map((name): Expr => ({ kind: "local.get", name })),
    fc.record({ trap: fc.constantFrom(...RUNTIME_ERROR_KINDS), site }).map((r): Expr => ({ kind: "trap", ...r })),
    fc.constant<Expr>({ kind: "unreachable" }),
    names.map((func): Expr => ({ kind: "func.ref", func })),
    fc.record({ amount: fc.nat(100), site }).map((r): Expr => ({ kind: "fuel", ...r })),
    fc.constantFrom(...regs).map((reg): Expr => ({ kind: "state.get", reg })),
    fc.constant<Expr>({ kind: "return" }),
  );
  return {
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.record({ name: names, value: e, tee: fc.boolean() }).map(({ name, value, tee }): Expr => ({ kind: tee ? "local.tee" : "local.set", name, value })),
      fc.record({ label: names, type: resultType, body: list, loop: fc.boolean() }).map(({ loop, ...r }): Expr => ({ kind: loop ? "loop" : "block", ...r })),
      fc.record({ type: resultType, cond: e, then: list, else: list }).map((r): Expr => ({ kind: "if", ...r })),
      fc.record({ label: names, value: fc.option(e, { nil: undefined }) }).map(({ label, value }): Expr => (value === undefined ? { kind: "br", label } : { kind: "br", label, value })),
      fc.record({ label: names, cond: e }).map((r): Expr => ({ kind: "br_if", ...r })),
      fc.record({ labels: fc.array(names, { maxLength: 3 }), default: names, index: e }).map((r): Expr => ({ kind: "br_table", ...r })),
      e.map((value): Expr => ({ kind: "return", value })),
      e.map((value): Expr => ({ kind: "drop", value })),
      fc.record({ then: e, else: e, cond: e }).map((r): Expr => ({ kind: "select", ...r })),
      fc.record({ func: names, args: list, site }).map((r): Expr => ({ kind: "call", ...r })),
      fc
        .record({ params: fc.array(valType, { maxLength: 3 }), result: resultType, args: list, index: e, site })
        .map(({ params, result, ...r }): Expr => ({ kind: "call_indirect", sig: { params, result }, ...r })),
      fc.record({ op: fc.constantFrom(...loadOps), offset: fc.nat(2 ** 32 - 1), addr: e, site }).map((r): Expr => ({ kind: "load", ...r })),
      fc.record({ op: fc.constantFrom(...storeOps), offset: fc.nat(70000), addr: e, value: e, site }).map((r): Expr => ({ kind: "store", ...r })),
      fc.record({ dst: e, src: e, len: e, site }).map((r): Expr => ({ kind: "memory.copy", ...r })),
      fc.record({ dst: e, value: e, len: e, site }).map((r): Expr => ({ kind: "memory.fill", ...r })),
      fc.record({ region: fc.constantFrom("scratch" as const, "output" as const), align: fc.constantFrom(1, 8, 4096), size: e, site }).map((r): Expr => ({ kind: "alloc", ...r })),
      fc.record({ reg: fc.constantFrom(...regs), value: e }).map((r): Expr => ({ kind: "state.set", ...r })),
      fc.record({ op: fc.constantFrom(...numOps), args: list, site: fc.option(site, { nil: undefined }) }).map(({ site: s, ...r }): Expr => (s === undefined ? { kind: "num", ...r } : { kind: "num", ...r, site: s })),
    ),
  };
});

const local = fc.record({ name: names, type: valType });
const func: fc.Arbitrary<Func> = fc.record({
  name: names,
  params: fc.array(local, { maxLength: 3 }),
  result: resultType,
  locals: fc.array(local, { maxLength: 3 }),
  body: fc.array(expr, { maxLength: 4 }),
});
const pos = fc.record({ offset: fc.nat(10000), line: fc.nat(500), column: fc.nat(200) });
const module: fc.Arbitrary<Module> = fc.record({
  funcs: fc.array(func, { maxLength: 3 }),
  constantsSize: fc.nat(1 << 20),
  data: fc.array(fc.record({ offset: fc.nat(1 << 20), bytes: fc.uint8Array({ maxLength: 20 }) }), { maxLength: 3 }),
  table: fc.array(names, { maxLength: 3 }),
  exports: fc.array(names, { maxLength: 3 }),
  entry: fc.option(names, { nil: null }),
  sites: fc.array(fc.record({ span: fc.option(fc.record({ file: fc.string({ unit: "grapheme", maxLength: 8 }), start: pos, end: pos }), { nil: null }) }), { maxLength: 4 }),
});

describe("print/parse round-trip on random modules", () => {
  it("parse-of-print-equals-the-module-and-print-is-a-fixpoint", () => {
    fc.assert(
      fc.property(module, (m) => {
        const text = print(m);
        const back = parseOrThrow(text);
        expect(back).toEqual(m);
        expect(print(back)).toBe(text);
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});
