// Productions for Int, Float and Bool: checked Int arithmetic, mixed
// Int/Float arithmetic and comparisons (§5.4, §5.5), the number functions of
// §7.4 in every spelling, lengths and list aggregates, equality on every
// equatable type (NaN == NaN, 0.0 == -0.0), short-circuit logic, and the
// String/List/Dict predicates.
import { constFoldFails } from "./const-eval.js";
import type { BinaryOp, GExpr } from "./gast.js";
import { deeper, type Ctx, type Gen } from "./gen-context.js";
import { genExpr, type Production, type Weighted } from "./gen-expr.js";
import { canSpell, spell, type Spellings } from "./gen-forms.js";
import { closureOf } from "./gen-collection.js";
import { KEY_POOL, strNode } from "./gen-literals.js";
import { genType } from "./gen-type.js";
import { G, isEquatable, type GType } from "./gtype.js";

export function scalarProductions(t: GType): Weighted {
  switch (t.kind) {
    case "Int":
      return [
        [6, intArith],
        [1, intNeg],
        [2, (g, _t, ctx, h) => numberFn(g, G.int, ctx, h)],
        [2, rounding],
        [2.5, lengthOf],
        [2, (g, _t, ctx, h) => listAggregate(g, G.int, ctx, h)],
      ];
    case "Float":
      return [
        [6, floatArith],
        [1, floatNeg],
        [2, (g, _t, ctx, h) => numberFn(g, G.float, ctx, h)],
        [1.2, sqrtPow],
        [1.5, (g, _t, ctx, h) => listAggregate(g, G.float, ctx, h)],
      ];
    case "Bool":
      return [
        [4, compare],
        [3.5, equality],
        [2.5, logic],
        [1, not],
        [2, stringPredicate],
        [3, listPredicate],
        [1, hasKey],
      ];
    default:
      return [];
  }
}

function bin(op: BinaryOp, left: GExpr, right: GExpr, type: GType, hinted: boolean): GExpr {
  return { kind: "Binary", op, left, right, type, hinted };
}

const INT_OPS: readonly (readonly [number, BinaryOp])[] = [[3, "+"], [3, "-"], [3, "*"], [1.5, "/"], [1.5, "%"]];

const intArith: Production = (g, _t, ctx, hinted) => {
  const d = deeper(ctx);
  const left = genExpr(g, G.int, d, false);
  const right = genExpr(g, G.int, d, false);
  const e = bin(g.rng.weighted(INT_OPS), left, right, G.int, hinted);
  // `10 / 0` and `MAX + 1` written with literals only are static errors.
  return constFoldFails(e) ? left : e;
};

const intNeg: Production = (g, _t, ctx, hinted) => {
  const operand = genExpr(g, G.int, deeper(ctx), false);
  const e: GExpr = { kind: "Unary", op: "-", operand, type: G.int, hinted };
  return constFoldFails(e) ? operand : e;
};

const floatArith: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const [lt, rt] = rng.weighted<readonly [GType, GType]>([
    [4, [G.float, G.float]],
    [1.5, [G.int, G.float]],
    [1.5, [G.float, G.int]],
  ]);
  const op = rng.weighted<BinaryOp>([[3, "+"], [3, "-"], [3, "*"], [2, "/"], [1, "%"]]);
  return bin(op, genExpr(g, lt, d, false), genExpr(g, rt, d, false), G.float, hinted);
};

const floatNeg: Production = (g, _t, ctx, hinted) => ({ kind: "Unary", op: "-", operand: genExpr(g, G.float, deeper(ctx), false), type: G.float, hinted });

/** abs, min, max, clamp on one number type, as built-ins, `std/math` members or pipes. */
function numberFn(g: Gen, t: GType, ctx: Ctx, hinted: boolean): GExpr {
  const d = deeper(ctx);
  const name = g.rng.weighted<"abs" | "min" | "max" | "clamp">([[2, "abs"], [1.5, "min"], [1.5, "max"], [1, "clamp"]]);
  const arity = name === "abs" ? 1 : name === "clamp" ? 3 : 2;
  const args = Array.from({ length: arity }, () => genExpr(g, t, d, false));
  return spell(g, { fn: name, module: ["math", name] }, args, t, hinted);
}

const rounding: Production = (g, _t, ctx, hinted) => {
  const fn = g.rng.pick(["floor", "ceil", "round"]);
  const arg = genExpr(g, g.rng.chance(0.85) ? G.float : G.int, deeper(ctx), false);
  return spell(g, { fn }, [arg], G.int, hinted);
};

const sqrtPow: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const num = () => genExpr(g, rng.chance(0.7) ? G.float : G.int, d, false);
  if (rng.chance(0.6)) return spell(g, { fn: "sqrt" }, [num()], G.float, hinted);
  return spell(g, { fn: "pow" }, [num(), num()], G.float, hinted);
};

