import { describe, expect, it } from "vitest";
import { embedModule } from "./embed.js";

describe("embedModule", () => {
  it("hoists-imports-and-turns-exports-into-locals", () => {
    const text = [
      'import lib from "native-lib";',
      'import { readFileSync } from "node:fs";',
      "const A = 1;",
      "export const sites = [];",
      "export function run(input) {",
      "  return input;",
      "}",
      "export async function load() {}",
      "export class Oops extends Error {}",
    ].join("\n");
    const e = embedModule(text, "$b", ["run", "load"], "test module");
    expect(e.imports).toEqual(['import lib from "native-lib";', 'import { readFileSync } from "node:fs";']);
    expect(e.declaration).toBe(
      [
        "const $b = (() => {",
        "const A = 1;",
        "const sites = [];",
        "function run(input) {",
        "  return input;",
        "}",
        "async function load() {}",
        "class Oops extends Error {}",
        "return { run, load };",
        "})();",
      ].join("\n"),
    );
  });

  it("refuses-a-module-that-no-longer-exports-a-needed-name", () => {
    expect(() => embedModule("export const runner = 1;", "$b", ["run"], "the js backend's module")).toThrow(/the js backend's module no longer exports `run`/);
  });

  it("refuses-export-forms-it-does-not-handle", () => {
    expect(() => embedModule("const run = 1;\nexport { run };", "$b", ["run"], "m")).toThrow(/an export form the artifact builder does not handle/);
    expect(() => embedModule("export default 1;", "$b", [], "m")).toThrow(/an export form/);
  });
});
