// `tetra build`: the artifact it writes runs under a plain `node` child in a
// temporary directory outside the repository and prints what `tetra run`
// prints on the same target (libs/driver's standalone tests cover the API in
// depth; this checks the command's wiring).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { BUILD_TARGETS } from "@tetra/driver";
import { describe, expect, it } from "vitest";
import { EXIT } from "../io.js";
import { EXAMPLES, NATIVE, REPO, scratchDir, scratchFile, tetra } from "../test-support.js";

const ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: scratchDir() };

function koffiDir(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("koffi"));
  while (!dir.endsWith(`${sep}koffi`) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Runs `script` (an ES module body with `m` bound to the artifact) with plain node in `dir`. */
function runArtifact(dir: string, name: string, script: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", `const m = await import("./${name}.mjs");\n${script}`], {
    cwd: dir,
    env: ENV,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("tetra build", () => {
  it("builds-outside-the-repository", () => {
    expect(scratchDir().startsWith(REPO)).toBe(false);
  });

  for (const target of BUILD_TARGETS) {
    it(`${target}-artifact-prints-what-tetra-run-prints`, async () => {
      const out = join(scratchDir(), `build-${target}`);
      const program = join(EXAMPLES, "pricing.relon");
      const built = await tetra("build", program, "--target", target, "-o", out);
      if (target === "native" && !NATIVE.available) {
        expect(built).toEqual({ code: EXIT.compileError, out: "", err: `error[Unsupported]: native target unavailable: ${NATIVE.reason}\n\nerror: ${program} cannot be compiled for native\n` });
        return;
      }
      const files = { js: ["pricing.mjs"], wasm: ["pricing.wasm", "pricing.mjs"], native: ["pricing.so", "pricing.mjs"] }[target];
      expect(built).toEqual({ code: EXIT.ok, out: files.map((f) => `wrote ${join(out, f)}\n`).join(""), err: "" });
      if (target === "native") {
        mkdirSync(join(out, "node_modules"));
        symlinkSync(koffiDir(), join(out, "node_modules", "koffi"));
      }
      const args = readFileSync(join(EXAMPLES, "pricing.args.json"), "utf8");
      const ran = await tetra("run", program, "--args", args, "--target", target);
      expect(ran.code).toBe(EXIT.ok);
      expect(runArtifact(out, "pricing", `console.log(m.run(${args}));`)).toBe(ran.out);
      const failed = runArtifact(out, "pricing", `const r = m.runJson('{"items": [], "tier": "Gold"}'); console.log(JSON.stringify([r.ok, r.kind]));`);
      expect(failed).toBe('[false,"MissingMainArg"]\n');
    }, 180_000);
  }

  it("reports-runtime-errors-at-the-line-and-column-tetra-run-shows", async () => {
    const p = scratchFile("div.relon", "#main(Int a, Int b) -> Int\na / b");
    const out = join(scratchDir(), "build-div");
    expect((await tetra("build", p, "--target", "js", "-o", out, "--no-optimize")).code).toBe(EXIT.ok);
    const ran = await tetra("run", p, "--args", '{"a": 1, "b": 0}', "--target", "js");
    expect(ran.err).toContain(`--> ${p}:2:1\n`);
    const thrown = runArtifact(out, "div", `try { m.run({ a: 1n, b: 0n }); } catch (e) { console.log(JSON.stringify([e.name, e.kind, e.line, e.column, e.message])); }`);
    expect(JSON.parse(thrown)).toEqual(["RuleError", "DivisionByZero", 2, 1, `DivisionByZero: division by zero (${p}:2:1)`]);
  }, 120_000);

  it("names-the-artifact-after-the-file-or-the-name-flag", async () => {
    const p = scratchFile("my rule.relon", "#main(Int a) -> Int\na + 1");
    const out = join(scratchDir(), "build-named");
    expect(await tetra("build", p, "--target", "js", "-o", out)).toEqual({
      code: EXIT.compileError,
      out: "",
      err: "error: cannot name an artifact `my rule`: use letters, digits, `_`, `.` and `-` (pass --name)\n",
    });
    expect(await tetra("build", p, "--target", "js", "-o", out, "--name", "rule")).toEqual({ code: EXIT.ok, out: `wrote ${join(out, "rule.mjs")}\n`, err: "" });
    expect(runArtifact(out, "rule", "console.log(m.run({ a: 41 }));")).toBe("42\n");
  }, 60_000);

  it("checks-its-options-and-the-program", async () => {
    const p = scratchFile("ok.relon", "1");
    const out = join(scratchDir(), "build-bad");
    expect(await tetra("build", p, "--target", "tree-walk", "-o", out)).toEqual({
      code: EXIT.compileError,
      out: "",
      err: "error: unknown build target `tree-walk` (available: js, wasm, native)\n",
    });
    const bad = scratchFile("bad-build.relon", '{ Int port: "8080" }');
    const r = await tetra("build", bad, "--target", "wasm", "-o", out);
    expect(r.code).toBe(EXIT.compileError);
    expect(r.err).toMatch(/^error\[StaticTypeMismatch\]/);
    expect(existsSync(out)).toBe(false);
    const blocked = scratchFile("not-a-dir", "x");
    const w = await tetra("build", p, "--target", "js", "-o", join(blocked, "sub"));
    expect(w.code).toBe(EXIT.compileError);
    expect(w.err).toMatch(/^error: cannot write to .*not-a-dir\/sub: /);
  });
});
