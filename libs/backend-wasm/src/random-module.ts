// Test support for differential.test.ts: a small seeded generator of random,
// well-typed IR modules — i32/i64/f64 straight-line code, counted loops (with
// early exits), ifs, selects, tees, calls down a DAG of functions, checked and
// trapping arithmetic, conversions, loads/stores in a small window (sometimes
// at wild addresses) and scratch allocation. Every trapping op gets its own
// site, so a differential run also compares where a trap happened.
//
// Deliberately never generated:
//   * `f64.copysign` with a computed second operand, whose NaN sign the IR
//     leaves unspecified (docs/ir.md);
//   * `f64.nearest`: the interpreter returns +0 for nearest(-0) (IEEE and wasm
//     give -0; reported to libs/ir, see instance.test.ts), so random -0s would
//     only rediscover that. The f64-nearest.ir fixture covers the op.
import { insertFuel, NUM_OP_INFO, type Expr, type Func, type Local, type Module, type NumOp, type ValType } from "@tetra/ir";

/** mulberry32: small, fast, and the same sequence on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every generated function takes these parameters. */
export const PARAMS: readonly Local[] = [
  { name: "a", type: "i64" },
  { name: "b", type: "i64" },
  { name: "x", type: "f64" },
  { name: "n", type: "i32" },
];

const I32_EDGES = [0, 1, -1, 2, 3, 7, 31, 32, 63, 64, 255, -2147483648, 2147483647, 65536, -65537];
const I64_EDGES = [0n, 1n, -1n, 2n, 3n, 10n, 63n, 64n, -(1n << 63n), (1n << 63n) - 1n, 1n << 32n, -(1n << 31n), 4294967295n, 3037000499n, 3037000500n];
const F64_EDGES = [0, -0, 1, -1, 0.5, -2.5, 3.5, 1e300, -1e-300, 2 ** 53, 2 ** 63, -(2 ** 63), 2 ** 31, NaN, Infinity, -Infinity, 5e-324];

const f64Bits = (x: number): bigint => {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x, true);
  return v.getBigUint64(0, true);
};

const NUM_BY_RESULT: Record<ValType, NumOp[]> = { i32: [], i64: [], f64: [] };
for (const [op, info] of Object.entries(NUM_OP_INFO) as [NumOp, (typeof NUM_OP_INFO)[NumOp]][]) {
  if (op !== "f64.copysign" && op !== "f64.nearest") NUM_BY_RESULT[info.result].push(op);
}

interface Scope {
  /** Readable variables: the parameters and the locals. */
  readonly locals: readonly Local[];
  /** Assignable ones: the locals only, so `x` keeps its (uncomputed) NaN sign for copysign. */
  readonly assignable: readonly Local[];
  /** Labels of enclosing blocks a `br_if` may leave. */
  readonly exits: readonly string[];
}

class Gen {
  private site = 1;
  private labels = 0;
  private loopCounter = 0;
  readonly counters: Local[] = [];

  constructor(
    private readonly r: () => number,
    /** Functions this one may call (lower indices only, so calls form a DAG). */
    private readonly callees: readonly Func[],
    private readonly result: ValType,
  ) {}

  get sitesUsed(): number {
    return this.site;
  }
  setSiteBase(n: number): void {
    this.site = n;
  }

  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  nextSite(): number {
    return this.site++;
  }

  constant(t: ValType): Expr {
    const wild = this.chance(0.25);
    switch (t) {
      case "i32":
        return { kind: "i32.const", value: wild ? (this.int(2 ** 32) | 0) : this.pick(I32_EDGES) };
      case "i64":
        return { kind: "i64.const", value: wild ? BigInt.asIntN(64, (BigInt(this.int(2 ** 32)) << 32n) | BigInt(this.int(2 ** 32))) : this.pick(I64_EDGES) };
      case "f64":
        return { kind: "f64.const", bits: f64Bits(wild ? (this.r() - 0.5) * 2 ** this.int(80) : this.pick(F64_EDGES)) };
    }
  }

  leaf(t: ValType, s: Scope): Expr {
    const vars = s.locals.filter((l) => l.type === t);
    if (vars.length > 0 && this.chance(0.6)) return { kind: "local.get", name: this.pick(vars).name };
    return this.constant(t);
  }

  /** An address in the window [64, 64 + 1024), or (rarely) anywhere. */
  address(s: Scope, d: number): Expr {
    const raw = this.expr("i32", s, d - 1);
    if (this.chance(0.1)) return raw;
    const masked: Expr = { kind: "num", op: "i32.and", args: [raw, { kind: "i32.const", value: 1023 }] };
    return { kind: "num", op: "i32.add", args: [masked, { kind: "i32.const", value: 64 }] };
  }

