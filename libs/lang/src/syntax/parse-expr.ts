// Expressions (§3.1 precedence, loosest first):
//
//   1  e match { … }   e where { … }      postfix, wrap everything to their left
//   2  c ? a : b                           right-assoc; branches are full expressions
//   3  ||   4  &&   5  == !=   6  < > <= >=   7  + -   8  * / %
//   9  |  (pipe: `10 + x | abs()` is `10 + abs(x)`)
//   10 prefix - !
//   11 postfix .name .0 [e] (args)
import { unreachable } from "@tetra/core";
import type { BinaryOp, Expr, FStringPart, ListItem } from "../ast.js";
import { parseDict, parseWhereBindings } from "./parse-dict.js";
import { parseClosureAt, looksLikeClosure } from "./parse-closure.js";
import { parseMatchArms } from "./parse-pattern.js";
import { Parser } from "./parser.js";
import { joinSpans } from "./source-map.js";
import { describeToken, type Punct, type Token } from "./token.js";

const BINARY_LEVEL: Partial<Record<Punct, number>> = {
  "||": 3,
  "&&": 4,
  "==": 5,
  "!=": 5,
  "<": 6,
  ">": 6,
  "<=": 6,
  ">=": 6,
  "+": 7,
  "-": 7,
  "*": 8,
  "/": 8,
  "%": 8,
  "|": 9,
};

/** A full expression: a ternary followed by any number of `match { … }` / `where { … }`. */
export function parseExpr(p: Parser): Expr {
  const first = p.peek();
  if (!p.enter()) return errorExpr(p, first);
  try {
    let e = parseTernary(p);
    let folds = 0;
    for (;;) {
      if (p.isIdent("match") && p.isPunct("{", 1)) {
        if (!p.enter()) break;
        folds++;
        p.next();
        const arms = parseMatchArms(p);
        e = { kind: "Match", scrutinee: e, arms, span: p.spanFrom(first) };
      } else if (p.isIdent("where") && p.isPunct("{", 1)) {
        if (!p.enter()) break;
        folds++;
        p.next();
        const bindings = parseWhereBindings(p);
        e = { kind: "Where", body: e, bindings, span: p.spanFrom(first) };
      } else break;
    }
    p.leave(folds);
    return e;
  } finally {
    p.leave();
  }
}

function parseTernary(p: Parser): Expr {
  const first = p.peek();
  const cond = parseBinary(p, 3);
  if (!p.isPunct("?")) return cond;
  p.next();
  const then = parseExpr(p);
  if (!p.expectPunct(":", "between the branches of `? :`")) return { kind: "Ternary", cond, then, else: errorExpr(p, p.peek()), span: p.spanFrom(first) };
  const otherwise = parseExpr(p);
  return { kind: "Ternary", cond, then, else: otherwise, span: p.spanFrom(first) };
}

function parseBinary(p: Parser, minLevel: number): Expr {
  const first = p.peek();
  let left = parseUnary(p);
  let folds = 0;
  for (;;) {
    const t = p.peek();
    if (t.kind !== "punct") break;
    // `a ++ b` is reported and then read as `a + b`; `a ?? b` (LATER) is reported
    // and its right side parsed so that one mistake gives one diagnostic.
    if (t.op === "++") p.errorAtToken("`++` is not an operator: use `+` to concatenate");
    if (t.op === "??") p.unsupported("the `??` operator", p.tokenSpan(t));
    const level = t.op === "++" ? 7 : t.op === "??" ? 3 : BINARY_LEVEL[t.op];
    if (level === undefined || level < minLevel) break;
    if (!p.enter()) break;
    folds++;
    p.next();
    const opSpan = p.tokenSpan(t);
    if (t.op === "|") {
      const target = parseUnary(p);
      if (target.kind !== "Call" && target.kind !== "Name" && target.kind !== "Member" && target.kind !== "Error") {
        p.error("the target of `|` must be a function call such as `f(a)`, `f` or `module.f`", target.span);
      }
      left = { kind: "Pipe", left, target, span: p.spanFrom(first) };
      continue;
    }
    const right = parseBinary(p, level + 1);
    const op: BinaryOp = t.op === "++" ? "+" : (t.op as BinaryOp);
    left = t.op === "??" ? { kind: "Error", span: p.spanFrom(first) } : { kind: "Binary", op, left, right, opSpan, span: p.spanFrom(first) };
  }
  p.leave(folds);
  return left;
}

