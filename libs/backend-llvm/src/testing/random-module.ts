// A small seeded generator of random well-typed IR modules, for differential
// tests (native vs interpreter). It covers every op family: all numeric ops
// with edge-value constants, control flow (block/loop/if/br/br_if/br_table/
// return/trap), locals, calls (with recursion), call_indirect through a table
// (including wrong signatures and bad indices), memory ops at in- and
// out-of-range addresses, allocation and the runtime-state registers. The fuel
// pass runs over the result, so every loop and recursion terminates.
//
// The generated module avoids only what the IR leaves unspecified: the second
// operand of f64.copysign is never a NaN (its sign is unspecified, docs/ir.md).
import { RUNTIME_ERROR_KINDS } from "@tetra/core";
import {
  CANONICAL_NAN_BITS,
  f64Bits,
  insertFuel,
  LOAD_OP_INFO,
  NUM_OP_INFO,
  STORE_OP_INFO,
  type Expr,
  type Func,
  type Local,
  type LoadOp,
  type Module,
  type NumOp,
  type ResultType,
  type Signature,
  type StoreOp,
  type ValType,
} from "@tetra/ir";

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VAL_TYPES: readonly ValType[] = ["i32", "i64", "f64"];
const NUM_OPS = Object.keys(NUM_OP_INFO) as NumOp[];
const LOAD_OPS = Object.keys(LOAD_OP_INFO) as LoadOp[];
const STORE_OPS = Object.keys(STORE_OP_INFO) as StoreOp[];
const SITES = 8;

const I32_EDGES = [0, 1, -1, 2, 7, 31, 32, 255, 65535, -(2 ** 31), 2 ** 31 - 1];
const I64_EDGES = [0n, 1n, -1n, 2n, 63n, 64n, 2n ** 32n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n + 1n];
const F64_EDGES = [0, -0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 1e308, 5e-324, Infinity, -Infinity, 2 ** 52, 2 ** 53, 2 ** 63, -(2 ** 63), 2 ** 31, -(2 ** 31) - 1];

export interface RandomModuleOptions {
  /** Functions besides the entry (default 2..4). */
  readonly funcs?: number;
}

class Gen {
  private label = 0;
  private locals: Local[] = [];
  private readonly sigs: Signature[] = [];
  private readonly table: number[] = [];
  private current = 0;

  constructor(private readonly r: () => number) {}

  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  site(): number {
    return 1 + this.int(SITES - 1);
  }

  module(options: RandomModuleOptions): Module {
    const n = options.funcs ?? 2 + this.int(3);
    for (let i = 0; i < n; i++) {
      const params = [...Array(this.int(4)).keys()].map(() => this.pick(VAL_TYPES));
      const result: ResultType = this.chance(0.15) ? "none" : this.pick(VAL_TYPES);
      this.sigs.push({ params, result });
    }
    for (let i = 0; i < n; i++) if (this.chance(0.6)) this.table.push(i); // a function appears at most once
    const funcs: Func[] = this.sigs.map((sig, i) => this.func(i, sig));
    funcs.push(this.entry());
    const data = new Uint8Array(32).map(() => this.int(256));
    const m: Module = {
      funcs,
      constantsSize: 40,
      data: [{ offset: 8, bytes: data }],
      table: this.table.map((i) => `f${i}`),
      exports: funcs.map((f) => f.name),
      entry: "main",
      sites: [...Array(SITES).keys()].map(() => ({ span: null })),
    };
    return insertFuel(m);
  }

  /** $main loads each function's arguments from the input and stores its result to the output. */
  private entry(): Func {
    const get = (name: string): Expr => ({ kind: "local.get", name });
    const body: Expr[] = [];
    this.sigs.forEach((sig, k) => {
      const args: Expr[] = sig.params.map((t, j) => ({
        kind: "load",
        op: t === "i32" ? "i32.load" : t === "i64" ? "i64.load" : "f64.load",
        offset: 8 * j,
        addr: get("in"),
        site: 0,
      }));
      const call: Expr = { kind: "call", func: `f${k}`, args, site: 0 };
      const addr = get("out");
      const offset = 8 * k;
      if (sig.result === "none") body.push(call);
      else if (sig.result === "i32") body.push({ kind: "store", op: "i64.store", offset, addr, value: { kind: "num", op: "i64.extend_i32_s", args: [call] }, site: 0 });
      else body.push({ kind: "store", op: sig.result === "i64" ? "i64.store" : "f64.store", offset, addr, value: call, site: 0 });
    });
    body.push({ kind: "i32.const", value: 8 * this.sigs.length });
    const params = ["in", "len", "out", "cap"].map((name) => ({ name, type: "i32" as const }));
    return { name: "main", params, result: "i32", locals: [], body };
  }