  expr(t: ValType, s: Scope, d: number): Expr {
    if (d <= 0 || this.chance(0.2)) return this.leaf(t, s);
    const k = this.int(100);
    if (k < 55) return this.num(t, s, d);
    if (k < 62) return this.load(t, s, d);
    if (k < 68) return { kind: "select", then: this.expr(t, s, d - 1), else: this.expr(t, s, d - 1), cond: this.expr("i32", s, d - 1) };
    if (k < 74) return { kind: "if", type: t, cond: this.expr("i32", s, d - 1), then: [this.expr(t, s, d - 1)], else: [this.expr(t, s, d - 1)] };
    if (k < 77) {
      // An inlined call: a frame left by a value branch or by falling off its end; outer labels are out of its reach.
      const label = `f${this.labels++}`;
      const inner: Scope = { ...s, exits: [] };
      const leave: Expr = { kind: "br", label, value: this.expr(t, inner, d - 1) };
      return {
        kind: "frame",
        label,
        type: t,
        site: this.nextSite(),
        body: [{ kind: "if", type: "none", cond: this.expr("i32", inner, d - 1), then: [leave], else: [] }, this.expr(t, inner, d - 1)],
      };
    }
    if (k < 80) {
      const vars = s.assignable.filter((l) => l.type === t);
      if (vars.length > 0) return { kind: "local.tee", name: this.pick(vars).name, value: this.expr(t, s, d - 1) };
    }
    if (k < 86) {
      const cs = this.callees.filter((f) => f.result === t);
      if (cs.length > 0) return { kind: "call", func: this.pick(cs).name, args: PARAMS.map((p) => this.expr(p.type, s, d - 2)), site: this.nextSite() };
    }
    if (k < 90 && t === "i32") {
      const size: Expr = this.chance(0.8) ? { kind: "i32.const", value: this.int(64) } : this.expr("i32", s, d - 1);
      return { kind: "alloc", region: "scratch", align: this.pick([1, 2, 8, 16]), size, site: this.nextSite() };
    }
    if (k < 93 && t === "i32") return { kind: "state.get", reg: this.pick(["scratch_ptr", "scratch_end", "output_ptr", "output_end"] as const) };
    if (k < 96 && t === "f64") return { kind: "num", op: "f64.copysign", args: [this.expr("f64", s, d - 1), this.copysignSign()] };
    return this.num(t, s, d);
  }

  /** A sign source whose NaN sign (if any) is fixed: a non-NaN constant or the parameter x (canonical NaN). */
  private copysignSign(): Expr {
    return this.chance(0.5) ? { kind: "local.get", name: "x" } : { kind: "f64.const", bits: f64Bits(this.pick([0, -0, 1, -3.5, Infinity, -Infinity])) };
  }

  private num(t: ValType, s: Scope, d: number): Expr {
    const op = this.pick(NUM_BY_RESULT[t]);
    const info = NUM_OP_INFO[op];
    const args = info.operands.map((ot) => this.expr(ot, s, d - 1));
    return info.traps.length > 0 ? { kind: "num", op, args, site: this.nextSite() } : { kind: "num", op, args };
  }

  private load(t: ValType, s: Scope, d: number): Expr {
    const ops = t === "i32" ? (["i32.load", "i32.load8_u", "i32.load8_s", "i32.load16_u", "i32.load16_s"] as const) : t === "i64" ? (["i64.load"] as const) : (["f64.load"] as const);
    return { kind: "load", op: this.pick(ops), offset: this.pick([0, 0, 1, 4, 8, 4096]), addr: this.address(s, d), site: this.nextSite() };
  }

  private store(s: Scope, d: number): Expr {
    const op = this.pick(["i32.store", "i32.store8", "i32.store16", "i64.store", "f64.store"] as const);
    const t: ValType = op === "i64.store" ? "i64" : op === "f64.store" ? "f64" : "i32";
    return { kind: "store", op, offset: this.pick([0, 0, 2, 8]), addr: this.address(s, d), value: this.expr(t, s, d), site: this.nextSite() };
  }

  stmts(s: Scope, depth: number, count: number): Expr[] {
    return Array.from({ length: count }, () => this.stmt(s, depth));
  }