function parseUnary(p: Parser): Expr {
  const t = p.peek();
  if (t.kind === "punct" && (t.op === "-" || t.op === "!")) {
    if (!p.enter()) return errorExpr(p, t);
    p.next();
    const operand = parseUnary(p);
    p.leave();
    return { kind: "Unary", op: t.op, operand, span: p.spanFrom(t) };
  }
  if (t.kind === "punct" && t.op === "+") {
    p.errorAtToken("unary `+` does not exist");
    p.next();
    return parseUnary(p);
  }
  return parsePostfix(p, parsePrimary(p));
}

function parsePostfix(p: Parser, start: Expr): Expr {
  let e = start;
  let folds = 0;
  for (;;) {
    const t = p.peek();
    if (t.kind !== "punct") break;
    if (t.op === "?.") {
      p.unsupported("optional chaining `?.`", p.tokenSpan(t));
      p.next();
      continue;
    }
    if (t.op !== "." && t.op !== "[" && t.op !== "(") break;
    if (!p.enter()) break;
    folds++;
    p.next();
    if (t.op === ".") e = parseDotStep(p, e);
    else if (t.op === "[") e = parseIndexStep(p, e);
    else e = { kind: "Call", callee: e, args: parseArguments(p), span: joinSpans(e.span, p.spanFrom(t)) };
  }
  p.leave(folds);
  return e;
}

/** After `.`: a field name, a tuple position, or `Enum.Variant { … }`. */
function parseDotStep(p: Parser, object: Expr): Expr {
  const t = p.peek();
  if (t.kind === "int") {
    p.next();
    return { kind: "TupleIndex", object, index: Number(t.value), span: joinSpans(object.span, p.tokenSpan(t)) };
  }
  if (t.kind !== "ident") {
    p.errorAtToken(`expected a field name after \`.\`, found ${describeToken(t)}`);
    return { kind: "Error", span: joinSpans(object.span, p.tokenSpan(t)) };
  }
  p.next();
  if (object.kind === "Name" && p.isPunct("{")) {
    const open = p.next();
    const fields = parseDict(p, open).entries.flatMap((entry) => {
      if (entry.kind === "Field" && entry.params === undefined && entry.type === undefined && entry.attrs.length === 0) return [entry];
      p.error("a struct variant takes `field: value` entries only", entry.span);
      return [];
    });
    return { kind: "StructVariant", path: [object.name, t.name], fields, span: p.spanFrom(object.span.start.offset) };
  }
  return { kind: "Member", object, name: t.name, nameSpan: p.tokenSpan(t), span: joinSpans(object.span, p.tokenSpan(t)) };
}

/** After `[`: `e["key"]` is member access (§3.2); anything else is indexing. */
function parseIndexStep(p: Parser, object: Expr): Expr {
  const keyTok = p.peek();
  if (keyTok.kind === "string" && p.isPunct("]", 1)) {
    p.next();
    p.next();
    return { kind: "Member", object, name: keyTok.value, nameSpan: p.tokenSpan(keyTok), span: joinSpans(object.span, p.spanFrom(keyTok)) };
  }
  const index = p.within("]", () => parseExpr(p));
  if (!p.expectPunct("]", "to close the index")) p.skipUntil(["]"]), p.eatPunct("]");
  return { kind: "Index", object, index, span: joinSpans(object.span, p.spanFrom(keyTok)) };
}

/** `(a, b, …)` after the callee; the `(` is consumed. */
function parseArguments(p: Parser): Expr[] {
  return p.within(")", () => parseArgumentList(p));
}

function parseArgumentList(p: Parser): Expr[] {
  const args: Expr[] = [];
  while (!p.isPunct(")") && !p.atEnd) {
    const before = p.position;
    if (p.peek().kind === "ident" && p.isPunct("=", 1)) {
      p.unsupported("named arguments (`f(x = 1)`)", p.spanFrom(p.peek()));
      p.next();
      p.next();
    }
    args.push(parseExpr(p));
    if (!p.eatPunct(",") && !p.isPunct(")")) {
      p.errorAtToken(`expected \`,\` or \`)\` in the argument list, found ${describeToken(p.peek())}`);
      p.skipUntil([",", ")"]);
      p.eatPunct(",");
    }
    if (p.position === before) p.next();
  }
  p.expectPunct(")", "to close the argument list");
  return args;
}

