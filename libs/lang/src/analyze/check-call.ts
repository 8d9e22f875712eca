// Calls (§3.2, §3.7, §3.8, §3.11) and pipes. A call resolves to one of:
//   CallIntrinsic — built-in function, std module member or method (stdlib/)
//   CallFunction  — a function field / function where-binding by name
//   CallClosure   — any other closure value (a closure-typed name, field or expression)
//   MakeOption / MakeResult — `Some(x)`, `Ok(x)`, `Err(e)`
//   MakeVariant   — `Enum.Variant(a, b)`
// `lhs | f(a)` is the call `f(lhs, a)`; `lhs | f` and `lhs | m.f` are `f(lhs)`.
import { unreachable, type Span } from "@tetra/core";
import type * as ast from "../ast.js";
import { CallChecker, type Arg } from "../stdlib/call-checker.js";
import { BUILTINS, methodTable, MODULE_MEMBERS } from "../stdlib/check-intrinsic.js";
import { LATER_BUILTINS, LATER_DICT_METHODS, LATER_STRING_METHODS, STD_MODULES } from "../stdlib/std-modules.js";
import { printType, T, type Type } from "../types/type.js";
import { checkExpr, errorNode, fieldAccess, nameNode } from "./check-expr.js";
import { checkTupleVariant } from "./check-variant.js";
import { typeOfBinding } from "./check-dict.js";
import { coerce } from "./coerce.js";
import type { Analyzer, Ctx } from "./context.js";
import type { CallForm, TExpr } from "./typed-ast.js";

type CallExpr = Extract<ast.Expr, { kind: "Call" }>;
type PipeExpr = Extract<ast.Expr, { kind: "Pipe" }>;

const astArg = (expr: ast.Expr): Arg => ({ kind: "ast", expr });

export function checkCall(a: Analyzer, e: CallExpr, ctx: Ctx, hint: Type | undefined): TExpr {
  return resolveCall(a, e.callee, e.args.map(astArg), ctx, hint, "function", e.span);
}

export function checkPipe(a: Analyzer, e: PipeExpr, ctx: Ctx, hint: Type | undefined): TExpr {
  const lhs = astArg(e.left);
  const t = e.target;
  if (t.kind === "Call") return resolveCall(a, t.callee, [lhs, ...t.args.map(astArg)], ctx, hint, "pipe", e.span);
  if (t.kind === "Name" || t.kind === "Member") return resolveCall(a, t, [lhs], ctx, hint, "pipe", e.span);
  a.error("Parse", "the target of `|` must be a function call", t.span);
  return errorNode(e.span);
}

function resolveCall(a: Analyzer, callee: ast.Expr, args: readonly Arg[], ctx: Ctx, hint: Type | undefined, form: CallForm, span: Span): TExpr {
  if (callee.kind === "Name") return callName(a, callee, args, ctx, hint, form, span);
  if (callee.kind === "Member") return callMember(a, callee, args, ctx, hint, form, span);
  const f = checkExpr(a, callee, ctx);
  return callValue(a, f, args, ctx, span, "this value");
}

