// The host side of a compiled module: Instance.run / invoke per the run
// contract (libs/ir/src/run-contract.ts), over one WebAssembly instance that is
// reused across runs. A run crosses the boundary once: the input is copied to
// its offset, `run` (prepare + entry) executes, and the outcome's output is a
// view of the output region in the wasm memory: valid until the next run or
// invoke of the instance (which zeroes it, or grows the memory and detaches it).
// The wasm memory grows to the run's arena size when needed (it never shrinks;
// the arena bound is the `tetra:arena` global, checked by every access).
//
// A trap arrives as a WebAssembly.RuntimeError after `tetra:trap` stored its
// kind and site in the exported globals; an IR `unreachable` stores
// UNREACHABLE_KIND instead and becomes an InternalError, as does any wasm trap
// the emitted checks did not announce (that would be a backend bug).
import { InternalError, type RuntimeErrorKind } from "@tetra/core";
import { arenaPlanner, trapOfStatus, type ArenaPlan, type Instance, type InvokeOutcome, type IrValue, type RunOptions, type RunOutcome, type Trapped, type ValType } from "@tetra/ir";
import { planModule, type ExportSig, type WasmMeta } from "./artifact.js";
import { EXPORT, PAGE_SIZE, UNREACHABLE_KIND, exportNameOf } from "./emit/names.js";

type RunFn = (input: number, inputLen: number, output: number, outputCap: number, scratch: number, arena: number, fuel: number) => number;

interface Exports {
  readonly memory: WebAssembly.Memory;
  readonly prepare: RunFn;
  readonly run: RunFn | undefined;
  readonly trapKind: WebAssembly.Global;
  readonly trapSite: WebAssembly.Global;
}

function exportsOf(instance: WebAssembly.Instance): Exports {
  const ex = instance.exports;
  const memory = ex[EXPORT.memory];
  const prepare = ex[EXPORT.prepare];
  const trapKind = ex[EXPORT.trapKind];
  const trapSite = ex[EXPORT.trapSite];
  if (!(memory instanceof WebAssembly.Memory) || typeof prepare !== "function" || !(trapKind instanceof WebAssembly.Global) || !(trapSite instanceof WebAssembly.Global))
    throw new InternalError("not a module compiled by backend-wasm", Object.keys(ex));
  const run = ex[EXPORT.run];
  return { memory, prepare: prepare as RunFn, run: typeof run === "function" ? (run as RunFn) : undefined, trapKind, trapSite };
}

const limitExceeded: Trapped = { ok: false, trap: "MemoryLimitExceeded", site: undefined };

function toWasm(t: ValType, v: IrValue): number | bigint {
  switch (t) {
    case "i32":
      return Number(v) | 0;
    case "i64":
      return BigInt.asIntN(64, BigInt(v));
    case "f64":
      return Number(v);
  }
}

export function createInstance(meta: WasmMeta, instance: WebAssembly.Instance): Instance {
  const ex = exportsOf(instance);
  const plan = arenaPlanner(planModule(meta));
  const sigs = new Map<string, ExportSig>(meta.exports.map((s) => [s.name, s]));
  let view = new Uint8Array(ex.memory.buffer);

  /** Grows the memory to hold the arena; false when the engine refuses. */
  const reserve = (arenaSize: number): boolean => {
    // Only this function grows the memory, and growing detaches the old buffer (view.length 0).
    if (view.length >= arenaSize) return true;
    const have = ex.memory.buffer.byteLength;
    if (have < arenaSize) {
      try {
        ex.memory.grow(Math.ceil((arenaSize - have) / PAGE_SIZE));
      } catch {
        return false;
      }
    }
    if (view.buffer !== ex.memory.buffer) view = new Uint8Array(ex.memory.buffer);
    return true;
  };
  const call = (f: RunFn, p: ArenaPlan): number => f(p.inputOffset, p.inputLen, p.outputOffset, p.outputCap, p.scratchStart, p.arenaSize, p.fuel);

  const trapped = (e: unknown): Trapped => {
    if (e instanceof WebAssembly.RuntimeError) {
      const kind = ex.trapKind.value as number;
      const site = ex.trapSite.value as number;
      if (kind === UNREACHABLE_KIND) throw new InternalError(`unreachable executed in $${meta.funcNames[site] ?? `#${site}`}`);
      const trap: RuntimeErrorKind | undefined = trapOfStatus(kind);
      if (trap === undefined) throw new InternalError("a wasm trap escaped the emitted checks", e.message);
      return { ok: false, trap, site };
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new InternalError("wasm stack overflow below MAX_CALL_DEPTH", e.message);
    throw e;
  };

  return {
    run(input: Uint8Array, options: RunOptions = {}): RunOutcome {
      const run = ex.run;
      if (meta.entry === null || run === undefined) throw new InternalError("module has no entry");
      const p = plan(input.length, options);
      if (p === "MemoryLimitExceeded" || !reserve(p.arenaSize)) return limitExceeded;
      view.set(input, p.inputOffset);
      let n: number;
      try {
        n = call(run, p) >>> 0;
      } catch (e) {
        return trapped(e);
      }
      if (n > p.outputCap) return { ok: false, trap: "MemoryFault", site: undefined };
      return { ok: true, output: view.subarray(p.outputOffset, p.outputOffset + n) };
    },

    invoke(name: string, values: readonly IrValue[], options: RunOptions = {}): InvokeOutcome {
      const sig = sigs.get(name);
      const fn = instance.exports[exportNameOf(name)];
      if (sig === undefined || typeof fn !== "function") throw new InternalError("no exported function", name);
      if (values.length !== sig.params.length) throw new InternalError(`$${name} takes ${sig.params.length} argument(s)`, values);
      const wasmArgs = sig.params.map((t, i) => toWasm(t, values[i] as IrValue));
      const p = plan(0, options);
      if (p === "MemoryLimitExceeded" || !reserve(p.arenaSize)) return limitExceeded;
      try {
        call(ex.prepare, p);
        const r = (fn as (...a: (number | bigint)[]) => number | bigint | undefined)(...wasmArgs);
        return { ok: true, value: sig.result === "none" ? undefined : r };
      } catch (e) {
        return trapped(e);
      }
    },
  };
}
