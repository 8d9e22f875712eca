// One IR function → one JavaScript function. IR expressions are trees whose
// operands may contain statements (a value `block`, a `loop`, an `if` with
// several statements per arm); JavaScript expressions cannot, so:
//
//   * `value(e)` returns a JS expression for a value-typed node, first writing
//     any statements it needs (the block as a labeled statement assigning a temp);
//   * `operands(es)` keeps left-to-right order when a later operand writes
//     statements: every earlier non-literal operand is spilled to a temp first
//     (`(i64.add (local.get $x) (block ...))` must read $x before the block runs);
//   * `emitTo(e, dest)` writes a node whose value goes to a destination — a
//     local, a temp, `return` or nowhere — so `(local.set $x (block $b ...))`
//     becomes `b: { ... x = 1; break b; ... }` without a temp.
//
// Control flow maps one to one: `block $b` → `b: { ... }` with `br $b` →
// `break b`; `loop $l` → `l: for (;;) { ...; break l; }` with `br $l` →
// `continue l`; `br_table` → `switch`. Labels nobody branches to are left out.
import { InternalError, unreachable } from "@tetra/core";
import { NUM_OP_INFO, bitsToF64, children, walkFunc } from "@tetra/ir";
import type { Block, Expr, Frame, Fuel, Func, If, Loop, ValType } from "@tetra/ir";
import { arg, atom, call, lit, opExpr, operand, type JsExpr } from "./js-expr.js";
import { emitNum, emitNumCond, readsOperandsTwice, type NumContext, type OperandRanges } from "./emit-num.js";
import { localsOf, splitAt } from "./entry-split.js";
import { I64Ranges } from "./i64-ranges.js";
import { isPlain, typeOf, writesLocal, type Typing } from "./expr-type.js";
import { jsIdentifier } from "./js-names.js";
import { callWrapperName, type ModuleContext } from "./module-context.js";
import { inlineLoad, inlineStore } from "./runtime/index.js";

type Dest = { readonly kind: "discard" } | { readonly kind: "return" } | { readonly kind: "assign"; readonly to: string };

const DISCARD: Dest = { kind: "discard" };
const RETURN: Dest = { kind: "return" };

interface LabelInfo {
  readonly js: string;
  readonly loop: boolean;
  readonly dest: Dest;
}

const CANONICAL_NAN = 0x7ff8000000000000n;
const MAX_SAFE = 2n ** 53n - 1n;


/** The JS literal for an i64 in canonical form: a number when safe, else a bigint literal. */
export function i64Literal(v: bigint): JsExpr {
  return lit(v >= -MAX_SAFE && v <= MAX_SAFE ? String(v) : `${v}n`);
}

export class FuncEmitter {
  private out: string[] = [];
  private depth = 1;
  private temps: string[] = [];
  private readonly labels = new Map<string, LabelInfo>();
  private readonly targeted = new Set<string>();
  private readonly typing: Typing;
  private readonly simple = new WeakMap<Expr, boolean>();
  private scratchUsed = false;
  /** `$a`, the checked address of an inline load (`inlineLoad`). */
  private addrUsed = false;
  /** `$w`, the checked address of an inline store (`inlineStore`). */
  private storeUsed = false;
  /** `$v`, the value of an inline store that is not a local or a literal. */
  private storeValueUsed = false;
  private readonly ranges: I64Ranges;
  private readonly numContext: NumContext = {
    use: (n) => this.ctx.use(n),
    scratch: () => {
      this.scratchUsed = true;
      return "$r";
    },
  };

  constructor(
    private readonly ctx: ModuleContext,
    private readonly f: Func,
  ) {
    const locals = new Map<string, ValType>([...f.params, ...f.locals].map((v) => [v.name, v.type]));
    this.typing = { func: f.name, local: (n) => locals.get(n), funcResult: (n) => ctx.funcResult(n) };
    this.ranges = new I64Ranges(f);
    walkFunc(f, (e) => {
      if (e.kind === "br" || e.kind === "br_if") this.targeted.add(e.label);
      if (e.kind === "br_table") for (const l of [...e.labels, e.default]) this.targeted.add(l);
    });
  }