  private func(i: number, sig: Signature): Func {
    this.current = i;
    this.label = 0;
    const params = sig.params.map((type, j) => ({ name: `p${j}`, type }));
    const extra = VAL_TYPES.flatMap((type) => [0, 1].map((j) => ({ name: `${type}_${j}`, type })));
    this.locals = [...params, ...extra];
    const body = this.body(sig.result, 3);
    return { name: `f${i}`, params, result: sig.result, locals: this.locals.slice(params.length), body };
  }

  /** Statements, then (for a typed body) a value. */
  private body(t: ResultType, d: number): Expr[] {
    const out: Expr[] = [];
    for (let k = this.int(3); k > 0; k--) out.push(this.stmt(d - 1));
    if (t !== "none") out.push(this.expr(t, d));
    return out;
  }

  /** Frames around the node being generated (no `return` inside one). */
  private frames = 0;

  private fresh(prefix: string): string {
    return `${prefix}${this.label++}`;
  }

  private local(t: ValType): string {
    return this.pick(this.locals.filter((l) => l.type === t)).name;
  }

  private newCounter(): string {
    const name = this.fresh("c");
    this.locals.push({ name, type: "i32" });
    return name;
  }

  const(t: ValType): Expr {
    switch (t) {
      case "i32":
        return { kind: "i32.const", value: this.chance(0.7) ? this.pick(I32_EDGES) : (this.int(2 ** 32) | 0) };
      case "i64": {
        const v = this.chance(0.7) ? this.pick(I64_EDGES) : BigInt.asIntN(64, (BigInt(this.int(2 ** 32)) << 32n) | BigInt(this.int(2 ** 32)));
        return { kind: "i64.const", value: v };
      }
      case "f64": {
        if (this.chance(0.1)) return { kind: "f64.const", bits: this.chance(0.5) ? CANONICAL_NAN_BITS : 0xfff4000000000001n };
        const x = this.chance(0.7) ? this.pick(F64_EDGES) : (this.r() - 0.5) * 2 ** (this.int(80) - 20);
        return { kind: "f64.const", bits: f64Bits(x) };
      }
    }
  }

  private leaf(t: ValType): Expr {
    return this.chance(0.5) ? this.const(t) : { kind: "local.get", name: this.local(t) };
  }

  /** An i32 address: mostly inside a 4 KiB arena, sometimes anything. */
  private addr(d: number): Expr {
    const raw = this.expr("i32", d - 1);
    if (this.chance(0.2)) return raw;
    return { kind: "num", op: "i32.and", args: [raw, { kind: "i32.const", value: 0xfff }] };
  }

  private offset(): number {
    return this.chance(0.8) ? 0 : this.pick([1, 4, 8, 100, 4090, 2 ** 32 - 1]);
  }

  /** An f64 that is never NaN (the copysign sign source). */
  private notNan(d: number): Expr {
    return { kind: "num", op: "f64.convert_i32_s", args: [this.expr("i32", d - 1)] };
  }