export function parsePrimary(p: Parser): Expr {
  const t = p.peek();
  switch (t.kind) {
    case "int":
      p.next();
      return { kind: "Int", value: t.value, span: p.tokenSpan(t) };
    case "float":
      p.next();
      return { kind: "Float", value: t.value, span: p.tokenSpan(t) };
    case "string":
      p.next();
      return { kind: "String", value: t.value, span: p.tokenSpan(t) };
    case "fstring":
      p.next();
      return parseFString(p, t);
    case "ident":
      return parseNamePrimary(p, t);
    case "wildcard":
      p.errorAtToken("`_` is a pattern or parameter placeholder, not a value");
      p.next();
      return { kind: "Error", span: p.tokenSpan(t) };
    case "directive":
      p.errorAtToken(
        t.name === "main" ? "`#main` is allowed only at the start of the document" : `directive \`#${t.name}\` is not allowed here`,
      );
      p.next();
      return { kind: "Error", span: p.tokenSpan(t) };
    case "punct":
      return parsePunctPrimary(p, t);
    case "eof":
      p.errorAtToken("expected an expression, found end of input");
      return { kind: "Error", span: p.tokenSpan(t) };
    default:
      return unreachable(t);
  }
}

function parseNamePrimary(p: Parser, t: Extract<Token, { kind: "ident" }>): Expr {
  p.next();
  const span = p.tokenSpan(t);
  switch (t.name) {
    case "true":
      return { kind: "Bool", value: true, span };
    case "false":
      return { kind: "Bool", value: false, span };
    case "None":
      return { kind: "None", span };
    case "Infinity":
      return { kind: "Float", value: Infinity, span };
    case "NaN":
      return { kind: "Float", value: NaN, span };
    case "null":
      p.error("`null` is not a value: use `None`", span);
      return { kind: "Error", span };
    default:
      return { kind: "Name", name: t.name, span };
  }
}

function parsePunctPrimary(p: Parser, t: Extract<Token, { kind: "punct" }>): Expr {
  switch (t.op) {
    case "(":
      return looksLikeClosure(p) ? parseClosureAt(p) : parseParenthesized(p);
    case "[":
      return parseList(p);
    case "{":
      p.next();
      return parseDict(p, t).dict;
    case "&":
      return parseRef(p);
    case ".":
      if (p.peek(1).kind === "int") {
        p.error("a Float needs digits before the point: write `0.5`, not `.5`", p.span(t.start, p.peek(1).end));
        p.next();
        p.next();
        return { kind: "Error", span: p.spanFrom(t) };
      }
      break;
    default:
      break;
  }
  p.errorAtToken(`expected an expression, found ${describeToken(t)}`);
  return { kind: "Error", span: p.tokenSpan(t) };
}

/** `()`, `(e)`, `(e,)`, `(a, b, …)`. */
function parseParenthesized(p: Parser): Expr {
  return p.within(")", () => parseParenthesizedBody(p));
}

function parseParenthesizedBody(p: Parser): Expr {
  const open = p.next();
  const items: Expr[] = [];
  let sawComma = false;
  while (!p.isPunct(")") && !p.atEnd) {
    const before = p.position;
    items.push(parseExpr(p));
    if (p.eatPunct(",")) sawComma = true;
    else if (!p.isPunct(")")) {
      p.errorAtToken(`expected \`,\` or \`)\`, found ${describeToken(p.peek())}`);
      p.skipUntil([",", ")"]);
      if (p.eatPunct(",")) sawComma = true;
    }
    if (p.position === before) p.next();
  }
  p.expectPunct(")", "to close the parenthesis");
  if (items.length === 1 && !sawComma) return items[0]!;
  return { kind: "Tuple", items, span: p.spanFrom(open) };
}

/** `[a, ...b]` or `[e for x in xs if c]`. */
function parseList(p: Parser): Expr {
  return p.within("]", () => parseListBody(p));
}

function parseListBody(p: Parser): Expr {
  const open = p.next();
  const items: ListItem[] = [];
  while (!p.isPunct("]") && !p.atEnd) {
    const before = p.position;
    const spread = p.eatPunct("...");
    const expr = parseExpr(p);
    items.push(spread ? { kind: "Spread", expr, span: p.spanFrom(spread) } : { kind: "Item", expr });
    if (items.length === 1 && spread === undefined && p.isIdent("for")) return parseComprehension(p, open, expr);
    if (!p.eatPunct(",") && !p.isPunct("]")) {
      p.errorAtToken(`expected \`,\` or \`]\` in the list, found ${describeToken(p.peek())}`);
      p.skipUntil([",", "]"]);
      p.eatPunct(",");
    }
    if (p.position === before) p.next();
  }
  p.expectPunct("]", "to close the list");
  return { kind: "List", items, span: p.spanFrom(open) };
}

