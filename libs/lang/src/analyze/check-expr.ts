// The expression checker's dispatch: literals, names and references, member
// and index steps, lists, tuples, comprehensions, ternaries and f-strings.
// Calls, dicts/where, closures, match and operators have their own files.
//
// `checkExpr(a, e, ctx, hint)` returns the typed node with the expression's
// own type; `hint` is the expected type pushed in from the position (§4.1),
// used to type `[]`, `None`, `Ok`/`Err` and dict fields. Callers that require
// a type apply `coerce` themselves.
import { unreachable, type Span } from "@tetra/core";
import type * as ast from "../ast.js";
import { isAssignable, joinTypes } from "../types/type-relations.js";
import { isNumeric, isTextable, printType, T, type Type } from "../types/type.js";
import { checkCall, checkPipe } from "./check-call.js";
import { checkClosure } from "./check-closure.js";
import { checkDict, checkWhere, typeOfBinding } from "./check-dict.js";
import { checkMatch } from "./check-match.js";
import { checkBinary, checkUnary, toText } from "./check-operators.js";
import { checkStructVariant, checkUnitVariant } from "./check-variant.js";
import { coerce } from "./coerce.js";
import { tryFold } from "./const-fold.js";
import { Scope, type Analyzer, type Ctx } from "./context.js";
import { isContextDependent } from "./expr-utils.js";
import type { BindingId, TExpr, TListItem } from "./typed-ast.js";

export function checkExpr(a: Analyzer, e: ast.Expr, ctx: Ctx, hint?: Type): TExpr {
  if (!a.enter(e.span)) return errorNode(e.span);
  try {
    return checkExprInner(a, e, ctx, hint);
  } finally {
    a.leave();
  }
}

function checkExprInner(a: Analyzer, e: ast.Expr, ctx: Ctx, hint: Type | undefined): TExpr {
  switch (e.kind) {
    case "Int":
      return { kind: "Const", value: { kind: "int", value: e.value }, type: T.int, span: e.span };
    case "Float":
      return { kind: "Const", value: { kind: "float", value: e.value }, type: T.float, span: e.span };
    case "String":
      return { kind: "Const", value: { kind: "string", value: e.value }, type: T.string, span: e.span };
    case "Bool":
      return { kind: "Const", value: { kind: "bool", value: e.value }, type: T.bool, span: e.span };
    case "None":
      return { kind: "MakeOption", value: null, type: T.option(hint?.kind === "Option" ? hint.some : T.never), span: e.span };
    case "FString":
      return checkFString(a, e, ctx);
    case "Name":
      return checkName(a, e, ctx);
    case "Ref":
      return checkRef(a, e, ctx);
    case "Member":
      return checkMember(a, e, ctx);
    case "TupleIndex":
      return checkTupleIndex(a, e, ctx);
    case "Index":
      return checkIndex(a, e, ctx);
    case "Call":
      return checkCall(a, e, ctx, hint);
    case "Pipe":
      return checkPipe(a, e, ctx, hint);
    case "Unary":
      return checkUnary(a, e, ctx);
    case "Binary":
      return checkBinary(a, e, ctx);
    case "Ternary":
      return checkTernary(a, e, ctx, hint);
    case "Where":
      return checkWhere(a, e, ctx, hint);
    case "Match":
      return checkMatch(a, e, ctx, hint);
    case "List":
      return checkList(a, e, ctx, hint);
    case "Comprehension":
      return checkComprehension(a, e, ctx, hint);
    case "Tuple": {
      const hs = hint?.kind === "Tuple" && hint.elements.length === e.items.length ? hint.elements : undefined;
      const items = e.items.map((x, i) => checkExpr(a, x, ctx, hs?.[i]));
      return { kind: "Tuple", items, type: T.tuple(items.map((x) => x.type)), span: e.span };
    }
    case "Dict":
      return checkDict(a, e, ctx, hint);
    case "Closure":
      return checkClosure(a, e, ctx, undefined);
    case "StructVariant":
      return checkStructVariant(a, e, ctx);
    case "Error":
      return errorNode(e.span);
    default:
      return unreachable(e);
  }
}

/** A placeholder for an expression whose error was reported. */
export function errorNode(span: Span): TExpr {
  return { kind: "Tuple", items: [], type: T.error, span };
}

// ------------------------------------------------------------------ names and references

