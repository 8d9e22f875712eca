// `match` on Option, Result, enums and type patterns (§3.10, §3.11): full
// coverage in a random arm order, or some variants and a `_`; qualified and
// bare variant names; tuple slots and struct fields bound, renamed or
// ignored. A type-pattern match without `_` may match nothing, which is the
// runtime error TypeMismatch.
import { unreachable } from "@tetra/core";
import type { GArm, GExpr, GPattern } from "./gast.js";
import { deeper, type Ctx, type Gen, type Var } from "./gen-context.js";
import { branchHint, genExpr, type Production } from "./gen-expr.js";
import { genType } from "./gen-type.js";
import { G, type GType } from "./gtype.js";

interface ArmSpec {
  readonly pattern: GPattern;
  readonly binds: readonly Var[];
}

export const genMatch: Production = (g, t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const family = rng.weighted<string>([
    [3, "option"],
    [g.enums.size > 0 ? 3.5 : 0, "enum"],
    [1.2, "result"],
    [0.8, "types"],
  ]);
  let scrutinee: GExpr;
  let specs: { readonly variant: ArmSpec[]; readonly total: boolean };
  switch (family) {
    case "option": {
      const u = genType(g, { depth: 1, allowRecord: true });
      scrutinee = genExpr(g, G.option(u), d, false);
      specs = { variant: [someArm(g, "Some", u), { pattern: { kind: "Unit", name: "None" }, binds: [] }], total: true };
      break;
    }
    case "result": {
      const ok = genType(g, { depth: 1 });
      const err = genType(g, { depth: 0 });
      scrutinee = genExpr(g, G.result(ok, err), d, false);
      specs = { variant: [someArm(g, "Ok", ok), someArm(g, "Err", err)], total: true };
      break;
    }
    case "enum": {
      const name = rng.pick([...g.enums.keys()]);
      scrutinee = genExpr(g, G.enumT(name), d, false);
      specs = { variant: enumArms(g, name), total: true };
      break;
    }
    default: {
      const s = rng.pick([G.int, G.float, G.string, G.bool]);
      scrutinee = genExpr(g, s, d, false);
      const names = rng.shuffle(["Int", "Float", "String", "Bool"] as const).slice(0, rng.range(1, 3));
      specs = { variant: names.map((name) => ({ pattern: { kind: "TypeName", name }, binds: [] })), total: false };
    }
  }
  let arms = rng.shuffle(specs.variant);
  let wildcard = !specs.total ? rng.chance(0.6) : rng.chance(0.3);
  if (wildcard && specs.total) arms = arms.slice(0, rng.int(arms.length));
  if (!specs.total && !wildcard && rng.chance(0.5)) wildcard = true;
  const h = branchHint(t, hinted);
  const body = (binds: readonly Var[]): GExpr => genExpr(g, t, { ...d, vars: [...d.vars, ...binds] } as Ctx, h);
  const out: GArm[] = arms.map((a) => ({ pattern: a.pattern, body: body(a.binds) }));
  if (wildcard) out.push({ pattern: { kind: "Wild" }, body: body([]) });
  return { kind: "Match", scrutinee, arms: out, type: t, hinted };
};

function someArm(g: Gen, name: "Some" | "Ok" | "Err", payload: GType): ArmSpec {
  if (g.rng.chance(0.15)) return { pattern: { kind: "TupleP", name, slots: ["_"] }, binds: [] };
  const v = g.fresh("m");
  return { pattern: { kind: "TupleP", name, slots: [v] }, binds: [{ name: v, type: payload }] };
}

function enumArms(g: Gen, enumName: string): ArmSpec[] {
  const rng = g.rng;
  return g.enumDecl(enumName).variants.map((v): ArmSpec => {
    const qualifier = rng.chance(0.3) ? enumName : undefined;
    const q = qualifier === undefined ? {} : { qualifier };
    switch (v.kind) {
      case "unit":
        return { pattern: { kind: "Unit", ...q, name: v.name }, binds: [] };
      case "tuple": {
        const slots = v.types.map(() => (rng.chance(0.2) ? "_" : g.fresh("m")));
        return { pattern: { kind: "TupleP", ...q, name: v.name, slots }, binds: slots.flatMap((s, i) => (s === "_" ? [] : [{ name: s, type: v.types[i]! }])) };
      }
      case "struct": {
        const fields = rng.shuffle(v.fields).map((f) => ({ f, bind: rng.weighted([[3, f.name], [1.5, g.fresh("m")], [1, "_"]]) }));
        return {
          pattern: { kind: "StructP", ...q, name: v.name, fields: fields.map((x) => ({ field: x.f.name, bind: x.bind })) },
          binds: fields.flatMap((x) => (x.bind === "_" ? [] : [{ name: x.bind, type: x.f.type }])),
        };
      }
      default:
        return unreachable(v);
    }
  });
}
