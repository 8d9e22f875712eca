// A small seeded generator of random well-typed IR modules for differential
// testing (JS backend vs IR interpreter). Modules mix i32 / i64 / f64 code:
// straight-line expressions over every numeric op, bounded loops, value blocks
// and ifs, br / br_if / br_table, direct, recursive and indirect calls, loads
// and stores (some out of range), bulk memory, allocation, state registers,
// fuel and explicit traps, each trapping op with its own site. Every loop is
// bounded by its own counter local, so a run always ends.
//
// Determinism caveat: the sign of a computed NaN is unspecified (docs/ir.md), so
// the second operand of f64.copysign is a constant or a guarded local
// (`(select x 1 (f64.eq x x))`), never a computed NaN.
import type { Expr, Func, Local, LoadOp, Module, NumOp, ResultType, Signature, StoreOp, ValType } from "@tetra/ir";
import { NUM_OP_INFO, f64Bits, MAX_CALL_DEPTH } from "@tetra/ir";
import { F64_EDGES, I32_EDGES, I64_EDGES } from "./edge-values.js";

/** mulberry32: small, fast, good enough for test generation. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  int(n: number): number {
    return this.next() % n;
  }
  chance(p: number): boolean {
    return this.next() / 2 ** 32 < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  /** A random i64 of random bit length, either sign. */
  i64(): bigint {
    const bits = 1 + this.int(64);
    let v = 0n;
    for (let i = 0; i < bits; i += 32) v = (v << 32n) | BigInt(this.next());
    v &= (1n << BigInt(bits)) - 1n;
    return BigInt.asIntN(64, this.chance(0.5) ? -v : v);
  }
  f64(): number {
    const k = this.int(4);
    if (k === 0) return (this.next() - 2 ** 31) / (1 + this.int(1000));
    if (k === 1) return (this.int(2001) - 1000) / 4;
    if (k === 2) return Number(this.i64());
    return this.pick(F64_EDGES);
  }
}

const VAL_TYPES: readonly ValType[] = ["i32", "i64", "f64"];
const OPS_BY_RESULT: Record<ValType, NumOp[]> = { i32: [], i64: [], f64: [] };
for (const op of Object.keys(NUM_OP_INFO) as NumOp[]) OPS_BY_RESULT[NUM_OP_INFO[op].result].push(op);
const LOADS: Record<ValType, LoadOp[]> = {
  i32: ["i32.load", "i32.load8_u", "i32.load8_s", "i32.load16_u", "i32.load16_s"],
  i64: ["i64.load"],
  f64: ["f64.load"],
};
const STORES: Record<ValType, StoreOp[]> = { i32: ["i32.store", "i32.store8", "i32.store16"], i64: ["i64.store"], f64: ["f64.store"] };

const SITES = 8;
const ENTRY_PARAMS: readonly Local[] = [
  { name: "in", type: "i32" },
  { name: "len", type: "i32" },
  { name: "out", type: "i32" },
  { name: "cap", type: "i32" },
];

interface Scope {
  readonly name: string;
  readonly loop: boolean;
  readonly type: ResultType;
}

const i32c = (value: number): Expr => ({ kind: "i32.const", value: value | 0 });
const get = (name: string): Expr => ({ kind: "local.get", name });
const num = (op: NumOp, args: Expr[], site?: number): Expr => (site === undefined ? { kind: "num", op, args } : { kind: "num", op, args, site });

class FuncGen {
  private labels = 0;
  private readonly scopes: Scope[] = [];
  readonly locals: Local[] = [];
  /** Loop counters, initialised at function entry. */
  readonly counters: { name: string; n: number }[] = [];

  constructor(
    private readonly r: Rng,
    private readonly g: ModuleGen,
    readonly index: number,
    readonly params: readonly Local[],
  ) {
    const n = r.int(4);
    for (let i = 0; i < n; i++) this.locals.push({ name: `l${i}`, type: r.pick(VAL_TYPES) });
  }

  private site(): number {
    return this.r.int(SITES);
  }

  private label(prefix: string): string {
    return `${prefix}${this.labels++}`;
  }