function checkName(a: Analyzer, e: Extract<ast.Expr, { kind: "Name" }>, ctx: Ctx): TExpr {
  const entry = ctx.scope.lookup(e.name);
  if (entry === undefined) {
    a.error("UnknownReferenceType", `unknown name \`${e.name}\``, e.span);
    return errorNode(e.span);
  }
  switch (entry.kind) {
    case "binding":
      return nameNode(a, entry.id, ctx, e.span, "name");
    case "module":
      a.error("UnknownReferenceType", `\`${e.name}\` is the module ${entry.module}, not a value: call a member such as \`${e.name}.f(…)\``, e.span);
      return errorNode(e.span);
    case "function":
      a.error("UnknownReferenceType", `\`${e.name}\` is a built-in function, not a value: call it (\`${e.name}(…)\`)`, e.span);
      return errorNode(e.span);
    case "enum":
      a.error("UnknownReferenceType", `\`${e.name}\` is an enum, not a value: name a variant (\`${e.name}.Variant\`)`, e.span);
      return errorNode(e.span);
    default:
      return unreachable(entry);
  }
}

/** A resolved read of a binding; records it as captured by every open closure defined inside its scope. */
export function nameNode(a: Analyzer, id: BindingId, ctx: Ctx, span: Span, via: "name" | "sibling" | "root"): TExpr {
  const type = typeOfBinding(a, id, span);
  const level = a.bindingLevel[id]!;
  for (let i = level; i < ctx.closures.length; i++) ctx.closures[i]!.captures.add(id);
  const b = a.bindings[id]!;
  return { kind: "Name", binding: id, bindingKind: b.kind, name: b.name, via, type, span };
}

function checkRef(a: Analyzer, e: Extract<ast.Expr, { kind: "Ref" }>, ctx: Ctx): TExpr {
  switch (e.base) {
    case "sibling":
    case "root": {
      const frame = e.base === "sibling" ? ctx.sibling : a.rootFrame;
      if (frame === undefined) {
        const why = e.base === "sibling" ? "`&sibling` is used outside a dict literal" : "`&root` needs a document whose root is a dict literal";
        a.error("UnknownReferenceType", why, e.span);
        return errorNode(e.span);
      }
      const id = frame.fields.get(e.field ?? "");
      if (id === undefined) {
        a.error("UnknownReferenceType", `the ${e.base === "sibling" ? "enclosing" : "root"} dict has no field \`${e.field ?? ""}\``, e.span);
        return errorNode(e.span);
      }
      return nameNode(a, id, ctx, e.span, e.base);
    }
    case "prev":
    case "next":
      if (!ctx.inListElement) {
        a.error("IterationRefOutsideList", `\`&${e.base}\` can only be used inside an element of a list literal`, e.span);
        return errorNode(e.span);
      }
      a.error("Unsupported", `\`&${e.base}\` is not supported (LATER in the language reference)`, e.span);
      return errorNode(e.span);
    case "uncle":
    case "index":
    case "self":
      a.error("Unsupported", `\`&${e.base}\` is not supported (LATER in the language reference)`, e.span);
      return errorNode(e.span);
    default:
      return unreachable(e.base);
  }
}

// ------------------------------------------------------------------ member and index steps

function checkMember(a: Analyzer, e: Extract<ast.Expr, { kind: "Member" }>, ctx: Ctx): TExpr {
  if (e.object.kind === "Name") {
    const entry = ctx.scope.lookup(e.object.name);
    if (entry?.kind === "enum") return checkUnitVariant(a, entry.name, e.name, e.span);
    if (entry?.kind === "module") {
      a.error("UnknownReferenceType", `module members are functions: call \`${e.object.name}.${e.name}(…)\``, e.span);
      return errorNode(e.span);
    }
  }
  return fieldAccess(a, checkExpr(a, e.object, ctx), e.name, e.span);
}

/** `obj.name` on a record, schema value or Dict value (§3.2). */
export function fieldAccess(a: Analyzer, obj: TExpr, name: string, span: Span): TExpr {
  const t = obj.type;
  switch (t.kind) {
    case "Record":
    case "Schema": {
      const f = (t.fields as readonly { name: string; type: Type }[]).find((x) => x.name === name);
      if (f === undefined) {
        const what = t.kind === "Schema" ? `schema ${t.name}` : "this dict";
        a.error("UnknownReferenceType", `${what} has no field \`${name}\``, span, [{ message: `its fields are: ${t.fields.map((x) => x.name).join(", ") || "(none)"}` }]);
        return errorNode(span);
      }
      return { kind: "RecordGet", object: obj, field: name, type: f.type, span };
    }
    case "Dict":
      return { kind: "DictGet", object: obj, key: { kind: "Const", value: { kind: "string", value: name }, type: T.string, span }, type: t.value, span };
    case "Enum":
      a.error("Unsupported", "reading a variant's field from an enum value is not supported (LATER): use `match`", span);
      return errorNode(span);
    case "Error":
      return errorNode(span);
    default:
      a.error("UnknownReferenceType", `\`.${name}\`: a value of type ${printType(t)} has no fields`, span);
      return errorNode(span);
  }
}

