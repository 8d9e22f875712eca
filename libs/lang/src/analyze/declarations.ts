// Document-level declarations (§2.2): the global scope (built-ins, imports,
// enums), schema and enum types, schema predicates and constant defaults, and
// the `#main` signature. Schemas, enums and imports written as dict entries
// are hoisted to the global scope like document-level ones.
//
// Schema and enum types are resolved on first use (a schema field may name an
// enum declared later); a type that contains itself is refused, because a
// shape must be finite.
import { unreachable, type Span, type Value } from "@tetra/core";
import type * as ast from "../ast.js";
import { BUILTIN_FUNCTIONS, LATER_MODULES, STD_MODULES } from "../stdlib/std-modules.js";
import { containsNever, T, type SchemaFieldType, type Type, type VariantPayloadType } from "../types/type.js";
import { checkExpr } from "./check-expr.js";
import { coerce } from "./coerce.js";
import { Scope, type Analyzer, type Ctx } from "./context.js";
import { resolveType } from "./resolve-type.js";
import type { TEnum, TExpr, TMainParam, TSchema, TSchemaField } from "./typed-ast.js";

export interface Declarations {
  readonly globalCtx: Ctx;
  readonly mainCtx: Ctx;
  readonly schemas: ReadonlyMap<string, TSchema>;
  readonly enums: ReadonlyMap<string, TEnum>;
  readonly main: { readonly params: readonly TMainParam[]; readonly result?: Type; readonly resultSyntax?: ast.TypeExpr; readonly span: Span } | null;
}

type SchemaDecl = Extract<ast.Declaration, { kind: "Schema" }>;
type EnumDecl = Extract<ast.Declaration, { kind: "Enum" }>;

export function installDeclarations(a: Analyzer, doc: ast.Document): Declarations {
  const all = [...doc.declarations];
  collectNested(doc.root, all);
  const global = new Scope(undefined);
  for (const name of BUILTIN_FUNCTIONS) global.names.set(name, { kind: "function", fn: { name } });
  const globalCtx: Ctx = { scope: global, closures: [], sibling: undefined, inListElement: false };

  const schemaDecls = new Map<string, SchemaDecl>();
  const enumDecls = new Map<string, EnumDecl>();
  for (const d of all) {
    if (d.kind === "Schema" || d.kind === "Enum") {
      if (schemaDecls.has(d.name) || enumDecls.has(d.name)) {
        a.error("DuplicateDeclaration", `the type \`${d.name}\` is declared twice`, d.nameSpan);
        continue;
      }
      if (d.kind === "Schema") schemaDecls.set(d.name, d);
      else {
        enumDecls.set(d.name, d);
        global.names.set(d.name, { kind: "enum", name: d.name });
      }
    } else if (d.kind === "Import") installImport(a, d, global);
    else if (d.kind === "LaterDirective") a.error("Unsupported", `\`${d.name}\` is not supported (LATER in the language reference)`, d.span);
  }

  const resolved = new Map<string, Type>();
  const resolving = new Set<string>();
  const schemaFieldsAst = new Map<string, { decl: SchemaDecl; fields: readonly SchemaFieldType[] }>();
  const named = (name: string, span: Span): Type | undefined => {
    const done = resolved.get(name);
    if (done !== undefined) return done;
    const sd = schemaDecls.get(name);
    const ed = enumDecls.get(name);
    if (sd === undefined && ed === undefined) return undefined;
    if (resolving.has(name)) {
      a.error("Unsupported", `the type \`${name}\` contains itself; recursive schemas and enums are not supported`, span);
      return T.error;
    }
    resolving.add(name);
    let t: Type;
    if (sd !== undefined) {
      const fields = resolveSchemaFields(a, sd, globalCtx);
      schemaFieldsAst.set(name, { decl: sd, fields });
      t = { kind: "Schema", name, fields };
    } else t = { kind: "Enum", name, variants: resolveVariants(a, ed!) };
    resolving.delete(name);
    resolved.set(name, t);
    return t;
  };
  a.namedType = named;

  const enums = new Map<string, TEnum>();
  for (const [name, d] of enumDecls) enums.set(name, { name, type: named(name, d.nameSpan) as TEnum["type"], span: d.span });
  const schemas = new Map<string, TSchema>();
  for (const [name, d] of schemaDecls) {
    const type = named(name, d.nameSpan);
    if (type?.kind !== "Schema") continue;
    schemas.set(name, { name, type, fields: checkPredicates(a, d, type, globalCtx), span: d.span });
  }

  const mains = doc.declarations.filter((d): d is Extract<ast.Declaration, { kind: "Main" }> => d.kind === "Main");
  for (const extra of mains.slice(1)) a.error("DuplicateMainDirective", "a document has at most one `#main`", extra.span);
  const mainScope = new Scope(global);
  const mainCtx: Ctx = { ...globalCtx, scope: mainScope };
  const m = mains[0];
  if (m === undefined) return { globalCtx, mainCtx, schemas, enums, main: null };
  const params: TMainParam[] = [];
  for (const p of m.params) {
    const type = resolveType(a, p.type, named);
    if (mainScope.names.has(p.name)) {
      a.error("DuplicateMainParam", `the \`#main\` parameter \`${p.name}\` is declared twice`, p.span);
      continue;
    }
    const binding = a.newBinding(0, (id) => ({ kind: "MainParam", id, name: p.name, type, index: params.length, span: p.span }));
    mainScope.names.set(p.name, { kind: "binding", id: binding, level: 0 });
    params.push({ binding, name: p.name, type, span: p.span });
  }
  const bareDict = m.result?.kind === "TypeName" && m.result.path.length === 1 && m.result.path[0] === "Dict" && m.result.args.length === 0;
  let result: Type | undefined;
  if (m.result !== undefined && bareDict) {
    if (dictLiteralUnder(doc.root) === undefined) a.error("BareGenericContainer", "`-> Dict` without type arguments needs a dict literal as the document's root", m.result.span);
  } else if (m.result !== undefined) result = resolveType(a, m.result, named);
  const main = { params, ...(result !== undefined ? { result } : {}), ...(m.result !== undefined ? { resultSyntax: m.result } : {}), span: m.span };
  return { globalCtx, mainCtx, schemas, enums, main };
}