function callName(a: Analyzer, callee: Extract<ast.Expr, { kind: "Name" }>, args: readonly Arg[], ctx: Ctx, hint: Type | undefined, form: CallForm, span: Span): TExpr {
  const name = callee.name;
  let entry = ctx.scope.lookup(name);
  // `{ floor: 1, r: floor(2.5) }`: a binding that is not a closure does not hide a global function.
  const global = ctx.scope.global.names.get(name);
  if (entry?.kind === "binding" && global?.kind === "function" && !isCallableBinding(a, entry.id)) entry = global;
  if (entry === undefined) {
    if (name === "Some" || name === "Ok" || name === "Err") return construct(a, name, args, ctx, hint, span);
    if (LATER_BUILTINS.has(name)) {
      a.error("Unsupported", `\`${name}\` is not supported (LATER in the language reference)`, callee.span);
      return checkArgsThenFail(a, args, ctx, span);
    }
    a.error("UnknownReferenceType", `unknown function \`${name}\``, callee.span, name.charAt(0) === name.charAt(0).toUpperCase() ? [{ message: "enum variants are constructed with their enum: `Enum.Variant(…)`" }] : []);
    return checkArgsThenFail(a, args, ctx, span);
  }
  switch (entry.kind) {
    case "binding": {
      const f = nameNode(a, entry.id, ctx, callee.span, "name");
      const b = a.bindings[entry.id]!;
      const direct = (b.kind === "DictField" || b.kind === "WhereBinding") && b.function;
      return callValue(a, f, args, ctx, span, `\`${name}\``, direct ? entry.id : undefined);
    }
    case "function": {
      const impl = entry.fn.module === undefined ? BUILTINS[entry.fn.name] : MODULE_MEMBERS.get(entry.fn.module)?.[entry.fn.name];
      if (impl === undefined) return laterMember(a, entry.fn.module ?? "", entry.fn.name, callee.span, args, ctx, span);
      return impl(new CallChecker({ a, ctx, args, span, form, label: `\`${name}\``, hint }));
    }
    case "module":
      a.error("UnknownReferenceType", `\`${name}\` is a module: call one of its members, \`${name}.f(…)\``, callee.span);
      return checkArgsThenFail(a, args, ctx, span);
    case "enum":
      a.error("UnknownReferenceType", `\`${name}\` is an enum: construct a variant, \`${name}.Variant(…)\``, callee.span);
      return checkArgsThenFail(a, args, ctx, span);
    default:
      return unreachable(entry);
  }
}

/** True unless the binding is known (or being checked) to be something other than a closure. */
function isCallableBinding(a: Analyzer, id: number): boolean {
  const lazy = a.lazy.get(id);
  if (lazy !== undefined) {
    if (lazy.field.params !== undefined) return true;
    if (lazy.declared !== undefined) return lazy.declared.kind === "Closure";
    if (lazy.state === "checking") return false;
  }
  const t = typeOfBinding(a, id, a.bindings[id]!.span);
  return t.kind === "Closure" || t.kind === "Error";
}

function callMember(a: Analyzer, callee: Extract<ast.Expr, { kind: "Member" }>, args: readonly Arg[], ctx: Ctx, hint: Type | undefined, form: CallForm, span: Span): TExpr {
  const m = callee.name;
  if (callee.object.kind === "Name") {
    const entry = ctx.scope.lookup(callee.object.name);
    if (entry?.kind === "module") {
      const impl = MODULE_MEMBERS.get(entry.module)?.[m];
      if (impl === undefined) return laterMember(a, entry.module, m, callee.nameSpan, args, ctx, span);
      return impl(new CallChecker({ a, ctx, args, span, form: form === "pipe" ? "pipe" : "module", label: `\`${callee.object.name}.${m}\``, hint }));
    }
    if (entry?.kind === "enum") {
      const astArgs = args.flatMap((x) => (x.kind === "ast" ? [x.expr] : []));
      return checkTupleVariant(a, entry.name, m, astArgs, ctx, span);
    }
  }
  if (form === "pipe") {
    a.error("Parse", "the target of `|` must be a function call such as `f(a)` or `module.f`, not a method", callee.span);
    return checkArgsThenFail(a, args, ctx, span);
  }
  const receiver = checkExpr(a, callee.object, ctx);
  const rt = receiver.type;
  if (rt.kind === "Error") return checkArgsThenFail(a, args, ctx, span);
  // A closure stored in a record field: `helpers.twice(3)`.
  if ((rt.kind === "Record" || rt.kind === "Schema") && (rt.fields as readonly { name: string }[]).some((f) => f.name === m)) {
    const f = fieldAccess(a, receiver, m, callee.span);
    return callValue(a, f, args, ctx, span, `field \`${m}\``);
  }
  const table = methodTable(rt);
  const impl = table?.[m];
  if (impl === undefined) {
    const later = (rt.kind === "String" && LATER_STRING_METHODS.has(m)) || ((rt.kind === "Dict" || rt.kind === "Record" || rt.kind === "Schema") && LATER_DICT_METHODS.has(m));
    if (later) a.error("Unsupported", `the method \`${m}\` is not supported (LATER in the language reference)`, callee.nameSpan);
    else {
      const why = table === undefined ? ` (only String, List and Dict values have methods${rt.kind === "Int" || rt.kind === "Float" ? `; write \`${m}(x)\`` : ""})` : "";
      a.error("UnknownMethod", `${printType(rt)} has no method \`${m}\`${why}`, callee.nameSpan);
    }
    return checkArgsThenFail(a, args, ctx, span);
  }
  const withReceiver: Arg[] = [{ kind: "typed", expr: receiver }, ...args];
  return impl(new CallChecker({ a, ctx, args: withReceiver, span, form: "method", label: `method \`${m}\``, hint }));
}

