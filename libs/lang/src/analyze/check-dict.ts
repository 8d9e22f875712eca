// Dict literals and `where` (§3.3, §3.8, §3.9, §4.1).
//
// Every field name is in scope for every entry of its dict, in any order, so
// fields are typed lazily: a field is registered with what its declaration
// says (`Int x:` → Int, `Int f(Int v):` → Closure<Int, Int>) and its value is
// checked in source order — or earlier, when another entry needs the type of
// an untyped field. Needing an untyped field's type while checking that field
// is a cycle: ExpressionTypeUnknown, or ClosureReturnTypeUnknown for a function
// field without a result type that calls itself.
import type { Span } from "@tetra/core";
import type * as ast from "../ast.js";
import { memoType } from "../types/type-memo.js";
import { joinTypes, projectedFields } from "../types/type-relations.js";
import { printType, T, type RecordFieldType, type Type } from "../types/type.js";
import { checkFunctionField } from "./check-closure.js";
import { checkExpr, errorNode } from "./check-expr.js";
import { coerce } from "./coerce.js";
import { Scope, type Analyzer, type Ctx, type DictFrame, type LazyEntry } from "./context.js";
import { resolveType } from "./resolve-type.js";
import type { Binding, BindingId, NodeId, TDictEntry, TExpr, TWhereBinding } from "./typed-ast.js";

type DictExpr = Extract<ast.Expr, { kind: "Dict" }>;
type WhereExpr = Extract<ast.Expr, { kind: "Where" }>;

export function checkDict(a: Analyzer, e: DictExpr, ctx: Ctx, hint: Type | undefined): TExpr {
  const id = a.newNode();
  const scope = new Scope(ctx.scope);
  const fields = new Map<string, BindingId>();
  const frame: DictFrame = { id, fields };
  if (a.document.root === e) a.rootFrame = frame;
  const fieldCtx: Ctx = { scope, closures: ctx.closures, sibling: frame, inListElement: ctx.inListElement };
  const entryBindings = new Map<ast.Field, BindingId>();
  let index = 0;
  for (const entry of e.entries) {
    if (entry.kind === "Field") {
      const internal = checkFieldAttributes(a, entry.attrs);
      const b = registerLazy(a, entry, fieldCtx, fieldHint(hint, entry.key), (bid, declared) => ({
        kind: "DictField",
        id: bid,
        name: entry.key,
        type: declared ?? T.error,
        dict: id,
        index: index++,
        internal,
        function: entry.params !== undefined,
        span: entry.keySpan,
      }));
      entryBindings.set(entry, b);
      if (fields.has(entry.key)) a.error("DuplicateField", `the key \`${entry.key}\` is defined twice in this dict`, entry.keySpan);
      else {
        fields.set(entry.key, b);
        scope.names.set(entry.key, { kind: "binding", id: b, level: ctx.closures.length });
      }
    } else if (entry.kind === "DynamicField") {
      if (entry.hint === undefined) a.error("DynamicKeyTypeUnknown", "a dynamic key needs a type hint: `[<String> key]: value`", entry.span);
      else a.error("Unsupported", "dynamic keys `[<String> k]: v` are not supported (LATER in the language reference)", entry.span);
    }
  }
  const typed: TDictEntry[] = [];
  const recordFields: RecordFieldType[] = [];
  const spreadKeys = new Set<string>();
  let dynamicValue: Type | undefined;
  for (const entry of e.entries) {
    if (entry.kind === "Field") {
      const b = entryBindings.get(entry)!;
      const value = forceLazy(a, a.lazy.get(b)!);
      const binding = a.bindings[b]!;
      const internal = binding.kind === "DictField" && binding.internal;
      typed.push({
        kind: "Field",
        binding: b,
        key: entry.key,
        value,
        ...(entry.type !== undefined && entry.params === undefined ? { declared: binding.type } : {}),
        internal,
        function: entry.params !== undefined,
        span: entry.span,
      });
      recordFields.push({ name: entry.key, type: binding.type, internal });
    } else if (entry.kind === "Spread") {
      const spread = checkSpread(a, entry, { ...ctx, scope }, fields, spreadKeys);
      typed.push(spread.entry);
      recordFields.push(...spread.fields);
      if (spread.dynamic !== undefined) dynamicValue = dynamicValue === undefined ? spread.dynamic : (joinTypes(dynamicValue, spread.dynamic) ?? T.error);
    }
  }
  const type = dynamicValue === undefined ? T.record(recordFields) : dynamicDictType(a, e, recordFields, dynamicValue);
  return { kind: "Dict", id, entries: typed, type, span: e.span };
}

