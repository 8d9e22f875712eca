// The type-directed expression generator: `genExpr(g, t, ctx, hinted)`
// returns an expression that the checker gives type `t` in scope `ctx`.
// Each type has its own productions (gen-scalar.ts, gen-string.ts,
// gen-collection.ts); the ones here work for every type: reading a name or
// a path, `? :`, `where`, `match`, calling a user function or a closure,
// indexing a list, `first`/`last`, `reduce`, reading a Dict key, a tuple
// position. When the depth or the node budget is spent only leaves remain.
import type { GExpr, GField } from "./gast.js";
import { deeper, insideLiteral, type Ctx, type Gen, type Var } from "./gen-context.js";
import { canSpell, spell } from "./gen-forms.js";
import { intNode, isBareKey, KEY_POOL, literal, needsHint, strNode } from "./gen-literals.js";
import { genMatch } from "./gen-match.js";
import { closureOf } from "./gen-collection.js";
import { collectionProductions } from "./gen-collection.js";
import { scalarProductions } from "./gen-scalar.js";
import { stringProductions } from "./gen-string.js";
import { genWhere } from "./gen-where.js";
import { genType } from "./gen-type.js";
import { contains, G, isWritable, typeEq, type GType } from "./gtype.js";

export type Production = (g: Gen, t: GType, ctx: Ctx, hinted: boolean) => GExpr | undefined;
export type Weighted = readonly (readonly [number, Production])[];

export function genExpr(g: Gen, t: GType, ctx: Ctx, hinted: boolean): GExpr {
  if (ctx.depth <= 0 || g.exhausted) return leaf(g, t, ctx, hinted);
  g.spend();
  const options: (readonly [number, Production])[] = [[3, leafProduction], ...generic(t), ...scalarProductions(t), ...stringProductions(t), ...collectionProductions(t)];
  for (let attempt = 0; attempt < 4; attempt++) {
    const p = g.rng.weighted(options);
    const e = p(g, t, ctx, hinted);
    if (e !== undefined) return e;
  }
  return leaf(g, t, ctx, hinted);
}

const leafProduction: Production = (g, t, ctx, hinted) => leaf(g, t, ctx, hinted);

/** A name, a path from a name, or a literal whose leaves may again be names. */
export function leaf(g: Gen, t: GType, ctx: Ctx, hinted: boolean): GExpr {
  const reads = readable(t, ctx);
  if (reads.length > 0 && g.rng.chance(0.75)) return g.rng.pick(reads)(hinted);
  return literal(g, t, hinted, (x) => leafOrLiteral(g, x, insideLiteral(ctx)));
}

/** Leaves inside a literal: the literal may be a dict, so no `&sibling`. */
function leafOrLiteral(g: Gen, t: GType, ctx: Ctx): GExpr {
  const reads = readable(t, insideLiteral(ctx));
  if (reads.length > 0 && g.rng.chance(0.5)) return g.rng.pick(reads)(true);
  return literal(g, t, true, (x) => leafOrLiteral(g, x, ctx));
}

type Read = (hinted: boolean) => GExpr;

function nameOf(v: Var, via: "name" | "sibling" | "root"): Read {
  return (hinted) => ({ kind: "Name", name: v.name, via, quoted: v.quoted === true, type: v.type, hinted });
}