  /** Params and locals of type t, except loop counters (only their own loop may write them). */
  private varsOf(t: ValType): Local[] {
    return [...this.params, ...this.locals].filter((v) => v.type === t && !this.counters.some((c) => c.name === v.name));
  }

  const(t: ValType): Expr {
    const r = this.r;
    switch (t) {
      case "i32":
        return i32c(r.chance(0.6) ? r.pick(I32_EDGES) : r.next());
      case "i64":
        return { kind: "i64.const", value: r.chance(0.5) ? r.pick(I64_EDGES) : r.i64() };
      case "f64":
        return { kind: "f64.const", bits: f64Bits(r.f64()) };
    }
  }

  leaf(t: ValType): Expr {
    const vars = this.varsOf(t);
    return vars.length > 0 && this.r.chance(0.6) ? get(this.r.pick(vars).name) : this.const(t);
  }

  /** An arena address: mostly inside a 256-byte window, sometimes anywhere (MemoryFault). */
  addr(depth: number): Expr {
    if (this.r.chance(0.1)) return this.expr("i32", depth - 1);
    return num("i32.and", [this.expr("i32", depth - 1), i32c(255)]);
  }

  /** The second operand of copysign: never a computed NaN (its sign is unspecified). */
  private signSource(): Expr {
    const vars = this.varsOf("f64");
    if (vars.length === 0 || this.r.chance(0.4)) return this.const("f64");
    const x = get(this.r.pick(vars).name);
    return { kind: "select", then: x, else: { kind: "f64.const", bits: f64Bits(1) }, cond: num("f64.eq", [x, x]) };
  }

  private numExpr(t: ValType, depth: number): Expr {
    const op = this.r.pick(OPS_BY_RESULT[t]);
    const info = NUM_OP_INFO[op];
    const args = info.operands.map((ot, i) => (op === "f64.copysign" && i === 1 ? this.signSource() : this.expr(ot, depth - 1)));
    return num(op, args, info.traps.length > 0 ? this.site() : undefined);
  }

  expr(t: ValType, depth: number): Expr {
    const r = this.r;
    if (depth <= 0) return this.leaf(t);
    const k = r.int(100);
    if (k < 40) return this.numExpr(t, depth);
    if (k < 52) return this.leaf(t);
    if (k < 56) return { kind: "select", then: this.expr(t, depth - 1), else: this.expr(t, depth - 1), cond: this.expr("i32", depth - 1) };
    if (k < 60) {
      const vars = this.varsOf(t);
      if (vars.length > 0) return { kind: "local.tee", name: r.pick(vars).name, value: this.expr(t, depth - 1) };
      return this.leaf(t);
    }
    if (k < 65) return this.valueBlock(t, depth);
    if (k < 69) {
      return { kind: "if", type: t, cond: this.expr("i32", depth - 1), then: this.body(t, depth - 1), else: this.body(t, depth - 1) };
    }
    if (k < 71) return this.valueLoop(t, depth);
    if (k < 76) {
      const callee = this.g.callable(this.index, t);
      if (callee !== undefined) return this.callExpr(callee, depth);
      return this.leaf(t);
    }
    if (k < 79) return this.indirect(t, depth);
    if (k < 88) return { kind: "load", op: r.pick(LOADS[t]), offset: r.chance(0.8) ? 0 : r.int(16), addr: this.addr(depth), site: this.site() };
    if (t === "i32") {
      if (k < 91) return { kind: "alloc", region: "scratch", align: r.pick([1, 2, 4, 8, 16]), size: num("i32.and", [this.expr("i32", depth - 1), i32c(r.chance(0.9) ? 63 : -1)]), site: this.site() };
      if (k < 94) return { kind: "state.get", reg: r.pick(["scratch_ptr", "scratch_end", "output_ptr", "output_end"] as const) };
      if (k < 97 && this.g.table.length > 0) return { kind: "func.ref", func: r.pick(this.g.table) };
    }
    return this.numExpr(t, depth);
  }

  private callExpr(callee: Func, depth: number): Expr {
    return { kind: "call", func: callee.name, args: callee.params.map((p) => this.expr(p.type, depth - 1)), site: this.site() };
  }

