// Fuel insertion: makes every compiled target run out of fuel at the same IR
// point (DESIGN §5, LANGUAGE §5.3 StepLimitExceeded).
//
// Preconditions: a verified module without fuel ops of its own (run the pass
// once, after fold/DCE: removing code after this pass would change where fuel
// runs out). Cost model: FUEL_PER_CALL units at every function entry and
// FUEL_PER_ITERATION units at the start of every loop iteration (the first
// included — that is the back-edge count plus one), each a `fuel` op at `site`
// (default 0, "no source location").
//   (func $f (loop $l ...))  ->  (func $f (fuel 1 site=0) (loop $l (fuel 1 site=0) ...))
import type { Expr, Func, Module } from "../types.js";
import { mapChildren } from "../walk.js";

export const FUEL_PER_CALL = 1;
export const FUEL_PER_ITERATION = 1;

export interface FuelOptions {
  readonly site?: number;
}

function insert(e: Expr, site: number): Expr {
  const inner = mapChildren(e, { child: (c) => insert(c, site), list: (es) => es.map((c) => insert(c, site)) });
  if (inner.kind !== "loop") return inner;
  return { ...inner, body: [{ kind: "fuel", amount: FUEL_PER_ITERATION, site }, ...inner.body] };
}

export function insertFuelFunc(f: Func, options: FuelOptions = {}): Func {
  const site = options.site ?? 0;
  return { ...f, body: [{ kind: "fuel", amount: FUEL_PER_CALL, site }, ...f.body.map((e) => insert(e, site))] };
}

/** Inserts fuel ops; a module without trap sites gets a span-less site 0 for them. */
export function insertFuel(m: Module, options: FuelOptions = {}): Module {
  const sites = m.sites.length === 0 ? [{ span: null }] : m.sites;
  return { ...m, sites, funcs: m.funcs.map((f) => insertFuelFunc(f, options)) };
}
