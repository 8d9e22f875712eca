// A whole program: std imports (aliases and named imports), enums, schemas
// (predicates, #expect, #default, Option fields), a `#main` signature with
// decodable parameter types (or library mode), the root expression (a dict
// literal with everything, or any projectable value, with or without a
// declared result type) and the JSON arguments.
import type { GEnum, GExpr, GImport, GMain, GProgram, GSchema, GSchemaField, GVariantDecl, StdModule } from "./gast.js";
import { argsPad, genArgs, mutateArgs } from "./gen-args.js";
import { Gen, type Ctx, type GenOptions, type Imports } from "./gen-context.js";
import { genRichDict } from "./gen-dict.js";
import { genExpr } from "./gen-expr.js";
import { boolNode, floatNode, intNode, stringLiteralValue, strNode } from "./gen-literals.js";
import { genType, simpleFieldType } from "./gen-type.js";
import { G, isProjectable, isWritable, type GType } from "./gtype.js";

export interface GeneratedProgram {
  readonly program: GProgram;
  /** What the generator meant, for coverage counts. */
  readonly rootType: GType;
}

const ALIASES: Readonly<Record<"list" | "math" | "string" | "dict", readonly string[]>> = {
  list: ["list", "L", "lists"],
  math: ["math", "M"],
  string: ["string", "str", "S"],
  dict: ["dict", "D"],
};

const NAMED: readonly (readonly [StdModule, string, string])[] = [
  ["std/list", "first", "firstOf"],
  ["std/list", "last", "lastOf"],
  ["std/list", "avg", "average"],
  ["std/math", "clamp", "clampTo"],
  ["std/string", "upper", "shout"],
  ["std/dict", "keys", "keysOf"],
];

function genImports(g: Gen): GImport[] {
  const rng = g.rng;
  const out: GImport[] = [];
  const alias: Partial<Record<"list" | "math" | "string" | "dict", string>> = {};
  for (const m of ["list", "math", "string", "dict"] as const) {
    if (!rng.chance(0.55)) continue;
    const a = rng.pick(ALIASES[m]);
    alias[m] = a;
    out.push({ kind: "alias", path: `std/${m}`, alias: a });
  }
  const named = new Map<string, string>();
  if (rng.chance(0.25)) {
    const picks = rng.shuffle(NAMED).slice(0, rng.range(1, 2));
    for (const [path, name, as] of picks) {
      const local = rng.chance(0.5) ? as : name;
      named.set(`${path.slice(4)}.${name}`, local);
      out.push({ kind: "names", path, names: [local === name ? { name } : { name, as }] });
    }
  }
  g.imports = { alias, named } satisfies Imports;
  return rng.shuffle(out);
}

function genEnum(g: Gen): GEnum {
  const rng = g.rng;
  const name = g.fresh("En");
  const variants: GVariantDecl[] = Array.from({ length: rng.range(2, 4) }, (): GVariantDecl => {
    const vname = g.fresh("V");
    const kind = rng.weighted<GVariantDecl["kind"]>([[4.5, "unit"], [3, "tuple"], [2.5, "struct"]]);
    if (kind === "unit") return { name: vname, kind };
    if (kind === "tuple") return { name: vname, kind, types: Array.from({ length: rng.range(1, 2) }, () => simpleFieldType(g, true)) };
    return { name: vname, kind, fields: Array.from({ length: rng.range(1, 2) }, () => ({ name: g.fresh("sf"), type: simpleFieldType(g, true) })) };
  });
  return { name, variants };
}

/** A predicate that usually holds (a boundary check) or any Bool expression over the value. */
function predicate(g: Gen, t: GType): GExpr {
  const rng = g.rng;
  const v = g.fresh("v");
  const name: GExpr = { kind: "Name", name: v, via: "name", quoted: false, type: t, hinted: false };
  let body: GExpr;
  if (rng.chance(0.55) && (t.kind === "Int" || t.kind === "Float" || t.kind === "String")) {
    body =
      t.kind === "String"
        ? { kind: "Binary", op: "<", left: { kind: "Call", fn: "len", args: [name], type: G.int, hinted: false }, right: intNode(rng, BigInt(rng.range(1, 12))), type: G.bool, hinted: false }
        : { kind: "Binary", op: rng.pick([">", ">=", "!="] as const), left: name, right: t.kind === "Int" ? intNode(rng, BigInt(rng.range(-5, 1))) : floatNode(rng, rng.range(-4, 0) / 2), type: G.bool, hinted: false };
  } else {
    body = genExpr(g, G.bool, { vars: [{ name: v, type: t }], depth: 2 }, false);
  }
  return { kind: "Closure", params: [{ name: v, type: t }], result: G.bool, body, type: G.closure([t], G.bool), hinted: false };
}

