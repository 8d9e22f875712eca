import { describe, expect, it } from "vitest";
import { measureGroup, mismatchText, planSamples, type MeasureSettings } from "./measure.js";
import { inProcessVariant, type CallResult, type Clock } from "./variant.js";

const SETTINGS: MeasureSettings = { rounds: 3, samplesPerRound: 2, sampleMs: 1, warmupMs: 0, cWarmupMs: 0, maxVariantMs: 1000 };

/** A clock that advances `costNs` per call of the variant that uses it. */
function fakeVariant(name: "hand-js" | "js" | "wasm", costNs: number, result: () => CallResult) {
  let now = 0;
  const clock: Clock = () => now;
  return inProcessVariant(
    name,
    () => {
      now += costNs;
      return result();
    },
    clock,
  );
}

describe("planSamples", () => {
  it("batches-fast-calls-to-fill-a-sample", () => {
    expect(planSamples(1000, SETTINGS, 1)).toEqual({ batch: 1000, samplesPerRound: 2 });
  });

  it("takes-one-sample-per-round-of-a-call-longer-than-a-sample", () => {
    expect(planSamples(5e6, SETTINGS, 1)).toEqual({ batch: 1, samplesPerRound: 1 });
  });

  it("times-at-least-min-calls-over-all-rounds", () => {
    // 10^5 calls over 3 rounds × 2 samples: batches of 16667.
    expect(planSamples(1000, SETTINGS, 100_000)).toEqual({ batch: 16667, samplesPerRound: 2 });
  });

  it("min-calls-give-way-to-the-time-bound", () => {
    // 10^5 calls of 100 µs would be 10 s; 1 s over 6 samples allows batches of 1666.
    expect(planSamples(100_000, SETTINGS, 100_000)).toEqual({ batch: 1666, samplesPerRound: 2 });
    // ... but a sample still lasts at least sampleMs.
    expect(planSamples(100_000, { ...SETTINGS, maxVariantMs: 1 }, 100_000)).toEqual({ batch: 10, samplesPerRound: 2 });
  });
});

describe("measureGroup", () => {
  const ok = (json: string) => () => ({ ok: true, json }) as const;

  it("reports-the-median-per-call-time-and-the-call-count", () => {
    const [m] = measureGroup([fakeVariant("js", 250, ok("42"))], "42", SETTINGS, 1);
    expect(m).toMatchObject({ name: "js", status: "ok", batch: 4000, calls: 4000 * 6, output: "42" });
    expect(m?.status === "ok" ? m.summary : undefined).toEqual({ median: 250, min: 250, q1: 250, q3: 250, samples: 6 });
  });

  it("leaves-a-disagreeing-variant-out-of-the-timing", () => {
    const ms = measureGroup([fakeVariant("hand-js", 100, ok("42")), fakeVariant("wasm", 100, ok("41"))], "42", SETTINGS, 1);
    expect(ms.map((m) => m.status)).toEqual(["ok", "mismatch"]);
    expect(ms[1]).toMatchObject({ reason: 'output differs at character 1: expected …"42", got …"41"' });
  });

  it("a-variant-that-starts-failing-later-is-reported-failed", () => {
    let calls = 0;
    const flaky = fakeVariant("js", 1e6, () => (++calls > 8 ? { ok: false, reason: "runtime error NumericOverflow" } : { ok: true, json: "1" }));
    expect(measureGroup([flaky], "1", SETTINGS, 1)).toEqual([{ name: "js", status: "failed", reason: "runtime error NumericOverflow" }]);
  });

  it("a-variant-that-fails-at-once-is-reported-failed", () => {
    const bad = fakeVariant("js", 10, () => ({ ok: false, reason: "unsupported: x" }));
    expect(measureGroup([bad], "1", SETTINGS, 1)).toEqual([{ name: "js", status: "failed", reason: "unsupported: x" }]);
  });

  it("mismatch-text-quotes-both-sides-around-the-first-difference", () => {
    expect(mismatchText('{"a": 1}', '{"a": 2}')).toBe('output differs at character 6: expected …"{\\"a\\": 1}", got …"{\\"a\\": 2}"');
  });
});
