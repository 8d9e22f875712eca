// `tetra conform`: discover the fixtures, build the targets, run the matrix.
//
// Fixture roots: the shared fixtures every implementation passes
// (`<repo>/../shared/fixtures`) and this project's own
// (`tools/conformance/fixtures`). Ids are prefixed with the root's name
// (`shared/reference/op-01`, `project/int/abs_min`).
import { fileURLToPath } from "node:url";
import { TARGET_NAMES, type TargetName } from "@tetra/driver";
import { discoverFixtures, type Fixture, type FixtureProblem } from "./fixtures.js";
import { DEFAULT_SETTINGS, runConformance, type Report } from "./harness.js";
import { progressBar } from "./progress.js";
import type { RunSettings } from "./target.js";
import { driverTarget } from "./targets/driver-target.js";

export const SHARED_FIXTURES = fileURLToPath(new URL("../../../../shared/fixtures", import.meta.url));
export const PROJECT_FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));

export interface ConformOptions {
  readonly targets?: readonly TargetName[];
  /** Only fixtures whose id matches (a regular expression). */
  readonly filter?: RegExp;
  readonly settings?: RunSettings;
  readonly allowUnavailable?: boolean;
  /** Show a progress bar on this stream when it is a TTY. */
  readonly progress?: NodeJS.WriteStream;
}

export interface ConformResult {
  readonly report: Report;
  readonly problems: readonly FixtureProblem[];
  readonly fixtureCount: number;
}

export function loadAllFixtures(): { fixtures: Fixture[]; problems: FixtureProblem[] } {
  const roots: [string, string][] = [
    ["shared", SHARED_FIXTURES],
    ["project", PROJECT_FIXTURES],
  ];
  const fixtures: Fixture[] = [];
  const problems: FixtureProblem[] = [];
  for (const [prefix, root] of roots) {
    const found = discoverFixtures(root);
    fixtures.push(...found.fixtures.map((f) => ({ ...f, id: `${prefix}/${f.id}` })));
    problems.push(...found.problems);
  }
  return { fixtures, problems };
}

export async function conform(options: ConformOptions = {}): Promise<ConformResult> {
  const { fixtures, problems } = loadAllFixtures();
  const selected = options.filter === undefined ? fixtures : fixtures.filter((f) => options.filter!.test(f.id));
  const asked = options.targets ?? TARGET_NAMES;
  // tree-walk is the oracle: it always runs, first, even when not asked for, so
  // agreement is always checked (`--target js` still compares js with it).
  const names: readonly TargetName[] = asked.includes("tree-walk") ? ["tree-walk", ...asked.filter((n) => n !== "tree-walk")] : ["tree-walk", ...asked];
  const targets = names.map((n) => driverTarget(n));
  const bar = progressBar(selected.length, options.progress);
  const report = await runConformance({
    fixtures: selected,
    targets,
    settings: options.settings ?? DEFAULT_SETTINGS,
    ...(options.allowUnavailable === undefined ? {} : { allowUnavailable: options.allowUnavailable }),
    onFixtureDone: (r) => bar.tick(r.id),
  });
  bar.stop();
  return { report: problems.length > 0 ? { ...report, ok: false } : report, problems, fixtureCount: selected.length };
}