  expr(t: ValType, d: number): Expr {
    if (d <= 0 || this.chance(0.2)) return this.leaf(t);
    const c = this.int(100);
    if (c < 45) return this.num(t, d);
    if (c < 52) {
      const op = this.pick(LOAD_OPS.filter((o) => LOAD_OP_INFO[o].type === t));
      return { kind: "load", op, offset: this.offset(), addr: this.addr(d), site: this.site() };
    }
    if (c < 57) return { kind: "select", then: this.expr(t, d - 1), else: this.expr(t, d - 1), cond: this.expr("i32", d - 1) };
    if (c < 63) return { kind: "if", type: t, cond: this.expr("i32", d - 1), then: this.body(t, d - 1), else: this.body(t, d - 1) };
    if (c < 68) {
      // c >= 66: the same as a frame (an inlined call), whose body may not `return`.
      const frame = c >= 66;
      const label = this.fresh(frame ? "fr" : "b");
      if (frame) this.frames++;
      const early: Expr = { kind: "if", type: "none", cond: this.expr("i32", d - 1), then: [{ kind: "br", label, value: this.expr(t, d - 1) }], else: [] };
      const body = [this.stmt(d - 1), early, this.expr(t, d - 1)];
      if (!frame) return { kind: "block", label, type: t, body };
      this.frames--;
      return { kind: "frame", label, type: t, site: this.site(), body };
    }
    if (c < 71) return { kind: "local.tee", name: this.local(t), value: this.expr(t, d - 1) };
    if (c < 76) {
      const callees = this.sigs.map((s, i) => ({ s, i })).filter(({ s, i }) => s.result === t && (i < this.current || this.chance(0.3)));
      if (callees.length > 0) {
        const { s, i } = this.pick(callees);
        return { kind: "call", func: `f${i}`, args: s.params.map((p) => this.expr(p, d - 1)), site: this.site() };
      }
    }
    if (c < 80) {
      const fromTable = this.table.map((i) => this.sigs[i] as Signature).filter((s) => s.result === t);
      const sig = fromTable.length > 0 && this.chance(0.8) ? this.pick(fromTable) : { params: [this.pick(VAL_TYPES)], result: t };
      const index: Expr = this.chance(0.5) && this.table.length > 0 ? { kind: "func.ref", func: `f${this.pick(this.table)}` } : { kind: "num", op: "i32.and", args: [this.expr("i32", d - 1), { kind: "i32.const", value: 3 }] };
      return { kind: "call_indirect", sig, args: sig.params.map((p) => this.expr(p, d - 1)), index, site: this.site() };
    }
    if (c < 84) {
      // A loop that runs `counter` (0..7) times and yields a value.
      const counter = this.newCounter();
      const label = this.fresh("l");
      const dec: Expr = { kind: "local.set", name: counter, value: { kind: "num", op: "i32.sub", args: [{ kind: "local.get", name: counter }, { kind: "i32.const", value: 1 }] } };
      const again: Expr = { kind: "br_if", label, cond: { kind: "num", op: "i32.gt_s", args: [{ kind: "local.get", name: counter }, { kind: "i32.const", value: 0 }] } };
      const init: Expr = { kind: "local.set", name: counter, value: { kind: "num", op: "i32.and", args: [this.expr("i32", d - 1), { kind: "i32.const", value: 7 }] } };
      const loop: Expr = { kind: "loop", label, type: t, body: [this.stmt(d - 1), dec, again, this.expr(t, d - 1)] };
      return { kind: "block", label: this.fresh("b"), type: t, body: [init, loop] };
    }
    if (t === "i32") {
      if (c < 88) return { kind: "alloc", region: this.chance(0.8) ? "scratch" : "output", align: this.pick([1, 2, 8, 16]), size: { kind: "num", op: "i32.and", args: [this.expr("i32", d - 1), { kind: "i32.const", value: this.pick([63, 1023, -1]) }] }, site: this.site() };
      if (c < 92) return { kind: "state.get", reg: this.pick(["scratch_ptr", "scratch_end", "output_ptr", "output_end"] as const) };
      if (c < 94 && this.table.length > 0) return { kind: "func.ref", func: `f${this.pick(this.table)}` };
    }
    return this.num(t, d);
  }

  private num(t: ValType, d: number): Expr {
    const op = this.pick(NUM_OPS.filter((o) => NUM_OP_INFO[o].result === t));
    const info = NUM_OP_INFO[op];
    const args = info.operands.map((ot, i) => (op === "f64.copysign" && i === 1 ? this.notNan(d) : this.expr(ot, d - 1)));
    return info.traps.length > 0 ? { kind: "num", op, args, site: this.site() } : { kind: "num", op, args };
  }