  /** The function declaration (and its tail, see `splitAt`), as lines without base indentation. */
  emit(): string[] {
    const f = this.f;
    const wrapperFuel = this.ctx.wrapperFuel.has(f.name);
    const body = wrapperFuel ? f.body.slice(1) : f.body;
    const comment = `// ${irSignature(f)}${wrapperFuel ? ` — entry fuel charged by ${callWrapperName(f.name)}` : ""}`;
    const id = this.ctx.funcId(f.name);
    const params = f.params.map((p) => p.name);
    const split = f.name === this.ctx.module.entry ? splitAt(body) : 0;
    if (split === 0) {
      this.emitBody(body, f.result === "none" ? DISCARD : RETURN);
      return this.declaration(comment, id, params, f.locals.map((l) => l.name));
    }
    // The entry in two JS functions (no IR frame between them): the statements before its first
    // loop, then `return main$tail(...)` with the parameters and every local assigned so far.
    const head = body.slice(0, split);
    const { assigned, used } = localsOf(head);
    const passed = [...params, ...f.locals.map((l) => l.name).filter((n) => assigned.has(n))];
    const tail = `${id}$tail`;
    this.emitBody(head, DISCARD);
    const args = passed.map((n) => this.local(n)).join(", ");
    this.line(f.result === "none" ? `${tail}(${args});` : `return ${tail}(${args});`);
    const first = this.declaration(comment, id, params, f.locals.map((l) => l.name).filter((n) => assigned.has(n) || used.has(n)));
    this.out = [];
    this.temps = [];
    this.scratchUsed = false;
    this.addrUsed = false;
    this.storeUsed = false;
    this.storeValueUsed = false;
    this.emitBody(body.slice(split), f.result === "none" ? DISCARD : RETURN);
    const rest = f.locals.map((l) => l.name).filter((n) => !assigned.has(n));
    return [...first, "", ...this.declaration(`// $${f.name} from its first loop on: its first call runs the loop, and nothing before it lacks type feedback`, tail, passed, rest)];
  }

  private declaration(comment: string, id: string, params: readonly string[], locals: readonly string[]): string[] {
    const head = [comment, `function ${id}(${params.map((p) => this.local(p)).join(", ")}) {`];
    if (locals.length > 0) head.push(`  let ${locals.map((l) => `${this.local(l)} = 0`).join(", ")};`);
    const temps = [...(this.scratchUsed ? ["$r"] : []), ...(this.addrUsed ? ["$a"] : []), ...(this.storeUsed ? ["$w"] : []), ...(this.storeValueUsed ? ["$v"] : []), ...this.temps];
    if (temps.length > 0) head.push(`  let ${temps.join(", ")};`);
    return [...head, ...this.out, "}"];
  }

  // ---- statements ------------------------------------------------------------

  private line(text: string): void {
    this.out.push(`${"  ".repeat(this.depth)}${text}`);
  }

  private nested(body: () => void): void {
    this.depth++;
    body();
    this.depth--;
  }

  private emitBody(list: readonly Expr[], dest: Dest): void {
    list.forEach((e, i) => {
      const t = typeOf(this.typing, e);
      if (i === list.length - 1 && t !== "none" && t !== "unreachable") this.emitTo(e, dest);
      else this.emitStmt(e);
    });
  }

  /** A value-typed node whose value goes to `dest`. */
  private emitTo(e: Expr, dest: Dest): void {
    switch (e.kind) {
      case "block":
        return this.emitBlock(e, dest);
      case "frame":
        return this.emitFrame(e, dest);
      case "loop":
        return this.emitLoop(e, dest);
      case "if":
        // A destination reads best as an if statement unless both arms are plain values.
        if (!(this.isTrivialIf(e) && e.then.every(isPlain) && e.else.every(isPlain))) return this.emitIf(e, dest);
        break;
      default:
        break;
    }
    this.assign(dest, this.value(e));
  }

