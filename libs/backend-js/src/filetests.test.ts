// Every IR filetest (libs/ir/testdata/run/*.ir, read in place) on the JS backend,
// checked exactly as the interpreter's suite checks them (checkRunLine: values,
// trap kinds and sites).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRunLine, exportAll, parseOrThrow, parseRunLines } from "@tetra/ir";
import { jsBackend } from "./backend.js";

const dir = new URL("../../ir/testdata/run/", import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".ir"))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), "utf8") }));

describe("run fixtures on the JS backend", () => {
  it("finds-the-ir-filetests", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
  });
  for (const { name, text } of fixtures) {
    it(name, async () => {
      const m = exportAll(parseOrThrow(text, name));
      const lines = parseRunLines(text);
      expect(lines.length).toBeGreaterThan(0);
      const compiled = await jsBackend.compile(m);
      if (!compiled.ok) throw new Error(`unsupported: ${JSON.stringify(compiled.error)}`);
      const inst = await jsBackend.instantiate(compiled.value);
      const failures = lines.map((l) => checkRunLine(m, inst, l)).filter((x) => x !== undefined);
      expect(failures).toEqual([]);
    });
  }
});