  private indirect(t: ResultType, depth: number): Expr {
    // A signature taken from a table function (so it often matches), or a random one.
    const fromTable = this.g.funcs.filter((f) => f.result === t && this.g.table.includes(f.name));
    const sig: Signature =
      fromTable.length > 0 && this.r.chance(0.8)
        ? { params: this.r.pick(fromTable).params.map((p) => p.type), result: t }
        : { params: [this.r.pick(VAL_TYPES)], result: t };
    const index = this.r.chance(0.8) ? i32c(this.r.int(this.g.table.length + 1)) : this.expr("i32", depth - 1);
    return { kind: "call_indirect", sig, args: sig.params.map((p) => this.expr(p, depth - 1)), index, site: this.site() };
  }

  private valueBlock(t: ValType, depth: number): Expr {
    const name = this.label("b");
    this.scopes.push({ name, loop: false, type: t });
    const body: Expr[] = this.stmts(depth - 1, 2);
    if (this.r.chance(0.7)) body.push({ kind: "if", type: "none", cond: this.expr("i32", depth - 1), then: [{ kind: "br", label: name, value: this.expr(t, depth - 1) }], else: [] });
    body.push(this.expr(t, depth - 1));
    this.scopes.pop();
    return { kind: "block", label: name, type: t, body };
  }

  /** A value loop that goes round a bounded number of times, then yields its last expression. */
  private valueLoop(t: ValType, depth: number): Expr {
    const name = this.label("v");
    const counter = this.counter();
    // Not a branch target for its own body: only the counted br_if at the bottom restarts it.
    const body: Expr[] = [
      { kind: "local.set", name: counter, value: num("i32.sub", [get(counter), i32c(1)]) },
      ...this.stmts(depth - 1, 2),
      { kind: "br_if", label: name, cond: num("i32.gt_s", [get(counter), i32c(0)]) },
      this.expr(t, depth - 1),
    ];
    return { kind: "loop", label: name, type: t, body };
  }

  private counter(): string {
    const name = `k${this.counters.length}`;
    this.counters.push({ name, n: this.r.int(5) });
    this.locals.push({ name, type: "i32" });
    return name;
  }

  body(t: ResultType, depth: number): Expr[] {
    const out = this.stmts(depth, 2);
    if (t !== "none") out.push(this.expr(t, depth));
    return out;
  }

  stmts(depth: number, max: number): Expr[] {
    const n = this.r.int(max + 1);
    const out: Expr[] = [];
    for (let i = 0; i < n; i++) out.push(this.stmt(depth));
    return out;
  }

  private branchTargets(): Scope[] {
    return this.scopes.filter((s) => s.loop || s.type === "none");
  }

