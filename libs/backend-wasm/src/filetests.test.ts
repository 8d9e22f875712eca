// Every IR run fixture (libs/ir/testdata/run/*.ir, read in place) on wasm, at
// both optimisation levels, uncached so the emitter itself is what runs.
import { readdirSync, readFileSync } from "node:fs";
import { checkRunLine, exportAll, parseOrThrow, parseRunLines } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { createWasmBackend } from "./backend.js";

const dir = new URL("../../ir/testdata/run/", import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".ir"))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), "utf8") }));

const backend = createWasmBackend({ cacheDir: false });

/**
 * Why a fixture skips wasm, from its `; targets:` header ("all", or e.g.
 * "interp js; wasm: needs X"), or undefined when it runs here.
 */
function skipReason(text: string): string | undefined {
  const header = /^;\s*targets:\s*(.*)$/m.exec(text)?.[1]?.trim();
  if (header === undefined) return "no targets header";
  const [runs = "", ...why] = header.split(";");
  const targets = runs.trim().split(/\s+/);
  if (targets.includes("all") || targets.includes("wasm")) return undefined;
  return why.join(";").trim() || `targets: ${runs.trim()}`;
}

for (const optimize of [false, true]) {
  describe(`run fixtures on wasm (optimize: ${optimize})`, () => {
    it("finds-the-ir-fixtures", () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(60);
    });
    for (const { name, text } of fixtures) {
      const skip = skipReason(text);
      (skip === undefined ? it : it.skip)(skip === undefined ? name : `${name} (skipped: ${skip})`, async () => {
        const mod = exportAll(parseOrThrow(text, name));
        const r = await backend.compile(mod, { optimize });
        if (!r.ok) throw new Error(`compile failed: ${JSON.stringify(r.error)}`);
        const inst = await backend.instantiate(r.value);
        const lines = parseRunLines(text);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.map((l) => checkRunLine(mod, inst, l)).filter((x) => x !== undefined)).toEqual([]);
      });
    }
  });
}
