// Dict literals and `where` bindings (§3.3, §3.8):
//
//   { a: 1, Int b: 2, "odd key": 3, Int twice(Int v): v * 2, f(Int v) -> Int: v,
//     #internal secret: 4, ...base, #schema P: { Int x: * }, [<String> k]: v }
//
// The head of a field is `type? key`: a key alone is followed by `:` or `(`,
// anything else starts with a type (`List<Int> xs:` — `<` touching the name).
import type { Attribute, DictEntry, Expr, Field, Param, TypeExpr } from "../ast.js";
import { parseParamList } from "./parse-closure.js";
import { parseDeclarationDirective } from "./parse-directive.js";
import { parseExpr } from "./parse-expr.js";
import { parseType } from "./parse-type.js";
import type { Parser } from "./parser.js";
import { describeToken, type Token } from "./token.js";

/** LATER directives (§2.2): parsed (with an optional `(…)`) and kept so the analyzer can reject them. */
export const LATER_DIRECTIVES: ReadonlySet<string> = new Set(["brand", "msg", "error", "derive", "no_auto_derive", "native", "extend"]);

/** `{ … }` after the `{` (already consumed). */
export function parseDict(p: Parser, open: Token): { dict: Expr; entries: DictEntry[] } {
  return p.within("}", () => parseDictBody(p, open));
}

function parseDictBody(p: Parser, open: Token): { dict: Expr; entries: DictEntry[] } {
  const entries: DictEntry[] = [];
  while (!p.isPunct("}") && !p.atEnd) {
    const before = p.position;
    const entry = parseDictEntry(p);
    if (entry !== undefined) entries.push(entry);
    if (!p.eatPunct(",") && !p.isPunct("}")) {
      p.errorAtToken(`expected \`,\` or \`}\` in the dict, found ${describeToken(p.peek())}`);
      p.skipUntil([",", "}"]);
      p.eatPunct(",");
    }
    if (p.position === before) p.next();
  }
  p.expectPunct("}", "to close the dict");
  return { dict: { kind: "Dict", entries, span: p.spanFrom(open) }, entries };
}

/** `where { … }`: the cursor is on the `{`. Spreads, `#internal` and declarations are not allowed. */
export function parseWhereBindings(p: Parser): Field[] {
  const open = p.next();
  const { entries } = parseDict(p, open);
  const bindings: Field[] = [];
  for (const e of entries) {
    if (e.kind !== "Field") p.error("a `where` block holds bindings only (`name: value`)", e.span);
    else if (e.attrs.length > 0) p.error("attributes such as `#internal` are not allowed on `where` bindings", e.attrs[0]!.span);
    else bindings.push(e);
  }
  return bindings;
}

function parseDictEntry(p: Parser): DictEntry | undefined {
  const first = p.peek();
  const attrs = parseAttributes(p);
  const t = p.peek();
  if (t.kind === "directive" && (t.name === "schema" || t.name === "enum" || t.name === "import")) {
    const decl = parseDeclarationDirective(p, true);
    if (attrs.length > 0) p.error("attributes cannot be placed on a declaration", attrs[0]!.span);
    return decl === undefined ? undefined : { kind: "DeclEntry", decl, span: p.spanFrom(first) };
  }
  if (t.kind === "directive") {
    p.errorAtToken(t.name === "main" ? "`#main` is allowed only at the start of the document" : `directive \`#${t.name}\` is not allowed here`);
    p.next();
    p.skipUntil([",", "}"]);
    return undefined;
  }
  const spread = p.eatPunct("...");
  if (spread) {
    const hint = parseHint(p);
    const expr = parseExpr(p);
    const base = { kind: "Spread" as const, attrs, expr, span: p.spanFrom(first) };
    return hint === undefined ? base : { ...base, hint };
  }
  if (p.eatPunct("[")) {
    const hint = parseHint(p);
    const key = parseExpr(p);
    p.expectPunct("]", "to close the dynamic key");
    p.expectPunct(":", "after the dynamic key");
    const value = parseExpr(p);
    const base = { kind: "DynamicField" as const, attrs, key, value, span: p.spanFrom(first) };
    return hint === undefined ? base : { ...base, hint };
  }
  return parseField(p, attrs, first);
}

