// The IR text format parser: the inverse of print.ts. `print(parse(t)) === t`
// for printed text and `parse(print(m))` equals m. Errors carry line and column.
// Also accepted (but never printed): `;` comments to end of line, extra
// whitespace, `\n \t \" \\` string escapes, hex integer constants.
import { diagnostic, err, ok, type Diagnostic, type Result, type RuntimeErrorKind, isRuntimeErrorKind } from "@tetra/core";
import { parseF64 } from "./float-bits.js";
import { isLoadOp, isNumOp, isStoreOp } from "./op-info.js";
import type { DataSegment, Expr, Func, Local, Module, ResultType, Signature, StateReg, TrapSite, ValType } from "./types.js";

interface Pos {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}
type SX =
  | { readonly t: "list"; readonly items: readonly SX[]; readonly pos: Pos }
  | { readonly t: "atom"; readonly text: string; readonly pos: Pos }
  | { readonly t: "str"; readonly bytes: Uint8Array; readonly pos: Pos };

class ParseError extends Error {
  constructor(
    readonly pos: Pos,
    message: string,
  ) {
    super(message);
  }
}

function tokenize(src: string): SX[] {
  let i = 0;
  let line = 1;
  let col = 1;
  const pos = (): Pos => ({ offset: i, line, column: col });
  const adv = () => {
    if (src[i] === "\n") {
      line++;
      col = 1;
    } else col++;
    i++;
  };
  const stack: { items: SX[]; pos: Pos }[] = [{ items: [], pos: pos() }];
  const top = () => stack[stack.length - 1] as { items: SX[]; pos: Pos };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === " " || c === "\n" || c === "\t" || c === "\r") adv();
    else if (c === ";") while (i < src.length && src[i] !== "\n") adv();
    else if (c === "(") {
      stack.push({ items: [], pos: pos() });
      adv();
    } else if (c === ")") {
      if (stack.length === 1) throw new ParseError(pos(), "unbalanced ')'");
      const done = stack.pop() as { items: SX[]; pos: Pos };
      top().items.push({ t: "list", items: done.items, pos: done.pos });
      adv();
    } else if (c === '"') {
      const p = pos();
      adv();
      const bytes: number[] = [];
      for (;;) {
        if (i >= src.length || src[i] === "\n") throw new ParseError(p, "unterminated string");
        const ch = src[i] as string;
        if (ch === '"') break;
        if (ch === "\\") {
          const n = src[i + 1] ?? "";
          const simple: Record<string, number> = { n: 10, t: 9, '"': 34, "\\": 92 };
          if (simple[n] !== undefined) {
            bytes.push(simple[n]);
            adv();
            adv();
          } else if (/^[0-9a-fA-F]{2}$/.test(src.slice(i + 1, i + 3))) {
            bytes.push(parseInt(src.slice(i + 1, i + 3), 16));
            adv();
            adv();
            adv();
          } else throw new ParseError(pos(), "bad string escape");
        } else {
          const cp = src.codePointAt(i) ?? 0;
          bytes.push(...new TextEncoder().encode(String.fromCodePoint(cp)));
          if (cp > 0xffff) adv();
          adv();
        }
      }
      adv();
      top().items.push({ t: "str", bytes: Uint8Array.from(bytes), pos: p });
    } else {
      const p = pos();
      const start = i;
      while (i < src.length && !/[\s();"]/.test(src[i] as string)) adv();
      top().items.push({ t: "atom", text: src.slice(start, i), pos: p });
    }
  }
  if (stack.length !== 1) throw new ParseError(top().pos, "unclosed '('");
  return top().items;
}

