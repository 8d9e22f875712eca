// Lowers one IR function to a binaryen function body.
//
// The IR is already wasm-shaped (structured control flow, the same value
// types), so most nodes map one to one: `(block $b (result i32) ...)` becomes a
// binaryen block named $b, `br_table` a switch, `select` a select. What the IR
// specifies beyond wasm is made explicit here and in num.ts / memory.ts:
// every check (overflow, division, bounds, fuel, call depth, table signature)
// is a branch to `tetra:trap(kind, site)` followed by `unreachable`, so no wasm
// trap ever decides an outcome. Operands are evaluated left to right before a
// check runs, exactly as the interpreter does (libs/ir/src/interp/compile.ts).
//
// Two registers stay out of memory for speed:
//   * call depth is a hidden parameter of every IR function, after the IR's: a
//     call passes `(if (depth >= MAX_CALL_DEPTH) trap) depth + 1`, so the check
//     runs after the IR arguments, as the interpreter's does;
//   * the fuel counter is the hidden parameter after it, and every function
//     returns what is left as its last result — `(result R i64)`, a multi-value
//     return (just `i64` for a function without result) — so fuel goes from
//     call to call in registers, never through the `tetra:fuel` global (which
//     only the entry points read and write; a trap ends the run). In V8 a
//     global access is a load of the globals base plus the access itself: with
//     fuel in the global, fib spent a third of its time on them. A counted loop
//     whose fuel the budget covers pays it once and runs a copy without the
//     check (versioned) — and without the checks of the list accesses its
//     pre-check proved in range and the overflow tests of the counter
//     arithmetic it proved exact (loop-ranges.ts).
import { InternalError, unreachable, type RuntimeErrorKind } from "@tetra/core";
import { MAX_CALL_DEPTH, statusOfTrap, WRAPPING_OF, type Expr, type Func, type Module, type ResultType, type Signature, type ValType } from "@tetra/ir";
import { countedLoop, type CountedLoop } from "./counted-loop.js";
import { loopRanges } from "./loop-ranges.js";
import { emitAlloc, emitLoad, emitMemoryCopy, emitMemoryFill, emitStore } from "./memory.js";
import { FUNC, GLOBAL, TABLE, UNREACHABLE_KIND, type Binaryen, type BModule, type Ref } from "./names.js";
import { emitNum } from "./num.js";

/** What every function of a module needs to know about the others. */
export interface ModuleInfo {
  readonly b: Binaryen;
  readonly mod: BModule;
  readonly ir: Module;
  readonly sigs: ReadonlyMap<string, Signature>;
  readonly table: TableInfo;
}

/** How `call_indirect` checks its target (see runtime.ts `tetra:sig_of`). */
export interface TableInfo {
  readonly length: number;
  /** Id of each distinct signature present in the table, by sigKey. */
  readonly sigIds: ReadonlyMap<string, number>;
  /** Every entry has the same signature: the index check alone decides. */
  readonly uniform: boolean;
}

export const sigKey = (s: Signature): string => `${s.params.join(",")}->${s.result}`;

/** Operands evaluated once, in order; `use[i]()` yields a fresh reference to operand i's value. */
export interface Operands {
  readonly setup: readonly Ref[];
  readonly use: readonly (() => Ref)[];
}

const isConstLike = (e: Expr): boolean => e.kind === "i32.const" || e.kind === "i64.const" || e.kind === "f64.const" || e.kind === "func.ref";

export class FuncEmitter {
  readonly b: Binaryen;
  readonly mod: BModule;
  private readonly slots = new Map<string, { readonly index: number; readonly type: ValType }>();
  /** Binaryen types of the non-parameter locals: the IR's, then temporaries. */
  private readonly varTypes: number[];
  /** Index of the hidden call-depth parameter (after the IR's parameters). */
  private readonly depth: number;
  /** The local holding the current call depth: the parameter, or inside a `frame` the frame's own. */
  private depthLocal: number;
  /** Index of the hidden fuel parameter (after the depth). */
  private readonly fuelLocal: number;
  /** While a versioned loop's fast copy is emitted: the accesses its pre-check proved in range and the ops it proved exact. */
  private unchecked: ReadonlySet<Expr> = new Set();

