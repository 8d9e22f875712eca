// The backend contract: what js, wasm, native and the IR interpreter each
// provide, so the conformance harness and the filetests drive them alike.
//
//   const r = await backend.compile(module, {});        // Result<Artifact, Diagnostic[]>
//   if (!r.ok) ...                                       // only "unsupported" diagnostics
//   const inst = await backend.instantiate(r.value);
//   inst.run(jsonBytes, { fuel: 1e6 })                   // the run contract (run-contract.ts)
//   inst.invoke("add", [1n, 2n])                         // call one exported function
//
// Failure classes (STYLE): invalid IR is a bug — compile throws InternalError
// (it may call assertValid); a construct the target cannot compile is a
// `Unsupported` diagnostic in the Result; a runtime error is an outcome
// `{ ok: false, trap, site }`. An `unreachable` op reached at run time is a bug:
// run/invoke throw InternalError.
import type { Diagnostic, Result, RuntimeErrorKind } from "@tetra/core";
import type { RunOptions } from "./run-contract.js";
import type { Module } from "./types.js";

/** An IR value crossing the host boundary: i32 and f64 as number, i64 as bigint. */
export type IrValue = number | bigint;

export type Trapped = {
  readonly ok: false;
  readonly trap: RuntimeErrorKind;
  /** The op's trap site (index into Module.sites), or undefined when the host raised it (limits before the run). */
  readonly site: number | undefined;
};

/** A run: the bytes of the output region the entry reported as written, or a trap. */
export type RunOutcome = { readonly ok: true; readonly output: Uint8Array } | Trapped;

/** An invoke: the function's result (undefined for none), or a trap. */
export type InvokeOutcome = { readonly ok: true; readonly value: IrValue | undefined } | Trapped;

export interface Instance {
  /**
   * The run contract: plan the arena (planArena), copy constants and input,
   * call the entry with (input_offset, input_len, output_offset, output_cap),
   * and return the first `returned` bytes of the output region. A returned
   * length above output_cap is a MemoryFault (site undefined). The output may
   * be a view of the instance's arena: valid until its next run or invoke.
   */
  run(input: Uint8Array, options?: RunOptions): RunOutcome;
  /**
   * Call an exported function with `args` (i32: any number, taken `| 0`; i64:
   * bigint; f64: number) in a fresh arena planned as for a run with empty input.
   */
  invoke(func: string, args: readonly IrValue[], options?: RunOptions): InvokeOutcome;
}

export interface CompileOptions {
  /** Run the backend's own optimizer (binaryen -O, LLVM -O2); semantics never change. */
  readonly optimize?: boolean;
}

export interface Backend<A> {
  readonly name: string;
  compile(module: Module, options?: CompileOptions): Promise<Result<A, Diagnostic[]>>;
  instantiate(artifact: A): Promise<Instance>;
}
