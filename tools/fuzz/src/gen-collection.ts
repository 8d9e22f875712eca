// Productions for composite types: list literals with spreads,
// comprehensions with filters, map/filter in every spelling, range, split,
// Dict keys/values; tuples; Some/None/Ok/Err; Dict literals and Dict
// spreads; schema literals (validated where they are given the schema type)
// and schema spreads; enum constructors; record literals; closures.
import type { GEntry, GExpr, GParam } from "./gast.js";
import { deeper, insideLiteral, type Ctx, type Gen, type Var } from "./gen-context.js";
import { branchHint, genExpr, type Production, type Weighted } from "./gen-expr.js";
import { spell } from "./gen-forms.js";
import { intNode, isBareKey, KEY_POOL, needsHint, schemaLiteral, strNode, typedWrap, variantLiteral } from "./gen-literals.js";
import { genType } from "./gen-type.js";
import { G, isWritable, typeEq, type GType } from "./gtype.js";

export function collectionProductions(t: GType): Weighted {
  switch (t.kind) {
    case "List":
      return [
        [3, listLiteral],
        [2.5, comprehension],
        [2, mapList],
        [1.5, filterList],
        [t.el.kind === "Int" ? 1.5 : 0, range],
        [t.el.kind === "String" ? 1.2 : 0, split],
        [t.el.kind === "String" ? 0.6 : 0, keys],
        [isWritable(t.el) && !needsHint(t.el) ? 0.5 : 0, values],
      ];
    case "Tuple":
      return [[4, tupleLiteral]];
    case "Option":
      return [
        [3, some],
        [2, none],
      ];
    case "Result":
      return [[4, okOrErr]];
    case "Dict":
      return [
        [3, dictLiteral],
        [1, dictSpread],
      ];
    case "Schema":
      return [
        [3, schemaValue],
        [0.6, schemaSpread],
      ];
    case "Enum":
      return [[4, construct]];
    case "Record":
      return [[4, recordLiteral]];
    case "Closure":
      return [[4, (g, t2, ctx, h) => closureLiteral(g, t2 as Extract<GType, { kind: "Closure" }>, ctx, h)]];
    default:
      return [];
  }
}

/** Wraps a value that needs an expected type when the position gives none (`(w where { T w: … })`). */
function hintedOrWrapped(g: Gen, t: GType, hinted: boolean, make: () => GExpr): GExpr {
  if (hinted || !needsHint(t)) return make();
  return typedWrap(g.fresh("w"), t, make());
}

const listLiteral: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "List") return undefined;
  const rng = g.rng;
  const d = deeper(ctx);
  const n = hinted ? rng.weighted([[1, 0], [3, 1], [3, 2], [2, 3], [0.5, 5]]) : rng.weighted([[3, 1], [3, 2], [2, 3], [0.5, 5]]);
  // Items whose type holds a schema or Dict do not lean on the list's expected
  // type: the checker types later items from the earlier ones (see docs/fuzzing.md).
  const h = branchHint(t.el, hinted);
  const items = Array.from({ length: n }, () => (rng.chance(0.2) ? { spread: true, expr: genExpr(g, t, d, false) } : { spread: false, expr: genExpr(g, t.el, d, h) }));
  // An unhinted list needs one element that fixes the type: a spread of a typed list does.
  if (!hinted && items.every((i) => i.spread && i.expr.kind === "List" && i.expr.items.length === 0)) items.push({ spread: false, expr: genExpr(g, t.el, d, false) });
  return { kind: "List", items, type: t, hinted };
};

const comprehension: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "List") return undefined;
  const rng = g.rng;
  const d = deeper(ctx);
  const u = genType(g, { depth: 1, allowRecord: true });
  const source = genExpr(g, G.list(u), d, false);
  const wildcard = rng.chance(0.05);
  const binder = wildcard ? "_" : g.fresh("i");
  const inner: Ctx = wildcard ? d : { ...d, vars: [...d.vars, { name: binder, type: u }] };
  const filter = rng.chance(0.5) ? genExpr(g, G.bool, inner, false) : undefined;
  return { kind: "Comp", element: genExpr(g, t.el, inner, hinted), binder, source, ...(filter === undefined ? {} : { filter }), type: t, hinted };
};

