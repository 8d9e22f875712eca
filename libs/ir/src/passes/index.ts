// The pass pipeline, as a straight list of calls (QBE style). Each pass states
// its preconditions in its first comment; tests verify the module after each.
import type { Module } from "../types.js";
import { dce } from "./dce.js";
import { fold } from "./fold.js";
import { insertFuel, type FuelOptions } from "./fuel.js";

export { dce, dceFunc } from "./dce.js";
export { fold, foldFunc } from "./fold.js";
export { insertFuel, insertFuelFunc, FUEL_PER_CALL, FUEL_PER_ITERATION, type FuelOptions } from "./fuel.js";

/** What compiled targets run: fold, remove dead code, then insert fuel. */
export function standardPipeline(m: Module, fuel: FuelOptions = {}): Module {
  return insertFuel(dce(fold(m)), fuel);
}
