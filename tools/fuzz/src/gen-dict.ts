// Dict literals with everything a dict can hold (§3.3, §3.9, §5.2): plain,
// typed, `#internal`, function and recursive fields, string keys reachable
// only through `&sibling["…"]`, spreads of record and schema values, nested
// dicts, and (rarely) a pair of typed fields that reference each other
// under a condition, which is a CircularReference only when it is taken.
//
// Fields are generated in a random dependency order: each value may read the
// fields generated before it (by bare name, `&sibling.x`, or `&root.x` in the
// root dict), so the printed order has forward and backward references but
// no cycle. The record type is derived from the entries afterwards.
import { unreachable } from "@tetra/core";
import type { GEntry, GExpr, GField } from "./gast.js";
import { deeper, type Ctx, type Gen, type Var } from "./gen-context.js";
import { genExpr } from "./gen-expr.js";
import { callOfRecursive, genField, type Generated } from "./gen-fields.js";
import { isBareKey, KEY_POOL } from "./gen-literals.js";
import { genType } from "./gen-type.js";
import { G, type GType, type RecordField } from "./gtype.js";

interface Slot {
  readonly kind: "field" | "quoted" | "nested" | "cycle";
}

export function genRichDict(g: Gen, ctx: Ctx, root: boolean): GExpr {
  const rng = g.rng;
  const d = deeper(ctx);
  const n = root ? rng.range(2, 6) : rng.range(1, 4);
  const slots: Slot[] = Array.from({ length: n }, () => ({
    kind: rng.weighted<Slot["kind"]>([
      [10, "field"],
      [1, "quoted"],
      [d.depth > 1 ? 1.2 : 0, "nested"],
      [0.25, "cycle"],
    ]),
  }));
  const order = rng.shuffle(slots.map((_, i) => i));
  const made: (GField[] | undefined)[] = new Array(n);
  const visible: Var[] = [];
  const usedKeys = new Set<string>();
  for (const i of order) {
    const here: Ctx = { ...d, vars: [...d.vars, ...visible.filter((v) => v.quoted !== true)], sibling: [...visible], ...(root ? { root: [...visible] } : {}) };
    const fields = genSlot(g, slots[i]!, here, usedKeys);
    made[i] = fields.map((f) => f.field);
    for (const f of fields) {
      usedKeys.add(f.field.key);
      visible.push(f.v);
    }
  }
  const entries: GEntry[] = made.flatMap((fs) => fs ?? []);
  for (const v of [...visible]) {
    const call = callOfRecursive(g, { ...d, vars: [...d.vars, ...visible.filter((x) => x.quoted !== true)], sibling: [...visible], ...(root ? { root: [...visible] } : {}) }, v);
    if (call !== undefined) {
      entries.push(call);
      visible.push({ name: call.key, type: call.value.type });
    }
  }
  const spread = rng.chance(0.18) ? spreadEntry(g, ctx, usedKeys) : undefined;
  if (spread !== undefined) entries.splice(rng.int(entries.length + 1), 0, spread);
  return { kind: "Dict", entries, type: recordTypeOf(g, entries), hinted: false };
}

function fieldType(f: GField): GType {
  if (f.fn !== undefined) return G.closure(f.fn.params.map((p) => p.type), f.fn.result ?? f.value.type);
  return f.declared ?? f.value.type;
}

function genSlot(g: Gen, slot: Slot, ctx: Ctx, used: ReadonlySet<string>): Generated[] {
  const rng = g.rng;
  switch (slot.kind) {
    case "field":
      return [genField(g, ctx, { inDict: true })];
    case "quoted": {
      const key = rng.pick(KEY_POOL.filter((k) => !isBareKey(k) && !used.has(k)));
      const t = genType(g, { depth: 1, allowRecord: true });
      return [{ field: { kind: "Field", key, quoted: true, internal: rng.chance(0.1), value: genExpr(g, t, ctx, false) }, v: { name: key, type: t, quoted: true } }];
    }
    case "nested":
      const value = genRichDict(g, ctx, false);
      const key = g.fresh("k");
      return [{ field: { kind: "Field", key, quoted: false, internal: rng.chance(0.1), value }, v: { name: key, type: value.type } }];
    case "cycle": {
      // `Int a: c ? b : 0, Int b: a + 1`: a CircularReference exactly when `c` holds.
      const a = g.fresh("c");
      const b = g.fresh("c");
      const cond = genExpr(g, G.bool, deeper(ctx), false);
      const nameOf = (name: string): GExpr => ({ kind: "Name", name, via: rng.chance(0.5) ? "sibling" : "name", quoted: false, type: G.int, hinted: false });
      const fa: GField = { kind: "Field", key: a, quoted: false, declared: G.int, internal: false, value: { kind: "Ternary", cond, then: nameOf(b), else: { kind: "Int", value: 0n, radix: 10, type: G.int, hinted: true }, type: G.int, hinted: true } };
      const fb: GField = { kind: "Field", key: b, quoted: false, declared: G.int, internal: false, value: { kind: "Binary", op: "+", left: nameOf(a), right: { kind: "Int", value: 1n, radix: 10, type: G.int, hinted: false }, type: G.int, hinted: true } };
      return [
        { field: fa, v: { name: a, type: G.int } },
        { field: fb, v: { name: b, type: G.int } },
      ];
    }
    default:
      return unreachable(slot.kind);
  }
}

/** `...v` of a record or schema value from an enclosing scope whose keys do not collide. */
function spreadEntry(g: Gen, ctx: Ctx, used: ReadonlySet<string>): GEntry | undefined {
  const candidates = ctx.vars.filter((v) => {
    if (v.fn !== undefined) return false;
    const fields = spreadFields(g, v.type);
    return fields !== undefined && fields.every((f) => !used.has(f.name));
  });
  if (candidates.length === 0) return undefined;
  const v = g.rng.pick(candidates);
  return { kind: "Spread", expr: { kind: "Name", name: v.name, via: "name", quoted: false, type: v.type, hinted: false } };
}

/** The entries a spread contributes; undefined for values that are not spread here. */
function spreadFields(g: Gen, t: GType): RecordField[] | undefined {
  if (t.kind === "Schema") return g.schema(t.name).fields.map((f) => ({ name: f.name, type: f.type, internal: false }));
  if (t.kind === "Record" && t.fields.every((f) => !f.internal && f.type.kind !== "Closure")) return [...t.fields];
  return undefined;
}

function recordTypeOf(g: Gen, entries: readonly GEntry[]): GType {
  const fields: RecordField[] = [];
  for (const e of entries) {
    if (e.kind === "Spread") fields.push(...(spreadFields(g, e.expr.type) ?? []));
    else fields.push({ name: e.key, type: fieldType(e), internal: e.internal });
  }
  return G.record(fields);
}