/** A cursor over the items of one list after its head. */
class Items {
  private i = 0;
  constructor(
    private readonly items: readonly SX[],
    private readonly end: Pos,
    readonly head: string,
  ) {}
  peek(): SX | undefined {
    return this.items[this.i];
  }
  next(what: string): SX {
    const x = this.items[this.i++];
    if (x === undefined) throw new ParseError(this.end, `${this.head}: expected ${what}`);
    return x;
  }
  atom(what: string): { text: string; pos: Pos } {
    const x = this.next(what);
    if (x.t !== "atom") throw new ParseError(x.pos, `${this.head}: expected ${what}`);
    return x;
  }
  name(what: string): string {
    const a = this.atom(`$${what}`);
    if (!a.text.startsWith("$") || a.text.length < 2) throw new ParseError(a.pos, `${this.head}: expected $${what}, got ${a.text}`);
    return a.text.slice(1);
  }
  key(key: string): number {
    const a = this.atom(`${key}=N`);
    if (!a.text.startsWith(`${key}=`)) throw new ParseError(a.pos, `${this.head}: expected ${key}=N, got ${a.text}`);
    return nat(a.text.slice(key.length + 1), a.pos);
  }
  optKey(key: string): number | undefined {
    const x = this.peek();
    return x?.t === "atom" && x.text.startsWith(`${key}=`) ? this.key(key) : undefined;
  }
  atomIs(text: string): boolean {
    const x = this.peek();
    return x?.t === "atom" && x.text === text;
  }
  listIs(head: string): boolean {
    const x = this.peek();
    return x?.t === "list" && x.items[0]?.t === "atom" && x.items[0].text === head;
  }
  rest(): SX[] {
    const r = this.items.slice(this.i);
    this.i = this.items.length;
    return r;
  }
  done(): void {
    const x = this.items[this.i];
    if (x !== undefined) throw new ParseError(x.pos, `${this.head}: unexpected ${x.t === "atom" ? x.text : "operand"}`);
  }
}

function nat(text: string, pos: Pos): number {
  if (!/^(\d+|0x[0-9a-fA-F]+)$/.test(text)) throw new ParseError(pos, `expected a non-negative integer, got ${text}`);
  return Number(text);
}

function open(x: SX, what: string): Items {
  if (x.t !== "list") throw new ParseError(x.pos, `expected (${what} ...)`);
  const h = x.items[0];
  if (h?.t !== "atom") throw new ParseError(x.pos, `expected (${what} ...)`);
  return new Items(x.items.slice(1), x.pos, h.text);
}

const VAL_TYPES: readonly string[] = ["i32", "i64", "f64"];
function valType(a: { text: string; pos: Pos }): ValType {
  if (!VAL_TYPES.includes(a.text)) throw new ParseError(a.pos, `expected a value type, got ${a.text}`);
  return a.text as ValType;
}
function optResult(it: Items): ResultType {
  if (!it.listIs("result")) return "none";
  const r = open(it.next("(result T)"), "result");
  const t = valType(r.atom("a value type"));
  r.done();
  return t;
}
function intText(text: string, pos: Pos, bits: 32 | 64): bigint {
  if (!/^-?(\d+|0x[0-9a-fA-F]+)$/.test(text)) throw new ParseError(pos, `bad i${bits} constant ${text}`);
  const neg = text.startsWith("-");
  const v = BigInt(neg ? text.slice(1) : text) * (neg ? -1n : 1n);
  if (v < -(1n << BigInt(bits - 1)) || v >= 1n << BigInt(bits)) throw new ParseError(pos, `i${bits} constant out of range: ${text}`);
  return BigInt.asIntN(bits, v);
}

const STATE_REGS: readonly string[] = ["scratch_ptr", "scratch_end", "output_ptr", "output_end"];

function body(xs: readonly SX[]): Expr[] {
  return xs.map(expr);
}