  constructor(
    readonly cx: ModuleInfo,
    private readonly f: Func,
    private readonly funcIndex: number,
  ) {
    this.b = cx.b;
    this.mod = cx.mod;
    this.depth = f.params.length;
    this.depthLocal = this.depth;
    f.params.forEach((l, index) => this.slots.set(l.name, { index, type: l.type }));
    this.fuelLocal = this.depth + 1;
    f.locals.forEach((l, i) => this.slots.set(l.name, { index: this.depth + 2 + i, type: l.type }));
    this.varTypes = f.locals.map((l) => this.type(l.type));
  }

  /** The function's body, its value and the fuel left; call before `vars()` (lowering adds temporaries). */
  body(): Ref {
    return this.withFuel(this.list(this.f.body, this.f.result));
  }

  /** Binaryen parameter types: the IR's, then the call depth and the fuel. */
  params(): number {
    return this.b.createType([...this.f.params.map((p) => this.type(p.type)), this.b.i32, this.b.i64]);
  }

  /** Binaryen result type: the IR's result, then the fuel left. */
  results(): number {
    return resultsOf(this.b, this.f.result);
  }

  /** Names of all locals in index order: the IR's, "t:depth", "t:fuel", then "t:<index>" for temporaries. */
  localNames(): string[] {
    const temps = this.varTypes.slice(this.f.locals.length).map((_, i) => `t:${this.depth + 2 + this.f.locals.length + i}`);
    return [...this.f.params.map((l) => l.name), "t:depth", "t:fuel", ...this.f.locals.map((l) => l.name), ...temps];
  }

  /** Binaryen types of the non-parameter locals. */
  vars(): number[] {
    return [...this.varTypes];
  }

  type(t: ResultType | "unreachable"): number {
    switch (t) {
      case "i32":
        return this.b.i32;
      case "i64":
        return this.b.i64;
      case "f64":
        return this.b.f64;
      case "none":
        return this.b.none;
      case "unreachable":
        return this.b.unreachable;
      default:
        return unreachable(t);
    }
  }

  /** A fresh local of type t (binaryen's coalesce-locals merges them when optimizing). */
  temp(t: ValType): number {
    return this.tempOf(this.type(t));
  }

  private tempOf(bt: number): number {
    this.varTypes.push(bt);
    return this.depth + 1 + this.varTypes.length;
  }

  /** A statement sequence ending in a value of type t (or none / unreachable). */
  seq(parts: readonly Ref[], t: ResultType | "unreachable"): Ref {
    if (parts.length === 1 && parts[0] !== undefined) return parts[0];
    return this.mod.block(null, [...parts], this.type(t));
  }

  /**
   * Evaluates `args` left to right. A constant is re-emitted at each use; a
   * `local.get` too when no later operand could assign that local (only
   * constants and local.gets follow it); anything else goes to a temporary.
   */
  operands(args: readonly Expr[], types: readonly ValType[]): Operands {
    const setup: Ref[] = [];
    const use = args.map((a, i): (() => Ref) => {
      const restSimple = args.slice(i + 1).every((x) => isConstLike(x) || x.kind === "local.get");
      if (isConstLike(a) || (a.kind === "local.get" && restSimple)) return () => this.expr(a);
      const t = types[i];
      if (t === undefined) throw new InternalError("operand without a type", a);
      const idx = this.temp(t);
      setup.push(this.mod.local.set(idx, this.expr(a)));
      const bt = this.type(t);
      return () => this.mod.local.get(idx, bt);
    });
    return { setup, use };
  }

  /** Ends the run with `kind` at `site`: the host reads both globals after the wasm trap. */
  trap(kind: RuntimeErrorKind, site: number): Ref {
    return this.raise(statusOfTrap(kind), site);
  }

