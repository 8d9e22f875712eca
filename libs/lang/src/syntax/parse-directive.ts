// Directives (§2.2) and the document (§2.1):
//
//   #main(Order order, Int n) -> Dict
//   #schema Order { String id: *, #expect "qty > 0" Int qty: (Int q) -> Bool => q > 0 }
//   #enum Shape { Dot, Circle(Float), Box { w: Int, h: Int } }
//   #import list from "std/list"   #import * from "std/math"   #import { a, b as c } from "std/string"
//   #relaxed  #unstrict            (accepted, no effect)
import type { Span } from "@tetra/core";
import type { Declaration, Document, ImportForm, MainParam, SchemaField, TypeExpr, VariantDecl, VariantDeclPayload } from "../ast.js";
import { LATER_DIRECTIVES, parseAttributes } from "./parse-dict.js";
import { errorExpr, parseExpr } from "./parse-expr.js";
import { parseType } from "./parse-type.js";
import type { Parser } from "./parser.js";
import { describeToken, type Token } from "./token.js";


export function parseDocument(p: Parser, file: string, source: string): Document {
  const declarations: Declaration[] = [];
  for (;;) {
    const t = p.peek();
    if (t.kind === "punct" && t.op === "@") {
      const attrs = parseAttributes(p);
      for (const a of attrs) declarations.push({ kind: "LaterDirective", name: a.kind === "later" ? a.name : "@", span: a.span });
      continue;
    }
    if (t.kind !== "directive") break;
    const before = p.position;
    const decl = parseDocumentDirective(p, t);
    if (decl !== undefined) declarations.push(decl);
    if (p.position === before) p.next();
  }
  const first = p.peek();
  let root = errorExpr(p, first);
  if (p.atEnd) p.error("empty document: a document needs a root expression after its directives", p.tokenSpan(first));
  else {
    root = parseExpr(p);
    if (!p.atEnd) p.errorAtToken(`trailing input after the root expression: ${describeToken(p.peek())}`);
  }
  return { file, source, declarations, root, span: p.span(0, source.length) };
}

function parseDocumentDirective(p: Parser, t: Extract<Token, { kind: "directive" }>): Declaration | undefined {
  switch (t.name) {
    case "main":
      return parseMain(p);
    case "schema":
    case "enum":
    case "import":
      return parseDeclarationDirective(p, false);
    case "relaxed":
    case "unstrict":
      p.next();
      return { kind: "Flag", name: t.name, span: p.tokenSpan(t) };
    case "internal":
    case "expect":
    case "default":
      p.errorAtToken(`\`#${t.name}\` applies to a dict or schema field, not to the document`);
      p.next();
      return undefined;
    default:
      p.next();
      if (LATER_DIRECTIVES.has(t.name)) {
        if (p.isPunct("(")) p.next(), p.skipUntil([")"]), p.eatPunct(")");
        return { kind: "LaterDirective", name: `#${t.name}`, span: p.spanFrom(t) };
      }
      p.error(`unknown directive \`#${t.name}\``, p.tokenSpan(t));
      return undefined;
  }
}

/** `#main(Type name, …) -> Type`; the cursor is on `#main`. */
function parseMain(p: Parser): Declaration {
  const first = p.next();
  const params: MainParam[] = [];
  if (p.expectPunct("(", "after `#main`")) {
    while (!p.isPunct(")") && !p.atEnd) {
      const before = p.position;
      const start = p.peek();
      const type = parseType(p);
      const name = p.peek();
      if (name.kind === "ident") {
        p.next();
        params.push({ type, name: name.name, span: p.spanFrom(start) });
      } else p.errorAtToken(`every \`#main\` parameter needs a type and a name, found ${describeToken(name)}`);
      if (!p.eatPunct(",") && !p.isPunct(")")) {
        p.errorAtToken(`expected \`,\` or \`)\` in \`#main\`, found ${describeToken(p.peek())}`);
        p.skipUntil([",", ")"]);
        p.eatPunct(",");
      }
      if (p.position === before) p.next();
    }
    p.expectPunct(")", "to close `#main(…)`");
  }
  let result: TypeExpr | undefined;
  if (p.eatPunct("->")) result = parseType(p);
  const span = p.spanFrom(first);
  return result === undefined ? { kind: "Main", params, span } : { kind: "Main", params, result, span };
}

