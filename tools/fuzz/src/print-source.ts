// GProgram → program text. Every compound expression prints inside its own
// parentheses (`(a + b)`, `(c ? x : y)`, `(e where { … })`), so precedence
// never depends on the printer's context and a reproducer reads unambiguously.
// Dicts, `where` bindings and match arms go one per line.
import { InternalError, unreachable } from "@tetra/core";
import type { GArm, GEntry, GExpr, GField, GImport, GPattern, GProgram, GSchema, GEnum } from "./gast.js";
import { writeType, type GType } from "./gtype.js";

const MIN_I64 = -(2n ** 63n);

function typeText(t: GType): string {
  const s = writeType(t);
  if (s === undefined) throw new InternalError(`the generator asked to write an unwritable type: ${JSON.stringify(t)}`);
  return s;
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase();
}

/** A normal string literal; `escaped` also writes every non-ASCII character as a `\u` escape. */
export function stringLiteral(s: string, escaped: boolean): string {
  return `"${escapeText(s, escaped)}"`;
}

function escapeText(s: string, escaped: boolean): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (cp < 0x20 || cp === 0x7f) out += `\\u{${hex(cp)}}`;
    else if (escaped && cp > 0x7f) out += cp > 0xffff || cp % 2 === 0 ? `\\u{${hex(cp)}}` : `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out;
}

/** Raw spelling `r"…"` / `r#"…"#` when the text allows it (no control characters but LF and tab). */
export function rawLiteral(s: string, prefix = "r"): string | undefined {
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if ((cp < 0x20 && ch !== "\n" && ch !== "\t") || cp === 0x7f) return undefined;
  }
  let hashes = "";
  while (s.includes(`"${hashes}`) && hashes.length < 4) hashes += "#";
  if (s.includes(`"${hashes}`)) return undefined;
  return `${prefix}${hashes}"${s}"${hashes}`;
}

function intText(v: bigint, radix: 10 | 16 | 8 | 2): string {
  if (v === MIN_I64) return "(-9223372036854775807 - 1)";
  const mag = v < 0n ? -v : v;
  const digits = radix === 16 ? `0x${mag.toString(16).toUpperCase()}` : radix === 8 ? `0o${mag.toString(8)}` : radix === 2 ? `0b${mag.toString(2)}` : mag.toString();
  return v < 0n ? `(-${digits})` : digits;
}

/** Float literal text that the lexer reads back as exactly `x` (shortest round-trip digits). */
export function floatText(x: number, spelling: "short" | "exp"): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "(-Infinity)";
  if (Object.is(x, -0)) return "(-0.0)";
  const mag = Math.abs(x);
  let t = spelling === "exp" ? mag.toExponential() : String(mag);
  if (!t.includes("e") && !t.includes(".")) t += ".0";
  return x < 0 ? `(-${t})` : t;
}

function list(xs: readonly GExpr[], ind: string): string {
  return xs.map((x) => expr(x, ind)).join(", ");
}

/** A closure printed bare where it is an argument or a field value, parenthesised elsewhere. */
function operand(e: GExpr, ind: string): string {
  return e.kind === "Closure" ? closure(e, ind) : expr(e, ind);
}

function closure(e: Extract<GExpr, { kind: "Closure" }>, ind: string): string {
  const params = e.params.map((p) => (p.type === undefined ? p.name : `${typeText(p.type)} ${p.name}`)).join(", ");
  const result = e.result === undefined ? "" : ` -> ${typeText(e.result)}`;
  return `(${params})${result} => ${operand(e.body, ind)}`;
}

function args(xs: readonly GExpr[], ind: string): string {
  return xs.map((x) => operand(x, ind)).join(", ");
}

/** Postfix steps need an atomic object: everything prints atomic except dict literals and closures. */
function postfixObject(e: GExpr, ind: string): string {
  return e.kind === "Dict" || e.kind === "Closure" || e.kind === "TupleGet" ? `(${expr(e, ind)})` : expr(e, ind);
}

function keyText(key: string, quoted: boolean): string {
  return quoted ? stringLiteral(key, false) : key;
}

