// `tetra run` on every target. Compiled targets must print what tree-walk
// prints: the same JSON, the same bad-argument lines, and runtime errors at
// the same line and column (only the informative message may differ).
import { join } from "node:path";
import { TARGET_NAMES, type TargetName } from "@tetra/driver";
import { describe, expect, it } from "vitest";
import { EXIT } from "../io.js";
import { NATIVE, nativeUnavailableMessage, scratchDir, scratchFile, SHARED_FIXTURES, tetra } from "../test-support.js";

const COMPILED = TARGET_NAMES.filter((t) => t !== "tree-walk");

/** Runs on `target`; when native cannot run here, asserts the refusal instead and returns undefined. */
async function runOn(target: TargetName, file: string, ...rest: string[]) {
  const r = await tetra("run", file, "--target", target, ...rest);
  if (target === "native" && !NATIVE.available) {
    expect(r).toEqual({ code: EXIT.compileError, out: "", err: nativeUnavailableMessage(file) });
    return undefined;
  }
  return r;
}

/** The runtime error's excerpt: everything after its first line. */
const excerpt = (err: string): string => err.slice(err.indexOf("\n"));

describe("tetra run", () => {
  it("prints-the-json-result", async () => {
    const r = await tetra("run", join(SHARED_FIXTURES, "reference/op-01.relon"), "--args-file", join(SHARED_FIXTURES, "reference/op-01.args.json"));
    expect(r).toEqual({ code: EXIT.ok, out: `${JSON.stringify({ cmp_chain: true, grouped: 20, left_assoc: 12, mul_first: 14, pipe_binds_tightest: 14, unary_then_mul: -6 }, null, 2)}\n`, err: "" });
  });

  it("runs-library-documents-and-inline-arguments", async () => {
    expect(await tetra("run", scratchFile("lib.relon", "[1, 2.5]"))).toMatchObject({ code: 2 });
    expect(await tetra("run", scratchFile("lib2.relon", '(1, "x")'))).toEqual({ code: 0, out: '[\n  1,\n  "x"\n]\n', err: "" });
    expect(await tetra("run", scratchFile("inline.relon", "#main(Int a) -> Int\na * 2"), "--args", '{"a": 21}')).toEqual({ code: 0, out: "42\n", err: "" });
  });

  it("reports-runtime-errors-with-the-source-excerpt", async () => {
    const p = scratchFile("div.relon", "#main(Int a, Int b) -> Int\na / b");
    const r = await tetra("run", p, "--args", '{"a": 1, "b": 0}');
    expect(r.code).toBe(EXIT.runtimeError);
    expect(r.out).toBe("");
    expect(r.err).toBe(`error: DivisionByZero: division by zero in Int /\n --> ${p}:2:1\n  |\n2 | a / b\n  | ^^^^^\n`);
  });

  it("renders-diagnostics-for-compile-errors", async () => {
    const p = scratchFile("bad.relon", '{ Int port: "8080" }');
    const r = await tetra("run", p);
    expect(r.code).toBe(EXIT.compileError);
    expect(r.err).toBe(
      `error[StaticTypeMismatch]: field \`port\`: expected Int, found String\n --> ${p}:1:13\n  |\n1 | { Int port: "8080" }\n  |             ^^^^^^\n\nerror: ${p} has 1 error\n`,
    );
  });

  it("names-the-kind-of-bad-arguments", async () => {
    const p = scratchFile("args.relon", "#main(Int a, Int b) -> Int\na + b");
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

  it("refuses-an-argument-file-that-is-not-utf-8", async () => {
    const p = scratchFile("s.relon", "#main(String s) -> String\ns");
    const args = scratchFile("latin1.json", Uint8Array.from([...Buffer.from('{"s": "caf'), 0xe9, ...Buffer.from('"}')]));
    expect(await tetra("run", p, "--args-file", args)).toEqual({
      code: EXIT.badArguments,
      out: "",
      err: `error: bad arguments: MalformedArguments: argument file ${args} is not valid UTF-8\n`,
    });
    const utf8 = scratchFile("utf8.json", '{"s": "café"}');
    expect(await tetra("run", p, "--args-file", utf8)).toEqual({ code: EXIT.ok, out: '"café"\n', err: "" });
  });

  it("refuses-a-program-that-is-not-utf-8", async () => {
    const p = scratchFile("latin1.relon", Uint8Array.from([0x22, 0xe9, 0x22]));
    expect(await tetra("run", p)).toEqual({ code: EXIT.compileError, out: "", err: `error: program ${p} is not valid UTF-8\n` });
  });

  it("checks-its-options", async () => {
    const p = scratchFile("ok.relon", "1");
    expect(await tetra("run", p, "--target", "jvm")).toEqual({ code: 2, out: "", err: "error: unknown target `jvm` (available: tree-walk, ir, js, wasm, native)\n" });
    expect(await tetra("run", p, "--fuel", "-3")).toEqual({ code: 2, out: "", err: "error: --fuel takes a non-negative integer, got `-3`\n" });
    expect(await tetra("run", p, "--memory", "1e6")).toEqual({ code: 2, out: "", err: "error: --memory takes a non-negative integer up to 2147483648, got `1e6`\n" });
    expect(await tetra("run", p, "--memory", "4294967296")).toEqual({ code: 2, out: "", err: "error: --memory takes a non-negative integer up to 2147483648, got `4294967296`\n" });
    expect(await tetra("run", p, "--args", "{}", "--args-file", p)).toEqual({ code: 2, out: "", err: "error: use either --args or --args-file, not both\n" });
    const missing = join(scratchDir(), "missing.relon");
    expect(await tetra("run", missing)).toEqual({ code: 2, out: "", err: `error: cannot read program ${missing}: no such file\n` });
    expect(await tetra("run", p, "--args-file", `${p}.missing`)).toEqual({ code: 2, out: "", err: `error: cannot read argument file ${p}.missing: no such file\n` });
    expect(await tetra("run", p, "--target", "tree-walk")).toEqual({ code: 0, out: "1\n", err: "" });
  });

  it("stops-at-the-fuel-budget", async () => {
    const p = scratchFile("loop.relon", "range(100000).map((Int i) => i * 2).len()");
    const r = await tetra("run", p, "--fuel", "1000");
    expect(r.code).toBe(EXIT.runtimeError);
    expect(r.err).toMatch(/^error: StepLimitExceeded:/);
  });
});

describe("tetra run --target", () => {
  const entry = scratchFile("entry.relon", '#main(Int a, Int b, List<Int> xs) -> Dict\n{ q: a / b, first: xs[0], s: f"${a}/${b}" }');
  const tree = (args: string) => tetra("run", entry, "--args", args);

  for (const target of COMPILED) {
    it(`${target}-prints-what-tree-walk-prints`, async () => {
      const want = await tree('{"a": 7, "b": 2, "xs": [5]}');
      expect(want).toEqual({ code: EXIT.ok, out: '{\n  "first": 5,\n  "q": 3,\n  "s": "7/2"\n}\n', err: "" });
      const got = await runOn(target, entry, "--args", '{"a": 7, "b": 2, "xs": [5]}');
      if (got !== undefined) expect(got).toEqual(want);
    }, 120_000);

    it(`${target}-reports-runtime-errors-at-tree-walk-s-line-and-column`, async () => {
      for (const args of ['{"a": 1, "b": 0, "xs": [1]}', '{"a": 1, "b": 1, "xs": []}']) {
        const want = await tree(args);
        const got = await runOn(target, entry, "--args", args);
        if (got === undefined) return;
        expect(got.code).toBe(EXIT.runtimeError);
        expect(got.err.split(":")[0]).toBe("error");
        expect(got.err.split(":")[1]).toBe(want.err.split(":")[1]);
        expect(excerpt(got.err)).toBe(excerpt(want.err));
        expect(excerpt(got.err)).toMatch(new RegExp(`^\\n --> ${entry.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:(6|20)\\n`));
      }
    }, 120_000);

    it(`${target}-reports-bad-arguments-like-tree-walk`, async () => {
      for (const args of ['{"a": 1, "b": 1}', '{"a": 1, "b": 1, "xs": [], "c": 0}', '{"a": 1, "b": 1, "xs": [true]}', "[1]", "{"]) {
        const want = await tree(args);
        expect(want.code).toBe(EXIT.badArguments);
        const got = await runOn(target, entry, "--args", args);
        if (got === undefined) return;
        expect(got).toEqual(want);
      }
    }, 120_000);

    it(`${target}-stops-at-the-fuel-budget-and-the-memory-limit`, async () => {
      const loop = scratchFile(`loop-${target}.relon`, "range(100000).map((Int i) => i * 2).len()");
      const fuel = await runOn(target, loop, "--fuel", "1000");
      if (fuel === undefined) return;
      expect(fuel.code).toBe(EXIT.runtimeError);
      expect(fuel.err).toMatch(/^error: StepLimitExceeded: /);
      const memory = await runOn(target, loop, "--memory", "65536");
      expect(memory).toEqual({ code: EXIT.runtimeError, out: "", err: expect.stringMatching(/^error: MemoryLimitExceeded: /) as unknown });
      expect(await runOn(target, loop, "--memory", String(64 << 20), "--no-optimize")).toEqual({ code: EXIT.ok, out: "100000\n", err: "" });
    }, 120_000);

    it(`${target}-refuses-an-unsupported-construct-at-compile-time`, async () => {
      const variants = Array.from({ length: 300 }, (_, i) => `V${i}`).join(", ");
      const p = scratchFile(`big-enum-${target}.relon`, `#enum Big { ${variants} }\n{ n: 1 }`);
      expect(await tetra("run", p)).toEqual({ code: EXIT.ok, out: '{\n  "n": 1\n}\n', err: "" });
      const r = await tetra("run", p, "--target", target);
      expect(r.code).toBe(EXIT.compileError);
      expect(r.err).toMatch(/^error\[Unsupported\]: unsupported: enum Big with 300 variants/);
      expect(r.err).toMatch(new RegExp(`\\nerror: .*big-enum-${target}\\.relon cannot be compiled for ${target}\\n$`));
    }, 120_000);
  }
});