  /** `if (cond) trap(kind, site)` */
  guard(cond: Ref, kind: RuntimeErrorKind, site: number): Ref {
    return this.mod.if(cond, this.trap(kind, site));
  }

  private raise(kind: number, site: number): Ref {
    const m = this.mod;
    return m.block(null, [m.call(FUNC.trap, [m.i32.const(kind), m.i32.const(site)], this.b.none), m.unreachable()], this.b.unreachable);
  }

  private list(es: readonly Expr[], t: ResultType): Ref {
    return this.mod.block(null, es.map((e) => this.expr(e)), this.type(t));
  }

  private slot(name: string): { readonly index: number; readonly type: ValType } {
    const s = this.slots.get(name);
    if (s === undefined) throw new InternalError(`unknown local in $${this.f.name}`, name);
    return s;
  }

  expr(e: Expr): Ref {
    const m = this.mod;
    switch (e.kind) {
      case "i32.const":
        return m.i32.const(e.value);
      case "i64.const":
        return m.i64.const(e.value);
      case "f64.const":
        return m.f64.const_bits(BigInt.asIntN(64, e.bits));
      case "local.get": {
        const s = this.slot(e.name);
        return m.local.get(s.index, this.type(s.type));
      }
      case "local.set":
        return m.local.set(this.slot(e.name).index, this.expr(e.value));
      case "local.tee": {
        const s = this.slot(e.name);
        return m.local.tee(s.index, this.expr(e.value), this.type(s.type));
      }
      case "block": {
        const counted = countedLoop(e);
        if (counted !== undefined) return this.versioned(counted);
        return m.block(e.label, e.body.map((x) => this.expr(x)), this.type(e.type));
      }
      case "frame": {
        // An inlined call: the call's depth operand goes to a local the body's calls count from.
        const d = this.temp("i32");
        const enter = m.local.set(d, this.deeper(e.site));
        const outer = this.depthLocal;
        this.depthLocal = d;
        const body = m.block(e.label, e.body.map((x) => this.expr(x)), this.type(e.type));
        this.depthLocal = outer;
        return m.block(null, [enter, body], this.type(e.type));
      }
      case "loop":
        return m.loop(e.label, this.list(e.body, e.type));
      case "if":
        return m.if(this.expr(e.cond), this.list(e.then, e.type), e.else.length === 0 ? undefined : this.list(e.else, e.type));
      case "br":
        return m.br(e.label, undefined, e.value === undefined ? undefined : this.expr(e.value));
      case "br_if":
        return m.br(e.label, this.expr(e.cond));
      case "br_table":
        return m.switch([...e.labels], e.default, this.expr(e.index));
      case "return":
        return this.ret(e.value);
      case "trap":
        return this.trap(e.trap, e.site);
      case "unreachable":
        return this.raise(UNREACHABLE_KIND, this.funcIndex);
      case "drop":
        return m.drop(this.expr(e.value));
      case "select":
        // wasm select evaluates ifTrue, ifFalse, condition: the IR's order.
        return m.select(this.expr(e.cond), this.expr(e.then), this.expr(e.else));
      case "call":
        return this.call(e.func, e.args, e.site);
      case "call_indirect":
        return this.callIndirect(e.sig, e.args, e.index, e.site);
      case "func.ref":
        return m.i32.const(this.cx.ir.table.indexOf(e.func));
      case "fuel": {
        const n = () => m.i64.const(BigInt(e.amount));
        return m.block(null, [this.guard(m.i64.lt_u(this.fuel(), n()), "StepLimitExceeded", e.site), this.setFuel(m.i64.sub(this.fuel(), n()))], this.b.none);
      }
      case "load":
        return emitLoad(this, e, !this.unchecked.has(e));
      case "store":
        return emitStore(this, e, !this.unchecked.has(e));
      case "memory.copy":
        return emitMemoryCopy(this, e);
      case "memory.fill":
        return emitMemoryFill(this, e);
      case "alloc":
        return emitAlloc(this, e);
      case "state.get":
        return m.global.get(GLOBAL[e.reg], this.b.i32);
      case "state.set":
        return m.global.set(GLOBAL[e.reg], this.expr(e.value));
      case "num": {
        // A checked op the versioned loop's pre-check proved exact (loop-ranges.ts): its wrapping twin.
        const wrapping = this.unchecked.has(e) ? WRAPPING_OF[e.op] : undefined;
        return emitNum(this, wrapping === undefined ? e : { kind: "num", op: wrapping, args: e.args });
      }
      default:
        return unreachable(e);
    }
  }