export function expr(e: GExpr, ind = ""): string {
  switch (e.kind) {
    case "Int":
      return intText(e.value, e.radix);
    case "Float":
      return floatText(e.value, e.spelling);
    case "Str":
      return e.style === "raw" ? (rawLiteral(e.value) ?? stringLiteral(e.value, false)) : stringLiteral(e.value, e.style === "escaped");
    case "Bool":
      return e.value ? "true" : "false";
    case "None":
      return "None";
    case "Name":
      if (e.via === "name") return e.name;
      return e.quoted ? `&${e.via}[${stringLiteral(e.name, false)}]` : `&${e.via}.${e.name}`;
    case "Field":
      return e.quoted ? `${postfixObject(e.object, ind)}[${stringLiteral(e.name, false)}]` : `${postfixObject(e.object, ind)}.${e.name}`;
    case "TupleGet":
      return `${postfixObject(e.object, ind)}.${e.index}`;
    case "Index":
      return `${postfixObject(e.object, ind)}[${expr(e.index, ind)}]`;
    case "Call":
      return `${e.fn}(${args(e.args, ind)})`;
    case "Method":
      return `${postfixObject(e.receiver, ind)}.${e.method}(${args(e.args, ind)})`;
    case "Module":
      return `${e.alias}.${e.member}(${args(e.args, ind)})`;
    case "Pipe":
      return `(${expr(e.left, ind)} | ${e.bare ? e.fn : `${e.fn}(${args(e.args, ind)})`})`;
    case "Unary":
      return `(${e.op}${expr(e.operand, ind)})`;
    case "Binary":
      return `(${expr(e.left, ind)} ${e.op} ${expr(e.right, ind)})`;
    case "Ternary":
      return `(${expr(e.cond, ind)} ? ${expr(e.then, ind)} : ${expr(e.else, ind)})`;
    case "FString":
      return fstring(e, ind);
    case "List":
      return `[${e.items.map((it) => (it.spread ? `...${expr(it.expr, ind)}` : expr(it.expr, ind))).join(", ")}]`;
    case "Comp":
      return `[${expr(e.element, ind)} for ${e.binder} in ${expr(e.source, ind)}${e.filter === undefined ? "" : ` if ${expr(e.filter, ind)}`}]`;
    case "Tuple":
      return e.items.length === 1 ? `(${expr(e.items[0]!, ind)},)` : `(${list(e.items, ind)})`;
    case "Dict":
      return dict(e.entries, ind);
    case "Closure":
      return `(${closure(e, ind)})`;
    case "Where":
      return `(${expr(e.body, ind)} where ${block(e.bindings.map((b) => (inner: string) => field(b, inner)), ind)})`;
    case "Match":
      return `(${expr(e.scrutinee, ind)} match ${block(e.arms.map((a) => (inner: string) => arm(a, inner)), ind)})`;
    case "Variant": {
      const head = `${e.enumName}.${e.variant}`;
      const p = e.payload;
      if (p.kind === "unit") return head;
      if (p.kind === "tuple") return `${head}(${args(p.items, ind)})`;
      return `${head} { ${p.fields.map((f) => `${f.name}: ${operand(f.value, ind)}`).join(", ")} }`;
    }
    default:
      return unreachable(e);
  }
}

function fstring(e: Extract<GExpr, { kind: "FString" }>, ind: string): string {
  const body = (escape: (s: string) => string) => e.parts.map((p) => (typeof p === "string" ? escape(p) : `\${${expr(p, ind)}}`)).join("");
  // `f#"…"#`: escapes are not processed, `"` may appear; the text parts must
  // have no control characters but LF and tab (rawLiteral says which).
  if (e.raw && e.parts.every((p) => typeof p !== "string" || rawLiteral(p) !== undefined)) {
    const text = body((s) => s);
    let hashes = "#";
    while (text.includes(`"${hashes}`)) hashes += "#";
    return `f${hashes}"${text}"${hashes}`;
  }
  return `f"${body((s) => escapeText(s, false))}"`;
}

function block(items: readonly ((inner: string) => string)[], ind: string): string {
  if (items.length === 0) return "{}";
  const inner = `${ind}    `;
  return `{\n${items.map((it) => `${inner}${it(inner)},\n`).join("")}${ind}}`;
}

