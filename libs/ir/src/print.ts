// The IR text format printer (S-expressions, like WAT). Deterministic: the same
// module always prints to the same text, and parse.ts reads it back to an equal
// module. Layout rule: a node prints on one line when it has no body list
// (block/loop/if) and fits in WIDTH columns; otherwise its children go one per
// line, indented by two spaces.
//
//   (func $add (param $a i64) (param $b i64) (result i64)
//     (i64.add_checked site=1 (local.get $a) (local.get $b)))
import { unreachable } from "@tetra/core";
import { formatF64 } from "./float-bits.js";
import { opOf } from "./op-info.js";
import type { Expr, Func, Module, ResultType, Signature, TrapSite } from "./types.js";

const WIDTH = 100;

/** A node to lay out: `(head kid kid ...)`; `block` forces the multi-line form. */
interface Doc {
  readonly head: string;
  readonly kids: readonly Doc[];
  readonly block: boolean;
  readonly flat: string;
}

function doc(head: string, kids: readonly Doc[] = [], block = false): Doc {
  const flat = kids.length === 0 ? `(${head})` : `(${head} ${kids.map((k) => k.flat).join(" ")})`;
  return { head, kids, block: block || kids.some((k) => k.block), flat };
}

function layout(d: Doc, indent: string, out: string[]): void {
  if (!d.block && indent.length + d.flat.length <= WIDTH) {
    out.push(indent + d.flat);
    return;
  }
  out.push(`${indent}(${d.head}`);
  for (const k of d.kids) layout(k, `${indent}  `, out);
  out[out.length - 1] += ")";
}

const site = (s: number): string => `site=${s}`;
const result = (t: ResultType): string => (t === "none" ? "" : ` (result ${t})`);
const sigText = (s: Signature): string => `(param${s.params.map((p) => ` ${p}`).join("")})${result(s.result)}`;

function body(head: string, es: readonly Expr[]): Doc {
  return doc(head, es.map(exprDoc), true);
}

function exprDoc(e: Expr): Doc {
  const op = opOf(e);
  switch (e.kind) {
    case "i32.const":
    case "i64.const":
      return doc(`${op} ${e.value}`);
    case "f64.const":
      return doc(`${op} ${formatF64(e.bits)}`);
    case "local.get":
      return doc(`${op} $${e.name}`);
    case "local.set":
    case "local.tee":
      return doc(`${op} $${e.name}`, [exprDoc(e.value)]);
    case "block":
    case "loop":
      return doc(`${op} $${e.label}${result(e.type)}`, e.body.map(exprDoc), true);
    case "frame":
      return doc(`frame $${e.label} ${site(e.site)}${result(e.type)}`, e.body.map(exprDoc), true);
    case "if": {
      const arms = [body("then", e.then)];
      if (e.else.length > 0) arms.push(body("else", e.else));
      return doc(`if${result(e.type)}`, [exprDoc(e.cond), ...arms], true);
    }
    case "br":
      return doc(`br $${e.label}`, e.value === undefined ? [] : [exprDoc(e.value)]);
    case "br_if":
      return doc(`br_if $${e.label}`, [exprDoc(e.cond)]);
    case "br_table":
      return doc(`br_table ${[...e.labels, e.default].map((l) => `$${l}`).join(" ")}`, [exprDoc(e.index)]);
    case "return":
      return doc("return", e.value === undefined ? [] : [exprDoc(e.value)]);
    case "trap":
      return doc(`trap ${e.trap} ${site(e.site)}`);
    case "unreachable":
      return doc("unreachable");
    case "drop":
      return doc("drop", [exprDoc(e.value)]);
    case "select":
      return doc("select", [exprDoc(e.then), exprDoc(e.else), exprDoc(e.cond)]);
    case "call":
      return doc(`call $${e.func} ${site(e.site)}`, e.args.map(exprDoc));
    case "call_indirect":
      return doc(`call_indirect ${sigText(e.sig)} ${site(e.site)}`, [...e.args.map(exprDoc), exprDoc(e.index)]);
    case "func.ref":
      return doc(`func.ref $${e.func}`);
    case "fuel":
      return doc(`fuel ${e.amount} ${site(e.site)}`);
    case "load":
      return doc(`${op}${e.offset === 0 ? "" : ` offset=${e.offset}`} ${site(e.site)}`, [exprDoc(e.addr)]);
    case "store":
      return doc(`${op}${e.offset === 0 ? "" : ` offset=${e.offset}`} ${site(e.site)}`, [
        exprDoc(e.addr),
        exprDoc(e.value),
      ]);
    case "memory.copy":
      return doc(`${op} ${site(e.site)}`, [exprDoc(e.dst), exprDoc(e.src), exprDoc(e.len)]);
    case "memory.fill":
      return doc(`${op} ${site(e.site)}`, [exprDoc(e.dst), exprDoc(e.value), exprDoc(e.len)]);
    case "alloc":
      return doc(`${op} align=${e.align} ${site(e.site)}`, [exprDoc(e.size)]);
    case "state.get":
      return doc(`${op} ${e.reg}`);
    case "state.set":
      return doc(`${op} ${e.reg}`, [exprDoc(e.value)]);
    case "num":
      return doc(e.site === undefined ? op : `${op} ${site(e.site)}`, e.args.map(exprDoc));
    default:
      return unreachable(e);
  }
}

