// The registry of runtime helpers by name, and the resolver that turns the set
// a module uses into the text to print (dependencies first, registry order).
import { InternalError } from "@tetra/core";
import { CORE_HELPERS } from "./core.js";
import { DRIVER_HELPERS } from "./driver.js";
import type { Helper } from "./helper.js";
import { I64_HELPERS } from "./i64.js";
import { MEMORY_HELPERS } from "./memory.js";
import { NUM_HELPERS } from "./num.js";

export type { Helper } from "./helper.js";
export { inlineLoad, inlineStore } from "./memory.js";

/** `i64.add_checked` → `$i64_add_checked`: helpers are named after the IR op they implement. */
export function helperName(op: string): string {
  return `$${op.replace(/\./g, "_")}`;
}

export const HELPERS: ReadonlyMap<string, Helper> = new Map<string, Helper>([
  ...Object.entries(CORE_HELPERS),
  ...Object.entries(I64_HELPERS),
  ...Object.entries(NUM_HELPERS),
  ...Object.entries(MEMORY_HELPERS),
  ...Object.entries(DRIVER_HELPERS),
]);

/** The helpers every module contains (the driver and what it needs). */
export const ALWAYS: readonly string[] = ["$InternalError", "$Trap", "$state", "$run", "$invoke", "$bytes"];

/** The text of `used` and everything they depend on, in registry order. */
export function helperText(used: Iterable<string>): string {
  const all = new Set<string>();
  const add = (name: string): void => {
    if (all.has(name)) return;
    const h = HELPERS.get(name);
    if (h === undefined) throw new InternalError("unknown runtime helper", name);
    all.add(name);
    for (const d of h.deps) add(d);
  };
  for (const n of [...ALWAYS, ...used]) add(n);
  return [...HELPERS].filter(([name]) => all.has(name)).map(([, h]) => h.code).join("\n");
}