function defaultFor(g: Gen, t: GType): GExpr | undefined {
  const rng = g.rng;
  switch (t.kind) {
    case "Int":
      return intNode(rng, BigInt(rng.range(-3, 9)), true);
    case "Float":
      return floatNode(rng, rng.range(-8, 8) / 4, true);
    case "Bool":
      return boolNode(rng.chance(0.5), true);
    case "String":
      return strNode(rng, stringLiteralValue(rng), true);
    default:
      return undefined;
  }
}

const EXPECT = ["must be positive", "too long", "value out of range", "é not allowed 😀"];

function genSchema(g: Gen): GSchema {
  const rng = g.rng;
  const name = g.fresh("Sc");
  const fields: GSchemaField[] = Array.from({ length: rng.range(1, 4) }, () => {
    const type = simpleFieldType(g, true);
    const pred = rng.chance(0.3) ? predicate(g, type) : undefined;
    const def = rng.chance(0.3) ? defaultFor(g, type) : undefined;
    return {
      name: g.fresh("sf"),
      type,
      ...(pred === undefined ? {} : { predicate: pred }),
      ...(def === undefined ? {} : { default: def }),
      ...(pred !== undefined && rng.chance(0.5) ? { expect: rng.pick(EXPECT) } : {}),
    };
  });
  return { name, fields };
}

function projectableType(g: Gen): GType {
  for (let i = 0; i < 8; i++) {
    const t = genType(g, { depth: 2, allowRecord: true });
    if (isProjectable(t)) return t;
  }
  return G.int;
}

export function generateProgram(seed: number, options: GenOptions = {}): GeneratedProgram {
  const g = new Gen(seed, options);
  const rng = g.rng;
  const imports = genImports(g);
  const enums: GEnum[] = [];
  const schemas: GSchema[] = [];
  for (let i = rng.weighted([[5, 0], [4, 1], [1.5, 2]]); i > 0; i--) {
    const e = genEnum(g);
    enums.push(e);
    g.enums.set(e.name, e);
  }
  for (let i = rng.weighted([[5, 0], [4, 1], [1.5, 2]]); i > 0; i--) {
    const s = genSchema(g);
    schemas.push(s);
    g.schemas.set(s.name, s);
  }
  const entry = rng.chance(0.88);
  const params = entry ? Array.from({ length: rng.weighted([[1, 0], [3, 1], [3, 2], [2, 3], [1, 4]]) }, () => ({ name: g.fresh("p"), type: genType(g, { depth: 2, decodable: true }) })) : [];
  const ctx: Ctx = { vars: params, depth: g.maxDepth };
  let root: GExpr;
  let main: GMain | null = null;
  if (rng.chance(0.55)) {
    root = genRichDict(g, ctx, true);
    if (entry) main = rng.chance(0.5) ? { params, result: "Dict" } : { params };
  } else {
    const t = projectableType(g);
    const declared = entry && isWritable(t) && rng.chance(0.6);
    root = genExpr(g, t, ctx, declared);
    if (entry) main = declared ? { params, result: t } : { params };
  }
  let args = main === null ? undefined : genArgs(g, params);
  if (args !== undefined && rng.chance(0.03)) args = mutateArgs(g, params, args);
  const pad = args === undefined ? undefined : argsPad(g);
  const program: GProgram = { imports, enums, schemas, main, root, ...(args === undefined ? {} : { args, argsSpaced: rng.chance(0.3) }), ...(pad === undefined ? {} : { argsPad: pad }) };
  return { program, rootType: root.type };
}