/** The dict literal a root is, possibly inside `where` blocks (`{ … } where { … }` has the literal's shape). */
export function dictLiteralUnder(e: ast.Expr): ast.Expr | undefined {
  if (e.kind === "Dict") return e;
  return e.kind === "Where" ? dictLiteralUnder(e.body) : undefined;
}

function installImport(a: Analyzer, d: Extract<ast.Declaration, { kind: "Import" }>, global: Scope): void {
  if (!d.path.startsWith("std/")) {
    a.error("Unsupported", `importing files (\`${d.path}\`) is not supported (LATER): only \`std/\` modules can be imported`, d.span);
    return;
  }
  if (LATER_MODULES.has(d.path)) {
    a.error("Unsupported", `the module ${d.path} is not supported (LATER in the language reference)`, d.span);
    return;
  }
  const mod = STD_MODULES.get(d.path);
  if (mod === undefined) {
    a.error("UnknownReferenceType", `unknown module \`${d.path}\` (known: ${[...STD_MODULES.keys()].join(", ")})`, d.span);
    return;
  }
  const form = d.form;
  switch (form.kind) {
    case "alias":
      global.names.set(form.alias, { kind: "module", module: d.path });
      return;
    case "star":
      for (const name of mod.core) global.names.set(name, { kind: "function", fn: { module: d.path, name } });
      return;
    case "names":
      for (const n of form.names) {
        if (!mod.core.has(n.name)) {
          if (mod.later.has(n.name)) a.error("Unsupported", `\`${n.name}\` of ${d.path} is not supported (LATER in the language reference)`, n.span);
          else a.error("UnknownReferenceType", `${d.path} has no member \`${n.name}\``, n.span);
          continue;
        }
        global.names.set(n.as ?? n.name, { kind: "function", fn: { module: d.path, name: n.name } });
      }
      return;
    default:
      return unreachable(form);
  }
}

function resolveSchemaFields(a: Analyzer, d: SchemaDecl, globalCtx: Ctx): SchemaFieldType[] {
  const seen = new Set<string>();
  const out: SchemaFieldType[] = [];
  for (const f of d.fields) {
    const type = resolveType(a, f.type, a.namedType);
    if (seen.has(f.name)) a.error("DuplicateField", `schema ${d.name} declares \`${f.name}\` twice`, f.span);
    seen.add(f.name);
    let dflt: Value | undefined;
    for (const at of f.attrs) {
      if (at.kind === "default") dflt = constantDefault(a, at.value, type, globalCtx);
      else if (at.kind === "internal") a.error("Parse", "`#internal` applies to dict fields, not schema fields", at.span);
      else if (at.kind === "later") a.error("Unsupported", `\`${at.name}\` is not supported (LATER in the language reference)`, at.span);
    }
    out.push(dflt === undefined ? { name: f.name, type } : { name: f.name, type, default: dflt });
  }
  return out;
}

/** `#default expr`: CORE requires a constant of the field type (§3.12). */
function constantDefault(a: Analyzer, e: ast.Expr, type: Type, ctx: Ctx): Value | undefined {
  if (e.kind === "Closure") {
    a.error("Unsupported", "computed defaults `#default (self) => …` are not supported (LATER): write a constant", e.span);
    return undefined;
  }
  const x = coerce(a, checkExpr(a, e, ctx, type), type, { code: "StaticTypeMismatch", what: "`#default` value" });
  if (x.type.kind === "Error") return undefined;
  const v = constValueOf(x);
  if (v === undefined) a.error("Unsupported", "a `#default` must be a constant expression (literals and operators)", e.span);
  return v;
}

