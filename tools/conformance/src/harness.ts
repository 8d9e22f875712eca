// Runs every fixture on every target and decides each cell of the matrix.
//
// A cell passes when the target's outcome meets the fixture's literal
// expectation AND agrees with the oracle (tree-walk) AND, for compiled
// targets, has the same output-region bytes as the first compiled target that
// produced a value. `unsupported` without a declared skip is a failure (the
// contract: zero skips on CORE constructs unless a fixture says why).
import { checkAgreement, checkExpectation } from "./compare.js";
import type { Fixture } from "./fixtures.js";
import type { Outcome } from "./outcome.js";
import type { RunSettings, Target } from "./target.js";

export type Cell =
  | { readonly kind: "pass" }
  | { readonly kind: "fail"; readonly reason: string }
  /** The fixture declares that this target may skip it, and why. */
  | { readonly kind: "skip"; readonly reason: string }
  /** The target cannot run on this machine at all. */
  | { readonly kind: "unavailable"; readonly reason: string };

export interface FixtureResult {
  readonly id: string;
  readonly cells: ReadonlyMap<string, Cell>;
  readonly outcomes: ReadonlyMap<string, Outcome>;
}

export interface Totals {
  pass: number;
  fail: number;
  skip: number;
  unavailable: number;
}

export interface Report {
  readonly targets: readonly string[];
  readonly results: readonly FixtureResult[];
  readonly totals: ReadonlyMap<string, Totals>;
  /** True when no cell failed (and no target was unavailable, unless allowed). */
  readonly ok: boolean;
}

export interface HarnessOptions {
  readonly fixtures: readonly Fixture[];
  readonly targets: readonly Target[];
  readonly settings?: RunSettings;
  /** Treat an unavailable target as not failing the run (it is still reported). */
  readonly allowUnavailable?: boolean;
  readonly onFixtureDone?: (result: FixtureResult, index: number) => void;
}

// 10^7 fuel and a 64 MiB arena: enough for every fixture that is meant to
// succeed (the largest build lists of 200,000 Ints), small enough that the
// runaway fixtures stop quickly on the IR interpreter.
export const DEFAULT_SETTINGS: RunSettings = { fuel: 10_000_000, memoryLimit: 64 * 1024 * 1024 };
const ORACLE = "tree-walk";

export async function runConformance(options: HarnessOptions): Promise<Report> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const availability = new Map<string, true | string>();
  for (const t of options.targets) availability.set(t.name, await safeAvailable(t));
  for (const t of options.targets) {
    if (availability.get(t.name) !== true || t.prepare === undefined) continue;
    const runs = options.fixtures.filter((f) => !f.skips.some((s) => s.targets.includes(t.name)));
    try {
      await t.prepare(runs);
    } catch (e) {
      availability.set(t.name, `prepare failed: ${message(e)}`);
    }
  }
  const results: FixtureResult[] = [];
  for (const [index, fixture] of options.fixtures.entries()) {
    const result = await runFixture(fixture, options.targets, availability, settings);
    results.push(result);
    options.onFixtureDone?.(result, index);
  }
  const totals = new Map<string, Totals>(options.targets.map((t) => [t.name, { pass: 0, fail: 0, skip: 0, unavailable: 0 }]));
  for (const r of results) for (const [name, cell] of r.cells) totals.get(name)![cell.kind]++;
  const ok = [...totals.values()].every((t) => t.fail === 0 && (options.allowUnavailable === true || t.unavailable === 0));
  return { targets: options.targets.map((t) => t.name), results, totals, ok };
}

async function runFixture(
  fixture: Fixture,
  targets: readonly Target[],
  availability: ReadonlyMap<string, true | string>,
  settings: RunSettings,
): Promise<FixtureResult> {
  const cells = new Map<string, Cell>();
  const outcomes = new Map<string, Outcome>();
  for (const t of targets) {
    const skip = fixture.skips.find((s) => s.targets.includes(t.name));
    const avail = availability.get(t.name);
    if (skip !== undefined) cells.set(t.name, { kind: "skip", reason: skip.reason });
    else if (avail !== true) cells.set(t.name, { kind: "unavailable", reason: avail ?? "unknown" });
    else outcomes.set(t.name, await safeRun(t, fixture, settings));
  }
  const oracle = outcomes.get(ORACLE);
  let bytesReference: { name: string; outcome: Outcome } | undefined;
  for (const t of targets) {
    const o = outcomes.get(t.name);
    if (o === undefined) continue;
    const reasons: string[] = [];
    const e = checkExpectation(fixture.expected, o);
    if (e !== undefined) reasons.push(e);
    if (oracle !== undefined && t.name !== ORACLE) {
      const a = checkAgreement(oracle, o, { referenceIsTreeWalk: true });
      if (a !== undefined) reasons.push(`disagrees with ${ORACLE}: ${a}`);
    }
    if (t.compiled && o.kind === "ok" && o.bytes !== undefined) {
      if (bytesReference === undefined) bytesReference = { name: t.name, outcome: o };
      else {
        const b = checkAgreement(bytesReference.outcome, o, { referenceIsTreeWalk: false });
        if (b !== undefined) reasons.push(`disagrees with ${bytesReference.name}: ${b}`);
      }
    }
    cells.set(t.name, reasons.length === 0 ? { kind: "pass" } : { kind: "fail", reason: reasons.join("\n") });
  }
  return { id: fixture.id, cells: orderCells(cells, targets), outcomes };
}

function orderCells(cells: ReadonlyMap<string, Cell>, targets: readonly Target[]): ReadonlyMap<string, Cell> {
  return new Map(targets.map((t) => [t.name, cells.get(t.name)!]));
}

async function safeAvailable(t: Target): Promise<true | string> {
  try {
    return await t.available();
  } catch (e) {
    return `availability check threw: ${message(e)}`;
  }
}

async function safeRun(t: Target, fixture: Fixture, settings: RunSettings): Promise<Outcome> {
  try {
    return await t.run(fixture, settings);
  } catch (e) {
    return { kind: "crash", message: message(e) };
  }
}

function message(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
