// Closures and calls (§3.7, docs/lowering.md "Closures"). A closure value is
// `[table index u32][env pointer u32]` (docs/abi.md); its body is the IR
// function `$fn.<path>(env i32, params…) -> result`. A lambda's environment is
// an object holding its captured items (frame-layout.ts); a function field's
// environment is its dict's frame, so `fib(n - 1)` is a direct `call` passing
// the frame (or 0 when the function needs nothing from outside). Closure
// values are called with `call_indirect`: one language-level call is always
// exactly one IR call.
import { InternalError, type Span } from "@tetra/core";
import type { Expr, Signature, ValType } from "@tetra/ir";
import type { BindingId, TExpr } from "../analyze/typed-ast.js";
import type { Type } from "../types/type.js";
import { FnCtx, type Lowerer } from "./context.js";
import { lowerConvert, needsConversion } from "./convert.js";
import { lowerExpr } from "./expr.js";
import { bindItems, itemsLayout, storeItems } from "./frame-layout.js";
import { enterFrame, readBinding } from "./frames.js";
import { valTypeOf } from "./layout.js";
import { sanitize, type ClosureNode } from "./scopes.js";

/** The IR function of a Closure node (built later, once). */
export function closureFn(L: Lowerer, node: ClosureNode, name?: string): string {
  const known = L.closureFns.get(node.id);
  if (known !== undefined) return known;
  const info = L.scopes.closure(node.id);
  const fname = L.uniqueName(name ?? `fn.${info.path}`);
  L.closureFns.set(node.id, fname);
  const used = new Set<string>(["env"]);
  const params = node.params.map((p, i): [string, ValType] => {
    let n = p.binding === null ? `_${i}` : sanitize(p.name);
    while (used.has(n)) n = `${n}.${i}`;
    used.add(n);
    return [n, valTypeOf(p.type)];
  });
  L.defer(() =>
    L.m.func(fname, [["env", "i32"], ...params], valTypeOf(node.result), (b) => {
      const c = new FnCtx(L, b);
      const env = () => b.get("env");
      if (info.needsEnv) {
        if (info.binding !== undefined) {
          const frame = L.scopes.frameOf(info.binding)!;
          enterFrame(c, L.scopes.frame(frame), env);
        } else bindItems(c, info.items, itemsLayout(info.items, 0), env);
      }
      node.params.forEach((p, i) => {
        if (p.binding !== null) {
          const n = params[i]![0];
          c.values.set(p.binding, () => b.get(n));
        }
      });
      return lowerExpr(c, node.body);
    }),
  );
  return fname;
}

function closureObject(c: FnCtx, fn: string, env: Expr, span: Span): Expr {
  const b = c.b;
  const obj = c.let(b.alloc("scratch", b.i32.const(8), 4, c.L.site(span)), "i32", "closure");
  b.i32.store(b.get(obj), b.funcRef(fn));
  b.i32.store(b.get(obj), env, 4);
  return b.get(obj);
}

/** A lambda as a value: its environment (captured items) and the closure object. */
export function lowerClosureValue(c: FnCtx, node: ClosureNode): Expr {
  const b = c.b;
  const info = c.L.scopes.closure(node.id);
  if (info.binding !== undefined) return functionValue(c, info.binding, node.span);
  const fn = closureFn(c.L, node);
  let env: Expr = b.i32.const(0);
  if (info.needsEnv) {
    const lay = itemsLayout(info.items, 0);
    const e = c.let(b.alloc("scratch", b.i32.const(lay.end), 8, c.L.site(node.span)), "i32", "env");
    storeItems(c, info.items, lay, () => b.get(e), (x) => readBinding(c, x, undefined));
    env = b.get(e);
  }
  return closureObject(c, fn, env, node.span);
}

/** The environment argument for function binding x: its dict's frame, or 0. */
export function functionEnv(c: FnCtx, x: BindingId): Expr {
  if (!c.L.scopes.closureNeedsEnv(x)) return c.b.i32.const(0);
  const frame = c.L.scopes.frameOf(x)!;
  const fp = c.frames.get(frame);
  if (fp === undefined) throw new InternalError("function field's frame not reachable", c.L.scopes.binding(x).name);
  return fp();
}