/** `<T>` after `...` or `[`. */
function parseHint(p: Parser): TypeExpr | undefined {
  if (!p.eatPunct("<")) return undefined;
  const hint = parseType(p);
  p.expectPunct(">", "to close the type hint");
  return hint;
}

/** `#internal`, `#expect "m"`, `#default e`, LATER directives and `@decorators` before an entry. */
export function parseAttributes(p: Parser): Attribute[] {
  const attrs: Attribute[] = [];
  for (;;) {
    const t = p.peek();
    if (t.kind === "punct" && t.op === "@") {
      p.next();
      const name = p.peek();
      if (name.kind === "ident") p.next();
      if (p.isPunct("(")) {
        p.next();
        p.skipUntil([")"]);
        p.eatPunct(")");
      }
      attrs.push({ kind: "later", name: `@${name.kind === "ident" ? name.name : ""}`, span: p.spanFrom(t) });
      continue;
    }
    if (t.kind !== "directive") return attrs;
    if (t.name === "internal") {
      p.next();
      attrs.push({ kind: "internal", span: p.tokenSpan(t) });
    } else if (t.name === "expect") {
      p.next();
      const msg = p.peek();
      if (msg.kind === "string") {
        p.next();
        attrs.push({ kind: "expect", message: msg.value, span: p.spanFrom(t) });
      } else p.errorAtToken(`\`#expect\` takes a string message, found ${describeToken(msg)}`);
    } else if (t.name === "default") {
      p.next();
      attrs.push({ kind: "default", value: parseExpr(p), span: p.spanFrom(t) });
    } else if (LATER_DIRECTIVES.has(t.name)) {
      p.next();
      if (p.isPunct("(")) {
        p.next();
        p.skipUntil([")"]);
        p.eatPunct(")");
      }
      attrs.push({ kind: "later", name: `#${t.name}`, span: p.spanFrom(t) });
    } else return attrs;
  }
}

/** `type? key ( '(' params ')' ('->' type)? )? ':' expr` */
export function parseField(p: Parser, attrs: readonly Attribute[], first: Token): Field | undefined {
  let type: TypeExpr | undefined;
  const t = p.peek();
  const keyOnly = (t.kind === "ident" || t.kind === "string") && (p.isPunct(":", 1) || p.isPunct("(", 1));
  if (!keyOnly) {
    if (t.kind !== "ident" && !(t.kind === "punct" && t.op === "(")) {
      p.errorAtToken(`expected a field name, found ${describeToken(t)}`);
      return undefined;
    }
    type = parseType(p, { adjacentGenerics: true });
  }
  const keyTok = p.peek();
  if (keyTok.kind !== "ident" && keyTok.kind !== "string") {
    p.errorAtToken(`expected a field name, found ${describeToken(keyTok)}`);
    return undefined;
  }
  p.next();
  const key = keyTok.kind === "ident" ? keyTok.name : keyTok.value;
  let params: Param[] | undefined;
  let resultType: TypeExpr | undefined;
  if (p.eatPunct("(")) {
    params = parseParamList(p, "parameter");
    if (p.eatPunct("->")) {
      resultType = parseType(p);
      if (type !== undefined) p.error("the result type is written twice (before the name and after `->`)", resultType.span);
    } else if (type !== undefined) resultType = type;
    type = undefined;
  }
  if (!p.expectPunct(":", `after the field name \`${key}\``)) {
    p.skipUntil([",", "}"]);
    return undefined;
  }
  const value = parseExpr(p);
  const base: Field = { kind: "Field", attrs, key, keySpan: p.tokenSpan(keyTok), value, span: p.spanFrom(first) };
  return {
    ...base,
    ...(type !== undefined ? { type } : {}),
    ...(params !== undefined ? { params } : {}),
    ...(resultType !== undefined ? { resultType } : {}),
  };
}
