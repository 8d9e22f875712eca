// Random types for parameters, fields, bindings and roots. Components are
// kept shallow (depth ≤ 2). Records are only built where a dict literal can
// give them (never inside Dict/Option/Result, whose literals need a written
// type), closures only where a closure value can sit (a field or binding).
import { InternalError } from "@tetra/core";
import type { Gen } from "./gen-context.js";
import { isBareKey, KEY_POOL } from "./gen-literals.js";
import { G, type GType, type RecordField } from "./gtype.js";

export interface TypeOptions {
  readonly depth: number;
  /** Types a `#main` parameter can have (JSON-decodable: no records or closures, no Option<Option<…>>). */
  readonly decodable?: boolean;
  readonly allowRecord?: boolean;
  readonly allowClosure?: boolean;
}

export function genType(g: Gen, o: TypeOptions): GType {
  const rng = g.rng;
  const leafOnly = o.depth <= 0;
  const inner = (extra: { allowRecord?: boolean } = {}): GType => genType(g, { depth: o.depth - 1, decodable: o.decodable === true, allowRecord: extra.allowRecord === true, allowClosure: false });
  const schemas = [...g.schemas.keys()];
  const enums = [...g.enums.keys()];
  const choice = rng.weighted<string>([
    [26, "Int"],
    [14, "Float"],
    [10, "Bool"],
    [20, "String"],
    [leafOnly ? 0 : 12, "List"],
    [leafOnly ? 0 : 4, "Tuple"],
    [leafOnly ? 0 : 6, "Option"],
    [leafOnly ? 0 : 3, "Dict"],
    [leafOnly ? 0 : 2.5, "Result"],
    [schemas.length > 0 ? 4 : 0, "Schema"],
    [enums.length > 0 ? 5 : 0, "Enum"],
    [o.allowRecord === true && o.decodable !== true && !leafOnly ? 4 : 0, "Record"],
    [o.allowClosure === true && o.decodable !== true && !leafOnly ? 2.5 : 0, "Closure"],
  ]);
  switch (choice) {
    case "Int":
      return G.int;
    case "Float":
      return G.float;
    case "Bool":
      return G.bool;
    case "String":
      return G.string;
    case "List":
      return G.list(inner({ allowRecord: o.allowRecord === true && rng.chance(0.5) }));
    case "Tuple":
      return G.tuple(Array.from({ length: rng.weighted([[1, 1], [4, 2], [2, 3]]) }, () => inner({ allowRecord: o.allowRecord === true && rng.chance(0.3) })));
    case "Option": {
      const some = inner();
      // `Option<Option<T>>` arguments are ambiguous in JSON (`null` is the outer None).
      return G.option(o.decodable === true && some.kind === "Option" ? some.some : some);
    }
    case "Dict":
      return G.dict(inner());
    case "Result":
      return G.result(inner(), inner());
    case "Schema":
      return G.schema(rng.pick(schemas));
    case "Enum":
      return G.enumT(rng.pick(enums));
    case "Record":
      return recordType(g, o.depth - 1);
    case "Closure": {
      const params = Array.from({ length: rng.range(1, 2) }, () => genType(g, { depth: 0 }));
      return G.closure(params, genType(g, { depth: 1 }));
    }
    default:
      throw new InternalError(`unknown type choice ${choice}`);
  }
}

export function recordType(g: Gen, depth: number): GType {
  const rng = g.rng;
  const n = rng.range(1, 3);
  const fields: RecordField[] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    let name = g.fresh("r");
    if (rng.chance(0.15)) {
      const k = rng.pick(KEY_POOL);
      if (!isBareKey(k) && !used.has(k)) name = k;
    }
    used.add(name);
    fields.push({ name, type: genType(g, { depth: Math.max(0, depth), allowRecord: depth > 0 }), internal: rng.chance(0.12) });
  }
  return G.record(fields);
}

/** Scalar and simple types for schema fields and enum payloads (decodable, shallow). */
export function simpleFieldType(g: Gen, allowNamed: boolean): GType {
  const rng = g.rng;
  const named: GType[] = allowNamed ? [...[...g.schemas.keys()].map(G.schema), ...[...g.enums.keys()].map(G.enumT)] : [];
  return rng.weighted<() => GType>([
    [5, () => G.int],
    [3, () => G.float],
    [2, () => G.bool],
    [4, () => G.string],
    [1.5, () => G.list(rng.pick([G.int, G.string, G.float]))],
    [1.5, () => G.option(rng.pick([G.int, G.string]))],
    [0.7, () => G.tuple([G.int, G.string])],
    [named.length > 0 ? 1.5 : 0, () => rng.pick(named)],
  ])();
}
