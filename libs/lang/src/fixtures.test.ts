// Every shared fixture (../shared/fixtures/{spec,reference}, read in place)
// through parse → analyze → evaluate: the exact canonical JSON text (key order
// significant) or the expected error kind (static or runtime).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorKindMatches, outcomeErrorKind, runSource, type RunOutcome } from "./index.js";

const FIXTURES = join(import.meta.dirname, "../../../../shared/fixtures");

function describeOutcome(o: RunOutcome): string {
  switch (o.kind) {
    case "ok":
      return o.json;
    case "static-error":
      return o.diagnostics.map((d) => `${d.code}: ${d.message}`).join("\n");
    default:
      return `${o.error.kind}: ${o.error.message}`;
  }
}

for (const dir of ["spec", "reference"]) {
  const folder = join(FIXTURES, dir);
  const cases = readdirSync(folder)
    .filter((n) => n.endsWith(".relon"))
    .map((n) => n.slice(0, -".relon".length))
    .sort();
  describe(`fixtures/${dir}`, () => {
    it("has-cases", () => expect(cases.length).toBeGreaterThan(40));
    for (const name of cases) {
      it(name, () => {
        const base = join(folder, name);
        const source = readFileSync(`${base}.relon`, "utf8");
        const args = existsSync(`${base}.args.json`) ? readFileSync(`${base}.args.json`, "utf8") : undefined;
        const outcome = runSource(source, `${name}.relon`, args);
        if (existsSync(`${base}.expected.json`)) {
          const expected = readFileSync(`${base}.expected.json`, "utf8").replace(/\n$/, "");
          expect(describeOutcome(outcome)).toBe(expected);
        } else {
          const kind = readFileSync(`${base}.expected-error.txt`, "utf8").trim();
          expect(errorKindMatches(kind, outcome), `expected ${kind}, got ${outcomeErrorKind(outcome) ?? "ok"}: ${describeOutcome(outcome)}`).toBe(true);
        }
      });
    }
  });
}
