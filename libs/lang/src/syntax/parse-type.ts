// Type syntax (§3.6):
//
//   Int   List<Int>   Dict<String, V>   Closure<Int, Bool>   Shapes.Point
//   ()    (Int,)      (Int, String)     Tuple<Int, String>
//
// In a dict key or closure parameter position `Name<` opens type arguments
// only when no whitespace separates them (§1.6): `List<Int> xs` is a typed key.
// `T?` is a parse error (write `Option<T>`).
import type { TypeExpr } from "../ast.js";
import type { Parser } from "./parser.js";
import { describeToken } from "./token.js";

export interface TypeContext {
  /** True in key/parameter position, where `<` must touch the name to open type arguments. */
  readonly adjacentGenerics: boolean;
}

const ANYWHERE: TypeContext = { adjacentGenerics: false };

export function parseType(p: Parser, ctx: TypeContext = ANYWHERE): TypeExpr {
  const first = p.peek();
  if (!p.enter()) return { kind: "TypeName", path: ["?"], args: [], span: p.tokenSpan(first) };
  try {
    const t = parseTypeInner(p, ctx);
    if (p.isPunct("?") && !p.peek().spaceBefore) {
      p.errorAtToken("`T?` is not a type: write `Option<T>`");
      p.next();
    }
    return t;
  } finally {
    p.leave();
  }
}

function parseTypeInner(p: Parser, ctx: TypeContext): TypeExpr {
  const first = p.peek();
  if (p.eatPunct("(")) {
    const elements: TypeExpr[] = [];
    let sawComma = false;
    while (!p.isPunct(")") && !p.atEnd) {
      const before = p.position;
      elements.push(parseType(p, ANYWHERE));
      if (p.eatPunct(",")) sawComma = true;
      else if (!p.isPunct(")")) {
        p.errorAtToken(`expected \`,\` or \`)\` in a tuple type, found ${describeToken(p.peek())}`);
        p.skipUntil([",", ")"]);
        if (p.eatPunct(",")) sawComma = true;
      }
      if (p.position === before) p.next();
    }
    p.expectPunct(")", "to close the tuple type");
    if (elements.length === 1 && !sawComma) {
      p.error("a one-element tuple type needs a trailing comma: `(T,)`", p.spanFrom(first));
    }
    return { kind: "TupleType", elements, span: p.spanFrom(first) };
  }
  if (first.kind !== "ident") {
    p.errorAtToken(`expected a type, found ${describeToken(first)}`);
    return { kind: "TypeName", path: ["?"], args: [], span: p.tokenSpan(first) };
  }
  p.next();
  const path = [first.name];
  while (p.isPunct(".") && p.peek(1).kind === "ident") {
    p.next();
    const t = p.next();
    if (t.kind === "ident") path.push(t.name);
  }
  const args: TypeExpr[] = [];
  const lt = p.peek();
  if (lt.kind === "punct" && lt.op === "<" && !(ctx.adjacentGenerics && lt.spaceBefore)) {
    p.next();
    for (;;) {
      const before = p.position;
      args.push(parseType(p, ANYWHERE));
      if (p.eatPunct(",")) continue;
      if (p.eatPunct(">")) break;
      p.errorAtToken(`expected \`,\` or \`>\` in type arguments, found ${describeToken(p.peek())}`);
      p.skipUntil([",", ">", ")"]);
      if (p.eatPunct(",")) continue;
      p.eatPunct(">");
      if (p.position === before) p.next();
      break;
    }
  }
  return { kind: "TypeName", path, args, span: p.spanFrom(first) };
}
