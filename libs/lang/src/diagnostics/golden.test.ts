// Golden diagnostics: every testdata/diagnostics/<name>.relon is a bad program;
// <name>.golden holds its rendered diagnostics after a first line that says how
// to regenerate them. Re-bless after an intended change with UPDATE_GOLDEN=1.
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { renderDiagnostics } from "./render.js";

const DIR = join(import.meta.dirname, "../../testdata/diagnostics");
const HEADER = "# regenerate: cd libs/lang && UPDATE_GOLDEN=1 npx vitest run src/diagnostics/golden.test.ts";
const names = readdirSync(DIR)
  .filter((n) => n.endsWith(".relon"))
  .map((n) => n.slice(0, -".relon".length))
  .sort();

describe("diagnostics-golden", () => {
  it("has-at-least-thirty-programs", () => expect(names.length).toBeGreaterThanOrEqual(30));

  for (const name of names) {
    it(name, () => {
      const source = readFileSync(join(DIR, `${name}.relon`), "utf8");
      const r = check(source, `${name}.relon`);
      expect(r.ok).toBe(false);
      const rendered = r.ok ? "" : renderDiagnostics(r.diagnostics, source);
      const text = `${HEADER}\n${rendered}`;
      const golden = join(DIR, `${name}.golden`);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, text);
      expect(existsSync(golden), `missing ${golden}; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(golden, "utf8"));
    });
  }
});
