// The pass pipeline, as a straight list of calls (QBE style). Each pass states
// its preconditions in its first comment; tests verify the module after each.
import type { Module } from "../types.js";
import { dce } from "./dce.js";
import { fold } from "./fold.js";
import { insertFuel, type FuelOptions } from "./fuel.js";
import { inlineSelfCalls } from "./inline.js";

export { dce, dceFunc } from "./dce.js";
export { fold, foldFunc } from "./fold.js";
export { inlineSelfCalls, inlineSelfCallsFunc, INLINE_MAX_NODES, INLINE_MAX_SITES } from "./inline.js";
export { insertFuel, insertFuelFunc, FUEL_PER_CALL, FUEL_PER_ITERATION, type FuelOptions } from "./fuel.js";

/** What compiled targets run: fold, remove dead code, insert fuel, then inline small self-recursive functions into themselves. */
export function standardPipeline(m: Module, fuel: FuelOptions = {}): Module {
  return inlineSelfCalls(insertFuel(dce(fold(m)), fuel));
}
