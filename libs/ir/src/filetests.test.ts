// Runs every fixture under testdata/: run-lines on the interpreter, verify
// fixtures against their `; error:` lines, and text round-trips.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRunLine, exportAll, parseErrorLines, parseRunLines } from "./filetest.js";
import { interpret } from "./interp/index.js";
import { parseOrThrow } from "./parse.js";
import { print } from "./print.js";
import { formatVerifyError, verify } from "./verify.js";

const dir = (sub: string) => new URL(`../testdata/${sub}/`, import.meta.url);
const fixtures = (sub: string) =>
  readdirSync(dir(sub))
    .filter((f) => f.endsWith(".ir"))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir(sub)), "utf8") }));

describe("run fixtures on the interpreter", () => {
  for (const { name, text } of fixtures("run")) {
    it(name, () => {
      const m = parseOrThrow(text, name);
      expect(verify(m).map(formatVerifyError)).toEqual([]);
      const lines = parseRunLines(text);
      expect(lines.length).toBeGreaterThan(0);
      const mod = exportAll(m);
      const inst = interpret(mod);
      const failures = lines.map((l) => checkRunLine(mod, inst, l)).filter((x) => x !== undefined);
      expect(failures).toEqual([]);
    });
  }
});

describe("verify fixtures", () => {
  for (const { name, text } of fixtures("verify")) {
    it(name, () => {
      const expected = parseErrorLines(text);
      expect(expected.length).toBeGreaterThan(0);
      const errors = verify(parseOrThrow(text, name)).map(formatVerifyError).join("\n");
      for (const e of expected) expect(errors).toContain(e);
    });
  }
});

describe("text round-trip on fixtures", () => {
  for (const { name, text } of [...fixtures("run"), ...fixtures("verify")]) {
    it(name, () => {
      const m = parseOrThrow(text, name);
      const printed = print(m);
      expect(parseOrThrow(printed)).toEqual(m);
      expect(print(parseOrThrow(printed))).toBe(printed);
    });
  }
});

describe("coverage", () => {
  it("every-op-in-the-table-appears-in-a-run-fixture", async () => {
    const { ALL_OPS, opOf } = await import("./op-info.js");
    const { walkFunc } = await import("./walk.js");
    const used = new Set<string>();
    for (const { text } of fixtures("run")) for (const f of parseOrThrow(text).funcs) walkFunc(f, (e) => used.add(opOf(e)));
    expect(ALL_OPS.filter((op) => !used.has(op))).toEqual([]);
  });
  it("has-at-least-60-run-and-20-verify-fixtures", () => {
    expect(fixtures("run").length).toBeGreaterThanOrEqual(60);
    expect(fixtures("verify").length).toBeGreaterThanOrEqual(20);
  });
});
