// A run that outgrows the JavaScript stack is rerun, synchronously, on a
// worker thread with a large stack. The interpreter compiles each IR
// expression to a JS closure, so one IR call costs several JS frames and the
// default ~1 MB stack runs out a few hundred calls deep, below MAX_CALL_DEPTH.
// The IR semantics say such a program has a value (or traps at the depth
// limit), so the host must not report an InternalError: the rerun gives the
// same deterministic result with room for MAX_CALL_DEPTH frames. Only the rare
// overflowing run pays for starting the worker (tens of milliseconds).
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel, Worker, receiveMessageOnPort } from "node:worker_threads";
import { InternalError } from "@tetra/core";
import type { InvokeOutcome, IrValue, RunOutcome } from "../backend.js";
import type { RunOptions, RuntimeState } from "../run-contract.js";
import type { Module } from "../types.js";

/** Stack of the worker thread: MAX_CALL_DEPTH IR frames of even a deeply nested body fit. */
export const DEEP_STACK_MB = 512;

/** How long a caller waits for a worker that never answers. */
const DEEP_DEADLINE_MS = 30 * 60 * 1000;

export type DeepRequest =
  | { readonly op: "run"; readonly input: Uint8Array; readonly options: RunOptions }
  | { readonly op: "invoke"; readonly name: string; readonly args: readonly IrValue[]; readonly options: RunOptions };

export type DeepReply =
  | { readonly ok: true; readonly outcome: RunOutcome | InvokeOutcome; readonly mem: Uint8Array; readonly state: RuntimeState }
  | { readonly ok: false; readonly message: string };

/**
 * The worker script. Tests run the TypeScript sources, which a worker thread
 * cannot load, so a source-tree caller uses the compiled copy in dist/ (built by
 * tools/setup.sh, `npx tsc -b`).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith(".js")) return new URL("./deep-worker.js", here);
  const built = new URL("../../dist/interp/deep-worker.js", here);
  if (!existsSync(fileURLToPath(built)))
    throw new InternalError("the deep-recursion worker is not built; run `npx tsc -b`", fileURLToPath(built));
  return pathToFileURL(fileURLToPath(built));
}

/** Run `request` against `module` on a large-stack worker and wait for it. */
export function rerunDeep(module: Module, request: DeepRequest): Extract<DeepReply, { ok: true }> {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(workerUrl(), {
    workerData: { module, request, port: port2, signal },
    transferList: [port2],
    resourceLimits: { stackSizeMb: DEEP_STACK_MB },
    // Not the caller's flags: a test runner's export conditions would select TypeScript sources.
    execArgv: [],
  });
  try {
    // The worker sets the signal after posting its reply (deep-worker.ts). Its
    // runs are bounded by fuel; the deadline only guards against a thread that
    // died without running any code (e.g. out of heap).
    const deadline = Date.now() + DEEP_DEADLINE_MS;
    while (Atomics.load(signal, 0) === 0 && Date.now() < deadline) Atomics.wait(signal, 0, 0, 1000);
    const received = receiveMessageOnPort(port1) as { message: DeepReply } | undefined;
    if (received === undefined) throw new InternalError("the deep-recursion worker stopped without a reply");
    const reply = received.message;
    if (!reply.ok) throw new InternalError(reply.message);
    return reply;
  } finally {
    port1.close();
    void worker.terminate();
  }
}