  stmt(depth: number): Expr {
    const r = this.r;
    const k = depth <= 0 ? r.int(30) : r.int(100);
    if (k < 22) {
      const vars = [...this.params, ...this.locals].filter((v) => !this.counters.some((c) => c.name === v.name));
      if (vars.length > 0) {
        const v = r.pick(vars);
        return { kind: "local.set", name: v.name, value: this.expr(v.type, depth) };
      }
    }
    if (k < 30) {
      const t = r.pick(VAL_TYPES);
      return { kind: "store", op: r.pick(STORES[t]), offset: r.chance(0.8) ? 0 : r.int(16), addr: this.addr(depth), value: this.expr(t, depth - 1), site: this.site() };
    }
    if (k < 40) return { kind: "if", type: "none", cond: this.expr("i32", depth - 1), then: this.stmts(depth - 1, 3), else: r.chance(0.5) ? this.stmts(depth - 1, 2) : [] };
    if (k < 50) {
      const name = this.label("b");
      this.scopes.push({ name, loop: false, type: "none" });
      const body = this.stmts(depth - 1, 3);
      body.splice(r.int(body.length + 1), 0, { kind: "br_if", label: name, cond: this.expr("i32", depth - 1) });
      this.scopes.pop();
      return { kind: "block", label: name, type: "none", body };
    }
    if (k < 60) return this.loopStmt(depth);
    if (k < 64) {
      const targets = this.branchTargets();
      if (targets.length > 0) return { kind: "br_if", label: r.pick(targets).name, cond: this.expr("i32", depth - 1) };
    }
    if (k < 67) {
      const targets = this.branchTargets();
      if (targets.length > 0) {
        const labels = Array.from({ length: r.int(4) }, () => r.pick(targets).name);
        const br: Expr = { kind: "br_table", labels, default: r.pick(targets).name, index: this.expr("i32", depth - 1) };
        return { kind: "if", type: "none", cond: this.expr("i32", depth - 1), then: [br], else: [] };
      }
    }
    if (k < 73) return { kind: "drop", value: this.expr(r.pick(VAL_TYPES), depth) };
    if (k < 76) {
      const callee = this.g.callable(this.index, "none");
      if (callee !== undefined) return this.callExpr(callee, depth);
    }
    if (k < 78) return this.indirect("none", depth);
    if (k < 81) return { kind: "fuel", amount: r.pick([0, 1, 1, 2, 7]), site: this.site() };
    if (k < 84) {
      const len = num("i32.and", [this.expr("i32", depth - 1), i32c(15)]);
      if (r.chance(0.5)) return { kind: "memory.fill", dst: this.addr(depth), value: this.expr("i32", depth - 1), len, site: this.site() };
      return { kind: "memory.copy", dst: this.addr(depth), src: this.addr(depth), len, site: this.site() };
    }
    if (k < 86) {
      const reg = r.pick(["scratch_ptr", "output_ptr"] as const);
      const value = r.chance(0.8) ? num("i32.add", [{ kind: "state.get", reg }, num("i32.and", [this.expr("i32", depth - 1), i32c(7)])]) : this.expr("i32", depth - 1);
      return { kind: "state.set", reg, value };
    }
    if (k < 88) {
      // A rare early exit: a trap or a return inside an if.
      const exit: Expr = r.chance(0.5)
        ? { kind: "trap", trap: r.pick(["IndexOutOfBounds", "TypeMismatch", "NumericOverflow"] as const), site: this.site() }
        : this.g.current.result === "none"
          ? { kind: "return" }
          : { kind: "return", value: this.expr(this.g.current.result, depth - 1) };
      return { kind: "if", type: "none", cond: this.expr("i32", depth - 1), then: [exit], else: [] };
    }
    return { kind: "drop", value: this.expr(r.pick(VAL_TYPES), depth) };
  }

  /** (block $exit (loop $loop (fuel 1) (br_if $exit (counter <= 0)) (counter -= 1) ... (br $loop))) */
  private loopStmt(depth: number): Expr {
    const exit = this.label("x");
    const loop = this.label("l");
    const counter = this.counter();
    this.scopes.push({ name: exit, loop: false, type: "none" });
    this.scopes.push({ name: loop, loop: true, type: "none" });
    const body: Expr[] = [
      ...(this.r.chance(0.7) ? [{ kind: "fuel", amount: 1, site: this.site() } as Expr] : []),
      { kind: "br_if", label: exit, cond: num("i32.le_s", [get(counter), i32c(0)]) },
      { kind: "local.set", name: counter, value: num("i32.sub", [get(counter), i32c(1)]) },
      ...this.stmts(depth - 1, 3),
      { kind: "br", label: loop },
    ];
    this.scopes.pop();
    this.scopes.pop();
    return { kind: "block", label: exit, type: "none", body: [{ kind: "loop", label: loop, type: "none", body }] };
  }
}

class ModuleGen {
  readonly funcs: Func[] = [];
  table: string[] = [];
  current!: { result: ResultType };

  constructor(private readonly r: Rng) {}

  /** A function before `index` with result `t`, if any (calls only go backwards: no cycles). */
  callable(index: number, t: ResultType): Func | undefined {
    const fs = this.funcs.slice(0, index).filter((f) => f.result === t);
    return fs.length > 0 ? this.r.pick(fs) : undefined;
  }

