// Closures (§3.7): `(Int v) -> Int => v * 2`, `(acc, x) => acc + x`, `() => 1`.
// A `(` starts a closure when its matching `)` is followed by `=>` or `->`;
// otherwise it is a parenthesised expression or a tuple.
import type { Expr, Param, TypeExpr } from "../ast.js";
import { parseExpr } from "./parse-expr.js";
import { parseType } from "./parse-type.js";
import type { Parser } from "./parser.js";
import { describeToken } from "./token.js";

export function looksLikeClosure(p: Parser): boolean {
  let depth = 0;
  for (let i = 0; ; i++) {
    const t = p.peek(i);
    if (t.kind === "eof") return false;
    if (t.kind !== "punct") continue;
    if (t.op === "(" || t.op === "[" || t.op === "{") depth++;
    else if (t.op === ")" || t.op === "]" || t.op === "}") {
      depth--;
      if (depth === 0) return p.isPunct("=>", i + 1) || p.isPunct("->", i + 1);
      if (depth < 0) return false;
    }
  }
}

/** The cursor is on the `(`. */
export function parseClosureAt(p: Parser): Expr {
  const open = p.next();
  const params = parseParamList(p, "closure parameter");
  let result: TypeExpr | undefined;
  if (p.eatPunct("->")) result = parseType(p);
  if (!p.expectPunct("=>", "before the closure body")) p.skipUntil(["=>", ",", ")"]), p.eatPunct("=>");
  const body = parseExpr(p);
  const span = p.spanFrom(open);
  return result === undefined ? { kind: "Closure", params, body, span } : { kind: "Closure", params, result, body, span };
}

/**
 * Parameters after `(` up to and including `)`: `Type name`, `name`, `_`,
 * `Type _`. A bare `name` followed by `,` or `)` is an untyped parameter.
 */
export function parseParamList(p: Parser, what: string): Param[] {
  const params: Param[] = [];
  while (!p.isPunct(")") && !p.atEnd) {
    const before = p.position;
    const param = parseParam(p, what);
    if (param !== undefined) params.push(param);
    if (!p.eatPunct(",") && !p.isPunct(")")) {
      p.errorAtToken(`expected \`,\` or \`)\` after a ${what}, found ${describeToken(p.peek())}`);
      p.skipUntil([",", ")"]);
      p.eatPunct(",");
    }
    if (p.position === before) p.next();
  }
  p.expectPunct(")", `to close the ${what} list`);
  return params;
}

function parseParam(p: Parser, what: string): Param | undefined {
  const first = p.peek();
  const untyped = (first.kind === "ident" || first.kind === "wildcard") && (p.isPunct(",", 1) || p.isPunct(")", 1));
  if (untyped) {
    p.next();
    return { name: first.kind === "ident" ? first.name : "_", span: p.tokenSpan(first) };
  }
  const type = parseType(p, { adjacentGenerics: true });
  const nameTok = p.peek();
  if (nameTok.kind === "ident" || nameTok.kind === "wildcard") {
    p.next();
    return { type, name: nameTok.kind === "ident" ? nameTok.name : "_", span: p.spanFrom(first) };
  }
  p.errorAtToken(`expected a ${what} name, found ${describeToken(nameTok)}`);
  return undefined;
}