/**
 * A closure `(T a, …) -> R => body`. `direct`: it is the argument of a
 * higher-order built-in, so its parameters may be left untyped (§3.7).
 */
export function closureOf(g: Gen, params: readonly GType[], result: GType, ctx: Ctx, direct: boolean): GExpr {
  const rng = g.rng;
  const untyped = direct && (rng.chance(0.4) || params.some((p) => !isWritable(p)));
  const names = params.map(() => (rng.chance(0.04) ? "_" : g.fresh("v")));
  const declared = !untyped && isWritable(result) && rng.chance(0.5);
  const vars: Var[] = names.flatMap((name, i) => (name === "_" ? [] : [{ name, type: params[i]! }]));
  const ps: GParam[] = names.map((name, i) => (untyped ? { name } : { name, type: params[i]! }));
  const body = genExpr(g, result, { ...ctx, vars: [...ctx.vars, ...vars] }, declared);
  return { kind: "Closure", params: ps, ...(declared ? { result } : {}), body, type: G.closure(params, result), hinted: false };
}

function closureLiteral(g: Gen, t: Extract<GType, { kind: "Closure" }>, ctx: Ctx, hinted: boolean): GExpr {
  const c = closureOf(g, t.params, t.result, deeper(ctx), false);
  return { ...c, hinted };
}

const mapList: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "List") return undefined;
  const d = deeper(ctx);
  const u = genType(g, { depth: 1, allowRecord: true });
  return spell(g, { method: "map", module: ["list", "map"] }, [genExpr(g, G.list(u), d, false), closureOf(g, [u], t.el, d, true)], t, hinted);
};

const filterList: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "List") return undefined;
  const d = deeper(ctx);
  return spell(g, { method: "filter", module: ["list", "filter"] }, [genExpr(g, t, d, false), closureOf(g, [t.el], G.bool, d, true)], t, hinted);
};

/** range(n) / range(a, b) with bounded ends (a huge range would only measure memory). */
const range: Production = (g, t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const end = (lo: number, hi: number): GExpr =>
    rng.chance(0.6)
      ? intNode(rng, BigInt(rng.range(lo, hi)))
      : { kind: "Call", fn: "clamp", args: [genExpr(g, G.int, d, false), intNode(rng, BigInt(lo)), intNode(rng, BigInt(hi))], type: G.int, hinted: false };
  // Now and then a long one, so lists outgrow the first arena blocks; rarely
  // unbounded ends (a fused `len(range(a, b))` is computed without a loop, a
  // huge materialised one must fail the same way everywhere).
  if (rng.chance(0.02)) return { kind: "Call", fn: "range", args: [genExpr(g, G.int, d, false), genExpr(g, G.int, d, false)], type: t, hinted };
  const args = rng.chance(0.04) ? [end(200, 3000)] : rng.chance(0.5) ? [end(-2, 6)] : [end(-4, 3), end(-2, 6)];
  return { kind: "Call", fn: "range", args, type: t, hinted };
};

const split: Production = (g, t, ctx, hinted) => {
  const rng = g.rng;
  const sep = rng.chance(0.8) ? strNode(rng, rng.weighted([[3, ","], [2, " "], [1, "a"], [1, "é"], [1, "ab"], [0.15, ""]])) : genExpr(g, G.string, deeper(ctx, 2), false);
  return spell(g, { method: "split", module: ["string", "split"] }, [genExpr(g, G.string, deeper(ctx), false), sep], t, hinted);
};

const keys: Production = (g, t, ctx, hinted) => spell(g, { method: "keys", module: ["dict", "keys"] }, [genExpr(g, G.dict(genType(g, { depth: 0 })), deeper(ctx), false)], t, hinted);

