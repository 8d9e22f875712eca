// Every IR filetest (libs/ir/testdata/run/*.ir, read in place) runs natively:
// all fixtures are compiled as one batch into one shared library (one
// opt/llc/cc run, cached), then each fixture's run-lines are checked exactly as
// on the interpreter — values, trap kinds and sites. Both the optimised and
// the unoptimised pipeline (CompileOptions.optimize = false) are checked.
import { readdirSync, readFileSync } from "node:fs";
import { checkRunLine, exportAll, parseOrThrow, parseRunLines, type Module } from "@tetra/ir";
import { beforeAll, describe, expect, it } from "vitest";
import type { NativeArtifact } from "./artifact.js";
import { defaultNativeCompiler } from "./native-backend.js";
import { instantiateNative } from "./instance.js";

const dir = new URL("../../ir/testdata/run/", import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".ir"))
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(name, dir), "utf8");
    return { name, text, module: exportAll(parseOrThrow(text, name)) };
  });

for (const optimize of [true, false]) {
  describe(`run fixtures natively (${optimize ? "opt -O2, llc -O2" : "no opt, llc -O0"})`, () => {
    let artifacts: NativeArtifact[] = [];
    beforeAll(() => {
      const r = defaultNativeCompiler().compileBatch(
        fixtures.map((f) => f.module),
        { optimize },
      );
      if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
      artifacts = r.value;
    }, 180_000);

    it("has-every-fixture", () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(60);
    });

    fixtures.forEach(({ name, text, module }, i) => {
      it(name, () => {
        const lines = parseRunLines(text);
        expect(lines.length).toBeGreaterThan(0);
        const inst = instantiateNative(artifacts[i] as NativeArtifact);
        const failures = lines.map((l) => checkRunLine(module as Module, inst, l)).filter((x) => x !== undefined);
        expect(failures).toEqual([]);
      });
    });
  });
}
