// Compiling a kernel on a Tetra target through the driver (the same pipeline
// as `tetra run`), timing the compile, and wrapping the rule as a variant whose
// call is exactly what a user's call costs: `runRule(rule, argsJson)` — UTF-8
// encode, one run (compiled codecs decode the arguments and encode the result
// inside it), UTF-8 decode.
import { unreachable } from "@tetra/core";
import { MAX_FUEL } from "@tetra/ir";
import { compileRule, runRule, type CompiledRule, type DriverOutcome, type TargetName } from "@tetra/driver";
import type { Kernel, Workload } from "./kernels.js";
import { hrClock, inProcessVariant, type CallResult, type Clock, type Variant } from "./variant.js";

export type Prepared =
  | {
      readonly ok: true;
      readonly target: TargetName;
      readonly rule: CompiledRule;
      /** The first compile of this program in this process (wasm/native: a cache miss). */
      readonly coldMs: number;
      /** The same compile again (wasm/native: a cache hit); undefined where nothing is cached. */
      readonly cachedMs: number | undefined;
    }
  | { readonly ok: false; readonly target: TargetName; readonly status: "unavailable" | "unsupported" | "rejected"; readonly reason: string };

/** Targets whose backend keeps a compile cache (DESIGN §8: artifacts cached by content hash). */
export const CACHED_TARGETS: readonly TargetName[] = ["wasm", "native"];

export async function prepareTarget(source: string, file: string, target: TargetName, clock: Clock = hrClock): Promise<Prepared> {
  const t0 = clock();
  const first = await compileRule({ source, file, target });
  const coldMs = (clock() - t0) / 1e6;
  if (!first.ok) {
    const reason = first.outcome.diagnostics.map((d) => d.message).join("; ");
    const status = first.outcome.kind === "rejected" ? "rejected" : reason.includes("target unavailable") ? "unavailable" : "unsupported";
    return { ok: false, target, status, reason };
  }
  if (!CACHED_TARGETS.includes(target)) return { ok: true, target, rule: first.rule, coldMs, cachedMs: undefined };
  const t1 = clock();
  const again = await compileRule({ source, file, target });
  const cachedMs = (clock() - t1) / 1e6;
  return { ok: true, target, rule: again.ok ? again.rule : first.rule, coldMs, cachedMs };
}

export function ruleVariant(rule: CompiledRule, workload: Workload): Variant {
  const settings = workload.memoryLimit === undefined ? { fuel: MAX_FUEL } : { fuel: MAX_FUEL, memoryLimit: workload.memoryLimit };
  return inProcessVariant(rule.target, () => callResult(runRule(rule, workload.args, settings)));
}

export function handVariant(kernel: Kernel, args: string): Variant {
  return inProcessVariant("hand-js", () => {
    try {
      return { ok: true, json: kernel.hand(args) };
    } catch (e) {
      return { ok: false, reason: `hand-written JS threw: ${e instanceof Error ? e.message : String(e)}` };
    }
  });
}

export function callResult(o: DriverOutcome): CallResult {
  switch (o.kind) {
    case "ok":
      return { ok: true, json: o.json };
    case "runtime-error":
      return { ok: false, reason: `runtime error ${o.error.kind}: ${o.error.message}` };
    case "bad-arguments":
      return { ok: false, reason: `bad arguments ${o.error.kind} at ${o.error.path}: ${o.error.message}` };
    case "rejected":
    case "unsupported":
      return { ok: false, reason: `${o.kind}: ${o.diagnostics.map((d) => d.message).join("; ")}` };
    default:
      return unreachable(o);
  }
}
