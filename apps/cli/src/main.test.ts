// The command line as a whole: help on every command, usage errors.
import { describe, expect, it } from "vitest";
import { EXIT } from "./main.js";
import { tetra } from "./test-support.js";

const COMMANDS = ["run", "check", "emit", "build", "conform"];

describe("tetra help and usage", () => {
  it("lists-every-command", async () => {
    const r = await tetra("--help");
    expect(r.code).toBe(EXIT.ok);
    for (const c of [...COMMANDS, "bench", "fuzz"]) expect(r.out).toMatch(new RegExp(`^  ${c} `, "m"));
  });

  it("prints-help-for-every-command", async () => {
    for (const c of COMMANDS) {
      const r = await tetra(c, "--help");
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toMatch(new RegExp(`^Usage: tetra ${c} `));
    }
    expect((await tetra("run", "--help")).out).toContain("--target <name>");
    expect((await tetra("run", "--help")).out).toContain("Exit codes: 0 result printed, 1 runtime error");
    expect((await tetra("help", "emit")).out).toMatch(/^Usage: tetra emit \[options\] <stage> <file>/);
  });

  it("prints-its-version-and-the-tools-help", async () => {
    const v = await tetra("--version");
    expect(v.code).toBe(EXIT.ok);
    expect(v.out).toBe("0.1.0\n");
    const fuzz = await tetra("fuzz", "--help");
    expect(fuzz.code).toBe(EXIT.ok);
    expect(fuzz.out).toMatch(/^usage: tetra fuzz \[options\]/);
    const bench = await tetra("bench", "--help");
    expect(bench.code).toBe(EXIT.ok);
    expect(bench.out).toMatch(/^usage: tetra bench /);
  });

  it("rejects-unknown-commands-and-options", async () => {
    expect((await tetra("frobnicate")).code).toBe(EXIT.compileError);
    expect((await tetra("run", "x.relon", "--bogus")).code).toBe(EXIT.compileError);
    expect((await tetra("run")).code).toBe(EXIT.compileError);
    expect((await tetra("emit", "ir")).code).toBe(EXIT.compileError);
    const noOut = await tetra("build", "x.relon", "--target", "js");
    expect(noOut.code).toBe(EXIT.compileError);
    expect(noOut.err).toMatch(/^error: required option '-o, --out <dir>' not specified\n/);
  });
});
