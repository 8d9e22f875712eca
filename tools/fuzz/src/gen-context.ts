// The generator's state and scopes. `Gen` holds the PRNG, the node budget
// that keeps programs small, fresh names and the program's declarations;
// `Ctx` is the lexical scope at the point being generated: the names that
// may be read there (only fields that cannot form a cycle, see gen-dict.ts),
// the fields reachable through `&sibling` / `&root`, and the depth left.
import { InternalError } from "@tetra/core";
import type { GEnum, GExpr, GSchema } from "./gast.js";
import type { GType } from "./gtype.js";
import { Rng } from "./rng.js";

export interface FnSig {
  readonly params: readonly GType[];
  readonly result: GType;
  /**
   * A recursive function: every call from outside passes a bounded first
   * argument (`clamp(e, -1, 5)`) and the body calls it with `fixedFirst`
   * (`n - 1`), so recursion always ends within a few levels.
   */
  readonly recursive?: { readonly fixedFirst?: GExpr };
}

export interface Var {
  readonly name: string;
  readonly type: GType;
  /** A function field or function `where` binding: it is called, never read. */
  readonly fn?: FnSig;
  /** A field with a string key (`"a b": …`): reachable only as `&sibling["a b"]` or `obj["a b"]`. */
  readonly quoted?: boolean;
}

export interface Ctx {
  readonly vars: readonly Var[];
  /** Fields of the directly enclosing dict literal that may be read here. */
  readonly sibling?: readonly Var[];
  /** Fields of the root dict literal that may be read here. */
  readonly root?: readonly Var[];
  /** Depth left: at 0 only leaves are generated. */
  readonly depth: number;
}

export interface Imports {
  /** Alias of each imported module (`#import list from "std/list"` → list: "list"). */
  readonly alias: Partial<Record<"list" | "math" | "string" | "dict", string>>;
  /** Names imported with `#import { a, b as c }`: member → local name. */
  readonly named: ReadonlyMap<string, string>;
}

export interface GenOptions {
  /** Rough number of expression nodes per program (default 40). */
  readonly size?: number;
  /** Maximum expression depth (default 4). */
  readonly maxDepth?: number;
}

export class Gen {
  readonly rng: Rng;
  /** Nodes left to generate; at 0 the generator only closes what it opened with leaves. */
  budget: number;
  readonly maxDepth: number;
  private counter = 0;
  readonly schemas = new Map<string, GSchema>();
  readonly enums = new Map<string, GEnum>();
  imports: Imports = { alias: {}, named: new Map() };

  constructor(seed: number, options: GenOptions = {}) {
    this.rng = new Rng(seed);
    this.budget = options.size ?? 40;
    this.maxDepth = options.maxDepth ?? 4;
  }

  /** A name used nowhere else in the program, so no scope ever shadows another. */
  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** Take one node from the budget; false when it is spent. */
  spend(n = 1): boolean {
    this.budget -= n;
    return this.budget >= 0;
  }

  get exhausted(): boolean {
    return this.budget <= 0;
  }

  schema(name: string): GSchema {
    const s = this.schemas.get(name);
    if (s === undefined) throw new InternalError(`unknown schema ${name}`);
    return s;
  }

  enumDecl(name: string): GEnum {
    const e = this.enums.get(name);
    if (e === undefined) throw new InternalError(`unknown enum ${name}`);
    return e;
  }
}

export function deeper(ctx: Ctx, by = 1): Ctx {
  return { ...ctx, depth: ctx.depth - by };
}

/**
 * The scope inside a dict literal that is not a generated rich dict (a Dict,
 * schema or record literal): `&sibling` there would name that literal's own
 * fields, so the enclosing dict's fields are no longer reachable that way.
 */
export function insideLiteral(ctx: Ctx): Ctx {
  if (ctx.sibling === undefined) return ctx;
  const { sibling: _, ...rest } = ctx;
  return rest;
}

export function withVars(ctx: Ctx, vars: readonly Var[]): Ctx {
  return vars.length === 0 ? ctx : { ...ctx, vars: [...ctx.vars, ...vars] };
}
