// A fuzzing campaign: generate programs from (seed, index), run each on the
// selected targets, and for every disagreement shrink the program and
// (optionally) write it as a fixture. Most programs run with the default
// limits; a few run with little fuel (compiled targets must run out at the
// same point) or a tiny arena (they must agree on MemoryLimitExceeded), since
// resource limits are part of the run contract (DESIGN §5).
import { check } from "@tetra/lang";
import type { TargetName } from "@tetra/driver";
import type { GProgram } from "./gast.js";
import type { GenOptions } from "./gen-context.js";
import { generateProgram } from "./gen-program.js";
import { argsText, fixtureFiles, fixtureName, writeFixture } from "./fixture-writer.js";
import { printProgram } from "./print-source.js";
import { programSeed, Rng } from "./rng.js";
import { DEFAULT_LIMITS, failureSignature, involvedTargets, outcomeClass, runProgram, type ProgramRun, type RunLimits } from "./runner.js";
import { DEFAULT_SHRINK_BUDGET, shrink, type ShrinkBudget } from "./shrink.js";

export interface CampaignOptions {
  readonly seed: number;
  readonly count: number;
  /** Index of the first program (`--skip 41 --count 1` reruns program 41). */
  readonly start?: number;
  readonly targets: readonly TargetName[];
  readonly gen?: GenOptions;
  readonly shrink?: boolean;
  readonly shrinkBudget?: ShrinkBudget;
  /** Write each shrunk failure as a fixture into this folder. */
  readonly fixturesDir?: string;
  /** Vary fuel and arena size on some programs (default true). */
  readonly varyLimits?: boolean;
  readonly optimize?: boolean;
  /** Stop after this many distinct failure signatures (default 20). */
  readonly maxFindings?: number;
  readonly onProgram?: (index: number, run: ProgramRun) => void;
  readonly log?: (line: string) => void;
}

export interface Finding {
  readonly index: number;
  readonly signature: string;
  readonly original: GProgram;
  readonly shrunk: GProgram;
  readonly run: ProgramRun;
  readonly limits: RunLimits;
  readonly fixture?: { readonly name: string; readonly files: readonly string[]; readonly needsReview: boolean };
}

export interface CampaignReport {
  readonly programs: number;
  readonly findings: readonly Finding[];
  /** Programs per outcome class (`ok`, `trap IndexOutOfBounds`, …), per target. */
  readonly outcomes: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Failing programs per signature (also the ones not shrunk again). */
  readonly signatures: ReadonlyMap<string, number>;
  /** Milliseconds spent per target (compile + run). */
  readonly ms: ReadonlyMap<string, number>;
  /** Programs that did not pass the checker (a generator bug; must stay 0). */
  readonly illTyped: readonly { readonly index: number; readonly message: string }[];
}

export function limitsFor(seed: number, index: number, vary: boolean): RunLimits {
  if (!vary) return DEFAULT_LIMITS;
  const rng = new Rng(programSeed(seed ^ 0x5bd1e995, index));
  const r = rng.u32() / 4294967296;
  // Log-uniform: 1 to 10^4 fuel units, 2^10 to 2^17 arena bytes.
  if (r < 0.08) return { ...DEFAULT_LIMITS, fuel: Math.floor(10 ** (rng.u32() / 4294967296 * 4)) };
  if (r < 0.12) return { ...DEFAULT_LIMITS, memoryLimit: Math.floor(2 ** (10 + (rng.u32() / 4294967296) * 7)), withTreeWalk: false };
  return DEFAULT_LIMITS;
}