/** Every way to read a value of type `t` here: names, `&sibling`/`&root` refs, one field or tuple step. */
export function readable(t: GType, ctx: Ctx): Read[] {
  const out: Read[] = [];
  const sibling = new Set(ctx.sibling ?? []);
  const root = new Set(ctx.root ?? []);
  const values = ctx.vars.filter((v) => v.fn === undefined);
  for (const v of values) {
    if (!typeEq(v.type, t)) continue;
    out.push(nameOf(v, "name"), nameOf(v, "name"));
    if (sibling.has(v)) out.push(nameOf(v, "sibling"));
    if (root.has(v)) out.push(nameOf(v, "root"));
  }
  for (const v of [...(ctx.sibling ?? []), ...(ctx.root ?? [])]) {
    if (v.quoted === true && v.fn === undefined && typeEq(v.type, t)) out.push(nameOf(v, sibling.has(v) ? "sibling" : "root"));
  }
  for (const v of values) {
    const obj: GExpr = { kind: "Name", name: v.name, via: "name", quoted: false, type: v.type, hinted: false };
    const vt = v.type;
    if (vt.kind === "Record") {
      for (const f of vt.fields) {
        if (f.type.kind !== "Closure" && typeEq(f.type, t)) out.push((hinted) => ({ kind: "Field", object: obj, name: f.name, quoted: !isBareKey(f.name), type: t, hinted }));
      }
    } else if (vt.kind === "Tuple") {
      vt.els.forEach((el, index) => {
        if (typeEq(el, t)) out.push((hinted) => ({ kind: "TupleGet", object: obj, index, type: t, hinted }));
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------ productions for every type

function generic(t: GType): Weighted {
  const noClosure = t.kind !== "Closure";
  return [
    [1.5, ternary],
    [1.2, genWhere],
    [1.5, genMatch],
    [2, callUserFunction],
    [0.7, callClosureValue],
    [noClosure ? 0.8 : 0, indexList],
    [noClosure ? 0.4 : 0, firstOrLast],
    [noClosure ? 0.8 : 0, reduce],
    [noClosure && isWritable(t) && !needsHint(t) ? 0.5 : 0, dictGet],
    [noClosure ? 0.3 : 0, tuplePosition],
  ];
}

/**
 * Whether branches of `? :` / `match` may rely on the position's expected
 * type. Not for Dict and schema types: two dict literals with different keys
 * are different record types, and branches must have one type (§3.8, §3.10);
 * each branch then gets its own typed binding.
 */
export function branchHint(t: GType, hinted: boolean): boolean {
  return hinted && !contains(t, (x) => x.kind === "Dict" || x.kind === "Schema");
}

const ternary: Production = (g, t, ctx, hinted) => {
  const d = deeper(ctx);
  const h = branchHint(t, hinted);
  return { kind: "Ternary", cond: genExpr(g, G.bool, d, false), then: genExpr(g, t, d, h), else: genExpr(g, t, d, h), type: t, hinted };
};

/** Arguments of a user function: declared parameter types are expected types. */
export function callArgs(g: Gen, sig: { readonly params: readonly GType[]; readonly recursive?: { readonly fixedFirst?: GExpr } }, ctx: Ctx): GExpr[] {
  const d = deeper(ctx);
  return sig.params.map((p, i) => {
    if (i === 0 && sig.recursive !== undefined) {
      if (sig.recursive.fixedFirst !== undefined) return sig.recursive.fixedFirst;
      // A bounded depth for calls from outside: clamp(e, -1, 5).
      if (g.rng.chance(0.4)) return intNode(g.rng, BigInt(g.rng.range(-1, 5)), true);
      // Rarely a deep one: near the call-depth limit (1000 active calls) every target must agree.
      if (g.rng.chance(0.08)) return { kind: "Int", value: BigInt(g.rng.chance(0.4) ? g.rng.range(994, 1001) : g.rng.range(300, 1100)), radix: 10, type: G.int, hinted: true };
      return { kind: "Call", fn: "clamp", args: [genExpr(g, G.int, d, true), { kind: "Int", value: -1n, radix: 10, type: G.int, hinted: true }, intNode(g.rng, 5n, true)], type: G.int, hinted: true };
    }
    return genExpr(g, p, d, true);
  });
}

const callUserFunction: Production = (g, t, ctx, hinted) => {
  const fns = ctx.vars.filter((v) => (v.fn !== undefined && typeEq(v.fn.result, t)) || (v.fn === undefined && v.type.kind === "Closure" && typeEq(v.type.result, t)));
  if (fns.length === 0) return undefined;
  const f = g.rng.pick(fns);
  const sig = f.fn ?? (f.type as Extract<GType, { kind: "Closure" }>);
  return { kind: "Call", fn: f.name, args: callArgs(g, sig, ctx), type: t, hinted };
};

/**
 * A closure value called by name (§3.7): `(c(x) where { c: (Int v) -> Int => … })`,
 * or one made by a function that captures its parameter, fn-05 style:
 * `(c(x) where { mk(Int n): (Int v) -> Int => v + n, c: mk(5) })`.
 */
const callClosureValue: Production = (g, t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const params = Array.from({ length: rng.range(1, 2) }, () => genType(g, { depth: 0 }));
  const ct = G.closure(params, t);
  if (!isWritable(ct)) return undefined;
  const c = g.fresh("c");
  const bindings: GField[] = [];
  let value: GExpr;
  if (rng.chance(0.5)) {
    value = closureOf(g, params, t, d, false);
  } else {
    const mk = g.fresh("mk");
    const n = { name: g.fresh("a"), type: genType(g, { depth: 0 }) };
    const made = closureOf(g, params, t, { ...d, vars: [...d.vars, n] }, false);
    bindings.push({ kind: "Field", key: mk, quoted: false, internal: false, fn: { params: [n], result: ct, resultStyle: "arrow" }, value: made });
    value = { kind: "Call", fn: mk, args: [genExpr(g, n.type, d, true)], type: ct, hinted: false };
  }
  bindings.splice(rng.int(bindings.length + 1), 0, { kind: "Field", key: c, quoted: false, internal: false, ...(rng.chance(0.5) ? { declared: ct } : {}), value });
  const call: GExpr = { kind: "Call", fn: c, args: params.map((p) => genExpr(g, p, d, true)), type: t, hinted };
  return { kind: "Where", body: call, bindings, type: t, hinted };
};

/** `xs[i]`: mostly in range, sometimes not (IndexOutOfBounds is part of what is compared). */
export function indexExpr(g: Gen, ctx: Ctx): GExpr {
  const rng = g.rng;
  return rng.weighted<() => GExpr>([
    [4, () => intNode(rng, 0n)],
    [2, () => intNode(rng, 1n)],
    [0.6, () => intNode(rng, BigInt(rng.pick([-1, 2, 3, 5])))],
    [1.5, () => genExpr(g, G.int, deeper(ctx, 2), false)],
  ])();
}

/**
 * `(b.len() > i ? b[i] : other) where { b: xs }`: most indexing is guarded, so
 * that an empty list ends only some of the runs (IndexOutOfBounds is still
 * reached through the unguarded rest).
 */
function guarded(g: Gen, t: GType, ctx: Ctx, hinted: boolean, list: GExpr, access: (b: GExpr) => GExpr, nonEmpty: (b: GExpr) => GExpr): GExpr {
  const name = g.fresh("b");
  const b: GExpr = { kind: "Name", name, via: "name", quoted: false, type: list.type, hinted: false };
  const binding = { kind: "Field" as const, key: name, quoted: false, internal: false, value: list };
  const body: GExpr = { kind: "Ternary", cond: nonEmpty(b), then: access(b), else: genExpr(g, t, deeper(ctx), branchHint(t, hinted)), type: t, hinted };
  return { kind: "Where", body, bindings: [binding], type: t, hinted };
}

const indexList: Production = (g, t, ctx, hinted) => {
  const d = deeper(ctx);
  const xs = genExpr(g, G.list(t), d, false);
  if (!g.rng.chance(0.6)) return { kind: "Index", object: xs, index: indexExpr(g, d), type: t, hinted };
  const i = BigInt(g.rng.weighted([[3, 0], [2, 1], [1, 2]]));
  return guarded(
    g, t, ctx, hinted, xs,
    (b) => ({ kind: "Index", object: b, index: intNode(g.rng, i), type: t, hinted }),
    (b) => ({ kind: "Binary", op: ">", left: { kind: "Method", receiver: b, method: "len", args: [], type: G.int, hinted: false }, right: intNode(g.rng, i), type: G.bool, hinted: false }),
  );
};

const firstOrLast: Production = (g, t, ctx, hinted) => {
  const member = g.rng.pick(["first", "last"]);
  const s = { module: ["list", member] as const };
  if (!canSpell(g, s)) return undefined;
  const xs = genExpr(g, G.list(t), deeper(ctx), false);
  if (!g.rng.chance(0.6)) return spell(g, s, [xs], t, hinted);
  return guarded(g, t, ctx, hinted, xs, (b) => spell(g, s, [b], t, hinted), (b) => ({ kind: "Unary", op: "!", operand: { kind: "Method", receiver: b, method: "is_empty", args: [], type: G.bool, hinted: false }, type: G.bool, hinted: false }));
};

const reduce: Production = (g, t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const el = genType(g, { depth: 1 });
  const acc = g.fresh("acc");
  const x = g.fresh("x");
  const typed = isWritable(t) && rng.chance(0.5);
  const declared = typed && rng.chance(0.5);
  const inner: Ctx = { ...d, vars: [...d.vars, { name: acc, type: t }, { name: x, type: el }] };
  const closure: GExpr = {
    kind: "Closure",
    params: typed ? [{ name: acc, type: t }, { name: x, type: el }] : [{ name: acc }, { name: x }],
    ...(declared ? { result: t } : {}),
    body: genExpr(g, t, inner, declared),
    type: G.closure([t, el], t),
    hinted: false,
  };
  const xs = genExpr(g, G.list(el), d, false);
  // The initial value fixes the accumulator type; it is checked without an expected type.
  const init = genExpr(g, t, d, false);
  return spell(g, { method: "reduce", module: ["list", "reduce"] }, [xs, init, closure], t, hinted);
};

/** The keys of a Dict literal (possibly wrapped in a typed binding), to read one that exists. */
function literalKeys(e: GExpr): string[] {
  if (e.kind === "Where" && e.bindings.length === 1 && e.body.kind === "Name") return literalKeys(e.bindings[0]!.value);
  return e.kind === "Dict" ? e.entries.flatMap((x) => (x.kind === "Field" ? [x.key] : [])) : [];
}

const dictGet: Production = (g, t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const obj = genExpr(g, G.dict(t), d, false);
  const known = literalKeys(obj);
  const key = known.length > 0 && rng.chance(0.8) ? rng.pick(known) : rng.pick(KEY_POOL);
  const read = (o: GExpr): GExpr => {
    if (rng.chance(0.3)) return { kind: "Index", object: o, index: rng.chance(0.6) ? strNode(rng, key) : genExpr(g, G.string, d, false), type: t, hinted };
    return { kind: "Field", object: o, name: key, quoted: !isBareKey(key) || rng.chance(0.3), type: t, hinted };
  };
  if (known.length > 0 || rng.chance(0.4)) return read(obj);
  // `d.has_key(k) ? d[k] : other`: a missing key (VariableNotFound) only sometimes.
  return guarded(g, t, ctx, hinted, obj, read, (b) => ({ kind: "Method", receiver: b, method: "has_key", args: [strNode(rng, key)], type: G.bool, hinted: false }));
};

const tuplePosition: Production = (g, t, ctx, hinted) => {
  const rng = g.rng;
  const n = rng.range(1, 3);
  const at = rng.int(n);
  const els = Array.from({ length: n }, (_, i) => (i === at ? t : genType(g, { depth: 0 })));
  return { kind: "TupleGet", object: genExpr(g, G.tuple(els), deeper(ctx), false), index: at, type: t, hinted };
};
