// Builder: emit IR from TypeScript without string concatenation.
//
// Two rules make it predictable:
//   * a method that returns `Expr` CONSTRUCTS a value-typed node and emits nothing
//     (`b.i64.add(x, y)`, `b.get(i)`, `b.call("f", [..])`, `b.blockValue(..)`);
//   * a method that returns `void` EMITS a statement at the cursor — the end of
//     the body list being built (`b.set`, stores, `b.if`, `b.loop`, `b.br`, `b.ret`).
// Callbacks of `block`/`loop`/`if` move the cursor into the new body.
// Trapping ops take an optional trailing `site`; without one they use the current
// site (`b.at(site)`; initially site 0, the module's "no source location" site).
//
// A complete example — sum an i64 array laid out as [len u32][pad 4][i64 ...]:
//
//   const m = new ModuleBuilder();
//   m.func("sum", [["list", "i32"]], "i64", (b) => {
//     const n = b.local("n", "i32");
//     const i = b.local("i", "i32");
//     const acc = b.local("acc", "i64");
//     b.set(n, b.i32.load(b.get("list")));
//     b.block((done) => {
//       b.loop((next) => {
//         b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
//         const addr = b.i32.add(b.get("list"), b.i32.shl(b.get(i), b.i32.const(3)));
//         b.set(acc, b.i64.addChecked(b.get(acc), b.i64.load(addr, 8)));
//         b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
//         b.br(next);
//       });
//     });
//     return b.get(acc); // the callback's return value is the body's tail (the result)
//   }, { export: true });
//   const module = m.finish(); // verify(module) before use
import { InternalError, type RuntimeErrorKind, type Span } from "@tetra/core";
import { NUM_OP_INFO } from "./op-info.js";
import type {
  DataSegment,
  Expr,
  Func,
  Local,
  LoadOp,
  Module,
  NumOp,
  Region,
  ResultType,
  Signature,
  StateReg,
  StoreOp,
  TrapSite,
  ValType,
} from "./types.js";
import { CONSTANTS_BASE } from "./run-contract.js";
import { f64Bits } from "./float-bits.js";

export interface LocalRef {
  readonly name: string;
  readonly type: ValType;
}
export interface Label {
  readonly name: string;
}
type LocalLike = LocalRef | string;
type LabelLike = Label | string;

type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type Info<K extends NumOp> = (typeof NUM_OP_INFO)[K];
type OpFn<K extends NumOp> = Info<K>["operands"] extends readonly [ValType]
  ? (a: Expr, site?: number) => Expr
  : (a: Expr, b: Expr, site?: number) => Expr;
type NumFamily<P extends ValType> = {
  readonly [K in NumOp as K extends `${P}.${infer R}` ? Camel<R> : never]: OpFn<K>;
};
type Load = (addr: Expr, offset?: number, site?: number) => Expr;
type StoreFn = (addr: Expr, value: Expr, offset?: number, site?: number) => void;

export type I32Family = NumFamily<"i32"> & {
  readonly const: (n: number) => Expr;
  readonly load: Load;
  readonly load8U: Load;
  readonly load8S: Load;
  readonly load16U: Load;
  readonly load16S: Load;
  readonly store: StoreFn;
  readonly store8: StoreFn;
  readonly store16: StoreFn;
};
export type I64Family = NumFamily<"i64"> & {
  readonly const: (n: bigint | number) => Expr;
  readonly load: Load;
  readonly store: StoreFn;
};
export type F64Family = NumFamily<"f64"> & {
  readonly const: (x: number) => Expr;
  /** A constant from its exact bit pattern (NaN payloads). */
  readonly bits: (bits: bigint) => Expr;
  readonly load: Load;
  readonly store: StoreFn;
};