/** A dict literal that spreads a `Dict<String, V>`: its keys are known only at run time, so it is a Dict too. */
function dynamicDictType(a: Analyzer, e: DictExpr, fields: readonly RecordFieldType[], value: Type): Type {
  let v = value;
  for (const f of projectedFields(fields)) {
    const j = joinTypes(v, f.type);
    if (j === undefined) {
      a.error("StaticTypeMismatch", `a dict that spreads a Dict<String, ${printType(value)}> needs every field to be ${printType(value)}; \`${f.name}\` is ${printType(f.type)}`, e.span);
      return T.error;
    }
    v = j;
  }
  return T.dict(v);
}

function checkSpread(
  a: Analyzer,
  entry: Extract<ast.DictEntry, { kind: "Spread" }>,
  ctx: Ctx,
  explicit: ReadonlyMap<string, BindingId>,
  seen: Set<string>,
): { entry: TDictEntry; fields: RecordFieldType[]; dynamic: Type | undefined } {
  let x = checkExpr(a, entry.expr, ctx);
  if (entry.hint !== undefined) {
    const h = resolveType(a, entry.hint, a.namedType);
    x = coerce(a, x, h, { code: "StaticTypeMismatch", what: "spread value" });
  }
  const t = x.type;
  const fields: RecordFieldType[] = [];
  let keys: string[] | null = [];
  let dynamic: Type | undefined;
  if (t.kind === "Record") fields.push(...t.fields);
  else if (t.kind === "Schema") fields.push(...t.fields.map((f) => ({ name: f.name, type: f.type, internal: false })));
  else if (t.kind === "Dict") {
    keys = null;
    dynamic = t.value;
  } else if (t.kind !== "Error") a.error("NonSpreadableSource", `\`...\` in a dict needs a dict, record or schema value, found ${printType(t)}`, x.span);
  for (const f of fields) {
    if (explicit.has(f.name) || seen.has(f.name)) a.error("DuplicateField", `the key \`${f.name}\` is defined twice in this dict (through a spread)`, entry.span);
    seen.add(f.name);
    keys?.push(f.name);
  }
  return { entry: { kind: "Spread", expr: x, keys, span: entry.span }, fields, dynamic };
}

function fieldHint(hint: Type | undefined, key: string): Type | undefined {
  if (hint === undefined) return undefined;
  if (hint.kind === "Schema") return hint.fields.find((f) => f.name === key)?.type;
  if (hint.kind === "Record") return hint.fields.find((f) => f.name === key)?.type;
  if (hint.kind === "Dict") return hint.value;
  return undefined;
}

/** `#internal` → true; `#expect`/`#default` belong to schema fields; LATER attributes are rejected. */
function checkFieldAttributes(a: Analyzer, attrs: readonly ast.Attribute[]): boolean {
  let internal = false;
  for (const at of attrs) {
    if (at.kind === "internal") internal = true;
    else if (at.kind === "later") a.error("Unsupported", `\`${at.name}\` is not supported (LATER in the language reference)`, at.span);
    else a.error("Parse", `\`#${at.kind}\` applies to schema fields only`, at.span);
  }
  return internal;
}

// ------------------------------------------------------------------ where

export function checkWhere(a: Analyzer, e: WhereExpr, ctx: Ctx, hint: Type | undefined): TExpr {
  const id: NodeId = a.newNode();
  const scope = new Scope(ctx.scope);
  const inner: Ctx = { ...ctx, scope };
  const ids: BindingId[] = [];
  e.bindings.forEach((field, index) => {
    const b = registerLazy(a, field, inner, undefined, (bid, declared) => ({
      kind: "WhereBinding",
      id: bid,
      name: field.key,
      type: declared ?? T.error,
      where: id,
      index,
      function: field.params !== undefined,
      span: field.keySpan,
    }));
    ids.push(b);
    if (scope.names.has(field.key)) a.error("DuplicateField", `the binding \`${field.key}\` is defined twice in this \`where\``, field.keySpan);
    else scope.names.set(field.key, { kind: "binding", id: b, level: ctx.closures.length });
  });
  const bindings: TWhereBinding[] = e.bindings.map((field, i) => {
    const b = ids[i]!;
    const value = forceLazy(a, a.lazy.get(b)!);
    const declared = field.type !== undefined && field.params === undefined ? { declared: a.bindings[b]!.type } : {};
    return { binding: b, name: field.key, value, ...declared, span: field.span };
  });
  const body = checkExpr(a, e.body, inner, hint);
  return { kind: "Where", id, bindings, body, type: body.type, span: e.span };
}

// ------------------------------------------------------------------ lazily typed bindings