/** One expression, laid out from column `indent` (no trailing newline). */
export function printExpr(e: Expr, indent = ""): string {
  const out: string[] = [];
  layout(exprDoc(e), indent, out);
  return out.join("\n");
}

/** One expression on a single line, cut to `max` characters (for error messages). */
export function printExprShort(e: Expr, max = 120): string {
  const flat = exprDoc(e).flat;
  return flat.length <= max ? flat : `${flat.slice(0, max - 3)}...`;
}

/** Bytes as a string literal: printable ASCII as is (except `"` and `\`), others `\hh`. */
export function quoteBytes(bytes: Uint8Array): string {
  let s = '"';
  for (const b of bytes) {
    if (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c) s += String.fromCharCode(b);
    else s += `\\${b.toString(16).padStart(2, "0")}`;
  }
  return `${s}"`;
}

function siteLine(id: number, s: TrapSite): string | undefined {
  if (s.span === null) return undefined;
  const { file, start, end } = s.span;
  const pos = (p: { offset: number; line: number; column: number }) => `${p.offset}:${p.line}:${p.column}`;
  return `  (site ${id} ${quoteBytes(new TextEncoder().encode(file))} ${pos(start)} ${pos(end)})`;
}

export function printFunc(f: Func, indent = "  "): string {
  const params = f.params.map((p) => ` (param $${p.name} ${p.type})`).join("");
  const lines = [`${indent}(func $${f.name}${params}${result(f.result)}`];
  for (const l of f.locals) lines.push(`${indent}  (local $${l.name} ${l.type})`);
  for (const e of f.body) layout(exprDoc(e), `${indent}  `, lines);
  lines[lines.length - 1] += ")";
  return lines.join("\n");
}

/** The whole module, ending with a newline. */
export function print(m: Module): string {
  const lines = ["(module"];
  lines.push(`  (constants ${m.constantsSize})`);
  for (const d of m.data) lines.push(`  (data ${d.offset} ${quoteBytes(d.bytes)})`);
  if (m.table.length > 0) lines.push(`  (table ${m.table.map((n) => `$${n}`).join(" ")})`);
  if (m.sites.length > 0) lines.push(`  (sites ${m.sites.length})`);
  m.sites.forEach((s, i) => {
    const line = siteLine(i, s);
    if (line !== undefined) lines.push(line);
  });
  for (const e of m.exports) lines.push(`  (export $${e})`);
  if (m.entry !== null) lines.push(`  (entry $${m.entry})`);
  for (const f of m.funcs) lines.push(printFunc(f));
  lines[lines.length - 1] += ")";
  return `${lines.join("\n")}\n`;
}
