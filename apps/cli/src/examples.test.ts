// Runs every program in examples/ through `tetra run` on every target and
// compares stdout with the committed examples/<name>.expected.json: all five
// targets print the same bytes. After an intended change, re-bless with:
// UPDATE_GOLDEN=1 npx vitest run src/examples.test.ts (in apps/cli; tree-walk writes the file).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TARGET_NAMES } from "@tetra/driver";
import { describe, expect, it } from "vitest";
import { EXAMPLES, NATIVE, tetra } from "./test-support.js";

const names = readdirSync(EXAMPLES)
  .filter((n) => n.endsWith(".relon"))
  .map((n) => n.slice(0, -".relon".length))
  .sort();

describe("examples", () => {
  it("has-the-five-examples", () => {
    expect(names).toEqual(["feature-flags", "pricing", "sensor-report", "signup-validation", "ticket-routing"]);
  });

  for (const name of names) {
    for (const target of TARGET_NAMES) {
      it.skipIf(target === "native" && !NATIVE.available)(`${name}-on-${target}`, async () => {
        const r = await tetra("run", join(EXAMPLES, `${name}.relon`), "--args-file", join(EXAMPLES, `${name}.args.json`), "--target", target);
        expect(r.err).toBe("");
        expect(r.code).toBe(0);
        const expectedFile = join(EXAMPLES, `${name}.expected.json`);
        if (process.env.UPDATE_GOLDEN === "1" && target === "tree-walk") writeFileSync(expectedFile, r.out);
        expect(existsSync(expectedFile)).toBe(true);
        expect(r.out).toBe(readFileSync(expectedFile, "utf8"));
      }, 120_000);
    }
  }
});