function checkTupleIndex(a: Analyzer, e: Extract<ast.Expr, { kind: "TupleIndex" }>, ctx: Ctx): TExpr {
  const obj = checkExpr(a, e.object, ctx);
  const t = obj.type;
  if (t.kind === "Error") return errorNode(e.span);
  if (t.kind !== "Tuple") {
    a.error("UnknownReferenceType", `\`.${e.index}\` reads a tuple position, but the value is ${printType(t)}`, e.span);
    return errorNode(e.span);
  }
  const el = t.elements[e.index];
  if (el === undefined) {
    a.error("UnknownReferenceType", `tuple position ${e.index} is out of range for ${printType(t)}`, e.span);
    return errorNode(e.span);
  }
  return { kind: "TupleGet", object: obj, index: e.index, type: el, span: e.span };
}

function checkIndex(a: Analyzer, e: Extract<ast.Expr, { kind: "Index" }>, ctx: Ctx): TExpr {
  const obj = checkExpr(a, e.object, ctx);
  const t = obj.type;
  switch (t.kind) {
    case "List": {
      const index = coerce(a, checkExpr(a, e.index, ctx), T.int, { code: "StaticTypeMismatch", what: "list index" });
      if (t.element.kind === "Never") a.error("ExpressionTypeUnknown", "indexing an empty list whose element type is unknown", e.span);
      return { kind: "ListIndex", object: obj, index, type: t.element, span: e.span };
    }
    case "Dict": {
      const key = coerce(a, checkExpr(a, e.index, ctx), T.string, { code: "StaticTypeMismatch", what: "dict key" });
      return { kind: "DictGet", object: obj, key, type: t.value, span: e.span };
    }
    case "Error":
      checkExpr(a, e.index, ctx);
      return errorNode(e.span);
    default: {
      const hint = t.kind === "String" ? " (use `substring`)" : t.kind === "Tuple" ? " (read positions with `.0`, `.1`)" : "";
      a.error("StaticTypeMismatch", `a value of type ${printType(t)} cannot be indexed${hint}`, e.span);
      return errorNode(e.span);
    }
  }
}

// ------------------------------------------------------------------ lists and comprehensions

/**
 * `[a, ...b]`: one element type (§3.4). The context-free items are checked
 * first and their joined type is the expected type of the context-dependent
 * ones (`[None, Some(1)]`). An expected `List<E>` is only a hint: the list has
 * the joined type of its items and the position converts it (so a schema
 * element type is validated with the position's failure kind). When the items
 * do not join but all fit E (records with different optional fields), the
 * list is a `List<E>`.
 */
function checkList(a: Analyzer, e: Extract<ast.Expr, { kind: "List" }>, ctx: Ctx, hint: Type | undefined): TExpr {
  const expected = hint?.kind === "List" && hint.element.kind !== "Never" ? hint.element : undefined;
  const itemCtx: Ctx = { ...ctx, inListElement: true };
  const checked: (TExpr | undefined)[] = e.items.map(() => undefined);
  const elementOf = (x: TExpr, spread: boolean): Type => (spread ? (x.type.kind === "List" ? x.type.element : T.error) : x.type);
  const order = e.items.map((_, i) => i);
  order.sort((i, j) => Number(isContextDependent(e.items[i]!.expr)) - Number(isContextDependent(e.items[j]!.expr)));
  let element: Type | undefined;
  let clash: { x: TExpr; el: Type; with: Type } | undefined;
  for (const i of order) {
    const item = e.items[i]!;
    const spread = item.kind === "Spread";
    const want = expected ?? element;
    const x = checkExpr(a, item.expr, itemCtx, want === undefined ? undefined : spread ? T.list(want) : want);
    checked[i] = x;
    if (spread && x.type.kind !== "List" && x.type.kind !== "Error") {
      a.error("NonSpreadableSource", `\`...\` in a list needs a list, found ${printType(x.type)}`, x.span);
      continue;
    }
    const el = elementOf(x, spread);
    const joined: Type | undefined = element === undefined ? el : joinTypes(element, el);
    if (joined === undefined) clash ??= { x, el, with: element! };
    else element = joined;
  }
  if (clash !== undefined) {
    const all = checked.every((x, i) => x === undefined || (expected !== undefined && isAssignable(elementOf(x, e.items[i]!.kind === "Spread"), expected)));
    if (expected !== undefined && all) element = expected;
    else {
      const { x, el, with: prev } = clash;
      a.error("StaticTypeMismatch", `list elements must have one type: found ${printType(prev)} and ${printType(el)}`, x.span, [
        { message: isNumeric(prev) && isNumeric(el) ? "Int and Float do not mix in a list: write Float literals such as `1.0`" : "every element must have the same type" },
      ]);
      return { kind: "List", items: [], type: T.error, span: e.span };
    }
  }
  const el = element ?? T.never;
  const items: TListItem[] = e.items.map((item, i) => {
    const x = checked[i]!;
    if (item.kind === "Spread") return { kind: "Spread", expr: x.type.kind === "List" ? coerce(a, x, T.list(el), { code: "StaticTypeMismatch", what: "spread list" }) : x };
    return { kind: "Item", expr: coerce(a, x, el, { code: "StaticTypeMismatch", what: "list element" }) };
  });
  return { kind: "List", items, type: T.list(el), span: e.span };
}

