// A shrunk failure as a regular conformance fixture
// (tools/conformance/fixtures/README.md): `<name>.relon` (with a header that
// says where it came from and how to regenerate it), `<name>.args.json`, and
// the expectation. The expectation is the tree-walk evaluator's outcome, the
// reference; when the language reference says the tree-walk evaluator is the
// wrong side, the expectation file must be corrected by hand (the header
// says so, and docs/fuzzing.md lists the cases).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeOutcome, type Outcome } from "@tetra/conformance";
import type { GProgram } from "./gast.js";
import { printJson } from "./json-value.js";
import { printProgram } from "./print-source.js";
import { DEFAULT_LIMITS, type ProgramRun, type RunLimits } from "./runner.js";

export const FUZZ_FIXTURES = fileURLToPath(new URL("../../conformance/fixtures/fuzz", import.meta.url));

export interface FixtureFiles {
  readonly name: string;
  readonly relon: string;
  readonly args?: string;
  readonly expected: { readonly file: "expected.json" | "expected-error.txt"; readonly text: string };
  /** False when no target gave a usable reference outcome (the expectation needs a human). */
  readonly expectationFromTreeWalk: boolean;
}

function usable(o: Outcome | undefined): o is Extract<Outcome, { kind: "ok" | "trap" }> {
  return o !== undefined && (o.kind === "ok" || (o.kind === "trap" && o.trap !== "StepLimitExceeded"));
}

export function argsText(p: GProgram): string | undefined {
  if (p.args === undefined) return undefined;
  const [before, after] = p.argsPad ?? ["", ""];
  return `${before}${printJson(p.args, p.argsSpaced === true)}${after}`;
}

/** The files for one finding; `name` is a file stem (letters, digits, `_`, `-`). */
export function fixtureFiles(name: string, p: GProgram, run: ProgramRun, origin: { readonly seed: number; readonly index: number }, limits: RunLimits = DEFAULT_LIMITS): FixtureFiles {
  const tw = run.runs.find((r) => r.target === "tree-walk")?.outcome;
  const fallback = run.runs.map((r) => r.outcome).find(usable);
  const ref = usable(tw) ? tw : fallback;
  const header = [
    `fuzz: seed ${origin.seed}, program ${origin.index}, shrunk (regenerate: node tools/fuzz/dist/cli.js --seed ${origin.seed} --skip ${origin.index} --count 1)`,
    ...run.runs.map((r) => `${r.target}: ${describeOutcome(r.outcome).replace(/\n/g, " ")}`),
    usable(tw) ? "expectation: the tree-walk evaluator's outcome" : "expectation: NEEDS REVIEW (tree-walk gave no usable outcome)",
    ...(limits === DEFAULT_LIMITS ? [] : [`found with fuel ${limits.fuel} and a ${limits.memoryLimit}-byte arena; the conformance harness runs with its defaults`]),
  ];
  const relon = printProgram(p, header);
  const args = argsText(p);
  const expected =
    ref === undefined
      ? ({ file: "expected-error.txt", text: "NEEDS_REVIEW\n" } as const)
      : ref.kind === "ok"
        ? ({ file: "expected.json", text: `${ref.json}\n` } as const)
        : ({ file: "expected-error.txt", text: `${ref.trap}\n` } as const);
  return { name, relon, ...(args === undefined ? {} : { args: `${args}\n` }), expected, expectationFromTreeWalk: usable(tw) };
}

export function writeFixture(dir: string, f: FixtureFiles): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const put = (suffix: string, text: string) => {
    const path = join(dir, `${f.name}.${suffix}`);
    writeFileSync(path, text);
    written.push(path);
  };
  put("relon", f.relon);
  if (f.args !== undefined) put("args.json", f.args);
  put(f.expected.file, f.expected.text);
  return written;
}

/** `js_value_differs`, `wasm_trap_numericoverflow`, … from the first disagreement. */
export function fixtureName(run: ProgramRun, origin: { readonly seed: number; readonly index: number }): string {
  const d = run.disagreements[0];
  const o = run.runs.find((r) => r.target === d?.target)?.outcome;
  const what = o === undefined ? "failure" : o.kind === "ok" ? "value_differs" : o.kind === "trap" ? `trap_${o.trap.toLowerCase()}` : o.kind;
  return `s${origin.seed}_p${origin.index}_${(d?.target ?? "any").replace(/-/g, "_")}_${what}`;
}
