// The CLI in-process: `main(argv, io)` with a capturing Io.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, main, type Io } from "./main.js";

const FIXTURES = join(import.meta.dirname, "../../../../shared/fixtures");
const dir = mkdtempSync(join(tmpdir(), "tetra-cli-"));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function tetra(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), color: false };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("tetra run", () => {
  it("prints-the-json-result", async () => {
    const r = await tetra("run", join(FIXTURES, "reference/op-01.relon"), "--args-file", join(FIXTURES, "reference/op-01.args.json"));
    expect(r).toEqual({ code: EXIT.ok, out: `${JSON.stringify({ cmp_chain: true, grouped: 20, left_assoc: 12, mul_first: 14, pipe_binds_tightest: 14, unary_then_mul: -6 }, null, 2)}\n`, err: "" });
  });

  it("runs-library-documents-and-inline-arguments", async () => {
    expect(await tetra("run", file("lib.relon", "[1, 2.5]"))).toMatchObject({ code: 2 });
    expect(await tetra("run", file("lib2.relon", "(1, \"x\")"))).toEqual({ code: 0, out: '[\n  1,\n  "x"\n]\n', err: "" });
    expect(await tetra("run", file("inline.relon", "#main(Int a) -> Int\na * 2"), "--args", '{"a": 21}')).toEqual({ code: 0, out: "42\n", err: "" });
  });

  it("reports-runtime-errors-with-the-source-excerpt", async () => {
    const p = file("div.relon", "#main(Int a, Int b) -> Int\na / b");
    const r = await tetra("run", p, "--args", '{"a": 1, "b": 0}');
    expect(r.code).toBe(EXIT.runtimeError);
    expect(r.out).toBe("");
    expect(r.err).toBe(`error: DivisionByZero: division by zero in Int /\n --> ${p}:2:1\n  |\n2 | a / b\n  | ^^^^^\n`);
  });

  it("renders-diagnostics-for-compile-errors", async () => {
    const p = file("bad.relon", '{ Int port: "8080" }');
    const r = await tetra("run", p);
    expect(r.code).toBe(EXIT.compileError);
    expect(r.err).toBe(
      `error[StaticTypeMismatch]: field \`port\`: expected Int, found String\n --> ${p}:1:13\n  |\n1 | { Int port: "8080" }\n  |             ^^^^^^\n\nerror: ${p} has 1 error\n`,
    );
  });

  it("names-the-kind-of-bad-arguments", async () => {
    const p = file("args.relon", "#main(Int a, Int b) -> Int\na + b");
    const cases: [string, string][] = [
      ['{"a": 1}', "error: bad arguments: MissingMainArg (argument `b`): missing argument \"b\"\n"],
      ['{"a": 1, "b": 2, "c": 3}', 'error: bad arguments: UnexpectedMainArg (argument `c`): unexpected argument "c" (no #main parameter has this name)\n'],
      ['{"a": "x", "b": 2}', 'error: bad arguments: MainArgTypeMismatch (argument `a`): a: expected Int, got "x"\n'],
    ];
    for (const [args, err] of cases) expect(await tetra("run", p, "--args", args)).toEqual({ code: EXIT.badArguments, out: "", err });
    const malformed = await tetra("run", p, "--args", "{oops");
    expect(malformed.code).toBe(EXIT.badArguments);
    expect(malformed.err).toMatch(/^error: bad arguments: MalformedArguments: arguments are not valid JSON/);
  });

  it("checks-its-options", async () => {
    const p = file("ok.relon", "1");
    expect(await tetra("run", p, "--target", "wasm")).toEqual({ code: 2, out: "", err: "error: unknown target `wasm` (available: tree-walk)\n" });
    expect(await tetra("run", p, "--fuel", "-3")).toEqual({ code: 2, out: "", err: "error: --fuel takes a non-negative integer, got `-3`\n" });
    expect(await tetra("run", p, "--args", "{}", "--args-file", p)).toEqual({ code: 2, out: "", err: "error: use either --args or --args-file, not both\n" });
    expect(await tetra("run", join(dir, "missing.relon"))).toEqual({ code: 2, out: "", err: `error: cannot read program ${join(dir, "missing.relon")}: no such file\n` });
    expect(await tetra("run", p, "--target", "tree-walk")).toEqual({ code: 0, out: "1\n", err: "" });
  });

  it("stops-at-the-fuel-budget", async () => {
    const p = file("loop.relon", "range(100000).map((Int i) => i * 2).len()");
    const r = await tetra("run", p, "--fuel", "1000");
    expect(r.code).toBe(EXIT.runtimeError);
    expect(r.err).toMatch(/^error: StepLimitExceeded:/);
  });
});

describe("tetra check", () => {
  it("is-silent-on-clean-programs", async () => {
    expect(await tetra("check", join(FIXTURES, "reference/match-03.relon"))).toEqual({ code: 0, out: "", err: "" });
  });

  it("prints-several-diagnostics", async () => {
    const r = await tetra("check", file("many.relon", "{ a: 1 +, b: ], c: 0X1 }"));
    expect(r.code).toBe(EXIT.compileError);
    expect(r.err.match(/^error\[Parse\]/gm)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe("tetra help and usage", () => {
  it("prints-help-for-every-command", async () => {
    for (const argv of [["--help"], ["run", "--help"], ["check", "--help"]]) {
      const r = await tetra(...argv);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toMatch(/^Usage: tetra/);
    }
    expect((await tetra("run", "--help")).out).toContain("--target <name>");
  });

  it("rejects-unknown-commands-and-options", async () => {
    expect((await tetra("frobnicate")).code).toBe(EXIT.compileError);
    expect((await tetra("run", "x.relon", "--bogus")).code).toBe(EXIT.compileError);
    expect((await tetra("run")).code).toBe(EXIT.compileError);
  });
});