  stmt(d: number): Expr {
    const c = this.int(100);
    const anyType = this.pick(VAL_TYPES);
    if (d <= 0 || c < 25) return { kind: "local.set", name: this.local(anyType), value: this.expr(anyType, d) };
    if (c < 40) {
      const op = this.pick(STORE_OPS);
      return { kind: "store", op, offset: this.offset(), addr: this.addr(d), value: this.expr(STORE_OP_INFO[op].type, d - 1), site: this.site() };
    }
    if (c < 47) return { kind: "drop", value: this.expr(anyType, d) };
    if (c < 57) return { kind: "if", type: "none", cond: this.expr("i32", d - 1), then: this.body("none", d - 1), else: this.chance(0.5) ? this.body("none", d - 1) : [] };
    if (c < 62) {
      const len: Expr = this.chance(0.8) ? { kind: "num", op: "i32.and", args: [this.expr("i32", d - 1), { kind: "i32.const", value: 63 }] } : this.expr("i32", d - 1);
      return this.chance(0.5)
        ? { kind: "memory.fill", dst: this.addr(d), value: this.expr("i32", d - 1), len, site: this.site() }
        : { kind: "memory.copy", dst: this.addr(d), src: this.addr(d), len, site: this.site() };
    }
    if (c < 66) {
      const next: Expr = { kind: "num", op: "i32.add", args: [{ kind: "state.get", reg: "scratch_ptr" }, { kind: "num", op: "i32.and", args: [this.expr("i32", d - 1), { kind: "i32.const", value: 15 }] }] };
      return { kind: "state.set", reg: this.chance(0.7) ? "scratch_ptr" : "output_ptr", value: next };
    }
    if (c < 74) {
      const outer = this.fresh("b");
      const inner = this.fresh("b");
      const leave: Expr = this.chance(0.5)
        ? { kind: "br_if", label: outer, cond: this.expr("i32", d - 1) }
        : { kind: "br_table", labels: [inner, outer, inner], default: this.pick([inner, outer]), index: this.expr("i32", d - 1) };
      return { kind: "block", label: outer, type: "none", body: [{ kind: "block", label: inner, type: "none", body: [this.stmt(d - 1), leave] }, this.stmt(d - 1)] };
    }
    if (c < 78) return { kind: "if", type: "none", cond: this.expr("i32", d - 1), then: [{ kind: "trap", trap: this.pick(RUNTIME_ERROR_KINDS), site: this.site() }], else: [] };
    if (c < 82 && this.frames === 0) {
      const result = (this.sigs[this.current] as Signature).result;
      const ret: Expr = result === "none" ? { kind: "return" } : { kind: "return", value: this.expr(result, d - 1) };
      return { kind: "if", type: "none", cond: this.expr("i32", d - 1), then: [ret], else: [] };
    }
    if (c < 90) {
      const counter = this.newCounter();
      const exit = this.fresh("b");
      const label = this.fresh("l");
      const init: Expr = { kind: "local.set", name: counter, value: { kind: "num", op: "i32.and", args: [this.expr("i32", d - 1), { kind: "i32.const", value: 7 }] } };
      const done: Expr = { kind: "br_if", label: exit, cond: { kind: "num", op: "i32.eqz", args: [{ kind: "local.get", name: counter }] } };
      const dec: Expr = { kind: "local.set", name: counter, value: { kind: "num", op: "i32.sub", args: [{ kind: "local.get", name: counter }, { kind: "i32.const", value: 1 }] } };
      const loop: Expr = { kind: "loop", label, type: "none", body: [done, this.stmt(d - 1), dec, { kind: "br", label }] };
      return { kind: "block", label: exit, type: "none", body: [init, loop] };
    }
    const callees = this.sigs.map((s, i) => ({ s, i })).filter(({ i }) => i < this.current || this.chance(0.3));
    if (callees.length > 0) {
      const { s, i } = this.pick(callees);
      const call: Expr = { kind: "call", func: `f${i}`, args: s.params.map((p) => this.expr(p, d - 1)), site: this.site() };
      return s.result === "none" ? call : { kind: "drop", value: call };
    }
    return { kind: "local.set", name: this.local(anyType), value: this.expr(anyType, d) };
  }
}

/** A random well-typed module with functions f0..fn-1 (all exported) and an entry $main. */
export function randomModule(seed: number, options: RandomModuleOptions = {}): Module {
  return new Gen(prng(seed)).module(options);
}