  private assign(dest: Dest, v: JsExpr): void {
    switch (dest.kind) {
      case "return":
        return this.line(`return ${v.code};`);
      case "assign":
        return this.line(`${dest.to} = ${arg(v)};`);
      case "discard":
        // `(drop (local.get $x))` has nothing left to do; anything else may have effects.
        if (!(v.lit === true || /^[A-Za-z_$][\w$]*$/.test(v.code))) this.line(`${v.code};`);
        return;
      default:
        return unreachable(dest);
    }
  }

  /** A node of type none or unreachable. */
  private emitStmt(e: Expr): void {
    switch (e.kind) {
      case "local.set":
        return this.emitTo(e.value, { kind: "assign", to: this.local(e.name) });
      case "block":
        return this.emitBlock(e, DISCARD);
      case "frame":
        return this.emitFrame(e, DISCARD);
      case "loop":
        return this.emitLoop(e, DISCARD);
      case "if":
        return this.emitIf(e, DISCARD);
      case "br": {
        const l = this.label(e.label);
        if (l.loop) return this.line(`continue ${l.js};`);
        if (e.value !== undefined) this.emitTo(e.value, l.dest);
        if (e.value === undefined || l.dest.kind !== "return") this.line(`break ${l.js};`);
        return;
      }
      case "br_if": {
        const l = this.label(e.label);
        const c = this.cond(e.cond);
        return this.line(`if (${c.code}) ${l.loop ? "continue" : "break"} ${l.js};`);
      }
      case "br_table":
        return this.emitBrTable(e.labels, e.default, e.index);
      case "return":
        if (e.value === undefined) return this.line("return;");
        return this.emitTo(e.value, RETURN);
      case "trap":
        this.ctx.use("$Trap");
        return this.line(`$trap(${JSON.stringify(e.trap)}, ${e.site});`);
      case "unreachable":
        this.ctx.use("$unreachable");
        return this.line(`$unreachable(${JSON.stringify(this.f.name)});`);
      case "drop":
        return this.emitTo(e.value, DISCARD);
      case "call":
      case "call_indirect":
        return this.line(`${this.value(e).code};`);
      case "fuel":
        return this.line(fuelLine(e));
      case "store": {
        const [addr, v] = this.operands([e.addr, e.value]) as [JsExpr, JsExpr];
        // IR order: the address, the value, then the check. The value goes to `$v` unless it is a
        // local or a literal; its own loads use `$a`, never `$w` (a value holds no store).
        const store = inlineStore(e.op, operand(addr), e.offset, e.site, "$w");
        for (const d of store.deps) this.ctx.use(d);
        this.storeUsed = true;
        this.line(store.address);
        let value = arg(v);
        if (!isPlain(e.value)) {
          this.line(`$v = ${value};`);
          value = "$v";
          this.storeValueUsed = true;
        }
        for (const l of store.checkAndWrite(value)) this.line(l);
        return;
      }
      case "memory.copy": {
        const ops = this.operands([e.dst, e.src, e.len]);
        this.ctx.use("$memory_copy");
        return this.line(`${call("$memory_copy", [...ops, e.site]).code};`);
      }
      case "memory.fill": {
        const ops = this.operands([e.dst, e.value, e.len]);
        this.ctx.use("$memory_fill");
        return this.line(`${call("$memory_fill", [...ops, e.site]).code};`);
      }
      case "state.set": {
        const v = this.value(e.value);
        return this.line(`$${e.reg} = ${operand(v)} >>> 0;`);
      }
      default:
        throw new InternalError(`value of type ${typeOf(this.typing, e)} in statement position in $${this.f.name}`, e.kind);
    }
  }

