// Runs every program in examples/ through `tetra run` and compares stdout
// with the committed examples/<name>.expected.json. After an intended change,
// re-bless with: UPDATE_GOLDEN=1 npx vitest run src/examples.test.ts (in apps/cli).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type Io } from "./main.js";

const EXAMPLES = join(import.meta.dirname, "../../../examples");
const names = readdirSync(EXAMPLES)
  .filter((n) => n.endsWith(".relon"))
  .map((n) => n.slice(0, -".relon".length))
  .sort();

describe("examples", () => {
  it("has-the-five-examples", () => {
    expect(names).toEqual(["feature-flags", "pricing", "sensor-report", "signup-validation", "ticket-routing"]);
  });

  for (const name of names) {
    it(name, async () => {
      let out = "";
      let err = "";
      const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), color: false };
      const code = await main(["run", join(EXAMPLES, `${name}.relon`), "--args-file", join(EXAMPLES, `${name}.args.json`)], io);
      expect(err).toBe("");
      expect(code).toBe(0);
      const expectedFile = join(EXAMPLES, `${name}.expected.json`);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedFile, out);
      expect(existsSync(expectedFile)).toBe(true);
      expect(out).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