function checkComprehension(a: Analyzer, e: Extract<ast.Expr, { kind: "Comprehension" }>, ctx: Ctx, hint: Type | undefined): TExpr {
  const source = checkExpr(a, e.source, ctx);
  const st = source.type;
  let element: Type = T.error;
  if (st.kind === "List") element = st.element;
  else if (st.kind === "String" || st.kind === "Dict" || st.kind === "Record" || st.kind === "Schema") {
    a.error("Unsupported", `iterating a ${st.kind === "String" ? "String" : "dict"} is not supported (LATER): iterate a list such as \`d.keys()\``, source.span);
  } else if (st.kind !== "Error") a.error("NonIterableSource", `a comprehension iterates a list, found ${printType(st)}`, source.span);
  const id = a.newNode();
  const scope = new Scope(ctx.scope);
  let binder: BindingId | null = null;
  if (e.binder !== "_") {
    binder = a.newBinding(ctx.closures.length, (bid) => ({ kind: "ComprehensionVar", id: bid, name: e.binder, type: element, comprehension: id, span: e.binderSpan }));
    scope.names.set(e.binder, { kind: "binding", id: binder, level: ctx.closures.length });
  }
  const inner: Ctx = { ...ctx, scope };
  const filter = e.filter === undefined ? null : coerce(a, checkExpr(a, e.filter, inner), T.bool, { code: "StaticTypeMismatch", what: "comprehension filter" });
  const el = checkExpr(a, e.element, inner, hint?.kind === "List" ? hint.element : undefined);
  return { kind: "Comprehension", id, binder, source, filter, element: el, type: T.list(el.type), span: e.span };
}

// ------------------------------------------------------------------ ternary and f-strings

function checkTernary(a: Analyzer, e: Extract<ast.Expr, { kind: "Ternary" }>, ctx: Ctx, hint: Type | undefined): TExpr {
  const cond = coerce(a, checkExpr(a, e.cond, ctx), T.bool, { code: "StaticTypeMismatch", what: "condition of `? :`" });
  let then: TExpr;
  let otherwise: TExpr;
  if (isContextDependent(e.then) && !isContextDependent(e.else)) {
    otherwise = checkExpr(a, e.else, ctx, hint);
    then = checkExpr(a, e.then, ctx, hint ?? otherwise.type);
  } else {
    then = checkExpr(a, e.then, ctx, hint);
    otherwise = checkExpr(a, e.else, ctx, hint ?? then.type);
  }
  const joined = joinTypes(then.type, otherwise.type);
  if (joined === undefined) {
    a.error("StaticTypeMismatch", `the branches of \`? :\` have different types: ${printType(then.type)} and ${printType(otherwise.type)}`, e.span);
    return { kind: "Ternary", cond, then, else: otherwise, type: T.error, span: e.span };
  }
  const site = { code: "StaticTypeMismatch", what: "branch of `? :`" };
  return tryFold(a, { kind: "Ternary", cond, then: coerce(a, then, joined, site), else: coerce(a, otherwise, joined, site), type: joined, span: e.span });
}

function checkFString(a: Analyzer, e: Extract<ast.Expr, { kind: "FString" }>, ctx: Ctx): TExpr {
  const parts = e.parts.map((p) => {
    if (p.kind === "Text") return { kind: "Text" as const, value: p.value };
    const x = checkExpr(a, p.expr, ctx);
    if (x.type.kind === "Never") a.error("ExpressionTypeUnknown", "the type of this interpolated value is unknown", x.span);
    else if (!isTextable(x.type) && x.type.kind !== "Error") {
      a.error("StaticTypeMismatch", `an f-string can interpolate Int, Float, Bool or String, found ${printType(x.type)}`, x.span);
    }
    return { kind: "Interp" as const, expr: isTextable(x.type) ? toText(a, x) : x };
  });
  return tryFold(a, { kind: "FString", parts, type: T.string, span: e.span });
}