  private emitBlock(e: Block, dest: Dest): void {
    const js = jsIdentifier(e.label);
    this.labels.set(e.label, { js, loop: false, dest });
    // Every `br` out of a value block whose value is returned becomes `return v`: no JS label left.
    if (!this.targeted.has(e.label) || (dest.kind === "return" && e.type !== "none")) return this.emitBody(e.body, dest);
    this.line(`${js}: {`);
    this.nested(() => this.emitBody(e.body, dest));
    this.line("}");
  }

  /** An inlined call: the call wrapper's depth check and count around a block (verify: only fall-through and `br label` leave it). */
  private emitFrame(e: Frame, dest: Dest): void {
    if (dest.kind === "return" && e.type !== "none") {
      // A returned value would skip `$depth--`: take it into a temporary first.
      const t = this.temp(`${jsIdentifier(e.label)}$v`);
      this.emitFrame(e, { kind: "assign", to: t });
      return this.line(`return ${t};`);
    }
    this.ctx.use("$Trap");
    this.line(`if ($depth >= $MAX_CALL_DEPTH) $trap("MemoryLimitExceeded", ${e.site});`);
    this.line("$depth++;");
    this.emitBlock({ kind: "block", label: e.label, type: e.type, body: e.body }, dest);
    this.line("$depth--;");
  }

  private emitLoop(e: Loop, dest: Dest): void {
    if (!this.targeted.has(e.label)) return this.emitBody(e.body, dest);
    const js = jsIdentifier(e.label);
    this.labels.set(e.label, { js, loop: true, dest });
    this.line(`${js}: for (;;) {`);
    this.nested(() => {
      this.emitBody(e.body, dest);
      const last = e.body[e.body.length - 1];
      const terminated = last !== undefined && typeOf(this.typing, last) === "unreachable";
      // Falling off the end of a loop leaves it.
      if (!terminated && !(dest.kind === "return" && e.type !== "none")) this.line(`break ${js};`);
    });
    this.line("}");
  }

  private emitIf(e: If, dest: Dest): void {
    const c = this.cond(e.cond);
    this.line(`if (${c.code}) {`);
    let cur: If = e;
    for (;;) {
      this.nested(() => this.emitBody(cur.then, dest));
      const next = cur.else.length === 1 ? cur.else[0] : undefined;
      // `else if` when the else arm is a lone `if` whose condition needs no statements.
      if (next?.kind === "if" && this.isSimple(next.cond)) {
        this.line(`} else if (${this.cond(next.cond).code}) {`);
        cur = next;
        continue;
      }
      if (cur.else.length > 0) {
        this.line("} else {");
        this.nested(() => this.emitBody(cur.else, dest));
      }
      break;
    }
    this.line("}");
  }