/** The value of a constant typed expression: Const nodes and constructors / lists / tuples of constants. */
export function constValueOf(e: TExpr): Value | undefined {
  switch (e.kind) {
    case "Const":
      return e.value;
    case "MakeOption": {
      if (e.value === null) return { kind: "option", some: null };
      const v = constValueOf(e.value);
      return v === undefined ? undefined : { kind: "option", some: v };
    }
    case "MakeResult": {
      const v = constValueOf(e.value);
      return v === undefined ? undefined : { kind: "result", isOk: e.ok, value: v };
    }
    case "Tuple":
    case "List": {
      const items: Value[] = [];
      for (const it of e.kind === "Tuple" ? e.items.map((expr) => ({ kind: "Item" as const, expr })) : e.items) {
        const v = constValueOf(it.expr);
        if (v === undefined) return undefined;
        if (it.kind === "Spread") {
          if (v.kind !== "list") return undefined;
          items.push(...v.items);
        } else items.push(v);
      }
      return { kind: e.kind === "Tuple" ? "tuple" : "list", items };
    }
    case "MakeVariant": {
      const items = e.items.map(constValueOf);
      const fields = [...e.fields].sort((x, y) => x.index - y.index).map((f) => [f.name, constValueOf(f.value)] as const);
      if (items.some((v) => v === undefined) || fields.some(([, v]) => v === undefined)) return undefined;
      const payload =
        e.fields.length > 0
          ? { kind: "struct" as const, fields: new Map(fields as [string, Value][]) }
          : e.items.length > 0
            ? { kind: "tuple" as const, items: items as Value[] }
            : { kind: "unit" as const };
      return { kind: "enum", enumName: e.enumName, variant: e.variant, payload };
    }
    case "Coerce":
      // Only conversions that change nothing about the value: an unknown (Never) part gets its type.
      return containsNever(e.from) ? constValueOf(e.operand) : undefined;
    default:
      return undefined;
  }
}

function resolveVariants(a: Analyzer, d: EnumDecl): { name: string; payload: VariantPayloadType }[] {
  const seen = new Set<string>();
  return d.variants.map((v) => {
    if (seen.has(v.name)) a.error("DuplicateField", `enum ${d.name} declares the variant \`${v.name}\` twice`, v.span);
    seen.add(v.name);
    const p = v.payload;
    if (p.kind === "unit") return { name: v.name, payload: { kind: "unit" } };
    if (p.kind === "tuple") return { name: v.name, payload: { kind: "tuple", elements: p.elements.map((t) => resolveType(a, t, a.namedType)) } };
    return { name: v.name, payload: { kind: "struct", fields: p.fields.map((f) => ({ name: f.name, type: resolveType(a, f.type, a.namedType) })) } };
  });
}

/** Predicates (`*` or a closure `(T) -> Bool`), checked in the global scope. */
function checkPredicates(a: Analyzer, d: SchemaDecl, type: Extract<Type, { kind: "Schema" }>, ctx: Ctx): TSchemaField[] {
  return d.fields.map((f, i) => {
    const ft = type.fields[i]!;
    const expect = f.attrs.find((x): x is Extract<ast.Attribute, { kind: "expect" }> => x.kind === "expect")?.message;
    const base = { name: f.name, type: ft.type, ...(expect !== undefined ? { expect } : {}), ...(ft.default !== undefined ? { default: ft.default } : {}), span: f.span };
    if (f.predicate.kind === "Any") return base;
    const want = T.closure([ft.type], T.bool);
    const p = coerce(a, checkExpr(a, f.predicate.expr, ctx, want), want, { code: "StaticTypeMismatch", what: `predicate of \`${d.name}.${f.name}\`` });
    return { ...base, predicate: p };
  });
}

/** Schemas, enums and imports written as dict entries, anywhere in the root expression. */
function collectNested(e: ast.Expr, out: ast.Declaration[]): void {
  const visit = (x: ast.Expr | undefined): void => {
    if (x !== undefined) collectNested(x, out);
  };
  switch (e.kind) {
    case "Dict":
      for (const entry of e.entries) {
        if (entry.kind === "DeclEntry") out.push(entry.decl);
        else if (entry.kind === "Field") visit(entry.value);
        else if (entry.kind === "Spread") visit(entry.expr);
        else visit(entry.value);
      }
      return;
    case "FString":
      for (const p of e.parts) if (p.kind === "Interp") visit(p.expr);
      return;
    case "Member":
    case "TupleIndex":
      return visit(e.object);
    case "Index":
      visit(e.object);
      return visit(e.index);
    case "Call":
      visit(e.callee);
      return e.args.forEach(visit);
    case "Unary":
      return visit(e.operand);
    case "Binary":
      visit(e.left);
      return visit(e.right);
    case "Ternary":
      visit(e.cond);
      visit(e.then);
      return visit(e.else);
    case "Pipe":
      visit(e.left);
      return visit(e.target);
    case "Where":
      visit(e.body);
      return e.bindings.forEach((b) => visit(b.value));
    case "Match":
      visit(e.scrutinee);
      return e.arms.forEach((arm) => visit(arm.body));
    case "List":
      return e.items.forEach((it) => visit(it.expr));
    case "Comprehension":
      visit(e.element);
      visit(e.source);
      return visit(e.filter);
    case "Tuple":
      return e.items.forEach(visit);
    case "Closure":
      return visit(e.body);
    case "StructVariant":
      return e.fields.forEach((f) => visit(f.value));
    default:
      return;
  }
}