const values: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "List") return undefined;
  return spell(g, { method: "values", module: ["dict", "values"] }, [genExpr(g, G.dict(t.el), deeper(ctx), false)], t, hinted);
};

const tupleLiteral: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Tuple") return undefined;
  const d = deeper(ctx);
  return { kind: "Tuple", items: t.els.map((el) => genExpr(g, el, d, hinted)), type: t, hinted };
};

const some: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Option") return undefined;
  return { kind: "Call", fn: "Some", args: [genExpr(g, t.some, deeper(ctx), hinted)], type: t, hinted };
};

const none: Production = (_g, t, _ctx, hinted) => (hinted ? { kind: "None", type: t, hinted } : undefined);

const okOrErr: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Result") return undefined;
  const ok = g.rng.chance(0.6);
  return hintedOrWrapped(g, t, hinted, () => ({ kind: "Call", fn: ok ? "Ok" : "Err", args: [genExpr(g, ok ? t.ok : t.err, deeper(ctx), true)], type: t, hinted: true }));
};

const dictLiteral: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Dict") return undefined;
  const rng = g.rng;
  const d = insideLiteral(deeper(ctx));
  return hintedOrWrapped(g, t, hinted, () => {
    const ks = rng.shuffle(KEY_POOL).slice(0, rng.weighted([[1, 0], [3, 1], [3, 2], [1, 3]]));
    const entries: GEntry[] = ks.map((k) => ({ kind: "Field", key: k, quoted: !isBareKey(k) || rng.chance(0.2), internal: false, value: genExpr(g, t.value, d, true) }));
    return { kind: "Dict", entries, type: t, hinted: true };
  });
};

/** `{ ...d, k: v, ...e }` with Dict values: later keys replace earlier ones at run time (§3.3). */
const dictSpread: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Dict") return undefined;
  const rng = g.rng;
  const d = insideLiteral(deeper(ctx));
  const entries: GEntry[] = [{ kind: "Spread", expr: genExpr(g, t, d, false) }];
  const used = new Set<string>();
  for (let i = rng.range(0, 2); i > 0; i--) {
    const k = rng.pick(KEY_POOL);
    if (used.has(k)) continue;
    used.add(k);
    entries.splice(rng.int(entries.length + 1), 0, { kind: "Field", key: k, quoted: !isBareKey(k), internal: false, value: genExpr(g, t.value, d, false) });
  }
  if (rng.chance(0.3)) entries.push({ kind: "Spread", expr: genExpr(g, t, d, false) });
  return { kind: "Dict", entries, type: t, hinted };
};

const schemaValue: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Schema") return undefined;
  const d = insideLiteral(deeper(ctx));
  return hintedOrWrapped(g, t, hinted, () => schemaLiteral(g, g.schema(t.name), true, (x) => genExpr(g, x, d, true), g.rng.chance(0.5)));
};

/** `{ ...s }` given the schema type again (§3.3 spread of a schema value; validated). */
const schemaSpread: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Schema") return undefined;
  const src = ctx.vars.filter((v) => v.fn === undefined && typeEq(v.type, t));
  if (src.length === 0) return undefined;
  const v = g.rng.pick(src);
  return hintedOrWrapped(g, t, hinted, () => ({
    kind: "Dict",
    entries: [{ kind: "Spread", expr: { kind: "Name", name: v.name, via: "name", quoted: false, type: t, hinted: false } }],
    type: t,
    hinted: true,
  }));
};

const construct: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Enum") return undefined;
  const d = deeper(ctx);
  return variantLiteral(g, t.name, g.enumDecl(t.name), hinted, (x) => genExpr(g, x, d, true), undefined);
};

const recordLiteral: Production = (g, t, ctx, hinted) => {
  if (t.kind !== "Record") return undefined;
  const d = insideLiteral(deeper(ctx));
  const entries: GEntry[] = t.fields.map((f) => ({ kind: "Field", key: f.name, quoted: !isBareKey(f.name), internal: f.internal, value: genExpr(g, f.type, d, false) }));
  return { kind: "Dict", entries, type: t, hinted };
};

