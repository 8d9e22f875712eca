// Dict fields and `where` bindings, the places where names are introduced:
// plain fields (type from the value), typed fields (the type is the expected
// type of the value, and schema types validate), function fields in both
// result-type spellings, bounded recursive functions, and closure-valued
// fields that are later called by name.
import type { GExpr, GField } from "./gast.js";
import { deeper, type Ctx, type FnSig, type Gen, type Var } from "./gen-context.js";
import { branchHint, callArgs, genExpr } from "./gen-expr.js";
import { intNode } from "./gen-literals.js";
import { genType } from "./gen-type.js";
import { G, isWritable, type GType } from "./gtype.js";

export interface FieldOptions {
  /**
   * Field kinds only dicts have (`#internal`). Every field type is projectable
   * or a closure, which a dict field may be (it is left out of the output).
   */
  readonly inDict: boolean;
}

export interface Generated {
  readonly field: GField;
  /** What the field makes visible to the entries generated after it. */
  readonly v: Var;
}

function writableType(g: Gen, depth: number, allowClosure = false): GType {
  for (let i = 0; i < 8; i++) {
    const t = genType(g, { depth, allowRecord: false, allowClosure });
    if (isWritable(t)) return t;
  }
  return G.int;
}

export function genField(g: Gen, ctx: Ctx, o: FieldOptions): Generated {
  const rng = g.rng;
  const kind = rng.weighted<string>([
    [5, "plain"],
    [3, "typed"],
    [1.6, "function"],
    [0.8, "recursive"],
  ]);
  const internal = o.inDict && rng.chance(0.15);
  const name = g.fresh(kind === "function" || kind === "recursive" ? "f" : "k");
  switch (kind) {
    case "typed": {
      const t = writableType(g, 2, true);
      const value = genExpr(g, t, ctx, true);
      return { field: { kind: "Field", key: name, quoted: false, declared: t, internal, value }, v: { name, type: t } };
    }
    case "function":
      return functionField(g, ctx, name, internal);
    case "recursive":
      return recursiveField(g, ctx, name, internal);
    default: {
      const t = genType(g, { depth: 2, allowRecord: true, allowClosure: true });
      const value = genExpr(g, t, ctx, false);
      return { field: { kind: "Field", key: name, quoted: false, internal, value }, v: { name, type: t } };
    }
  }
}

function functionField(g: Gen, ctx: Ctx, name: string, internal: boolean): Generated {
  const rng = g.rng;
  const params = Array.from({ length: rng.range(1, 2) }, () => ({ name: g.fresh("a"), type: writableType(g, 1) }));
  const result = writableType(g, 1);
  const declared = rng.chance(0.75);
  const body = genExpr(g, result, { ...ctx, vars: [...ctx.vars, ...params] }, declared);
  const sig: FnSig = { params: params.map((p) => p.type), result };
  const field: GField = {
    kind: "Field",
    key: name,
    quoted: false,
    internal,
    fn: { params, ...(declared ? { result } : {}), resultStyle: rng.chance(0.5) ? "prefix" : "arrow" },
    value: body,
  };
  return { field, v: { name, type: G.closure(sig.params, result), fn: sig } };
}

/**
 * `R f(Int n, …): n <= 0 ? base : step` where the step calls `f(n - 1, …)`.
 * Calls from outside bound `n` (gen-expr.ts callArgs), so the depth is at most 6.
 */