/** `#schema`, `#enum` or `#import` at the cursor, at document level or as a dict entry. */
export function parseDeclarationDirective(p: Parser, inDict: boolean): Declaration | undefined {
  const t = p.next();
  if (t.kind !== "directive") return undefined;
  if (t.name === "import") return parseImport(p, t);
  const nameTok = p.peek();
  if (nameTok.kind !== "ident") {
    p.errorAtToken(`expected a name after \`#${t.name}\`, found ${describeToken(nameTok)}`);
    p.skipUntil(inDict ? [",", "}"] : []);
    return undefined;
  }
  p.next();
  if (p.isPunct("<")) {
    p.unsupported(t.name === "schema" ? "a generic schema (`#schema Box<T>`)" : "a generic enum (`#enum E<T>`)", p.tokenSpan(p.peek()));
    p.skipUntil(["{"]);
  }
  if (t.name === "schema") {
    p.eatPunct(":");
    if (p.isPunct("(")) {
      p.unsupported("a tuple schema (`#schema P (Int, Int)`)", p.tokenSpan(p.peek()));
      p.skipUntil(inDict ? [",", "}"] : []);
      return undefined;
    }
    const fields = parseSchemaBody(p);
    if (p.isPunct("+")) {
      p.unsupported("schema composition with `+`", p.tokenSpan(p.peek()));
      p.skipUntil(inDict ? [",", "}"] : []);
    }
    return { kind: "Schema", name: nameTok.name, nameSpan: p.tokenSpan(nameTok), fields, span: p.spanFrom(t) };
  }
  const variants = parseEnumBody(p);
  return { kind: "Enum", name: nameTok.name, nameSpan: p.tokenSpan(nameTok), variants, span: p.spanFrom(t) };
}

function parseSchemaBody(p: Parser): SchemaField[] {
  const fields: SchemaField[] = [];
  if (!p.expectPunct("{", "to open the schema body")) return fields;
  while (!p.isPunct("}") && !p.atEnd) {
    const before = p.position;
    const first = p.peek();
    const attrs = parseAttributes(p);
    const type = parseType(p);
    const name = p.peek();
    if (name.kind === "ident" && p.isPunct(":", 1)) {
      p.next();
      p.next();
      const star = p.eatPunct("*");
      const predicate: SchemaField["predicate"] = star ? { kind: "Any", span: p.tokenSpan(star) } : { kind: "Predicate", expr: parseExpr(p) };
      fields.push({ attrs, type, name: name.name, predicate, span: p.spanFrom(first) });
    } else {
      p.errorAtToken(`a schema field is \`Type name: predicate\`, found ${describeToken(name)}`);
      p.skipUntil([",", "}"]);
    }
    if (!p.eatPunct(",") && !p.isPunct("}")) {
      p.errorAtToken(`expected \`,\` or \`}\` in the schema, found ${describeToken(p.peek())}`);
      p.skipUntil([",", "}"]);
      p.eatPunct(",");
    }
    if (p.position === before) p.next();
  }
  p.expectPunct("}", "to close the schema");
  return fields;
}

function parseEnumBody(p: Parser): VariantDecl[] {
  const variants: VariantDecl[] = [];
  if (!p.expectPunct("{", "to open the enum body")) return variants;
  while (!p.isPunct("}") && !p.atEnd) {
    const before = p.position;
    const nameTok = p.peek();
    if (nameTok.kind === "ident") {
      p.next();
      variants.push({ name: nameTok.name, payload: parseVariantPayload(p), span: p.spanFrom(nameTok) });
    } else {
      p.errorAtToken(`expected a variant name, found ${describeToken(nameTok)}`);
      p.skipUntil([",", "}"]);
    }
    if (!p.eatPunct(",") && !p.isPunct("}")) {
      p.errorAtToken(`expected \`,\` or \`}\` in the enum, found ${describeToken(p.peek())}`);
      p.skipUntil([",", "}"]);
      p.eatPunct(",");
    }
    if (p.position === before) p.next();
  }
  p.expectPunct("}", "to close the enum");
  return variants;
}