  /**
   * A counted loop (counted-loop.ts) in two versions: when the fuel covers
   * every head execution, `N * (max(0, hi - i) + 1)`, and the loop's affine
   * accesses are in range for every iteration (loop-ranges.ts), the fuel is
   * subtracted once, the marks are widened over the stores' ranges and a copy
   * without the fuel check and without those accesses' checks runs (its labels
   * renamed: binaryen names must be unique); otherwise the loop as written. For
   * `range(n).reduce` that is fuel's whole per-iteration cost (0.83–0.86× the
   * loop kernel's time); for the lists kernel also the element load's bounds
   * check and the element store's covered-write test.
   *   d = select(hi - i, 0, hi > i)          ; completed iterations, exact in u64
   *   ranges.setup
   *   (if (i32.and (i64.lt_u d (fuel / N)) ranges.inRange)   ; N * (d + 1) <= fuel
   *     (then fuel -= N * (d + 1) ranges.widen (block $exit:fast (loop $next:fast ...rest)))
   *     (else (block $exit (loop $next (fuel N) ...rest))))
   */
  private versioned(c: CountedLoop): Ref {
    const m = this.mod;
    const i64 = this.b.i64;
    const fl = this.fuelLocal;
    const get = (name: string): Ref => this.expr({ kind: "local.get", name });
    const d = this.temp("i64");
    const dv = () => m.local.get(d, i64);
    const span =
      c.width === "i64"
        ? m.select(m.i64.gt_s(get(c.limit), get(c.counter)), m.i64.sub(get(c.limit), get(c.counter)), m.i64.const(0n))
        : m.i64.extend_u(m.select(m.i32.gt_u(get(c.limit), get(c.counter)), m.i32.sub(get(c.limit), get(c.counter)), m.i32.const(0)));
    const n = BigInt(c.amount);
    const fuel = () => m.local.get(fl, i64);
    const budget = n === 1n ? fuel() : m.i64.div_u(fuel(), m.i64.const(n));
    const cost = m.i64.mul(m.i64.add(dv(), m.i64.const(1n)), m.i64.const(n));
    const ranges = loopRanges(this, c, dv);
    const covered = m.i64.lt_u(dv(), budget);
    const fastOk = ranges.inRange === undefined ? covered : m.i32.and(covered, ranges.inRange);
    const exit = `${c.block.label}:fast`;
    const next = `${c.loop.label}:fast`;
    const rest = c.rest.map((x): Expr => {
      if (x.kind === "br_if" && x.label === c.block.label) return { ...x, label: exit };
      if (x.kind === "br" && x.label === c.loop.label) return { ...x, label: next };
      return x;
    });
    this.unchecked = ranges.unchecked;
    const fast = m.block(exit, [m.loop(next, this.list(rest, "none"))], this.b.none);
    this.unchecked = new Set();
    const slow = m.block(c.block.label, c.block.body.map((x) => this.expr(x)), this.b.none);
    const pay = m.local.set(fl, m.i64.sub(fuel(), cost));
    return m.block(null, [m.local.set(d, span), ...ranges.setup, m.if(fastOk, m.block(null, [pay, ...ranges.widen, fast], this.b.none), slow)], this.b.none);
  }

  private fuel(): Ref {
    return this.mod.local.get(this.fuelLocal, this.b.i64);
  }