function recursiveField(g: Gen, ctx: Ctx, name: string, internal: boolean): Generated {
  const rng = g.rng;
  const n = g.fresh("n");
  const extra = rng.chance(0.4) ? [{ name: g.fresh("a"), type: writableType(g, 0) }] : [];
  const params = [{ name: n, type: G.int }, ...extra];
  const result = rng.weighted<() => GType>([
    [3, () => G.int],
    [2, () => G.string],
    [1, () => G.list(G.int)],
    [1, () => writableType(g, 1)],
  ])();
  const nName: GExpr = { kind: "Name", name: n, via: "name", quoted: false, type: G.int, hinted: false };
  const minusOne: GExpr = { kind: "Binary", op: "-", left: nName, right: intNode(rng, 1n), type: G.int, hinted: true };
  const self: Var = { name, type: G.closure(params.map((p) => p.type), result), fn: { params: params.map((p) => p.type), result, recursive: { fixedFirst: minusOne } } };
  const inner: Ctx = { ...deeper(ctx), vars: [...ctx.vars, ...params] };
  const base = genExpr(g, result, inner, branchHint(result, true));
  const stepCtx: Ctx = { ...inner, vars: [...inner.vars, self] };
  const call: GExpr = { kind: "Call", fn: name, args: [minusOne, ...extra.map((p) => genExpr(g, p.type, deeper(stepCtx), true))], type: result, hinted: false };
  const step = recursionStep(g, result, call, stepCtx);
  const cond: GExpr = { kind: "Binary", op: rng.chance(0.5) ? "<=" : "<", left: nName, right: intNode(rng, rng.chance(0.5) ? 0n : 1n), type: G.bool, hinted: false };
  const body: GExpr = { kind: "Ternary", cond, then: base, else: step, type: result, hinted: true };
  const field: GField = { kind: "Field", key: name, quoted: false, internal, fn: { params, result, resultStyle: rng.chance(0.5) ? "prefix" : "arrow" }, value: body };
  const outside: Var = { name, type: self.type, fn: { params: self.fn!.params, result, recursive: {} } };
  return { field, v: outside };
}

/**
 * A field that calls the recursive function `v` (most functions would
 * otherwise never run): `kN: f(clamp(e, -1, 5), …)`.
 */
export function callOfRecursive(g: Gen, ctx: Ctx, v: Var): GField | undefined {
  if (v.fn?.recursive === undefined || !g.rng.chance(0.7)) return undefined;
  return { kind: "Field", key: g.fresh("k"), quoted: false, internal: false, value: { kind: "Call", fn: v.name, args: callArgs(g, v.fn, ctx), type: v.fn.result, hinted: false } };
}

/** Something that uses the recursive call's value, so the recursion is observable. */
function recursionStep(g: Gen, t: GType, call: GExpr, ctx: Ctx): GExpr {
  const d = deeper(ctx);
  switch (t.kind) {
    case "Int": {
      // Sometimes the recursion goes through an inlined closure: `[0].map((Int v) -> Int => f(n - 1) + v).sum()`.
      const v = g.fresh("v");
      const viaMap: GExpr = {
        kind: "Method",
        receiver: {
          kind: "Method",
          receiver: { kind: "List", items: [{ spread: false, expr: intNode(g.rng, 0n) }], type: G.list(G.int), hinted: false },
          method: "map",
          args: [{ kind: "Closure", params: [{ name: v, type: G.int }], result: G.int, body: { kind: "Binary", op: "+", left: call, right: { kind: "Name", name: v, via: "name", quoted: false, type: G.int, hinted: false }, type: G.int, hinted: true }, type: G.closure([G.int], G.int), hinted: false }],
          type: G.list(G.int),
          hinted: false,
        },
        method: "sum",
        args: [],
        type: G.int,
        hinted: false,
      };
      return { kind: "Binary", op: g.rng.pick(["+", "-", "*"] as const), left: g.rng.chance(0.25) ? viaMap : call, right: genExpr(g, G.int, d, false), type: t, hinted: true };
    }
    case "String":
      return { kind: "Binary", op: "+", left: genExpr(g, G.string, d, false), right: call, type: t, hinted: true };
    case "List":
      return { kind: "List", items: [{ spread: true, expr: call }, { spread: false, expr: genExpr(g, t.el, d, true) }], type: t, hinted: true };
    default:
      return g.rng.chance(0.5) ? call : genExpr(g, t, ctx, branchHint(t, true));
  }
}