/** A function field / function where binding read as a value (`xs.map(twice)`, `g: twice`). */
export function functionValue(c: FnCtx, x: BindingId, span: Span | undefined): Expr {
  const node = c.L.scopes.functionClosure.get(x);
  if (node === undefined) throw new InternalError("function binding without closure", x);
  return closureObject(c, closureFn(c.L, node), functionEnv(c, x), span ?? node.span);
}

export function lowerFunctionCall(c: FnCtx, e: Extract<TExpr, { kind: "CallFunction" }>): Expr {
  const node = c.L.scopes.functionClosure.get(e.binding);
  if (node === undefined) throw new InternalError("call of a function binding without closure", e.binding);
  const fn = closureFn(c.L, node);
  const args = e.args.map((a) => lowerExpr(c, a));
  return c.b.call(fn, [functionEnv(c, e.binding), ...args], c.L.site(e.span));
}

function signatureOf(t: Type): Signature {
  if (t.kind !== "Closure") throw new InternalError("call of a non-closure", t);
  return { params: ["i32", ...t.params.map(valTypeOf)], result: valTypeOf(t.result) };
}

/** `f(a, b)` on a closure value: arguments first, then the callee (§5.2), then call_indirect. */
export function lowerClosureCall(c: FnCtx, e: Extract<TExpr, { kind: "CallClosure" }>): Expr {
  const b = c.b;
  const args = e.args.map((a) => c.let(lowerExpr(c, a), valTypeOf(a.type), "arg"));
  const f = c.let(lowerExpr(c, e.callee), "i32", "callee");
  return b.callIndirect(signatureOf(e.callee.type), b.i32.load(b.get(f)), [b.i32.load(b.get(f), 4), ...args.map((a) => b.get(a))], c.L.site(e.span));
}

/**
 * How a higher-order built-in calls its closure argument per element: a
 * closure literal is inlined (its parameters become locals, no closure object,
 * no call); a function field is called directly; any other closure value is
 * evaluated once, now, and called with call_indirect.
 */
export interface Applier {
  /** `args` are pure expressions of the element types `argTypes`. */
  apply(args: readonly Expr[], argTypes: readonly Type[]): Expr;
}

/** `fnExpr` when it is a closure literal a higher-order built-in inlines (not a function binding's). */
export function inlinedLambda(c: FnCtx, fnExpr: TExpr): Extract<TExpr, { kind: "Closure" }> | undefined {
  return fnExpr.kind === "Closure" && c.L.scopes.closure(fnExpr.id).binding === undefined ? fnExpr : undefined;
}

export function prepareApplier(c: FnCtx, fnExpr: TExpr, site: number): Applier {
  const b = c.b;
  const t = fnExpr.type;
  if (t.kind !== "Closure") throw new InternalError("higher-order call with a non-closure", t);
  const fit = (args: readonly Expr[], argTypes: readonly Type[]) =>
    args.map((a, i) => (needsConversion(argTypes[i]!, t.params[i]!) ? lowerConvert(c, a, argTypes[i]!, t.params[i]!, "TypeMismatch", site) : a));
  const lambda = inlinedLambda(c, fnExpr);
  if (lambda !== undefined) {
    return {
      apply(args, argTypes) {
        const fitted = fit(args, argTypes);
        lambda.params.forEach((p, i) => {
          if (p.binding === null) return;
          const l = c.bind(fitted[i]!, valTypeOf(p.type), sanitize(p.name));
          c.values.set(p.binding, () => b.get(l));
        });
        return lowerExpr(c, lambda.body);
      },
    };
  }
  if (fnExpr.kind === "Name" && c.L.scopes.isFunctionBinding(fnExpr.binding)) {
    const x = fnExpr.binding;
    const fn = closureFn(c.L, c.L.scopes.functionClosure.get(x)!);
    return { apply: (args, argTypes) => b.call(fn, [functionEnv(c, x), ...fit(args, argTypes)], site) };
  }
  const f = c.let(lowerExpr(c, fnExpr), "i32", "fn");
  const sig = signatureOf(t);
  return { apply: (args, argTypes) => b.callIndirect(sig, b.i32.load(b.get(f)), [b.i32.load(b.get(f), 4), ...fit(args, argTypes)], site) };
}
