// Pins the Unicode version of `upper`/`lower`: regenerates case-tables.ts from
// this Node's toUpperCase/toLowerCase and fails when the committed file differs.
// Re-bless (only after a deliberate Node/ICU upgrade):
//   cd libs/core && UPDATE_GOLDEN=1 npx vitest run src/numbers/case-tables.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCaseTables } from "./case-tables-gen.js";

const TABLES = fileURLToPath(new URL("./case-tables.ts", import.meta.url));

function firstDifference(a: string, b: string): string | undefined {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: committed ${JSON.stringify(la[i])}, generated ${JSON.stringify(lb[i])}`;
  }
  return undefined;
}

describe("case tables", () => {
  it("committed-tables-equal-what-this-node-generates", () => {
    const generated = generateCaseTables();
    if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(TABLES, generated);
    const committed = readFileSync(TABLES, "utf8");
    expect(firstDifference(committed, generated)).toBeUndefined();
  });
});
