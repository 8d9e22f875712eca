// Run-time environments: one frame per dict literal instance, where block,
// closure call, comprehension iteration and match arm, chained lexically.
// Dict fields and where bindings start as pending slots and are forced on
// first read (§5.2); reading a slot that is being forced is CircularReference.
import { InternalError, type Value } from "@tetra/core";
import type { BindingId } from "../analyze/typed-ast.js";

/** A compiled node: evaluates it in an environment. */
export type Code = (env: Env) => Value;

export interface LazySlot {
  state: "pending" | "forcing" | "done";
  readonly code: Code;
  readonly env: Env;
  readonly name: string;
  value?: Value;
}

export type Slot = Value | LazySlot;

export function isLazy(s: Slot): s is LazySlot {
  return (s as LazySlot).code !== undefined;
}

export class Env {
  readonly slots = new Map<BindingId, Slot>();
  constructor(readonly parent: Env | undefined) {}

  bind(id: BindingId, slot: Slot): void {
    this.slots.set(id, slot);
  }

  lookup(id: BindingId): Slot {
    for (let e: Env | undefined = this; e !== undefined; e = e.parent) {
      const s = e.slots.get(id);
      if (s !== undefined) return s;
    }
    throw new InternalError("unbound binding at run time", id);
  }
}