  private setFuel(v: Ref): Ref {
    return this.mod.local.set(this.fuelLocal, v);
  }

  /** `v` (the function's result, or none) and then the fuel left: what a function returns. */
  private withFuel(v: Ref | undefined): Ref {
    const m = this.mod;
    if (this.f.result === "none") return v === undefined ? this.fuel() : m.block(null, [v, this.fuel()], this.b.i64);
    if (v === undefined) throw new InternalError(`return without a value in $${this.f.name}`);
    // tuple.make evaluates its operands in order: the fuel is read after the value is computed.
    return m.tuple.make([v, this.fuel()]);
  }

  private ret(value: Expr | undefined): Ref {
    return this.mod.return(this.withFuel(value === undefined ? undefined : this.expr(value)));
  }

  /** A call's results: the fuel left goes back to the fuel local, the value (if any) is the call's. */
  private received(call: Ref, result: ResultType): Ref {
    const m = this.mod;
    if (result === "none") return m.local.set(this.fuelLocal, call);
    const t = this.tempOf(resultsOf(this.b, result));
    const tuple = () => m.local.get(t, resultsOf(this.b, result));
    return m.block(null, [m.local.set(t, call), this.setFuel(m.tuple.extract(tuple(), 1)), m.tuple.extract(tuple(), 0)], this.type(result));
  }

  /** The callee's depth operand: `(if (depth >= MAX_CALL_DEPTH) trap) depth + 1`. */
  private deeper(site: number): Ref {
    const m = this.mod;
    const depth = () => m.local.get(this.depthLocal, this.b.i32);
    return m.block(
      null,
      [this.guard(m.i32.ge_u(depth(), m.i32.const(MAX_CALL_DEPTH)), "MemoryLimitExceeded", site), m.i32.add(depth(), m.i32.const(1))],
      this.b.i32,
    );
  }

  private call(func: string, args: readonly Expr[], site: number): Ref {
    const sig = this.cx.sigs.get(func);
    if (sig === undefined) throw new InternalError("call of an unknown function", func);
    const m = this.mod;
    // Operands in order: the arguments (which may consume fuel), the depth check, then the fuel they left.
    return this.received(m.call(func, [...args.map((a) => this.expr(a)), this.deeper(site), this.fuel()], resultsOf(this.b, sig.result)), sig.result);
  }

  private callIndirect(sig: Signature, args: readonly Expr[], index: Expr, site: number): Ref {
    const m = this.mod;
    const ops = this.operands([...args, index], [...sig.params, "i32"]);
    const idx = ops.use[args.length] as () => Ref;
    const id = this.cx.table.sigIds.get(sigKey(sig));
    // No table entry has this signature: every index traps (after the operands ran).
    if (id === undefined) return m.block(null, [...ops.setup, this.trap("MemoryFault", site)], this.b.unreachable);
    const check = this.cx.table.uniform
      ? m.i32.ge_u(idx(), m.i32.const(this.cx.table.length))
      : m.i32.ne(m.call(FUNC.sigOf, [idx()], this.b.i32), m.i32.const(id));
    const params = this.b.createType([...sig.params.map((t) => this.type(t)), this.b.i32, this.b.i64]);
    const argRefs = ops.use.slice(0, args.length).map((u) => u());
    const call = m.call_indirect(TABLE, idx(), [...argRefs, this.deeper(site), this.fuel()], params, resultsOf(this.b, sig.result));
    const guard = this.guard(check, "MemoryFault", site);
    return this.seq([...ops.setup, guard, this.received(call, sig.result)], sig.result);
  }
}

/** The binaryen result type of an IR function: its result, then the fuel left (`i64` alone for none). */
export function resultsOf(b: Binaryen, result: ResultType): number {
  if (result === "none") return b.i64;
  const t = result === "i32" ? b.i32 : result === "i64" ? b.i64 : b.f64;
  return b.createType([t, b.i64]);
}