  private emitBrTable(labels: readonly string[], dflt: string, index: Expr): void {
    const idx = this.value(index);
    const jump = (name: string): string => {
      const l = this.label(name);
      return `${l.loop ? "continue" : "break"} ${l.js};`;
    };
    // Group the cases by target, in order of first appearance: `case 0: case 2: break a;`.
    const groups = new Map<string, number[]>();
    labels.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), i]));
    this.line(`switch (${idx.code}) {`);
    this.nested(() => {
      for (const [l, cases] of groups) {
        if (l === dflt) continue;
        this.line(`${cases.map((i) => `case ${i}:`).join(" ")} ${jump(l)}`);
      }
      const own = groups.get(dflt) ?? [];
      this.line(`${[...own.map((i) => `case ${i}:`), "default:"].join(" ")} ${jump(dflt)}`);
    });
    this.line("}");
  }

  // ---- expressions -----------------------------------------------------------

  /**
   * Operands in left-to-right order. When a later operand writes statements, earlier ones are
   * spilled to temps first (a local read only if a later operand assigns that local). With
   * `atoms`, every operand that is not a name or literal is spilled too (inline fast paths read them twice).
   */
  private operands(es: readonly Expr[], atoms = false): JsExpr[] {
    const needsStmt = (e: Expr) => !this.isSimple(e) || (atoms && !isPlain(e));
    let lastComplex = -1;
    es.forEach((e, i) => {
      if (needsStmt(e)) lastComplex = i;
    });
    return es.map((e, i) => {
      const v = this.value(e);
      if (v.lit === true) return v;
      const later = es.slice(i + 1, lastComplex + 1);
      const keep = e.kind === "local.get" ? !later.some((x) => writesLocal(x, e.name)) : i >= lastComplex;
      if (keep && !(atoms && !isPlain(e))) return v;
      const t = this.temp();
      this.line(`${t} = ${arg(v)};`);
      return atom(t);
    });
  }

  /** The JS expression of a value-typed node (statements it needs are written first). */
  private value(e: Expr): JsExpr {
    switch (e.kind) {
      case "i32.const":
        return lit(String(e.value));
      case "i64.const":
        return i64Literal(e.value);
      case "f64.const":
        return this.f64Literal(e.bits);
      case "local.get":
        return atom(this.local(e.name));
      case "local.tee": {
        const v = this.value(e.value);
        return opExpr(`${this.local(e.name)} = ${arg(v)}`);
      }
      case "block":
      case "frame":
      case "loop": {
        const t = this.temp(`${jsIdentifier(e.label)}$v`);
        if (e.kind === "block") this.emitBlock(e, { kind: "assign", to: t });
        else if (e.kind === "frame") this.emitFrame(e, { kind: "assign", to: t });
        else this.emitLoop(e, { kind: "assign", to: t });
        return atom(t);
      }
      case "if": {
        if (this.isTrivialIf(e)) {
          const c = this.cond(e.cond);
          const a = this.value(e.then[0] as Expr);
          const b = this.value(e.else[0] as Expr);
          return opExpr(`${operand(c)} ? ${operand(a)} : ${operand(b)}`);
        }
        const t = this.temp();
        this.emitIf(e, { kind: "assign", to: t });
        return atom(t);
      }
      case "select": {
        // `c ? a : b` only when evaluating c first cannot change a or b.
        if (isPlain(e.then) && isPlain(e.else) && this.isSimple(e.cond) && !this.hasTee(e.cond)) {
          const [a, b] = [this.value(e.then), this.value(e.else)];
          const c = this.cond(e.cond);
          return opExpr(`${operand(c)} ? ${operand(a)} : ${operand(b)}`);
        }
        this.ctx.use("$select");
        return call("$select", this.operands([e.then, e.else, e.cond]));
      }
      case "call": {
        const args = this.operands(e.args);
        return call(this.ctx.callWrapper(e.func), [...args, e.site]);
      }
      case "call_indirect": {
        const args = this.operands([...e.args, e.index]);
        return call(this.ctx.indirectCaller(e.sig), [...args, e.site]);
      }
      case "func.ref":
        return lit(String(this.ctx.tableIndex(e.func)));
      case "load": {
        const [addr] = this.operands([e.addr]) as [JsExpr];
        const load = inlineLoad(e.op, operand(addr), e.offset, e.site, "$a");
        for (const d of load.deps) this.ctx.use(d);
        this.addrUsed = true;
        return opExpr(load.code);
      }
      case "alloc": {
        const [size] = this.operands([e.size]) as [JsExpr];
        const name = `$alloc_${e.region}`;
        this.ctx.use(name);
        return call(name, [e.align, size, e.site]);
      }
      case "state.get":
        return opExpr(`$${e.reg} | 0`);
      case "num": {
        const ranges = this.rangesOf(e.args);
        return emitNum(e.op, this.operands(e.args, readsOperandsTwice(e.op, ranges)), e.site, this.numContext, ranges);
      }
      default:
        throw new InternalError(`${e.kind} is not a value in $${this.f.name}`);
    }
  }

  /** An i32 condition as a JS expression whose truthiness is `cond != 0`. */
  private cond(e: Expr): JsExpr {
    if (e.kind === "num") {
      if (e.op === "i32.eqz") {
        const x = e.args[0] as Expr;
        if (this.hasCondForm(x)) return opExpr(`!${operand(this.cond(x))}`);
      }
      if (this.hasCondForm(e)) {
        const c = emitNumCond(e.op, this.operands(e.args), (n) => this.ctx.use(n), this.rangesOf(e.args));
        if (c !== undefined) return c;
      }
    }
    return this.value(e);
  }

  private hasCondForm(e: Expr): boolean {
    return e.kind === "num" && NUM_OP_INFO[e.op].result === "i32" && emitNumCond(e.op, e.args.map(() => atom("x")), () => {}) !== undefined;
  }

  private f64Literal(bits: bigint): JsExpr {
    const x = bitsToF64(bits);
    if (Number.isNaN(x)) return bits === CANONICAL_NAN ? lit("NaN") : { ...atom(this.ctx.nanConst(bits)), lit: true };
    if (x === Infinity) return lit("Infinity");
    if (x === -Infinity) return lit("-Infinity");
    if (Object.is(x, -0)) return lit("-0");
    return lit(String(x)); // shortest round-trip text: parses back to the same bits
  }

  // ---- helpers ---------------------------------------------------------------

  /** Can be written as one JS expression (no statements needed)? */
  private isSimple(e: Expr): boolean {
    const known = this.simple.get(e);
    if (known !== undefined) return known;
    let r: boolean;
    if (e.kind === "block" || e.kind === "loop" || e.kind === "frame") r = false;
    else if (e.kind === "if") r = this.isTrivialIf(e);
    else if (e.kind === "num" && readsOperandsTwice(e.op, this.rangesOf(e.args))) r = e.args.every(isPlain);
    else r = children(e).every((c) => this.isSimple(c));
    this.simple.set(e, r);
    return r;
  }

  /** The i64 ranges of operands (undefined for other types and where nothing is known). */
  private rangesOf(args: readonly Expr[]): OperandRanges {
    return args.map((a) => this.ranges.of(a));
  }

  /** A value `if` whose arms are single simple expressions: a JS ternary. */
  private isTrivialIf(e: If): boolean {
    const [t] = e.then;
    const [f] = e.else;
    return (
      e.type !== "none" &&
      e.then.length === 1 &&
      e.else.length === 1 &&
      t !== undefined &&
      f !== undefined &&
      this.isSimple(e.cond) &&
      this.isSimple(t) &&
      this.isSimple(f)
    );
  }

  private hasTee(e: Expr): boolean {
    return e.kind === "local.tee" || children(e).some((c) => this.hasTee(c));
  }

  private label(name: string): LabelInfo {
    const l = this.labels.get(name);
    if (l === undefined) throw new InternalError(`branch to unknown label in $${this.f.name}`, name);
    return l;
  }

  private local(name: string): string {
    return jsIdentifier(name);
  }

  private temp(name = `$t${this.temps.length}`): string {
    this.temps.push(name);
    return name;
  }
}

/** `(fuel N site=S)`: `$fuel` is a small int (a V8 Smi); `$refuel` traps or moves the next chunk over (runtime/core.ts). */
export function fuelLine(e: Fuel): string {
  return `if (($fuel -= ${e.amount}) < 0) $refuel(${e.site}); // (fuel ${e.amount})`;
}

/** `(func $fib (param $n i64) (result i64))`: the IR signature, for the comment above each function. */
export function irSignature(f: Func): string {
  const params = f.params.map((p) => ` (param $${p.name} ${p.type})`).join("");
  return `(func $${f.name}${params}${f.result === "none" ? "" : ` (result ${f.result})`})`;
}
