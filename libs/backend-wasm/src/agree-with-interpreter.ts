// Test support (not exported from the package): runs IR functions on the
// interpreter and on this backend at both optimisation levels and expects the
// same outcomes; returns the interpreter's, for the test to spell out.
import { exportAll, interpret, parseOrThrow, type IrValue, type Module, type RunOptions } from "@tetra/ir";
import { expect } from "vitest";
import { createWasmBackend } from "./backend.js";

const backend = createWasmBackend({ cacheDir: false });

export const MAX = (1n << 63n) - 1n;
export const MIN = -(1n << 63n);

export async function agree(m: Module, calls: readonly [string, readonly IrValue[], RunOptions?][]): Promise<unknown[]> {
  const reference = interpret(m);
  const expected = calls.map(([f, args, o]) => reference.invoke(f, args, o));
  for (const optimize of [false, true]) {
    const r = await backend.compile(m, { optimize });
    if (!r.ok) throw new Error("compile failed");
    const inst = await backend.instantiate(r.value);
    expect(calls.map(([f, args, o]) => inst.invoke(f, args, o))).toEqual(expected);
  }
  return expected;
}

/** A module from IR text with every function exported. */
export const ir = (text: string): Module => exportAll(parseOrThrow(text));