  private stmt(s: Scope, depth: number): Expr {
    const k = this.int(100);
    const d = 3;
    if (k < 35) {
      const v = this.pick(s.assignable);
      return { kind: "local.set", name: v.name, value: this.expr(v.type, s, d) };
    }
    if (k < 50) return this.store(s, d);
    if (k < 58) return { kind: "drop", value: this.expr(this.pick(["i32", "i64", "f64"] as const), s, d) };
    if (k < 68 && depth < 2) return { kind: "if", type: "none", cond: this.expr("i32", s, 2), then: this.stmts(s, depth + 1, 1 + this.int(3)), else: this.chance(0.5) ? this.stmts(s, depth + 1, 1 + this.int(2)) : [] };
    if (k < 80 && depth < 2) return this.loop(s, depth);
    if (k < 85 && s.exits.length > 0) return { kind: "br_if", label: this.pick(s.exits), cond: this.expr("i32", s, 2) };
    if (k < 89) return { kind: "if", type: "none", cond: this.expr("i32", s, 2), then: [{ kind: "return", value: this.expr(this.result, s, 2) }], else: [] };
    if (k < 92) return { kind: "if", type: "none", cond: this.expr("i32", s, 1), then: [{ kind: "trap", trap: this.pick(["IndexOutOfBounds", "EmptyList", "TypeMismatch"] as const), site: this.nextSite() }], else: [] };
    if (k < 95) {
      const dst = this.address(s, 2);
      const len: Expr = { kind: "i32.const", value: this.int(40) };
      return this.chance(0.5)
        ? { kind: "memory.fill", dst, value: this.expr("i32", s, 1), len, site: this.nextSite() }
        : { kind: "memory.copy", dst, src: this.address(s, 2), len, site: this.nextSite() };
    }
    const v = this.pick(s.assignable);
    return { kind: "local.set", name: v.name, value: this.expr(v.type, s, d) };
  }

  /**
   *   (local.set $i (i32.const 0))
   *   (block $exit (loop $top
   *     (br_if $exit (i32.ge_u (local.get $i) <bound>))
   *     ...body...
   *     (local.set $i (i32.add (local.get $i) (i32.const 1)))
   *     (br $top)))
   */
  private loop(s: Scope, depth: number): Expr {
    const i = `i${this.loopCounter++}`;
    this.counters.push({ name: i, type: "i32" });
    const exit = `exit${this.labels}`;
    const top = `top${this.labels++}`;
    const get: Expr = { kind: "local.get", name: i };
    const bound: Expr = this.chance(0.7)
      ? { kind: "i32.const", value: this.int(12) }
      : { kind: "num", op: "i32.and", args: [{ kind: "local.get", name: "n" }, { kind: "i32.const", value: 15 }] };
    const inner: Scope = { ...s, exits: [...s.exits, exit] };
    const body: Expr[] = [
      { kind: "br_if", label: exit, cond: { kind: "num", op: "i32.ge_u", args: [get, bound] } },
      ...this.stmts(inner, depth + 1, 1 + this.int(3)),
      { kind: "local.set", name: i, value: { kind: "num", op: "i32.add", args: [get, { kind: "i32.const", value: 1 }] } },
      { kind: "br", label: top },
    ];
    return { kind: "block", label: exit, type: "none", body: [{ kind: "local.set", name: i, value: { kind: "i32.const", value: 0 } }, { kind: "loop", label: top, type: "none", body }] };
  }
}

/** A module of `count` functions f0..f{count-1} (f_i may call f_j for j < i), every one exported, with fuel inserted. */
export function randomModule(seed: number, count = 4): Module {
  const r = rng(seed);
  const funcs: Func[] = [];
  let sites = 1;
  for (let i = 0; i < count; i++) {
    const result = (["i32", "i64", "f64"] as const)[Math.floor(r() * 3)] ?? "i64";
    const g = new Gen(r, funcs, result);
    g.setSiteBase(sites);
    const locals: Local[] = [
      { name: "p", type: "i32" },
      { name: "q", type: "i64" },
      { name: "y", type: "f64" },
    ];
    const scope: Scope = { locals: [...PARAMS, ...locals], assignable: locals, exits: [] };
    const body = [...g.stmts(scope, 0, 2 + g.int(4)), g.expr(result, scope, 4)];
    sites = g.sitesUsed;
    funcs.push({ name: `f${i}`, params: PARAMS, result, locals: [...locals, ...g.counters], body });
  }
  const module: Module = {
    funcs,
    constantsSize: 8,
    data: [],
    table: [],
    exports: funcs.map((f) => f.name),
    entry: null,
    sites: Array.from({ length: sites }, () => ({ span: null })),
  };
  return insertFuel(module);
}

/** Argument tuples for (a i64, b i64, x f64, n i32). */
export function randomArgs(seed: number, count: number): (number | bigint)[][] {
  const r = rng(seed ^ 0x5bd1e995);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: count }, () => [
    r() < 0.7 ? pick(I64_EDGES) : BigInt.asIntN(64, BigInt(Math.floor(r() * 2 ** 40)) - (1n << 39n)),
    r() < 0.7 ? pick(I64_EDGES) : BigInt(Math.floor(r() * 1000) - 500),
    r() < 0.7 ? pick(F64_EDGES) : (r() - 0.5) * 1e6,
    r() < 0.7 ? pick(I32_EDGES) : Math.floor(r() * 40),
  ]);
}
