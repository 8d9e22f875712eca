// Measuring one group of variants on one workload, interleaved: every round
// takes samples of every variant in turn (the order rotates), so a change in
// machine load hits all variants alike and the ratios, taken between medians
// of the same run, stay meaningful on a shared machine.
import { summarize, type Summary } from "./stats.js";
import type { Variant, VariantName } from "./variant.js";

export interface MeasureSettings {
  /** Interleaved rounds. */
  readonly rounds: number;
  /** Samples per variant per round (1 for a variant whose single call exceeds sampleMs). */
  readonly samplesPerRound: number;
  /** Target duration of one sample; the batch size is chosen to reach it. */
  readonly sampleMs: number;
  /** Warm-up per in-process variant before calibration. */
  readonly warmupMs: number;
  /** Warm-up at the start of every C process. */
  readonly cWarmupMs: number;
  /**
   * Upper bound on the timed duration of one variant, which caps `minCalls`
   * (10^5 pricing calls at 3 ms each would take five minutes).
   */
  readonly maxVariantMs: number;
}

export const FULL_SETTINGS: MeasureSettings = { rounds: 10, samplesPerRound: 3, sampleMs: 20, warmupMs: 500, cWarmupMs: 50, maxVariantMs: 20_000 };
export const QUICK_SETTINGS: MeasureSettings = { rounds: 2, samplesPerRound: 2, sampleMs: 2, warmupMs: 20, cWarmupMs: 2, maxVariantMs: 500 };

export type Measurement =
  | { readonly name: VariantName; readonly status: "ok"; readonly summary: Summary; readonly batch: number; readonly calls: number; readonly output: string }
  | { readonly name: VariantName; readonly status: "mismatch" | "failed"; readonly reason: string };

export interface Plan {
  readonly batch: number;
  readonly samplesPerRound: number;
}

/**
 * Batch size and samples per round from an estimate of one call: a sample lasts
 * about `sampleMs`; at least `minCalls` calls are timed over all rounds, unless
 * that would take longer than `maxVariantMs`.
 */
export function planSamples(estimateNs: number, settings: MeasureSettings, minCalls: number): Plan {
  const est = Math.max(estimateNs, 1);
  const sampleNs = settings.sampleMs * 1e6;
  const samplesPerRound = est >= sampleNs ? 1 : settings.samplesPerRound;
  const samples = settings.rounds * samplesPerRound;
  const forTime = Math.ceil(sampleNs / est);
  const forCalls = Math.min(Math.ceil(minCalls / samples), Math.floor((settings.maxVariantMs * 1e6) / (est * samples)));
  return { batch: Math.max(1, forTime, forCalls), samplesPerRound };
}

/**
 * Probes every variant (its output must equal `expected`), warms it up,
 * calibrates, then runs the interleaved rounds. A variant that disagrees or
 * fails is reported and left out of the timing.
 */
export function measureGroup(variants: readonly Variant[], expected: string, settings: MeasureSettings, minCalls: number): Measurement[] {
  const results = new Map<VariantName, Measurement>();
  const live: { variant: Variant; plan: Plan; samples: number[]; output: string }[] = [];
  for (const v of variants) {
    const first = v.probe();
    if (!first.ok) {
      results.set(v.name, { name: v.name, status: "failed", reason: first.reason });
      continue;
    }
    if (first.json !== expected) {
      results.set(v.name, { name: v.name, status: "mismatch", reason: mismatchText(expected, first.json) });
      continue;
    }
    v.warmUp(settings.warmupMs);
    const est = v.sample(1, 3);
    if (!est.ok) {
      results.set(v.name, { name: v.name, status: "failed", reason: est.reason });
      continue;
    }
    live.push({ variant: v, plan: planSamples(summarize(est.nsPerCall).median, settings, minCalls), samples: [], output: first.json });
  }
  for (let round = 0; round < settings.rounds; round++) {
    for (let k = 0; k < live.length; k++) {
      const entry = live[(k + round) % live.length];
      if (entry === undefined || results.has(entry.variant.name)) continue;
      const s = entry.variant.sample(entry.plan.batch, entry.plan.samplesPerRound);
      if (!s.ok) {
        results.set(entry.variant.name, { name: entry.variant.name, status: "failed", reason: s.reason });
      } else if (s.last.ok && s.last.json !== expected) {
        results.set(entry.variant.name, { name: entry.variant.name, status: "mismatch", reason: mismatchText(expected, s.last.json) });
      } else {
        entry.samples.push(...s.nsPerCall);
      }
    }
  }
  for (const e of live) {
    if (results.has(e.variant.name)) continue;
    results.set(e.variant.name, {
      name: e.variant.name,
      status: "ok",
      summary: summarize(e.samples),
      batch: e.plan.batch,
      calls: e.plan.batch * e.samples.length,
      output: e.output,
    });
  }
  return variants.map((v) => results.get(v.name)).filter((m): m is Measurement => m !== undefined);
}

/** Where two outputs first differ, with a little context. */
export function mismatchText(expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && i < got.length && expected[i] === got[i]) i++;
  const from = Math.max(0, i - 20);
  return `output differs at character ${i}: expected …${JSON.stringify(expected.slice(from, i + 40))}, got …${JSON.stringify(got.slice(from, i + 40))}`;
}
