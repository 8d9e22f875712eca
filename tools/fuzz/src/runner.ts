// Running one generated program on every selected target through the same
// pipeline users get (@tetra/driver: compileRule → runRule), and deciding
// whether the outcomes agree by the rules of DESIGN §7 (`checkAgreement` of
// @tetra/conformance): tree-walk is the reference for values and trap kinds;
// compiled targets must also agree with each other exactly, including the
// output-region bytes and where fuel or memory runs out. Resource limits
// (StepLimitExceeded, MemoryLimitExceeded) are not compared with tree-walk,
// which counts its own steps and call depth (compare.ts).
import { checkAgreement, describeOutcome, toOutcome, type Outcome } from "@tetra/conformance";
import { unreachable } from "@tetra/core";
import { compileRule, runRule, type TargetName } from "@tetra/driver";

export interface RunLimits {
  readonly fuel: number;
  readonly memoryLimit: number;
  /**
   * Compare compiled targets with tree-walk. Off for runs with a tiny arena:
   * the tree-walk evaluator has no arena, so only compiled targets are
   * compared on where memory runs out.
   */
  readonly withTreeWalk: boolean;
}

export const DEFAULT_LIMITS: RunLimits = { fuel: 2_000_000, memoryLimit: 16 * 1024 * 1024, withTreeWalk: true };

export interface TargetRun {
  readonly target: TargetName;
  readonly outcome: Outcome;
  readonly ms: number;
}

export interface Disagreement {
  readonly target: TargetName;
  /** The target it was compared with. */
  readonly against: TargetName;
  readonly reason: string;
}

export interface ProgramRun {
  readonly runs: readonly TargetRun[];
  readonly disagreements: readonly Disagreement[];
}

export interface RunRequest {
  readonly source: string;
  /** Argument JSON text; undefined for a library document. */
  readonly args: string | undefined;
  readonly targets: readonly TargetName[];
  readonly limits: RunLimits;
  readonly optimize?: boolean;
}

async function runOne(req: RunRequest, target: TargetName): Promise<TargetRun> {
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    const compiled = await compileRule({ source: req.source, file: "fuzz.relon", target, optimize: req.optimize ?? true });
    outcome = compiled.ok ? toOutcome(runRule(compiled.rule, req.args, { fuel: req.limits.fuel, memoryLimit: req.limits.memoryLimit })) : toOutcome(compiled.outcome);
  } catch (e) {
    outcome = { kind: "crash", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  return { target, outcome, ms: performance.now() - t0 };
}

/** A failure on its own, whatever the other targets say: a crash, or `unsupported` on a CORE program. */
function ownFailure(r: TargetRun): string | undefined {
  if (r.outcome.kind === "crash") return `crashed: ${r.outcome.message}`;
  if (r.outcome.kind === "unsupported") return `unsupported: ${r.outcome.construct}`;
  if (r.outcome.kind === "rejected") return `rejected a program that passed the checker: ${r.outcome.codes.join(", ")}`;
  return undefined;
}

export function compareRuns(runs: readonly TargetRun[], limits: RunLimits): Disagreement[] {
  const out: Disagreement[] = [];
  const tw = runs.find((r) => r.target === "tree-walk");
  const compiled = runs.filter((r) => r.target !== "tree-walk");
  for (const r of runs) {
    const own = ownFailure(r);
    if (own !== undefined) out.push({ target: r.target, against: r.target, reason: own });
  }
  if (tw !== undefined && limits.withTreeWalk) {
    for (const r of compiled) {
      const why = checkAgreement(tw.outcome, r.outcome, { referenceIsTreeWalk: true });
      if (why !== undefined && ownFailure(r) === undefined) out.push({ target: r.target, against: "tree-walk", reason: why });
    }
  }
  // The first compiled target that produced an outcome is the reference for the others.
  const healthy = compiled.filter((r) => ownFailure(r) === undefined);
  const first = healthy[0];
  if (first !== undefined) {
    for (const r of healthy.slice(1)) {
      const why = checkAgreement(first.outcome, r.outcome, { referenceIsTreeWalk: false });
      if (why !== undefined) out.push({ target: r.target, against: first.target, reason: why });
    }
  }
  return out;
}

export async function runProgram(req: RunRequest): Promise<ProgramRun> {
  const runs: TargetRun[] = [];
  for (const t of req.targets) runs.push(await runOne(req, t));
  return { runs, disagreements: compareRuns(runs, req.limits) };
}

/** The class of an outcome: what shrinking keeps fixed (`ok`, `trap NumericOverflow`, `crash`, …). */
export function outcomeClass(o: Outcome): string {
  switch (o.kind) {
    case "ok":
      return "ok";
    case "trap":
      return `trap ${o.trap}`;
    case "rejected":
      return `rejected ${o.codes.join(",")}`;
    case "unsupported":
      return "unsupported";
    case "crash":
      return "crash";
    default:
      return unreachable(o);
  }
}

/**
 * What a failure is, independent of the program's size: which targets
 * disagree with which, and the class of each side's outcome. A shrunk
 * program must keep the signature, so that reducing never slides from one
 * bug to another.
 */
export function failureSignature(run: ProgramRun): string {
  const cls = new Map(run.runs.map((r) => [r.target, outcomeClass(r.outcome)]));
  return run.disagreements
    .map((d) => (d.target === d.against ? `${d.target}[${cls.get(d.target)}]` : `${d.target}[${cls.get(d.target)}]≠${d.against}[${cls.get(d.against)}]`))
    .sort()
    .join(" ");
}

/** The targets a failure involves (the ones to re-run while shrinking). */
export function involvedTargets(run: ProgramRun): TargetName[] {
  const set = new Set<TargetName>();
  for (const d of run.disagreements) {
    set.add(d.target);
    set.add(d.against);
  }
  return run.runs.map((r) => r.target).filter((t) => set.has(t));
}

export function describeRuns(run: ProgramRun): string {
  return run.runs.map((r) => `  ${r.target.padEnd(9)} ${describeOutcome(r.outcome)}`).join("\n");
}