function expr(x: SX): Expr {
  const it = open(x, "op");
  const op = it.head;
  const one = (what: string): Expr => expr(it.next(what));
  const finish = (e: Expr): Expr => {
    it.done();
    return e;
  };
  switch (op) {
    case "i32.const": {
      const a = it.atom("a value");
      return finish({ kind: op, value: Number(intText(a.text, a.pos, 32)) });
    }
    case "i64.const": {
      const a = it.atom("a value");
      return finish({ kind: op, value: intText(a.text, a.pos, 64) });
    }
    case "f64.const": {
      const a = it.atom("a value");
      const bits = parseF64(a.text);
      if (bits === undefined) throw new ParseError(a.pos, `bad f64 constant ${a.text}`);
      return finish({ kind: op, bits });
    }
    case "local.get":
      return finish({ kind: op, name: it.name("local") });
    case "local.set":
    case "local.tee": {
      const name = it.name("local");
      return finish({ kind: op, name, value: one("a value") });
    }
    case "block":
    case "loop": {
      const label = it.name("label");
      const type = optResult(it);
      return { kind: op, label, type, body: body(it.rest()) };
    }
    case "frame": {
      const label = it.name("label");
      const site = it.key("site");
      const type = optResult(it);
      return { kind: op, label, site, type, body: body(it.rest()) };
    }
    case "if": {
      const type = optResult(it);
      const cond = one("a condition");
      const then = open(it.next("(then ...)"), "then");
      if (then.head !== "then") throw new ParseError(x.pos, "if: expected (then ...)");
      let els: Expr[] = [];
      if (it.listIs("else")) els = body(open(it.next("(else ...)"), "else").rest());
      return finish({ kind: op, type, cond, then: body(then.rest()), else: els });
    }
    case "br": {
      const label = it.name("label");
      return it.peek() === undefined ? { kind: op, label } : finish({ kind: op, label, value: one("a value") });
    }
    case "br_if": {
      const label = it.name("label");
      return finish({ kind: op, label, cond: one("a condition") });
    }
    case "br_table": {
      const labels: string[] = [];
      while (it.peek()?.t === "atom") labels.push(it.name("label"));
      const dflt = labels.pop();
      if (dflt === undefined) throw new ParseError(x.pos, "br_table: expected labels");
      return finish({ kind: op, labels, default: dflt, index: one("an index") });
    }
    case "return":
      return it.peek() === undefined ? { kind: op } : finish({ kind: op, value: one("a value") });
    case "trap": {
      const k = it.atom("a trap kind");
      if (!isRuntimeErrorKind(k.text)) throw new ParseError(k.pos, `unknown trap kind ${k.text}`);
      const trap: RuntimeErrorKind = k.text;
      return finish({ kind: op, trap, site: it.key("site") });
    }
    case "unreachable":
      return finish({ kind: op });
    case "drop":
      return finish({ kind: op, value: one("a value") });
    case "select": {
      const then = one("a value");
      const els = one("a value");
      return finish({ kind: op, then, else: els, cond: one("a condition") });
    }
    case "call": {
      const func = it.name("function");
      const site = it.key("site");
      return { kind: op, func, args: body(it.rest()), site };
    }
    case "call_indirect": {
      const p = open(it.next("(param ...)"), "param");
      if (p.head !== "param") throw new ParseError(x.pos, "call_indirect: expected (param ...)");
      const params: ValType[] = [];
      while (p.peek() !== undefined) params.push(valType(p.atom("a value type")));
      const sig: Signature = { params, result: optResult(it) };
      const site = it.key("site");
      const rest = body(it.rest());
      const index = rest.pop();
      if (index === undefined) throw new ParseError(x.pos, "call_indirect: expected an index");
      return { kind: op, sig, args: rest, index, site };
    }
    case "func.ref":
      return finish({ kind: op, func: it.name("function") });
    case "fuel": {
      const a = it.atom("an amount");
      return finish({ kind: op, amount: nat(a.text, a.pos), site: it.key("site") });
    }
    case "memory.copy": {
      const site = it.key("site");
      const dst = one("dst");
      const src = one("src");
      return finish({ kind: op, dst, src, len: one("len"), site });
    }
    case "memory.fill": {
      const site = it.key("site");
      const dst = one("dst");
      const value = one("value");
      return finish({ kind: op, dst, value, len: one("len"), site });
    }
    case "alloc.scratch":
    case "alloc.output": {
      const align = it.key("align");
      const site = it.key("site");
      return finish({ kind: "alloc", region: op === "alloc.scratch" ? "scratch" : "output", align, size: one("a size"), site });
    }
    case "state.get":
    case "state.set": {
      const r = it.atom("a state register");
      if (!STATE_REGS.includes(r.text)) throw new ParseError(r.pos, `unknown state register ${r.text}`);
      const reg = r.text as StateReg;
      return op === "state.get" ? finish({ kind: op, reg }) : finish({ kind: op, reg, value: one("a value") });
    }
    default:
      break;
  }
  if (isLoadOp(op)) {
    const offset = it.optKey("offset") ?? 0;
    const site = it.key("site");
    return finish({ kind: "load", op, offset, addr: one("an address"), site });
  }
  if (isStoreOp(op)) {
    const offset = it.optKey("offset") ?? 0;
    const site = it.key("site");
    const addr = one("an address");
    return finish({ kind: "store", op, offset, addr, value: one("a value"), site });
  }
  if (isNumOp(op)) {
    const site = it.optKey("site");
    const args = body(it.rest());
    return site === undefined ? { kind: "num", op, args } : { kind: "num", op, args, site };
  }
  throw new ParseError(x.pos, `unknown op ${op}`);
}