function registerLazy(
  a: Analyzer,
  field: ast.Field,
  ctx: Ctx,
  hint: Type | undefined,
  make: (id: BindingId, declared: Type | undefined) => Binding,
): BindingId {
  let declared: Type | undefined;
  let signature: LazyEntry["signature"];
  if (field.params !== undefined) {
    const params = field.params.map((p) => {
      if (p.type !== undefined) return resolveType(a, p.type, a.namedType);
      a.error("ClosureParamTypeMissing", `parameter \`${p.name}\` of \`${field.key}\` needs a type: \`Int ${p.name}\``, p.span);
      return T.error;
    });
    const result = field.resultType === undefined ? undefined : resolveType(a, field.resultType, a.namedType);
    signature = { params, result };
    if (result !== undefined) declared = T.closure(params, result);
  } else if (field.type !== undefined) declared = resolveType(a, field.type, a.namedType);
  const id = a.newBinding(ctx.closures.length, (bid) => make(bid, declared));
  // A plain field does not see itself by its bare name (`{ f: f }` reads the outer f);
  // a function field does, which is how recursion works.
  let valueCtx = ctx;
  if (field.params === undefined) {
    const hide = new Scope(ctx.scope);
    hide.names.set(field.key, { kind: "redirect", from: ctx.scope.parent });
    valueCtx = { ...ctx, scope: hide };
  }
  a.lazy.set(id, { state: "pending", binding: id, field, ctx: valueCtx, declared, hint, signature });
  return id;
}

/** Checks a lazily typed binding's value (once) and returns it. */
export function forceLazy(a: Analyzer, entry: LazyEntry): TExpr {
  if (entry.state === "done") return entry.value!;
  if (entry.state === "checking") return errorNode(entry.field.span);
  entry.state = "checking";
  const f = entry.field;
  let value: TExpr;
  if (f.params !== undefined) value = checkFunctionField(a, f, entry.ctx, entry.signature!);
  else {
    const v = checkExpr(a, f.value, entry.ctx, entry.declared ?? entry.hint);
    value = entry.declared === undefined ? v : coerce(a, v, entry.declared, { code: "StaticTypeMismatch", what: `field \`${f.key}\`` });
  }
  entry.value = value;
  entry.state = "done";
  let type = entry.declared ?? value.type;
  if (entry.declared === undefined && hasUnknownPart(type)) {
    a.error("ExpressionTypeUnknown", `the type of \`${f.key}\` is not fully known (${printType(type)})`, f.keySpan, [
      { message: `\`None\`, \`Ok(…)\` and \`Err(…)\` take their type from a declared one: write for example \`Option<Int> ${f.key}: None\`` },
    ]);
    type = T.error;
  }
  a.setBindingType(entry.binding, type);
  return value;
}

/**
 * An unknown part in an inferred binding type (§3.11: `None`, `Ok`/`Err` need
 * an expected type). The element of an untyped `[]` is the one allowed unknown
 * (`List<Never>`, §3.4); so is the document's root, which is never bound
 * (`None` alone projects to null).
 */
const hasUnknownPart: (t: Type) => boolean = memoType((t) => {
  switch (t.kind) {
    case "Never":
      return true;
    case "List":
      return t.element.kind !== "Never" && hasUnknownPart(t.element);
    case "Tuple":
      return t.elements.some(hasUnknownPart);
    case "Dict":
      return hasUnknownPart(t.value);
    case "Record":
      return t.fields.some((f) => hasUnknownPart(f.type));
    case "Option":
      return hasUnknownPart(t.some);
    case "Result":
      return hasUnknownPart(t.ok) || hasUnknownPart(t.err);
    case "Closure":
      return t.params.some(hasUnknownPart) || hasUnknownPart(t.result);
    default:
      return false;
  }
});

/** The type of a binding at a use site, checking an untyped field first if needed. */
export function typeOfBinding(a: Analyzer, id: BindingId, use: Span): Type {
  const entry = a.lazy.get(id);
  if (entry === undefined) return a.bindings[id]!.type;
  if (entry.declared !== undefined) return entry.declared;
  if (entry.state === "pending") {
    forceLazy(a, entry);
    return a.bindings[id]!.type;
  }
  if (entry.state === "done") return a.bindings[id]!.type;
  if (!entry.cycleReported) {
    entry.cycleReported = true;
    const name = entry.field.key;
    if (entry.field.params !== undefined) {
      a.error("ClosureReturnTypeUnknown", `\`${name}\` calls itself, so its result type must be declared: \`${name}(…) -> Type: …\``, use);
    } else {
      a.error("ExpressionTypeUnknown", `the type of \`${name}\` depends on itself: give it (or a field it uses) a declared type`, use);
    }
  }
  return T.error;
}
