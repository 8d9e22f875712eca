// Closures and function fields (§3.7). Parameter types are required, except
// for a closure written directly as the argument of a higher-order built-in
// (`xs.map((v) => v * 2)`), whose checker passes the parameter types in
// `inferred`. The result type is the declared one or the body's. Captures are
// the bindings from outside the closure that the body reads.
import type * as ast from "../ast.js";
import { T, type Type } from "../types/type.js";
import { checkExpr } from "./check-expr.js";
import { coerce } from "./coerce.js";
import { Scope, type Analyzer, type ClosureFrame, type Ctx } from "./context.js";
import { resolveType } from "./resolve-type.js";
import type { TClosureParam, TExpr } from "./typed-ast.js";
import type { Span } from "@tetra/core";

type ClosureExpr = Extract<ast.Expr, { kind: "Closure" }>;

export function checkClosure(a: Analyzer, e: ClosureExpr, ctx: Ctx, inferred: readonly Type[] | undefined): TExpr {
  const params = e.params.map((p, i) => {
    if (p.type !== undefined) return resolveType(a, p.type, a.namedType);
    const t = inferred?.[i];
    if (t !== undefined) return t;
    a.error("ClosureParamTypeMissing", `closure parameter \`${p.name}\` needs a type, for example \`(Int ${p.name}) => …\``, p.span);
    return T.error;
  });
  const result = e.result === undefined ? undefined : resolveType(a, e.result, a.namedType);
  return closureNode(a, { params: e.params, paramTypes: params, result, body: e.body, span: e.span, name: undefined }, ctx);
}

/** `Int f(Int v): body` — a closure bound to a dict field or where binding. */
export function checkFunctionField(
  a: Analyzer,
  f: ast.Field,
  ctx: Ctx,
  signature: { readonly params: readonly Type[]; readonly result: Type | undefined },
): TExpr {
  return closureNode(a, { params: f.params ?? [], paramTypes: signature.params, result: signature.result, body: f.value, span: f.span, name: f.key }, ctx);
}

interface ClosureParts {
  readonly params: readonly ast.Param[];
  readonly paramTypes: readonly Type[];
  readonly result: Type | undefined;
  readonly body: ast.Expr;
  readonly span: Span;
  readonly name: string | undefined;
}

function closureNode(a: Analyzer, c: ClosureParts, ctx: Ctx): TExpr {
  const id = a.newNode();
  const frame: ClosureFrame = { id, captures: new Set() };
  const scope = new Scope(ctx.scope);
  const level = ctx.closures.length + 1;
  const params: TClosureParam[] = c.params.map((p, index) => {
    const type = c.paramTypes[index] ?? T.error;
    if (p.name === "_") return { binding: null, name: "_", type };
    const binding = a.newBinding(level, (bid) => ({ kind: "ClosureParam", id: bid, name: p.name, type, closure: id, index, span: p.span }));
    if (scope.names.has(p.name)) a.error("DuplicateField", `two parameters are named \`${p.name}\``, p.span);
    scope.names.set(p.name, { kind: "binding", id: binding, level });
    return { binding, name: p.name, type };
  });
  const inner: Ctx = { scope, closures: [...ctx.closures, frame], sibling: ctx.sibling, inListElement: false };
  const raw = checkExpr(a, c.body, inner, c.result);
  const body = c.result === undefined ? raw : coerce(a, raw, c.result, { code: "StaticTypeMismatch", what: c.name === undefined ? "closure result" : `result of \`${c.name}\`` });
  const result = c.result ?? raw.type;
  const captures = [...frame.captures].sort((x, y) => x - y);
  const type = T.closure(params.map((p) => p.type), result);
  return { kind: "Closure", id, params, result, body, captures, ...(c.name !== undefined ? { name: c.name } : {}), type, span: c.span };
}