  func(index: number, name: string, params: readonly Local[], result: ResultType, depth: number, entry: boolean): Func {
    const r = this.r;
    this.current = { result };
    const fg = new FuncGen(r, this, index, params);
    const body: Expr[] = [];
    if (entry) {
      // Copy min(len, 64) input bytes to a 64-byte output block, then scribble on it.
      fg.locals.push({ name: "p", type: "i32" });
      body.push({ kind: "local.set", name: "p", value: { kind: "alloc", region: "output", align: 8, size: i32c(64), site: 1 } });
      const len = get("len");
      body.push({ kind: "memory.copy", dst: get("p"), src: get("in"), len: { kind: "select", then: len, else: i32c(64), cond: num("i32.lt_u", [len, i32c(64)]) }, site: 1 });
    }
    body.push(...fg.stmts(depth, 4));
    if (entry) {
      for (let i = 0; i < 3; i++) {
        const t = r.pick(VAL_TYPES);
        body.push({ kind: "store", op: STORES[t][0] as StoreOp, offset: 8 * r.int(8), addr: get("p"), value: fg.expr(t, depth), site: 2 });
      }
      body.push(r.chance(0.8) ? i32c(64) : num("i32.and", [fg.expr("i32", 1), i32c(127)]));
    } else if (result !== "none") body.push(fg.expr(result, depth));
    const init: Expr[] = fg.counters.map((c) => ({ kind: "local.set", name: c.name, value: i32c(c.n) }));
    return { name, params, result, locals: fg.locals, body: [...init, ...body] };
  }

  /** $rec(n) = n <= 0 ? 0 : 1 + $rec(n - 1): reaches MAX_CALL_DEPTH for large n. */
  recursive(): Func {
    const n = get("n");
    const call: Expr = { kind: "call", func: "rec", args: [num("i32.sub", [n, i32c(1)])], site: 3 };
    return {
      name: "rec",
      params: [{ name: "n", type: "i32" }],
      result: "i32",
      locals: [],
      body: [{ kind: "fuel", amount: 1, site: 4 }, { kind: "if", type: "i32", cond: num("i32.le_s", [n, i32c(0)]), then: [i32c(0)], else: [num("i32.add", [call, i32c(1)])] }],
    };
  }

  module(): Module {
    const r = this.r;
    this.funcs.push(this.recursive());
    const n = 2 + r.int(4);
    for (let i = 0; i < n; i++) {
      const params = Array.from({ length: r.int(4) }, (_, j): Local => ({ name: `p${j}`, type: r.pick(VAL_TYPES) }));
      const result: ResultType = r.chance(0.15) ? "none" : r.pick(VAL_TYPES);
      // The table holds the functions generated so far (call_indirect may hit a wrong signature).
      this.table = this.funcs.map((f) => f.name);
      this.funcs.push(this.func(this.funcs.length, `f${i}`, params, result, 3, false));
    }
    this.table = this.funcs.map((f) => f.name);
    this.funcs.push(this.func(this.funcs.length, "main", ENTRY_PARAMS, "i32", 3, true));
    const data = new Uint8Array(56);
    for (let i = 0; i < data.length; i++) data[i] = r.int(256);
    return {
      funcs: this.funcs,
      constantsSize: 64,
      data: [{ offset: 8, bytes: data }],
      table: this.table.filter((x) => x !== "main"),
      exports: this.funcs.filter((f) => f.name !== "main").map((f) => f.name),
      entry: "main",
      sites: Array.from({ length: SITES }, () => ({ span: null })),
    };
  }
}

export function randomModule(seed: number): Module {
  return new ModuleGen(new Rng(seed)).module();
}

/** Random arguments for a function's params (edge values and random ones). */
export function randomArgs(r: Rng, params: readonly Local[]): (number | bigint)[] {
  return params.map((p) => {
    switch (p.type) {
      case "i32":
        return r.chance(0.5) ? r.pick(I32_EDGES) : r.chance(0.5) ? r.int(8) : r.next() | 0;
      case "i64":
        return r.chance(0.5) ? r.pick(I64_EDGES) : r.i64();
      case "f64":
        return r.f64();
    }
  });
}

export { MAX_CALL_DEPTH };