function dict(entries: readonly GEntry[], ind: string): string {
  return block(
    entries.map((en) => (inner: string) => (en.kind === "Spread" ? `...${expr(en.expr, inner)}` : field(en, inner))),
    ind,
  );
}

function field(f: GField, ind: string): string {
  const attrs = f.internal ? `#internal\n${ind}` : "";
  const key = keyText(f.key, f.quoted);
  if (f.fn !== undefined) {
    const params = f.fn.params.map((p) => `${typeText(p.type)} ${p.name}`).join(", ");
    const r = f.fn.result;
    if (r === undefined) return `${attrs}${key}(${params}): ${operand(f.value, ind)}`;
    return f.fn.resultStyle === "prefix" ? `${attrs}${typeText(r)} ${key}(${params}): ${operand(f.value, ind)}` : `${attrs}${key}(${params}) -> ${typeText(r)}: ${operand(f.value, ind)}`;
  }
  const typed = f.declared === undefined ? "" : `${typeText(f.declared)} `;
  return `${attrs}${typed}${key}: ${operand(f.value, ind)}`;
}

function pattern(p: GPattern): string {
  const q = (qualifier: string | undefined, name: string) => (qualifier === undefined ? name : `${qualifier}.${name}`);
  switch (p.kind) {
    case "Wild":
      return "_";
    case "TypeName":
      return p.name;
    case "Unit":
      return q(p.qualifier, p.name);
    case "TupleP":
      return `${q(p.qualifier, p.name)}(${p.slots.join(", ")})`;
    case "StructP":
      return `${q(p.qualifier, p.name)} { ${p.fields.map((f) => (f.bind === f.field ? f.field : `${f.field}: ${f.bind}`)).join(", ")} }`;
    default:
      return unreachable(p);
  }
}

function arm(a: GArm, ind: string): string {
  return `${pattern(a.pattern)}: ${expr(a.body, ind)}`;
}

function importText(i: GImport): string {
  if (i.kind === "alias") return `#import ${i.alias} from "${i.path}"`;
  return `#import { ${i.names.map((n) => (n.as === undefined ? n.name : `${n.name} as ${n.as}`)).join(", ")} } from "${i.path}"`;
}

function enumText(e: GEnum): string {
  const vs = e.variants.map((v) => {
    if (v.kind === "unit") return v.name;
    if (v.kind === "tuple") return `${v.name}(${v.types.map(typeText).join(", ")})`;
    return `${v.name} { ${v.fields.map((f) => `${f.name}: ${typeText(f.type)}`).join(", ")} }`;
  });
  return `#enum ${e.name} {\n${vs.map((v) => `    ${v},\n`).join("")}}`;
}

function schemaText(s: GSchema): string {
  const fs = s.fields.map((f) => {
    const lines: string[] = [];
    if (f.expect !== undefined) lines.push(`    #expect ${stringLiteral(f.expect, false)}`);
    if (f.default !== undefined) lines.push(`    #default ${expr(f.default, "    ")}`);
    lines.push(`    ${typeText(f.type)} ${f.name}: ${f.predicate === undefined ? "*" : operand(f.predicate, "    ")},`);
    return lines.join("\n");
  });
  return `#schema ${s.name} {\n${fs.map((f) => `${f}\n`).join("")}}`;
}

/** The whole document. `header` lines are written first as `//` comments. */
export function printProgram(p: GProgram, header: readonly string[] = []): string {
  const parts: string[] = header.map((h) => `// ${h}`);
  for (const i of p.imports) parts.push(importText(i));
  for (const e of p.enums) parts.push(enumText(e));
  for (const s of p.schemas) parts.push(schemaText(s));
  if (p.main !== null) {
    const params = p.main.params.map((x) => `${typeText(x.type)} ${x.name}`).join(", ");
    const r = p.main.result;
    parts.push(`#main(${params})${r === undefined ? "" : r === "Dict" ? " -> Dict" : ` -> ${typeText(r)}`}`);
  }
  parts.push(expr(p.root, ""));
  return `${parts.join("\n")}\n`;
}
