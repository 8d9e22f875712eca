// The agreement rules of DESIGN §7, as pure functions over outcomes.
import type { Expectation } from "./fixtures.js";
import { describeOutcome, type Outcome } from "./outcome.js";

/** Why `o` does not meet the fixture's literal expectation, or undefined when it does. */
export function checkExpectation(expected: Expectation, o: Outcome): string | undefined {
  if (expected.kind === "value") {
    if (o.kind !== "ok") return `expected a value, got ${describeOutcome(o)}`;
    return o.json === expected.json ? undefined : `value differs from expected.json:\n${textDiff(expected.json, o.json)}`;
  }
  const kind = expected.errorKind;
  if (o.kind === "trap" && o.trap === kind) return undefined;
  // A static `Const<K>` diagnostic meets an expected runtime kind K: the
  // constant folder reports ConstNumericOverflow where evaluation would raise
  // NumericOverflow (LANGUAGE.md §4.2; shared fixture spec/overflow_literal_add).
  if (o.kind === "rejected" && (o.codes.includes(kind) || o.codes.includes(`Const${kind}`))) return undefined;
  return `expected error ${kind}, got ${describeOutcome(o)}`;
}

/**
 * Why two targets' outcomes disagree, or undefined when they agree: both ok
 * with identical canonical text (which pins floats by bit pattern — the text is
 * shortest round-trip, and -0.0 prints as -0.0 — strings by bytes and key
 * order), or both the same trap kind, or both rejected with the same codes.
 *
 * Resource limits are not compared against the tree-walk evaluator: it counts
 * its own steps (`StepLimitExceeded`, §5.3) and has no arena, and its call
 * depth counts language calls only, while compiled code also counts the
 * runtime-library frames below the deepest language call
 * (`MemoryLimitExceeded`). Compiled targets are still compared with each
 * other on both kinds, exactly.
 */
export function checkAgreement(reference: Outcome, o: Outcome, options: { readonly referenceIsTreeWalk: boolean }): string | undefined {
  if (options.referenceIsTreeWalk && (isResourceLimit(reference) || isResourceLimit(o))) return undefined;
  if (reference.kind === "ok" && o.kind === "ok") {
    if (reference.json !== o.json) return `value differs:\n${textDiff(reference.json, o.json)}`;
    if (reference.bytes !== undefined && o.bytes !== undefined && !bytesEqual(reference.bytes, o.bytes)) {
      return "output-region bytes differ";
    }
    return undefined;
  }
  if (reference.kind === "trap" && o.kind === "trap") return reference.trap === o.trap ? undefined : `trap ${o.trap}, reference trap ${reference.trap}`;
  if (reference.kind === "rejected" && o.kind === "rejected") {
    return reference.codes.join() === o.codes.join() ? undefined : `rejected with ${o.codes.join()}, reference ${reference.codes.join()}`;
  }
  return `${describeOutcome(o)}; reference: ${describeOutcome(reference)}`;
}

function isResourceLimit(o: Outcome): boolean {
  return o.kind === "trap" && (o.trap === "StepLimitExceeded" || o.trap === "MemoryLimitExceeded");
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A small line diff: the first differing line with a little context (`-` expected, `+` actual). */
export function textDiff(expected: string, actual: string): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const from = Math.max(0, i - 2);
  const out: string[] = [];
  for (let k = from; k < i; k++) out.push(`   ${e[k]}`);
  for (let k = i; k < Math.min(e.length, i + 3); k++) out.push(` - ${e[k]}`);
  for (let k = i; k < Math.min(a.length, i + 3); k++) out.push(` + ${a[k]}`);
  return out.join("\n");
}