/** `(T, …)`, `{ f: T, … }` or nothing after a variant name. */
function parseVariantPayload(p: Parser): VariantDeclPayload {
  if (p.eatPunct("(")) {
    const elements: TypeExpr[] = [];
    while (!p.isPunct(")") && !p.atEnd) {
      const before = p.position;
      elements.push(parseType(p));
      if (!p.eatPunct(",") && !p.isPunct(")")) {
        p.errorAtToken(`expected \`,\` or \`)\` in the variant, found ${describeToken(p.peek())}`);
        p.skipUntil([",", ")"]);
        p.eatPunct(",");
      }
      if (p.position === before) p.next();
    }
    p.expectPunct(")", "to close the variant payload");
    return { kind: "tuple", elements };
  }
  if (p.eatPunct("{")) {
    const fields: { name: string; type: TypeExpr; span: Span }[] = [];
    while (!p.isPunct("}") && !p.atEnd) {
      const before = p.position;
      const name = p.peek();
      if (name.kind === "ident" && p.isPunct(":", 1)) {
        p.next();
        p.next();
        fields.push({ name: name.name, type: parseType(p), span: p.spanFrom(name) });
      } else {
        p.errorAtToken(`a struct variant field is \`name: Type\`, found ${describeToken(name)}`);
        p.skipUntil([",", "}"]);
      }
      if (!p.eatPunct(",") && !p.isPunct("}")) {
        p.errorAtToken(`expected \`,\` or \`}\` in the variant, found ${describeToken(p.peek())}`);
        p.skipUntil([",", "}"]);
        p.eatPunct(",");
      }
      if (p.position === before) p.next();
    }
    p.expectPunct("}", "to close the variant fields");
    return { kind: "struct", fields };
  }
  return { kind: "unit" };
}

/** After `#import`: `alias from "p"`, `* from "p"`, `{ a, b as c } from "p"`. */
function parseImport(p: Parser, first: Token): Declaration | undefined {
  let form: ImportForm;
  const t = p.peek();
  if (t.kind === "punct" && t.op === "*") {
    p.next();
    form = { kind: "star" };
  } else if (t.kind === "punct" && t.op === "{") {
    p.next();
    const names: { name: string; as?: string; span: Span }[] = [];
    while (!p.isPunct("}") && !p.atEnd) {
      const before = p.position;
      const n = p.peek();
      if (n.kind === "ident") {
        p.next();
        if (p.eatIdent("as")) {
          const alias = p.peek();
          if (alias.kind === "ident") {
            p.next();
            names.push({ name: n.name, as: alias.name, span: p.spanFrom(n) });
          } else p.errorAtToken(`expected a name after \`as\`, found ${describeToken(alias)}`);
        } else names.push({ name: n.name, span: p.spanFrom(n) });
      } else p.errorAtToken(`expected an imported name, found ${describeToken(n)}`);
      if (!p.eatPunct(",") && !p.isPunct("}")) {
        p.errorAtToken(`expected \`,\` or \`}\` in the import list, found ${describeToken(p.peek())}`);
        p.skipUntil([",", "}"]);
        p.eatPunct(",");
      }
      if (p.position === before) p.next();
    }
    p.expectPunct("}", "to close the import list");
    form = { kind: "names", names };
  } else if (t.kind === "ident") {
    p.next();
    form = { kind: "alias", alias: t.name };
  } else {
    p.errorAtToken(`expected a module alias, \`*\` or \`{ … }\` after \`#import\`, found ${describeToken(t)}`);
    return undefined;
  }
  if (!p.eatIdent("from")) {
    p.errorAtToken(`expected \`from "…"\` in \`#import\`, found ${describeToken(p.peek())}`);
    return undefined;
  }
  const path = p.peek();
  if (path.kind !== "string") {
    p.errorAtToken(`expected the module path as a string, found ${describeToken(path)}`);
    return undefined;
  }
  p.next();
  return { kind: "Import", form, path: path.value, span: p.spanFrom(first) };
}
