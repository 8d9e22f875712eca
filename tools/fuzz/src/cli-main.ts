// `tetra fuzz` / `node tools/fuzz/dist/cli.js`: run a campaign and report.
// The options and exit statuses are FUZZ_USAGE below (printed by --help).
import { parseTargetList, type TargetName } from "@tetra/driver";
import { runCampaign, type CampaignReport, type Finding } from "./campaign.js";
import { FUZZ_FIXTURES, argsText } from "./fixture-writer.js";
import { generateProgram } from "./gen-program.js";
import { printProgram } from "./print-source.js";
import { programSeed } from "./rng.js";
import { describeRuns } from "./runner.js";
import { DEFAULT_SHRINK_BUDGET } from "./shrink.js";

export const FUZZ_USAGE = `usage: tetra fuzz [options]   (also: node tools/fuzz/dist/cli.js [options])
  --seed N                campaign seed (default 1)
  --count M               number of programs (default 100)
  --skip K                index of the first program (default 0): --skip 41 --count 1 reruns one
  --targets LIST          comma-separated targets (default tree-walk,ir,js)
  --size S, --depth D     expression nodes per program (default 40), nesting depth (default 4)
  --write-fixtures [DIR]  write shrunk failures as fixtures (default tools/conformance/fixtures/fuzz)
  --no-shrink             report failures as generated
  --no-vary-limits        always the default fuel and arena
  --no-optimize           compile without backend optimisation
  --max-findings F        stop after F distinct failures (default 20)
  --shrink-candidates C   shrinking budget per failure: candidates tried
  --shrink-seconds T      shrinking budget per failure: seconds
  --print                 print the programs and their arguments instead of running them
  -h, --help              this text
exit status: 0 every program agreed on every target, 1 something disagreed, 2 usage error`;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const defaultIo: CliIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

interface Args {
  seed: number;
  count: number;
  skip: number;
  targets: TargetName[];
  size: number;
  depth: number;
  fixtures: string | undefined;
  shrink: boolean;
  varyLimits: boolean;
  optimize: boolean;
  maxFindings: number;
  shrinkCandidates: number;
  shrinkSeconds: number;
  print: boolean;
}

function parseArgs(argv: readonly string[]): Args | "help" | string {
  const a: Args = {
    seed: 1,
    count: 100,
    skip: 0,
    targets: ["tree-walk", "ir", "js"],
    size: 40,
    depth: 4,
    fixtures: undefined,
    shrink: true,
    varyLimits: true,
    optimize: true,
    maxFindings: 20,
    shrinkCandidates: DEFAULT_SHRINK_BUDGET.maxCandidates,
    shrinkSeconds: DEFAULT_SHRINK_BUDGET.maxMs / 1000,
    print: false,
  };
  const num = (flag: string, v: string | undefined): number | string => {
    const n = Number(v);
    return v !== undefined && Number.isInteger(n) && n >= 0 ? n : `${flag} needs a non-negative integer, got ${v ?? "nothing"}`;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const takeNum = (): number | string => num(flag, argv[++i]);
    let r: number | string | undefined;
    switch (flag) {
      case "--seed":
        r = takeNum();
        if (typeof r === "number") a.seed = r;
        break;
      case "--count":
        r = takeNum();
        if (typeof r === "number") a.count = r;
        break;
      case "--skip":
        r = takeNum();
        if (typeof r === "number") a.skip = r;
        break;
      case "--size":
        r = takeNum();
        if (typeof r === "number") a.size = r;
        break;
      case "--depth":
        r = takeNum();
        if (typeof r === "number") a.depth = r;
        break;
      case "--max-findings":
        r = takeNum();
        if (typeof r === "number") a.maxFindings = r;
        break;
      case "--shrink-candidates":
        r = takeNum();
        if (typeof r === "number") a.shrinkCandidates = r;
        break;
      case "--shrink-seconds":
        r = takeNum();
        if (typeof r === "number") a.shrinkSeconds = r;
        break;
      case "--targets": {
        const parsed = parseTargetList(argv[++i] ?? "");
        if (!parsed.ok) return `unknown target ${parsed.unknown}`;
        if (parsed.targets.length === 0) return "--targets needs at least one target";
        a.targets = parsed.targets;
        break;
      }
      case "--write-fixtures": {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith("--")) {
          a.fixtures = next;
          i++;
        } else a.fixtures = FUZZ_FIXTURES;
        break;
      }
      case "--no-shrink":
        a.shrink = false;
        break;
      case "--no-vary-limits":
        a.varyLimits = false;
        break;
      case "--no-optimize":
        a.optimize = false;
        break;
      case "--print":
        a.print = true;
        break;
      case "-h":
      case "--help":
        return "help";
      default:
        return `unknown option ${flag}`;
    }
    if (typeof r === "string") return r;
  }
  return a;
}

