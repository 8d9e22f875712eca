// `match` arms (§3.10):
//
//   _: …   Int: …   Red: …   Color.Red: …   Move(dx, _): …   Say { text, loud: l, x: _ }: …
//
// Literal patterns (`1:`, `"x":`) are not part of the language.
import type { MatchArm, Pattern, PatternSlot, StructPatternField } from "../ast.js";
import { parseExpr } from "./parse-expr.js";
import type { Parser } from "./parser.js";
import { describeToken } from "./token.js";

/** `{ arm, arm, … }`: the cursor is on the `{`. */
export function parseMatchArms(p: Parser): MatchArm[] {
  return p.within("}", () => parseArms(p));
}

function parseArms(p: Parser): MatchArm[] {
  p.next();
  const arms: MatchArm[] = [];
  while (!p.isPunct("}") && !p.atEnd) {
    const before = p.position;
    const first = p.peek();
    const pattern = parsePattern(p);
    if (pattern !== undefined && p.expectPunct(":", "after the pattern")) {
      const body = parseExpr(p);
      arms.push({ pattern, body, span: p.spanFrom(first) });
    } else p.skipUntil([",", "}"]);
    if (!p.eatPunct(",") && !p.isPunct("}")) {
      p.errorAtToken(`expected \`,\` or \`}\` between match arms, found ${describeToken(p.peek())}`);
      p.skipUntil([",", "}"]);
      p.eatPunct(",");
    }
    if (p.position === before) p.next();
  }
  p.expectPunct("}", "to close the match");
  return arms;
}

function parsePattern(p: Parser): Pattern | undefined {
  const first = p.peek();
  if (first.kind === "wildcard") {
    p.next();
    return { kind: "Wildcard", span: p.tokenSpan(first) };
  }
  if (first.kind !== "ident") {
    const literal = first.kind === "int" || first.kind === "float" || first.kind === "string" || first.kind === "fstring";
    p.errorAtToken(literal ? "literal patterns are not part of the language: match on a type or variant, or use `? :`" : `expected a pattern, found ${describeToken(first)}`);
    return undefined;
  }
  if (first.name === "true" || first.name === "false") {
    p.errorAtToken("literal patterns are not part of the language: use `? :` on a Bool");
    p.next();
    return undefined;
  }
  p.next();
  const path = [first.name];
  if (p.isPunct(".") && p.peek(1).kind === "ident") {
    p.next();
    const v = p.next();
    if (v.kind === "ident") path.push(v.name);
  }
  if (p.eatPunct("(")) {
    const slots: PatternSlot[] = [];
    while (!p.isPunct(")") && !p.atEnd) {
      const before = p.position;
      const t = p.peek();
      if (t.kind === "ident" || t.kind === "wildcard") {
        p.next();
        slots.push({ name: t.kind === "ident" ? t.name : "_", span: p.tokenSpan(t) });
      } else {
        p.errorAtToken(`a pattern slot is a name or \`_\`, found ${describeToken(t)}`);
        p.skipUntil([",", ")"]);
      }
      if (!p.eatPunct(",") && !p.isPunct(")")) {
        p.errorAtToken(`expected \`,\` or \`)\` in the pattern, found ${describeToken(p.peek())}`);
        p.skipUntil([",", ")"]);
        p.eatPunct(",");
      }
      if (p.position === before) p.next();
    }
    p.expectPunct(")", "to close the pattern");
    return { kind: "TuplePattern", path, slots, span: p.spanFrom(first) };
  }
  if (p.eatPunct("{")) {
    const fields: StructPatternField[] = [];
    while (!p.isPunct("}") && !p.atEnd) {
      const before = p.position;
      const t = p.peek();
      if (t.kind === "ident") {
        p.next();
        let bind = t.name;
        if (p.eatPunct(":")) {
          const b = p.peek();
          if (b.kind === "ident" || b.kind === "wildcard") {
            p.next();
            bind = b.kind === "ident" ? b.name : "_";
          } else p.errorAtToken(`expected a name or \`_\` after \`${t.name}:\`, found ${describeToken(b)}`);
        }
        fields.push({ field: t.name, bind, span: p.spanFrom(t) });
      } else {
        p.errorAtToken(`expected a field name in the pattern, found ${describeToken(t)}`);
        p.skipUntil([",", "}"]);
      }
      if (!p.eatPunct(",") && !p.isPunct("}")) {
        p.errorAtToken(`expected \`,\` or \`}\` in the pattern, found ${describeToken(p.peek())}`);
        p.skipUntil([",", "}"]);
        p.eatPunct(",");
      }
      if (p.position === before) p.next();
    }
    p.expectPunct("}", "to close the pattern");
    return { kind: "StructPattern", path, fields, span: p.spanFrom(first) };
  }
  return { kind: "NamePattern", path, span: p.spanFrom(first) };
}