/** len / length / count of a String, List, Dict or record. */
const lengthOf: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const what = rng.weighted<string>([[3, "string"], [3, "list"], [1, "dict"], [0.7, "record"]]);
  switch (what) {
    case "string":
      return spell(g, rng.chance(0.3) ? { method: "length" } : { fn: "len", method: "len" }, [genExpr(g, G.string, d, false)], G.int, hinted);
    case "list": {
      const xs = genExpr(g, G.list(genType(g, { depth: 1, allowRecord: true })), d, false);
      const s: Spellings = rng.weighted<Spellings>([[3, { fn: "len", method: "len" }], [1, { fn: "count" }], [1, { method: "length" }], [1, { module: ["list", "len"] }]]);
      return spell(g, canSpell(g, s) ? s : { fn: "len" }, [xs], G.int, hinted);
    }
    case "dict":
      return spell(g, { fn: "len", method: "len" }, [genExpr(g, G.dict(genType(g, { depth: 0 })), d, false)], G.int, hinted);
    default: {
      const records = ctx.vars.filter((v) => v.fn === undefined && (v.type.kind === "Record" || v.type.kind === "Schema"));
      if (records.length === 0) return undefined;
      const v = rng.pick(records);
      return spell(g, { fn: "len", method: "len", pipe: false }, [{ kind: "Name", name: v.name, via: "name", quoted: false, type: v.type, hinted: false }], G.int, hinted);
    }
  }
};

/** sum / max / min (methods, `std/list`), avg (`std/list` only). */
function listAggregate(g: Gen, t: GType, ctx: Ctx, hinted: boolean): GExpr {
  const name = g.rng.weighted<string>([[3, "sum"], [1.5, "max"], [1.5, "min"], [1, "avg"]]);
  const s: Spellings = name === "sum" ? { method: "sum", module: ["list", "sum"] } : name === "avg" ? { module: ["list", "avg"] } : { method: name };
  const xs = genExpr(g, G.list(t), deeper(ctx), false);
  return spell(g, canSpell(g, s) ? s : { method: "sum" }, [xs], t, hinted);
}

const compare: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const num = () => (rng.chance(0.5) ? G.int : G.float);
  const op = rng.pick<BinaryOp>(["<", "<=", ">", ">="]);
  return bin(op, genExpr(g, num(), d, false), genExpr(g, num(), d, false), G.bool, hinted);
};

const equality: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  let u = rng.chance(0.6) ? rng.pick([G.int, G.float, G.string, G.bool, G.float]) : genType(g, { depth: 1, allowRecord: true });
  if (!isEquatable(u)) u = G.int;
  return bin(rng.chance(0.6) ? "==" : "!=", genExpr(g, u, d, false), genExpr(g, u, d, false), G.bool, hinted);
};

const logic: Production = (g, _t, ctx, hinted) => {
  const d = deeper(ctx);
  return bin(g.rng.chance(0.5) ? "&&" : "||", genExpr(g, G.bool, d, false), genExpr(g, G.bool, d, false), G.bool, hinted);
};

const not: Production = (g, _t, ctx, hinted) => ({ kind: "Unary", op: "!", operand: genExpr(g, G.bool, deeper(ctx), false), type: G.bool, hinted });

const stringPredicate: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const s = genExpr(g, G.string, d, false);
  const needle = () => (rng.chance(0.5) ? strNode(rng, rng.pick(["", "a", "é", "😀", " ", "ab", "x"])) : genExpr(g, G.string, deeper(d), false));
  return rng.weighted<() => GExpr>([
    [2, () => spell(g, { fn: rng.pick(["starts_with", "ends_with"]) }, [s, needle()], G.bool, hinted)],
    [1, () => spell(g, { method: rng.pick(["starts_with", "ends_with"]) }, [s, needle()], G.bool, hinted)],
    [2, () => spell(g, { method: "contains", module: ["string", "contains"] }, [s, needle()], G.bool, hinted)],
    [1, () => spell(g, { method: "is_empty" }, [s], G.bool, hinted)],
  ])();
};

const listPredicate: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  let el = genType(g, { depth: 1, allowRecord: true });
  const kind = rng.weighted<string>([[2, "contains"], [1, "is_empty"], [2, "every"], [2, "some"], [1.2, "unique"]]);
  if ((kind === "contains" || kind === "unique") && !isEquatable(el)) el = G.int;
  const xs = genExpr(g, G.list(el), d, false);
  switch (kind) {
    case "contains":
      return spell(g, { method: "contains", module: ["list", "contains"] }, [xs, genExpr(g, el, d, false)], G.bool, hinted);
    case "is_empty":
      return spell(g, { method: "is_empty" }, [xs], G.bool, hinted);
    case "unique":
      return spell(g, { method: "unique", fn: "unique" }, [xs], G.bool, hinted);
    default:
      return spell(g, { method: kind, fn: kind }, [xs, closureOf(g, [el], G.bool, d, true)], G.bool, hinted);
  }
};

const hasKey: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const key = rng.chance(0.7) ? strNode(rng, rng.pick(KEY_POOL)) : genExpr(g, G.string, deeper(d), false);
  const records = ctx.vars.filter((v) => v.fn === undefined && (v.type.kind === "Record" || v.type.kind === "Schema"));
  if (records.length > 0 && rng.chance(0.35)) {
    const v = rng.pick(records);
    const fields = v.type.kind === "Record" ? v.type.fields.map((f) => f.name) : g.schema((v.type as { name: string }).name).fields.map((f) => f.name);
    const k = rng.chance(0.6) && fields.length > 0 ? strNode(rng, rng.pick(fields)) : key;
    return spell(g, { method: "has_key", pipe: false }, [{ kind: "Name", name: v.name, via: "name", quoted: false, type: v.type, hinted: false }, k], G.bool, hinted);
  }
  const dict = genExpr(g, G.dict(genType(g, { depth: 0 })), d, false);
  return spell(g, { method: "has_key", module: ["dict", "has_key"] }, [dict, key], G.bool, hinted);
};