function findingText(f: Finding, seed: number): string {
  const lines = [
    `✗ program ${f.index} (seed ${seed}): ${f.signature}`,
    ...(f.limits.withTreeWalk ? [] : ["  (run with a small arena: compiled targets compared with each other only)"]),
    `  fuel ${f.limits.fuel}, arena ${f.limits.memoryLimit} bytes`,
    "  shrunk program:",
    ...printProgram(f.shrunk).trimEnd().split("\n").map((l) => `    ${l}`),
  ];
  const args = argsText(f.shrunk);
  if (args !== undefined) lines.push(`  args: ${args}`);
  lines.push("  outcomes:", describeRuns(f.run).replace(/^/gm, "  "));
  for (const d of f.run.disagreements) lines.push(`  ${d.target} vs ${d.against}: ${d.reason.replace(/\n/g, "\n      ")}`);
  if (f.fixture !== undefined) lines.push(`  fixture: ${f.fixture.name}${f.fixture.needsReview ? " (expectation NEEDS REVIEW)" : ""}`);
  return lines.join("\n");
}

export function formatCampaign(r: CampaignReport, seed: number): string {
  const lines: string[] = [];
  for (const f of r.findings) lines.push(findingText(f, seed), "");
  lines.push(`programs: ${r.programs}`);
  for (const [target, per] of r.outcomes) lines.push(`${target} outcomes: ${[...per].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  lines.push(`time per target: ${[...r.ms].map(([t, ms]) => `${t} ${(ms / 1000).toFixed(1)} s`).join(", ")}`);
  if (r.illTyped.length > 0) lines.push(`ill-typed programs (generator bugs): ${r.illTyped.map((x) => x.index).join(", ")}`);
  if (r.signatures.size === 0) lines.push("fuzz: no disagreement");
  else {
    lines.push("failures by signature:");
    for (const [s, n] of r.signatures) lines.push(`  ${n} × ${s}`);
    lines.push("fuzz: FAILED");
  }
  return lines.join("\n");
}

export async function fuzzMain(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const a = parseArgs(argv);
  if (a === "help") {
    io.out(FUZZ_USAGE);
    return 0;
  }
  if (typeof a === "string") {
    io.err(`tetra fuzz: ${a}`);
    return 2;
  }
  const gen = { size: a.size, maxDepth: a.depth };
  if (a.print) {
    for (let i = a.skip; i < a.skip + a.count; i++) {
      const { program } = generateProgram(programSeed(a.seed, i), gen);
      io.out(`// program ${i} (seed ${a.seed})\n${printProgram(program)}${program.args === undefined ? "" : `// args: ${argsText(program)}\n`}`);
    }
    return 0;
  }
  const report = await runCampaign({
    seed: a.seed,
    count: a.count,
    start: a.skip,
    targets: a.targets,
    gen,
    shrink: a.shrink,
    shrinkBudget: { maxCandidates: a.shrinkCandidates, maxMs: a.shrinkSeconds * 1000 },
    ...(a.fixtures === undefined ? {} : { fixturesDir: a.fixtures }),
    varyLimits: a.varyLimits,
    optimize: a.optimize,
    maxFindings: a.maxFindings,
    onProgram: (i) => {
      if ((i - a.skip + 1) % 250 === 0) io.err(`fuzz: ${i - a.skip + 1}/${a.count} programs`);
    },
    log: (line) => io.err(line),
  });
  io.out(formatCampaign(report, a.seed));
  return report.signatures.size === 0 && report.illTyped.length === 0 ? 0 : 1;
}