function func(it: Items): Func {
  const name = it.name("function");
  const params: Local[] = [];
  const locals: Local[] = [];
  while (it.listIs("param")) {
    const p = open(it.next("(param ...)"), "param");
    params.push({ name: p.name("param"), type: valType(p.atom("a value type")) });
    p.done();
  }
  const result = optResult(it);
  while (it.listIs("local")) {
    const l = open(it.next("(local ...)"), "local");
    locals.push({ name: l.name("local"), type: valType(l.atom("a value type")) });
    l.done();
  }
  return { name, params, result, locals, body: body(it.rest()) };
}

function position(it: Items): Pos {
  const x = it.peek();
  return x?.pos ?? { offset: 0, line: 1, column: 1 };
}

function module(top: readonly SX[]): Module {
  const [m, extra] = top;
  if (m === undefined) throw new ParseError({ offset: 0, line: 1, column: 1 }, "expected (module ...)");
  if (extra !== undefined) throw new ParseError(extra.pos, "text after the module");
  const mod = open(m, "module");
  if (mod.head !== "module") throw new ParseError(m.pos, "expected (module ...)");
  let constantsSize = 0;
  const data: DataSegment[] = [];
  let table: string[] = [];
  let sites: TrapSite[] = [];
  const exports: string[] = [];
  let entry: string | null = null;
  const funcs: Func[] = [];
  while (mod.peek() !== undefined) {
    const item = mod.next("an item");
    const it = open(item, "item");
    switch (it.head) {
      case "constants": {
        const a = it.atom("a size");
        constantsSize = nat(a.text, a.pos);
        break;
      }
      case "data": {
        const a = it.atom("an offset");
        const offset = nat(a.text, a.pos);
        const parts: Uint8Array[] = [];
        for (const s of it.rest()) {
          if (s.t !== "str") throw new ParseError(s.pos, "data: expected a string");
          parts.push(s.bytes);
        }
        const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let k = 0;
        for (const p of parts) {
          bytes.set(p, k);
          k += p.length;
        }
        data.push({ offset, bytes });
        break;
      }
      case "table":
        table = [];
        while (it.peek() !== undefined) table.push(it.name("function"));
        break;
      case "sites": {
        const a = it.atom("a count");
        sites = Array.from({ length: nat(a.text, a.pos) }, () => ({ span: null }));
        break;
      }
      case "site": {
        const p = position(it);
        const a = it.atom("a site id");
        const id = nat(a.text, a.pos);
        if (id >= sites.length) throw new ParseError(p, `site ${id} is beyond (sites ${sites.length})`);
        const f = it.next("a file name");
        if (f.t !== "str") throw new ParseError(f.pos, "site: expected a file name string");
        const span = { file: new TextDecoder().decode(f.bytes), start: spanPos(it), end: spanPos(it) };
        sites[id] = { span };
        break;
      }
      case "export":
        exports.push(it.name("function"));
        break;
      case "entry":
        entry = it.name("function");
        break;
      case "func":
        funcs.push(func(it));
        break;
      default:
        throw new ParseError(item.pos, `unknown module item ${it.head}`);
    }
    it.done();
  }
  return { funcs, constantsSize, data, table, exports, entry, sites };
}

function spanPos(it: Items): Pos {
  const a = it.atom("offset:line:column");
  const m = /^(\d+):(\d+):(\d+)$/.exec(a.text);
  if (m === null) throw new ParseError(a.pos, `expected offset:line:column, got ${a.text}`);
  return { offset: Number(m[1]), line: Number(m[2]), column: Number(m[3]) };
}

/** Parse a module; errors are `IrParse` diagnostics with a span at the offending token. */
export function parse(text: string, file = "<ir>"): Result<Module, Diagnostic[]> {
  try {
    return ok(module(tokenize(text)));
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const end = { ...e.pos, offset: e.pos.offset + 1, column: e.pos.column + 1 };
    return err([diagnostic("IrParse", `${file}:${e.pos.line}:${e.pos.column}: ${e.message}`, { file, start: e.pos, end })]);
  }
}

/** Parse or throw an Error with the message (tests and tools). */
export function parseOrThrow(text: string, file = "<ir>"): Module {
  const r = parse(text, file);
  if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
  return r.value;
}

/** Parse one expression (tests, debugging). */
export function parseExpr(text: string): Expr {
  const [x] = tokenize(text);
  if (x === undefined) throw new Error("empty expression");
  return expr(x);
}
