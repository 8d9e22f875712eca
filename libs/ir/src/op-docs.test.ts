import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_OPS } from "./op-info.js";
import { OP_DOCS_BEGIN, OP_DOCS_END, renderOpReference } from "./op-docs.js";

const docPath = new URL("../../../docs/ir.md", import.meta.url);

describe("docs/ir.md", () => {
  it("documents-every-op-in-the-table", () => {
    let doc = readFileSync(docPath, "utf8");
    const start = doc.indexOf(OP_DOCS_BEGIN);
    const end = doc.indexOf(OP_DOCS_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const generated = renderOpReference();
    if (process.env["UPDATE_GOLDEN"] === "1") {
      doc = doc.slice(0, start) + generated + doc.slice(end + OP_DOCS_END.length);
      writeFileSync(docPath, doc);
    }
    const section = doc.slice(start, end + OP_DOCS_END.length);
    for (const op of ALL_OPS) expect(section, `docs/ir.md lacks ${op}`).toContain(`| \`${op}\` |`);
    expect(section, "docs/ir.md op reference is stale: UPDATE_GOLDEN=1 npx vitest run op-docs").toBe(generated);
  });
});
