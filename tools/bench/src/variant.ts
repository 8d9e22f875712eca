// A variant is one way of running a kernel: a Tetra target, the hand-written
// JavaScript, or the C program. The runner treats them alike: probe once (the
// output must equal the hand-written JavaScript's), warm up, then take timed
// samples of batches of calls.
import type { TargetName } from "@tetra/driver";

export type BaselineName = "hand-js" | "c";
/** A target name, a baseline, or an ablation label such as "wasm, no fuel" (ablation.ts). */
export type VariantName = TargetName | BaselineName | (string & {});

export type CallResult = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly reason: string };

export type SampleResult =
  | { readonly ok: true; readonly nsPerCall: readonly number[]; readonly last: CallResult }
  | { readonly ok: false; readonly reason: string };

export interface Variant {
  readonly name: VariantName;
  /** One untimed call (C: one short process run). */
  probe(): CallResult;
  /** Runs calls for about `ms` milliseconds so JITs and caches settle. */
  warmUp(ms: number): void;
  /** `samples` timed samples of `batch` calls each: per-call nanoseconds, and the last call's result. */
  sample(batch: number, samples: number): SampleResult;
}

export type Clock = () => number;

/** Nanoseconds from an arbitrary origin. */
export const hrClock: Clock = () => Number(process.hrtime.bigint());

/** A variant that runs in this process: `call` is one complete call (JSON in → JSON out). */
export function inProcessVariant(name: VariantName, call: () => CallResult, clock: Clock = hrClock): Variant {
  return {
    name,
    probe: call,
    warmUp(ms) {
      const end = clock() + ms * 1e6;
      let n = 0;
      // At least a few calls, so even a slow variant is compiled by the JIT once.
      while (n < 3 || clock() < end) {
        call();
        n++;
      }
    },
    sample(batch, samples) {
      const nsPerCall: number[] = [];
      let last: CallResult = { ok: false, reason: "no call" };
      for (let s = 0; s < samples; s++) {
        const t0 = clock();
        for (let b = 0; b < batch; b++) last = call();
        nsPerCall.push((clock() - t0) / batch);
        // Checked after the clock stopped: the result of the last call of each sample.
        if (!last.ok) return { ok: false, reason: last.reason };
      }
      return { ok: true, nsPerCall, last };
    },
  };
}
