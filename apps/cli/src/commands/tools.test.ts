// `tetra bench` and `tetra fuzz` hand every argument to their tool's main.
import { describe, expect, it } from "vitest";
import { EXIT } from "../io.js";
import { tetra } from "../test-support.js";

describe("tetra bench", () => {
  it("passes-help-through", async () => {
    const r = await tetra("bench", "--help");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^usage: tetra bench /);
  });

  it("passes-usage-errors-through", async () => {
    const r = await tetra("bench", "--no-such-flag");
    expect(r.code).toBe(EXIT.compileError);
    expect(r.err).toMatch(/^tetra bench: /);
  });
});

describe("tetra fuzz", () => {
  it("passes-its-flags-through", async () => {
    const r = await tetra("fuzz", "--print", "--count", "1", "--seed", "7");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^\/\/ program 0 \(seed 7\)\n/);
  });

  it("passes-usage-errors-through", async () => {
    const r = await tetra("fuzz", "--no-such-flag");
    expect(r.code).toBe(EXIT.compileError);
    expect(r.err).toMatch(/^tetra fuzz: /);
  });
});
