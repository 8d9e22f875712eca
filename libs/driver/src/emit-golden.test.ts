// Golden `tetra emit ir|js|wat|ll` output of real .relon programs: the five
// examples and one small program per construct (testdata/emit-golden/*.relon),
// so every change to what lowering and the backends generate for a program shows
// up in review. The whole text is mostly the shared runtime (`rt.*`) and the JSON
// codec (`codec.*`), so a golden holds the names of every function the text
// defines (a change in what gets linked in shows up there) and then the program's
// own functions in full (emit-golden-support.ts). UPDATE_GOLDEN=1 rewrites them.
//
// ir, js and wat are exactly `tetra emit <stage> <path>` run from the repository
// root (the path is in the site table); ll uses the fixed x86-64 target
// (`emitLl(module, { golden: true })`) so the goldens do not depend on the machine.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { defaultNativeCompiler, probeNativeToolchain } from "@tetra/backend-llvm";
import { printFunc, type Module } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { lowerSource } from "./compile.js";
import { emitStage } from "./emit.js";
import { extractFunction, goldenText, isProgramFunction, type GoldenStage } from "./emit-golden-support.js";

const REGENERATE = "cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts";
const repoRoot = new URL("../../../", import.meta.url);
const goldenDir = new URL("../testdata/emit-golden/", import.meta.url);
const update = process.env["UPDATE_GOLDEN"] === "1";
const native = probeNativeToolchain();

interface Program {
  readonly name: string;
  /** Relative to the repository root: the file name the site table records. */
  readonly path: string;
}

const programs: Program[] = [
  ...readdirSync(new URL("examples/", repoRoot))
    .filter((f) => f.endsWith(".relon"))
    .map((f) => ({ name: f.slice(0, -".relon".length), path: `examples/${f}` })),
  ...readdirSync(goldenDir)
    .filter((f) => f.endsWith(".relon"))
    .map((f) => ({ name: f.slice(0, -".relon".length), path: `libs/driver/testdata/emit-golden/${f}` })),
].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const STAGES: readonly GoldenStage[] = ["ir", "js", "wat", "ll"];

function lower(p: Program): Module {
  const lowered = lowerSource(readFileSync(new URL(p.path, repoRoot), "utf8"), p.path);
  if (!lowered.ok) throw new Error(`${p.path} does not lower: ${JSON.stringify(lowered.outcome)}`);
  return lowered.module;
}

/** The emitted text of one stage, computed afresh (source → check → lower → passes → backend). */
async function emit(p: Program, stage: GoldenStage): Promise<string> {
  if (stage === "ll") return defaultNativeCompiler().emitLl(lower(p), { golden: true });
  const r = await emitStage(stage, readFileSync(new URL(p.path, repoRoot), "utf8"), p.path);
  if (!r.ok) throw new Error(`tetra emit ${stage} ${p.path} failed: ${JSON.stringify(r.outcome)}`);
  return r.text;
}

// The first emission of each (program, stage), shared by the golden and the determinism checks.
const firstEmission = new Map<string, Promise<string>>();
function emitted(p: Program, stage: GoldenStage): Promise<string> {
  const key = `${p.name}.${stage}`;
  let text = firstEmission.get(key);
  if (text === undefined) firstEmission.set(key, (text = emit(p, stage)));
  return text;
}

function header(p: Program, stage: GoldenStage): string[] {
  const how =
    stage === "ll"
      ? `\`tetra emit ll ${p.path}\` for the fixed x86-64 target (emitLl(module, { golden: true }))`
      : `\`tetra emit ${stage} ${p.path}\` (from the repository root)`;
  return [
    `From ${p.path}; regenerate: ${REGENERATE}`,
    `${how}, reduced to the names of every function it defines and the program's own functions`,
    "(all but the rt.* runtime and the codec.* JSON codec), in module order.",
  ];
}

describe("emitted-program goldens", () => {
  it("covers-at-least-15-programs", () => {
    expect(programs.length).toBeGreaterThanOrEqual(15);
  });

  it("extraction-throws-for-a-function-the-text-lacks", async () => {
    const p = programs[0]!;
    for (const stage of STAGES) {
      if (stage === "ll" && !native.available) continue;
      const text = await emitted(p, stage);
      expect(() => extractFunction(stage, text, "fn.no_such_function"), stage).toThrow(/function fn\.no_such_function not found/);
      expect(() => extractFunction(stage, text, "mai"), stage).toThrow(/not found/);
    }
  });

  for (const p of programs) {
    describe(p.name, () => {
      for (const stage of STAGES) {
        it.skipIf(stage === "ll" && !native.available)(stage, async () => {
          const module = lower(p);
          const own = module.funcs.map((f) => f.name).filter(isProgramFunction);
          expect(own.length, "a program has at least its main").toBeGreaterThan(0);
          const text = await emitted(p, stage);
          if (stage === "ir") {
            // The extractor agrees with the printer, function by function.
            for (const f of module.funcs.filter((g) => isProgramFunction(g.name))) expect(extractFunction("ir", text, f.name)).toBe(printFunc(f));
          }
          const actual = goldenText({ stage, header: header(p, stage), text, programFunctions: own });
          const file = new URL(`${p.name}.${stage}`, goldenDir);
          if (update) {
            mkdirSync(goldenDir, { recursive: true });
            writeFileSync(file, actual);
          }
          expect(existsSync(file), `missing golden testdata/emit-golden/${p.name}.${stage}: run ${REGENERATE}`).toBe(true);
          expect(actual).toBe(readFileSync(file, "utf8"));
        });
      }

      it("emits-the-same-text-twice", async () => {
        for (const stage of STAGES) {
          if (stage === "ll" && !native.available) continue;
          const [first, second] = [await emitted(p, stage), await emit(p, stage)];
          expect(second === first, `${p.name}: a second \`tetra emit ${stage}\` printed different text`).toBe(true);
        }
      });
    });
  }
});
