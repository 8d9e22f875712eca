// Summary statistics of timing samples. The median is the figure every ratio
// uses (the machine is shared, so single samples are noisy in both
// directions); min and the quartiles are shown so the noise is visible.
import { InternalError } from "@tetra/core";

export interface Summary {
  /** Per-call nanoseconds. */
  readonly median: number;
  readonly min: number;
  readonly q1: number;
  readonly q3: number;
  /** How many samples. */
  readonly samples: number;
}

/** The p-quantile (0 ≤ p ≤ 1) of sorted values, linear between neighbours. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new InternalError("quantile of no samples");
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (at - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), min: sorted[0] ?? NaN, q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), samples: sorted.length };
}

/** Interquartile range relative to the median: 0.05 = the middle half of the samples lies within ±2.5 %. */
export function relativeSpread(s: Summary): number {
  return s.median === 0 ? 0 : (s.q3 - s.q1) / s.median;
}
