import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { declaredSkips, discoverFixtures } from "./fixtures.js";

const sharedFixtures = fileURLToPath(new URL("../../../../shared/fixtures", import.meta.url));

describe("discoverFixtures", () => {
  it("finds-every-shared-fixture", () => {
    const { fixtures, problems } = discoverFixtures(sharedFixtures);
    expect(problems).toEqual([]);
    // 55 spec cases + 91 reference cases (shared/fixtures/README.md).
    expect(fixtures.filter((f) => f.id.startsWith("spec/")).length).toBe(55);
    expect(fixtures.filter((f) => f.id.startsWith("reference/")).length).toBe(91);
    const op03 = fixtures.find((f) => f.id === "reference/op-03");
    expect(op03?.expected).toEqual({ kind: "error", errorKind: "DivisionByZero" });
    expect(JSON.parse(op03?.args ?? "null")).toEqual({ a: 5, b: 0 });
  });

  it("reads-expectations-args-and-reports-malformed-fixtures", () => {
    const dir = mkdtempSync(join(tmpdir(), "tetra-fx-"));
    mkdirSync(join(dir, "a"));
    writeFileSync(join(dir, "a", "one.relon"), "// skip(native): too big\n1 + 1");
    writeFileSync(join(dir, "a", "one.expected.json"), "2\n");
    writeFileSync(join(dir, "two.relon"), "1");
    const { fixtures, problems } = discoverFixtures(dir);
    expect(fixtures).toEqual([
      {
        id: "a/one",
        file: join(dir, "a", "one.relon"),
        source: "// skip(native): too big\n1 + 1",
        expected: { kind: "value", json: "2" },
        skips: [{ targets: ["native"], reason: "too big" }],
      },
    ]);
    expect(problems).toEqual([{ file: join(dir, "two.relon"), message: "has no expectation file" }]);
  });
});

describe("declaredSkips", () => {
  it("reads-only-leading-skip-lines", () => {
    expect(declaredSkips("// skip(wasm, native): needs 5 GiB\n// skip(js): slow\n{ a: 1 }\n// skip(ir): late")).toEqual([
      { targets: ["wasm", "native"], reason: "needs 5 GiB" },
      { targets: ["js"], reason: "slow" },
    ]);
    expect(declaredSkips("{ a: 1 }")).toEqual([]);
  });
});