function laterMember(a: Analyzer, module: string, member: string, span: Span, args: readonly Arg[], ctx: Ctx, callSpan: Span): TExpr {
  if (STD_MODULES.get(module)?.later.has(member)) a.error("Unsupported", `\`${member}\` of ${module} is not supported (LATER in the language reference)`, span);
  else a.error("UnknownReferenceType", `${module} has no member \`${member}\``, span);
  return checkArgsThenFail(a, args, ctx, callSpan);
}

/** Calling a closure value: argument count and types from its type (§3.7). */
function callValue(a: Analyzer, f: TExpr, args: readonly Arg[], ctx: Ctx, span: Span, label: string, direct?: number): TExpr {
  const t = f.type;
  if (t.kind === "Error") return checkArgsThenFail(a, args, ctx, span);
  if (t.kind !== "Closure") {
    a.error("StaticTypeMismatch", `${label} is ${printType(t)}, not a function`, f.span);
    return checkArgsThenFail(a, args, ctx, span);
  }
  if (args.length !== t.params.length) {
    a.error("FnCallArgCountMismatch", `${label} takes ${t.params.length} argument${t.params.length === 1 ? "" : "s"}, found ${args.length}`, span);
  }
  const typed = args.map((arg, i) => {
    const want = t.params[i];
    const x = arg.kind === "typed" ? arg.expr : checkExpr(a, arg.expr, ctx, want);
    return want === undefined ? x : coerce(a, x, want, { code: "FnCallArgTypeMismatch", what: `argument ${i + 1} of ${label}` });
  });
  if (direct !== undefined) return { kind: "CallFunction", binding: direct, args: typed, type: t.result, span };
  return { kind: "CallClosure", callee: f, args: typed, type: t.result, span };
}

/** `Some(x)`, `Ok(x)`, `Err(e)`: the missing half comes from the expected type (§3.11). */
function construct(a: Analyzer, name: "Some" | "Ok" | "Err", args: readonly Arg[], ctx: Ctx, hint: Type | undefined, span: Span): TExpr {
  if (args.length !== 1) {
    a.error("FnCallArgCountMismatch", `\`${name}\` takes one value, found ${args.length}`, span);
    return checkArgsThenFail(a, args, ctx, span);
  }
  const arg = args[0]!;
  const payloadHint = name === "Some" ? (hint?.kind === "Option" ? hint.some : undefined) : hint?.kind === "Result" ? (name === "Ok" ? hint.ok : hint.err) : undefined;
  const x = arg.kind === "typed" ? arg.expr : checkExpr(a, arg.expr, ctx, payloadHint);
  if (name === "Some") return { kind: "MakeOption", value: x, type: T.option(x.type), span };
  const other = hint?.kind === "Result" ? (name === "Ok" ? hint.err : hint.ok) : T.never;
  const type = name === "Ok" ? T.result(x.type, other) : T.result(other, x.type);
  return { kind: "MakeResult", ok: name === "Ok", value: x, type, span };
}

function checkArgsThenFail(a: Analyzer, args: readonly Arg[], ctx: Ctx, span: Span): TExpr {
  for (const x of args) if (x.kind === "ast") checkExpr(a, x.expr, ctx);
  return errorNode(span);
}