function camel(s: string): string {
  return s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** Builds one function body. Created by `ModuleBuilder.func`. */
export class FuncBuilder {
  readonly i32: I32Family;
  readonly i64: I64Family;
  readonly f64: F64Family;
  private readonly vars = new Map<string, ValType>();
  private readonly locals: Local[] = [];
  private readonly stack: Expr[][] = [[]];
  private labelCount = 0;
  private currentSite = 0;

  constructor(
    private readonly module: ModuleBuilder,
    readonly name: string,
    readonly params: readonly Local[],
  ) {
    for (const p of params) this.vars.set(p.name, p.type);
    const fam: Record<ValType, Record<string, unknown>> = { i32: {}, i64: {}, f64: {} };
    for (const [op, info] of Object.entries(NUM_OP_INFO)) {
      const [prefix, rest] = op.split(".") as [ValType, string];
      const arity = info.operands.length;
      fam[prefix][camel(rest)] = (...xs: (Expr | number | undefined)[]) => this.num(op as NumOp, arity, xs);
    }
    const load = (op: LoadOp): Load => (addr, offset = 0, site) => ({ kind: "load", op, offset, addr, site: this.siteOr(site) });
    const store = (op: StoreOp): StoreFn => (addr, value, offset = 0, site) =>
      this.emit({ kind: "store", op, offset, addr, value, site: this.siteOr(site) });
    Object.assign(fam.i32, {
      const: (n: number) => ({ kind: "i32.const", value: n | 0 }),
      load: load("i32.load"),
      load8U: load("i32.load8_u"),
      load8S: load("i32.load8_s"),
      load16U: load("i32.load16_u"),
      load16S: load("i32.load16_s"),
      store: store("i32.store"),
      store8: store("i32.store8"),
      store16: store("i32.store16"),
    });
    Object.assign(fam.i64, {
      const: (n: bigint | number) => ({ kind: "i64.const", value: BigInt.asIntN(64, BigInt(n)) }),
      load: load("i64.load"),
      store: store("i64.store"),
    });
    Object.assign(fam.f64, {
      const: (x: number) => ({ kind: "f64.const", bits: f64Bits(x) }),
      bits: (bits: bigint) => ({ kind: "f64.const", bits: BigInt.asUintN(64, bits) }),
      load: load("f64.load"),
      store: store("f64.store"),
    });
    this.i32 = fam.i32 as unknown as I32Family;
    this.i64 = fam.i64 as unknown as I64Family;
    this.f64 = fam.f64 as unknown as F64Family;
  }

  // ---- sites -------------------------------------------------------------

  /** Make `site` the default for trapping ops emitted from now on. */
  at(site: number): this {
    this.currentSite = site;
    return this;
  }
  /** Run `fn` with `site` as the default, then restore the previous default. */
  withSite<T>(site: number, fn: () => T): T {
    const saved = this.currentSite;
    this.currentSite = site;
    try {
      return fn();
    } finally {
      this.currentSite = saved;
    }
  }
  get site(): number {
    return this.currentSite;
  }

  // ---- locals ------------------------------------------------------------

  /** Declare a local; a taken name gets a numeric suffix (`i`, `i.1`, ...). */
  local(name: string, type: ValType): LocalRef {
    let unique = name;
    for (let k = 1; this.vars.has(unique); k++) unique = `${name}.${k}`;
    this.vars.set(unique, type);
    this.locals.push({ name: unique, type });
    return { name: unique, type };
  }
  get(v: LocalLike): Expr {
    return { kind: "local.get", name: this.varName(v) };
  }
  set(v: LocalLike, value: Expr): void {
    this.emit({ kind: "local.set", name: this.varName(v), value });
  }
  tee(v: LocalLike, value: Expr): Expr {
    return { kind: "local.tee", name: this.varName(v), value };
  }
  typeOf(v: LocalLike): ValType {
    const t = this.vars.get(this.varName(v));
    if (t === undefined) throw new InternalError(`no local in ${this.name}`, v);
    return t;
  }

  // ---- control -----------------------------------------------------------

  /** Emit a none-typed block; `br(label)` inside leaves it. */
  block(fn: (exit: Label) => void, hint = "block"): void {
    const label = this.label(hint);
    this.emit({ kind: "block", label: label.name, type: "none", body: this.collect(() => fn(label)) });
  }
  /** Construct a value block: the callback's return value is its tail; `br(label, v)` leaves with v. */
  blockValue(type: ValType, fn: (exit: Label) => Expr, hint = "block"): Expr {
    const label = this.label(hint);
    return { kind: "block", label: label.name, type, body: this.collectTail(() => fn(label)) };
  }
  /** Emit a none-typed loop; `br(label)` restarts it, falling off the end leaves it. */
  loop(fn: (top: Label) => void, hint = "loop"): void {
    const label = this.label(hint);
    this.emit({ kind: "loop", label: label.name, type: "none", body: this.collect(() => fn(label)) });
  }
  if(cond: Expr, then: () => void, otherwise?: () => void): void {
    const t = this.collect(then);
    const e = otherwise === undefined ? [] : this.collect(otherwise);
    this.emit({ kind: "if", type: "none", cond, then: t, else: e });
  }
  ifValue(type: ValType, cond: Expr, then: () => Expr, otherwise: () => Expr): Expr {
    return { kind: "if", type, cond, then: this.collectTail(then), else: this.collectTail(otherwise) };
  }
  br(label: LabelLike, value?: Expr): void {
    const name = typeof label === "string" ? label : label.name;
    this.emit(value === undefined ? { kind: "br", label: name } : { kind: "br", label: name, value });
  }
  brIf(label: LabelLike, cond: Expr): void {
    this.emit({ kind: "br_if", label: typeof label === "string" ? label : label.name, cond });
  }
  brTable(labels: readonly LabelLike[], dflt: LabelLike, index: Expr): void {
    const n = (l: LabelLike) => (typeof l === "string" ? l : l.name);
    this.emit({ kind: "br_table", labels: labels.map(n), default: n(dflt), index });
  }
  ret(value?: Expr): void {
    this.emit(value === undefined ? { kind: "return" } : { kind: "return", value });
  }
  trap(kind: RuntimeErrorKind, site?: number): void {
    this.emit({ kind: "trap", trap: kind, site: this.siteOr(site) });
  }
  unreachable(): void {
    this.emit({ kind: "unreachable" });
  }
  drop(value: Expr): void {
    this.emit({ kind: "drop", value });
  }
  /** Emit any none-typed expression as a statement. */
  exec(e: Expr): void {
    this.emit(e);
  }
  select(then: Expr, otherwise: Expr, cond: Expr): Expr {
    return { kind: "select", then, else: otherwise, cond };
  }

  // ---- calls and runtime -------------------------------------------------

  call(func: string, args: readonly Expr[], site?: number): Expr {
    return { kind: "call", func, args, site: this.siteOr(site) };
  }
  /** Emit a call to a function whose result is none. */
  callVoid(func: string, args: readonly Expr[], site?: number): void {
    this.emit(this.call(func, args, site));
  }
  callIndirect(sig: Signature, index: Expr, args: readonly Expr[], site?: number): Expr {
    return { kind: "call_indirect", sig, args, index, site: this.siteOr(site) };
  }
  /** The table index of `func` (added to the module's table if absent). */
  funcRef(func: string): Expr {
    this.module.tableIndex(func);
    return { kind: "func.ref", func };
  }
  fuel(amount: number, site?: number): void {
    this.emit({ kind: "fuel", amount, site: this.siteOr(site) });
  }
  alloc(region: Region, size: Expr, align = 8, site?: number): Expr {
    return { kind: "alloc", region, align, size, site: this.siteOr(site) };
  }
  state(reg: StateReg): Expr {
    return { kind: "state.get", reg };
  }
  setState(reg: StateReg, value: Expr): void {
    this.emit({ kind: "state.set", reg, value });
  }
  memoryCopy(dst: Expr, src: Expr, len: Expr, site?: number): void {
    this.emit({ kind: "memory.copy", dst, src, len, site: this.siteOr(site) });
  }
  memoryFill(dst: Expr, value: Expr, len: Expr, site?: number): void {
    this.emit({ kind: "memory.fill", dst, value, len, site: this.siteOr(site) });
  }
  /** A generic numeric op by mnemonic: `b.op("i64.add", x, y)`. */
  op(op: NumOp, ...args: (Expr | number)[]): Expr {
    return this.num(op, NUM_OP_INFO[op].operands.length, args);
  }

  // ---- cursor ------------------------------------------------------------

  /** Append a statement at the cursor. */
  emit(e: Expr): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) throw new InternalError("builder cursor underflow", this.name);
    top.push(e);
  }

  /** Finish: the function (called by ModuleBuilder). */
  build(result: ResultType, tail: Expr | void): Func {
    if (this.stack.length !== 1) throw new InternalError("unbalanced builder cursor", this.name);
    const body = this.stack[0] ?? [];
    if (tail !== undefined) body.push(tail);
    return { name: this.name, params: this.params, result, locals: this.locals, body };
  }

  private collect(fn: () => void): Expr[] {
    this.stack.push([]);
    fn();
    const body = this.stack.pop();
    if (body === undefined) throw new InternalError("builder cursor underflow", this.name);
    return body;
  }
  private collectTail(fn: () => Expr): Expr[] {
    let tail: Expr | undefined;
    const body = this.collect(() => {
      tail = fn();
    });
    if (tail !== undefined) body.push(tail);
    return body;
  }
  private label(hint: string): Label {
    return { name: `${hint}${this.labelCount++}` };
  }
  private varName(v: LocalLike): string {
    const name = typeof v === "string" ? v : v.name;
    if (!this.vars.has(name)) throw new InternalError(`unknown local in ${this.name}`, name);
    return name;
  }
  private siteOr(site: number | undefined): number {
    return site ?? this.currentSite;
  }
  private num(op: NumOp, arity: number, xs: readonly (Expr | number | undefined)[]): Expr {
    const args = xs.slice(0, arity);
    if (args.length !== arity || args.some((a) => typeof a !== "object"))
      throw new InternalError(`${op} takes ${arity} operand(s)`, xs);
    const info = NUM_OP_INFO[op];
    if (info.traps.length === 0) return { kind: "num", op, args: args as Expr[] };
    const s = xs[arity];
    return { kind: "num", op, args: args as Expr[], site: typeof s === "number" ? s : this.currentSite };
  }
}

