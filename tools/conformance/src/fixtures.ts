// Conformance fixtures: discovery and reading.
//
// A fixture is one file stem in a fixtures folder:
//   <case>.relon                 the program
//   <case>.args.json             optional: the #main arguments object
//   <case>.expected.json         the exact canonical JSON result, or
//   <case>.expected-error.txt    one line: the error kind evaluation must raise
//
// A fixture may declare targets that are allowed to skip it, in leading
// comment lines of the program, so skips can be counted:
//   // skip(native, wasm): needs more than 4 GiB of arena
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface DeclaredSkip {
  readonly targets: readonly string[];
  readonly reason: string;
}

export type Expectation = { readonly kind: "value"; readonly json: string } | { readonly kind: "error"; readonly errorKind: string };

export interface Fixture {
  /** Path of the stem relative to its fixtures root, e.g. `reference/op-01`. */
  readonly id: string;
  readonly file: string;
  readonly source: string;
  /** JSON text of the argument object, if the fixture has one. */
  readonly args?: string;
  readonly expected: Expectation;
  readonly skips: readonly DeclaredSkip[];
}

export type FixtureProblem = { readonly file: string; readonly message: string };

const SKIP_RE = /^\/\/\s*skip\(([^)]*)\):\s*(.+)$/;

/** Reads the `// skip(t1, t2): reason` lines at the top of a program (before any other line). */
export function declaredSkips(source: string): DeclaredSkip[] {
  const skips: DeclaredSkip[] = [];
  for (const line of source.split("\n")) {
    const m = SKIP_RE.exec(line.trim());
    if (!m) break;
    skips.push({ targets: m[1]!.split(",").map((t) => t.trim()).filter((t) => t !== ""), reason: m[2]!.trim() });
  }
  return skips;
}

function relonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...relonFiles(p));
    else if (entry.endsWith(".relon")) out.push(p);
  }
  return out;
}

/** Every fixture under `root`, sorted by id; malformed fixtures are reported, never skipped silently. */
export function discoverFixtures(root: string): { fixtures: Fixture[]; problems: FixtureProblem[] } {
  const fixtures: Fixture[] = [];
  const problems: FixtureProblem[] = [];
  for (const file of relonFiles(root)) {
    const stem = file.slice(0, -".relon".length);
    const source = readFileSync(file, "utf8");
    const hasValue = existsSync(`${stem}.expected.json`);
    const hasError = existsSync(`${stem}.expected-error.txt`);
    if (hasValue === hasError) {
      problems.push({ file, message: hasValue ? "has both expected.json and expected-error.txt" : "has no expectation file" });
      continue;
    }
    const expected: Expectation = hasValue
      ? { kind: "value", json: readFileSync(`${stem}.expected.json`, "utf8").replace(/\n$/, "") }
      : { kind: "error", errorKind: readFileSync(`${stem}.expected-error.txt`, "utf8").trim() };
    const argsFile = `${stem}.args.json`;
    const base = { id: relative(root, stem), file, source, expected, skips: declaredSkips(source) };
    fixtures.push(existsSync(argsFile) ? { ...base, args: readFileSync(argsFile, "utf8") } : base);
  }
  return { fixtures, problems };
}
