import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../io.js";
import { scratchDir, tetra } from "../test-support.js";

describe("tetra conform", () => {
  it("prints-the-matrix-and-totals", async () => {
    const json = join(scratchDir(), "conform.json");
    const r = await tetra("conform", "--target", "tree-walk,ir", "--filter", "^shared/reference/op-0[1-3]$", "--json", json);
    expect(r.err).toBe("");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(
      [
        `fixture                 tree-walk ${"ir".padEnd(9)}`,
        "shared/reference/op-01  ✓         ✓",
        "shared/reference/op-02  ✓         ✓",
        "shared/reference/op-03  ✓         ✓",
        "",
        "Totals:",
        "  tree-walk  3 passed, 0 failed, 0 skipped",
        "  ir         3 passed, 0 failed, 0 skipped",
        "conformance: OK",
        "",
      ].join("\n"),
    );
    const written = JSON.parse(readFileSync(json, "utf8")) as { ok: boolean; targets: string[]; fixtures: { id: string }[]; problems: unknown[] };
    expect([written.ok, written.targets, written.fixtures.map((f) => f.id), written.problems]).toEqual([
      true,
      ["tree-walk", "ir"],
      ["shared/reference/op-01", "shared/reference/op-02", "shared/reference/op-03"],
      [],
    ]);
  }, 120_000);

  it("always-runs-the-tree-walk-oracle", async () => {
    const r = await tetra("conform", "--target", "js", "--filter", "^shared/reference/op-01$");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.split("\n")[0]).toBe(`fixture                 tree-walk ${"js".padEnd(9)}`);
  }, 120_000);

  it("checks-its-options", async () => {
    expect(await tetra("conform", "--target", "tree-walk,jvm")).toEqual({ code: EXIT.compileError, out: "", err: "error: unknown target `jvm` (available: tree-walk, ir, js, wasm, native)\n" });
    expect(await tetra("conform", "--target", ",")).toEqual({ code: EXIT.compileError, out: "", err: "error: --target needs at least one target\n" });
    const r = await tetra("conform", "--filter", "(");
    expect(r.code).toBe(EXIT.compileError);
    expect(r.err).toMatch(/^error: --filter is not a regular expression: /);
  });

  it("warns-when-the-filter-matches-nothing", async () => {
    const r = await tetra("conform", "--target", "tree-walk", "--filter", "^no-such-fixture$");
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toBe("warning: no fixture matches --filter ^no-such-fixture$\n");
  });
});
