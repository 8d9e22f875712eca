// The IR interpreter backend: the fifth leg (DESIGN §3), implementing the
// backend contract exactly per the op table. `interpreterBackend` compiles a
// module to closures once; each run gets a fresh arena and runtime state.
import { InternalError, ok } from "@tetra/core";
import type { Backend, Instance, InvokeOutcome, IrValue, RunOutcome } from "../backend.js";
import { buildArena, initialState, planArena, type RunOptions } from "../run-contract.js";
import type { Module, ValType } from "../types.js";
import { assertValid } from "../verify.js";
import { compileModule, type CompiledFunc, type Machine } from "./compile.js";
import { rerunDeep, type DeepRequest } from "./deep.js";
import type { Val } from "./numeric.js";
import { TrapSignal } from "./trap.js";

export { TrapSignal } from "./trap.js";
export { NUM_IMPL } from "./numeric.js";

function toVal(t: ValType, v: IrValue): Val {
  switch (t) {
    case "i32":
      return Number(v) | 0;
    case "i64":
      return BigInt.asIntN(64, BigInt(v));
    case "f64":
      return Number(v);
  }
}

/** Signals that the JavaScript stack ran out below MAX_CALL_DEPTH. */
class StackOverflow {
  constructor(readonly depth: number) {}
}

/** Run `body` in a fresh arena; traps become outcomes. */
function withArena<T>(
  module: Module,
  mc: Machine,
  input: Uint8Array,
  options: RunOptions,
  body: (plan: Exclude<ReturnType<typeof planArena>, string>) => T,
): T | { ok: false; trap: "MemoryLimitExceeded" | TrapSignal["trap"]; site: number | undefined } {
  const plan = planArena(module, input.length, options);
  if (plan === "MemoryLimitExceeded") return { ok: false, trap: plan, site: undefined };
  mc.mem = buildArena(module, plan, input);
  mc.dv = new DataView(mc.mem.buffer);
  mc.state = initialState(plan);
  try {
    mc.state.depth = 1;
    return body(plan);
  } catch (e) {
    if (e instanceof TrapSignal) return { ok: false, trap: e.trap, site: e.site };
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new StackOverflow(mc.state.depth);
    throw e;
  }
}

export interface InterpretOptions {
  /**
   * When the JavaScript stack runs out below MAX_CALL_DEPTH: "rerun" (default)
   * repeats the call on a large-stack worker thread (deep.ts) and adopts its
   * outcome, memory and state; "error" throws InternalError (the worker itself).
   */
  readonly onStackOverflow?: "rerun" | "error";
}

/** An Instance over an already verified module (no verification here). */
export function interpret(module: Module, opts: InterpretOptions = {}): Instance & { readonly machine: Machine } {
  const mc: Machine = { mem: new Uint8Array(0), dv: new DataView(new ArrayBuffer(0)), state: initialState({ arenaSize: 0, inputOffset: 0, inputLen: 0, outputOffset: 0, outputCap: 0, scratchStart: 0, fuel: 0 }) };
  const funcs = compileModule(module, mc);
  const exported = (name: string): CompiledFunc => {
    const f = funcs.get(name);
    if (f === undefined || !module.exports.includes(name)) throw new InternalError("no exported function", name);
    return f;
  };
  /** `attempt()`, or on a stack overflow the same request on a large-stack worker. */
  const deep = <T>(request: DeepRequest, attempt: () => T): T => {
    try {
      return attempt();
    } catch (e) {
      if (!(e instanceof StackOverflow)) throw e;
      if (opts.onStackOverflow === "error") throw new InternalError(`interpreter stack overflow below MAX_CALL_DEPTH (depth ${e.depth})`);
      const reply = rerunDeep(module, request);
      mc.mem = reply.mem;
      mc.dv = new DataView(mc.mem.buffer);
      mc.state = reply.state;
      return reply.outcome as T;
    }
  };
  return {
    machine: mc,
    run(input: Uint8Array, options: RunOptions = {}): RunOutcome {
      if (module.entry === null) throw new InternalError("module has no entry");
      const entry = funcs.get(module.entry) as CompiledFunc;
      return deep({ op: "run", input, options }, () => withArena(module, mc, input, options, (plan) => {
        const n = (entry.call([plan.inputOffset, plan.inputLen, plan.outputOffset, plan.outputCap]) as number) >>> 0;
        if (n > plan.outputCap) return { ok: false, trap: "MemoryFault", site: undefined };
        // A copy, not a view: a view would keep this run's whole (fresh, never reused) arena alive.
        return { ok: true, output: mc.mem.slice(plan.outputOffset, plan.outputOffset + n) };
      }));
    },
    invoke(name: string, args: readonly IrValue[], options: RunOptions = {}): InvokeOutcome {
      const f = exported(name);
      if (args.length !== f.sig.params.length) throw new InternalError(`$${name} takes ${f.sig.params.length} argument(s)`, args);
      const vals = f.sig.params.map((t, i) => toVal(t, args[i] as IrValue));
      return deep({ op: "invoke", name, args, options }, () => withArena(module, mc, new Uint8Array(0), options, () => ({ ok: true, value: f.call(vals) })));
    },
  };
}

/** The interpreter as a backend; the artifact is the verified module itself. */
export const interpreterBackend = {
  name: "interp",
  compile(module: Module) {
    assertValid(module, "IR given to the interpreter");
    return Promise.resolve(ok(module));
  },
  instantiate(artifact: Module) {
    return Promise.resolve(interpret(artifact));
  },
} satisfies Backend<Module>;