function parseComprehension(p: Parser, open: Token, element: Expr): Expr {
  p.next(); // for
  const binderTok = p.peek();
  let binder = "_";
  if (binderTok.kind === "ident") binder = binderTok.name;
  else if (binderTok.kind !== "wildcard") p.errorAtToken(`expected a loop variable after \`for\`, found ${describeToken(binderTok)}`);
  if (binderTok.kind === "ident" || binderTok.kind === "wildcard") p.next();
  if (!p.eatIdent("in")) p.errorAtToken(`expected \`in\` in the comprehension, found ${describeToken(p.peek())}`);
  const source = parseExpr(p);
  let filter: Expr | undefined;
  if (p.eatIdent("if")) filter = parseExpr(p);
  if (p.isIdent("for")) {
    p.errorAtToken("a comprehension takes only one `for` clause");
    p.skipUntil(["]"]);
  }
  if (!p.expectPunct("]", "to close the comprehension")) p.skipUntil(["]"]), p.eatPunct("]");
  const span = p.spanFrom(open);
  const base = { kind: "Comprehension" as const, element, binder, binderSpan: p.tokenSpan(binderTok), source, span };
  return filter === undefined ? base : { ...base, filter };
}

const CORE_REFS = new Set(["sibling", "root"]);
const LATER_REFS = new Set(["uncle", "prev", "next", "index", "self"]);

/** `&sibling.name`, `&root["key"]`; LATER bases are parsed and left for the analyzer to reject. */
function parseRef(p: Parser): Expr {
  const amp = p.next();
  const t = p.peek();
  if (t.kind !== "ident" || !(CORE_REFS.has(t.name) || LATER_REFS.has(t.name))) {
    p.errorAtToken(`expected \`sibling\` or \`root\` after \`&\`, found ${describeToken(t)}`);
    return { kind: "Error", span: p.spanFrom(amp) };
  }
  p.next();
  const base = t.name as "sibling" | "root" | "uncle" | "prev" | "next" | "index" | "self";
  if (base === "index" || base === "self") return { kind: "Ref", base, span: p.spanFrom(amp) };
  if (p.eatPunct(".")) {
    const f = p.peek();
    if (f.kind === "ident") {
      p.next();
      return { kind: "Ref", base, field: f.name, span: p.spanFrom(amp) };
    }
    p.errorAtToken(`expected a field name after \`&${base}.\`, found ${describeToken(f)}`);
    return { kind: "Error", span: p.spanFrom(amp) };
  }
  if (p.isPunct("[") && p.peek(1).kind === "string" && p.isPunct("]", 2)) {
    p.next();
    const key = p.next();
    p.next();
    return { kind: "Ref", base, field: key.kind === "string" ? key.value : "", span: p.spanFrom(amp) };
  }
  p.errorAtToken(`expected \`.name\` or \`["key"]\` after \`&${base}\`, found ${describeToken(p.peek())}`);
  return { kind: "Error", span: p.spanFrom(amp) };
}

/** An f-string token's parts: text as is, each interpolation parsed as one expression. */
function parseFString(p: Parser, t: Extract<Token, { kind: "fstring" }>): Expr {
  const parts: FStringPart[] = [];
  for (const part of t.parts) {
    const span = p.span(part.start, part.end);
    if (part.kind === "text") {
      parts.push({ kind: "Text", value: part.value, span });
      continue;
    }
    const sub = new Parser(part.tokens, p.map, p.diagnostics, p.depth);
    if (sub.atEnd) {
      p.error("empty interpolation `${}`", span);
      parts.push({ kind: "Interp", expr: { kind: "Error", span }, span });
      continue;
    }
    const expr = parseExpr(sub);
    if (!sub.atEnd) sub.errorAtToken(`expected \`}\` to end the interpolation, found ${describeToken(sub.peek())}`);
    parts.push({ kind: "Interp", expr, span });
  }
  return { kind: "FString", parts, span: p.tokenSpan(t) };
}

export function errorExpr(p: Parser, t: Token): Expr {
  return { kind: "Error", span: p.tokenSpan(t) };
}