export async function runCampaign(o: CampaignOptions): Promise<CampaignReport> {
  const log = o.log ?? (() => undefined);
  const start = o.start ?? 0;
  const findings: Finding[] = [];
  const outcomes = new Map<string, Map<string, number>>();
  const signatures = new Map<string, number>();
  const ms = new Map<string, number>();
  const illTyped: { index: number; message: string }[] = [];
  const maxFindings = o.maxFindings ?? 20;
  let programs = 0;
  for (let index = start; index < start + o.count; index++) {
    const { program } = generateProgram(programSeed(o.seed, index), o.gen);
    const source = printProgram(program);
    const checked = check(source, "fuzz.relon");
    programs++;
    if (!checked.ok) {
      illTyped.push({ index, message: checked.diagnostics.map((d) => `${d.code}: ${d.message}`).join("; ") });
      log(`program ${index} does not pass the checker (generator bug): ${illTyped.at(-1)!.message}`);
      continue;
    }
    const limits = limitsFor(o.seed, index, o.varyLimits ?? true);
    const run = await runProgram({ source, args: argsText(program), targets: o.targets, limits, ...(o.optimize === undefined ? {} : { optimize: o.optimize }) });
    for (const r of run.runs) {
      ms.set(r.target, (ms.get(r.target) ?? 0) + r.ms);
      const per = outcomes.get(r.target) ?? new Map<string, number>();
      outcomes.set(r.target, per);
      per.set(outcomeClass(r.outcome), (per.get(outcomeClass(r.outcome)) ?? 0) + 1);
    }
    o.onProgram?.(index, run);
    if (run.disagreements.length === 0) continue;
    const signature = failureSignature(run);
    const seen = signatures.get(signature) ?? 0;
    signatures.set(signature, seen + 1);
    log(`program ${index}: ${signature}`);
    if (seen > 0) continue;
    const finding = await reduce(o, index, program, run, limits, signature, log);
    findings.push(finding);
    if (findings.length >= maxFindings) {
      log(`stopping after ${findings.length} distinct failures`);
      break;
    }
  }
  return { programs, findings, outcomes, signatures, ms, illTyped };
}

async function reduce(o: CampaignOptions, index: number, program: GProgram, run: ProgramRun, limits: RunLimits, signature: string, log: (s: string) => void): Promise<Finding> {
  let shrunk = program;
  let shrunkRun = run;
  if (o.shrink !== false) {
    const targets = involvedTargets(run);
    const withTw = targets.includes("tree-walk") || !o.targets.includes("tree-walk") ? targets : (["tree-walk", ...targets] as TargetName[]);
    const stillFails = async (p: GProgram): Promise<boolean> => {
      const source = printProgram(p);
      if (!check(source, "fuzz.relon").ok) return false;
      const r = await runProgram({ source, args: argsText(p), targets: withTw, limits, ...(o.optimize === undefined ? {} : { optimize: o.optimize }) });
      return r.disagreements.length > 0 && failureSignature(r) === signature;
    };
    const result = await shrink(program, stillFails, o.shrinkBudget ?? DEFAULT_SHRINK_BUDGET);
    log(`  shrunk in ${result.steps} steps (${result.tried} candidates tried)`);
    const again = await runProgram({ source: printProgram(result.program), args: argsText(result.program), targets: o.targets, limits, ...(o.optimize === undefined ? {} : { optimize: o.optimize }) });
    if (again.disagreements.length > 0 && failureSignature(again) === signature) {
      shrunk = result.program;
      shrunkRun = again;
    } else {
      // A failure that depends on the host's state (a JavaScript stack overflow
      // moves as the engine optimises) may not reproduce on the shrunk program:
      // then the original one is the reproducer.
      log("  the shrunk program no longer fails the same way (a flaky failure); keeping the original");
    }
  }
  const base: Finding = { index, signature, original: program, shrunk, run: shrunkRun, limits };
  if (o.fixturesDir === undefined) return base;
  const origin = { seed: o.seed, index };
  const name = fixtureName(shrunkRun, origin);
  const files = fixtureFiles(name, shrunk, shrunkRun, origin, limits);
  const written = writeFixture(o.fixturesDir, files);
  log(`  wrote ${written.join(", ")}`);
  return { ...base, fixture: { name, files: written, needsReview: !files.expectationFromTreeWalk } };
}