export interface FuncOptions {
  readonly export?: boolean;
}

/** Builds a module: functions, constants, table, exports, entry, trap sites. */
export class ModuleBuilder {
  private readonly funcs: Func[] = [];
  private readonly names = new Set<string>();
  private readonly segments: DataSegment[] = [];
  private readonly strings = new Map<string, number>();
  private readonly table: string[] = [];
  private readonly exports: string[] = [];
  private readonly sites: TrapSite[] = [{ span: null }];
  private entryName: string | null = null;
  private constantsEnd = CONSTANTS_BASE;

  /** A new trap site (site 0, "no source location", always exists). */
  site(span: Span | null = null): number {
    this.sites.push({ span });
    return this.sites.length - 1;
  }

  func(
    name: string,
    params: readonly (readonly [string, ValType])[],
    result: ResultType,
    body: (b: FuncBuilder) => Expr | void,
    options: FuncOptions = {},
  ): string {
    if (this.names.has(name)) throw new InternalError("duplicate function", name);
    this.names.add(name); // before the body, so recursive helpers can test `has`
    const b = new FuncBuilder(this, name, params.map(([n, type]) => ({ name: n, type })));
    this.funcs.push(b.build(result, body(b)));
    if (options.export === true) this.export(name);
    return name;
  }
  /** Add a ready-made function. */
  addFunc(f: Func): void {
    if (this.names.has(f.name)) throw new InternalError("duplicate function", f.name);
    this.names.add(f.name);
    this.funcs.push(f);
  }
  has(name: string): boolean {
    return this.names.has(name);
  }
  export(name: string): void {
    if (!this.exports.includes(name)) this.exports.push(name);
  }
  entry(name: string): void {
    this.entryName = name;
  }
  tableIndex(name: string): number {
    const i = this.table.indexOf(name);
    if (i >= 0) return i;
    this.table.push(name);
    return this.table.length - 1;
  }

  /** Place constant bytes in the constants region; returns their arena offset. */
  data(bytes: Uint8Array | string, align = 1): number {
    const b = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
    const offset = Math.ceil(this.constantsEnd / align) * align;
    this.segments.push({ offset, bytes: b.slice() });
    this.constantsEnd = offset + b.length;
    return offset;
  }
  /** A constant string in the arena string layout `[len u32][utf-8 bytes]`, deduplicated. */
  string(s: string): number {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    const utf8 = new TextEncoder().encode(s);
    const bytes = new Uint8Array(4 + utf8.length);
    new DataView(bytes.buffer).setUint32(0, utf8.length, true);
    bytes.set(utf8, 4);
    const offset = this.data(bytes, 4);
    this.strings.set(s, offset);
    return offset;
  }

  finish(): Module {
    return {
      funcs: [...this.funcs],
      constantsSize: Math.ceil(this.constantsEnd / 8) * 8,
      data: [...this.segments],
      table: [...this.table],
      exports: [...this.exports],
      entry: this.entryName,
      sites: [...this.sites],
    };
  }
}
