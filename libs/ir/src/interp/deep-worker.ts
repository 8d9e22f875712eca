// The worker side of rerunDeep (deep.ts): interpret the module once with the
// large stack this thread was given and post the outcome, final memory and
// runtime state back. Whatever happens — even a failed import — the signal is
// set, so the waiting caller never hangs; an overflow of even this stack is an
// InternalError on the caller's side.
import { workerData } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import type { DeepReply, DeepRequest } from "./deep.js";
import type { Module } from "../types.js";

const { module, request, port, signal } = workerData as { module: Module; request: DeepRequest; port: MessagePort; signal: Int32Array };

async function answer(): Promise<DeepReply> {
  try {
    const { interpret } = await import("./index.js");
    const inst = interpret(module, { onStackOverflow: "error" });
    const outcome = request.op === "run" ? inst.run(request.input, request.options) : inst.invoke(request.name, request.args, request.options);
    return { ok: true, outcome, mem: inst.machine.mem, state: inst.machine.state };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

try {
  const reply = await answer();
  port.postMessage(reply, reply.ok ? [reply.mem.buffer as ArrayBuffer] : []);
} finally {
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
