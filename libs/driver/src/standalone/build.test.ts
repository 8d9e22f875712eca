// Standalone artifacts run by a plain `node` child process in a temporary
// directory outside the repository, so no @tetra/* package can resolve (the
// native one gets only koffi, linked into its own node_modules, as a user
// would install it). Every case is compared with the in-process driver on
// the same target: the same JSON text, the same error kind, and for runtime
// errors the same line and column — which are also tree-walk's.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { promisify } from "node:util";
import { probeNativeToolchain } from "@tetra/backend-llvm";
import { describe, expect, it } from "vitest";
import { argsToJson } from "../args-json.js";
import { compileRule } from "../compile.js";
import type { DriverOutcome } from "../outcome.js";
import { runRule } from "../run.js";
import { buildStandalone, type BuildTarget } from "./build.js";

const REPO = join(import.meta.dirname, "../../../..");
const EXAMPLES = join(REPO, "examples");
const TMP = mkdtempSync(join(tmpdir(), "tetra-build-"));
const NATIVE = probeNativeToolchain();
const KOFFI = koffiDir();
const CHILD_ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: TMP };

interface Case {
  readonly label: string;
  /** JSON text, given to runJson and run. */
  readonly text?: string;
  /** A JavaScript expression for an argument object, given to run (and argsToJson in-process). */
  readonly obj?: string;
  /** The literal outcome, where the case pins one (the rest only agree with the in-process run). */
  readonly want?: Seen;
}

interface Program {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly cases: readonly Case[];
}

const pricingArgs = readFileSync(join(EXAMPLES, "pricing.args.json"), "utf8");
const PROGRAMS: readonly Program[] = [
  {
    name: "pricing",
    file: "examples/pricing.relon",
    source: readFileSync(join(EXAMPLES, "pricing.relon"), "utf8"),
    cases: [
      { label: "ok", text: pricingArgs },
      { label: "ok-object", obj: `(${pricingArgs})` },
      { label: "schema-predicate", text: '{"items": [{"sku": "x", "qty": 0, "unit_price": 1.0}], "tier": "Gold", "country": "FR"}' },
      { label: "missing", text: '{"items": [], "tier": "Gold"}' },
      { label: "unexpected", text: '{"items": [], "tier": "Gold", "country": "FR", "coupon": 1}' },
      { label: "wrong-type", text: '{"items": [], "tier": "Platinum", "country": "FR"}' },
      { label: "malformed", text: '{"items": ' },
      { label: "not-an-object", text: "[1, 2]" },
    ],
  },
  {
    name: "arith",
    file: "arith.relon",
    source: "#main(Int a, Int b, List<Int> xs) -> Dict\n{ q: a / b, first: xs[0], sum: a + b, big: a * 1 }",
    cases: [
      {
        label: "bigint",
        obj: "({ a: 9007199254740993n, b: 2, xs: [7n, -0] })",
        want: { ok: true, json: '{\n  "big": 9007199254740993,\n  "first": 7,\n  "q": 4503599627370496,\n  "sum": 9007199254740995\n}' },
      },
      { label: "division-by-zero", text: '{"a": 1, "b": 0, "xs": [1]}', want: { ok: false, kind: "DivisionByZero", line: 2, column: 6 } },
      { label: "index", text: '{"a": 1, "b": 1, "xs": []}', want: { ok: false, kind: "IndexOutOfBounds", line: 2, column: 20 } },
      { label: "overflow", text: '{"a": 9223372036854775807, "b": 1, "xs": [1]}', want: { ok: false, kind: "NumericOverflow", line: 2, column: 32 } },
      { label: "unserialisable", obj: "({ a: NaN, b: 1, xs: [] })", want: { ok: false, kind: "MalformedArguments" } },
    ],
  },
  {
    name: "library",
    file: "library.relon",
    source: '{ x: 1 + 2, s: "t\\u00e9" }',
    cases: [
      { label: "no-arguments", want: { ok: true, json: '{\n  "s": "t\u00e9",\n  "x": 3\n}' } },
      { label: "arguments-for-no-main", text: "{}", want: { ok: false, kind: "NoMainSignature", line: null, column: null } },
    ],
  },
];

/** What the artifact reports, in the shape the child prints. */
type Seen = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly kind: string; readonly line?: number | null; readonly column?: number | null };

function expected(o: DriverOutcome): Seen {
  switch (o.kind) {
    case "ok":
      return { ok: true, json: o.json };
    case "runtime-error":
      return { ok: false, kind: o.error.kind, line: o.error.span?.start.line ?? null, column: o.error.span?.start.column ?? null };
    case "bad-arguments":
      return { ok: false, kind: o.error.kind };
    default:
      throw new Error(`unexpected outcome ${o.kind}`);
  }
}

function checkerScript(name: string, cases: readonly Case[]): string {
  const entries = cases.map(
    (c) => `{ label: ${JSON.stringify(c.label)}, text: ${c.text === undefined ? "undefined" : JSON.stringify(c.text)}, obj: ${c.obj === undefined ? "undefined" : `() => ${c.obj}`} }`,
  );
  return `const m = await import("./${name}.mjs");
const cases = [${entries.join(",\n")}];
const seen = (f) => {
  try {
    return { ok: true, json: f() };
  } catch (e) {
    if (!(e instanceof m.RuleError) || !(e instanceof Error)) throw e;
    return { ok: false, kind: e.kind, line: e.line, column: e.column, name: e.name };
  }
};
const out = {};
for (const c of cases) {
  out[c.label] = {
    run: seen(() => m.run(c.obj === undefined ? c.text : c.obj())),
    runJson: c.text === undefined ? null : m.runJson(c.text),
  };
}
let tetra = "unresolvable";
try { await import("@tetra/core"); tetra = "resolvable"; } catch {}
process.stdout.write(JSON.stringify({ out, tetra }));
`;
}

async function inProcess(program: Program, target: "tree-walk" | BuildTarget, c: Case): Promise<DriverOutcome> {
  const compiled = await compileRule({ source: program.source, file: program.file, target });
  if (!compiled.ok) throw new Error(`${program.name} does not compile on ${target}`);
  let text = c.text;
  if (c.obj !== undefined) {
    const r = argsToJson(new Function(`return ${c.obj};`)());
    if (!r.ok) return { kind: "bad-arguments", error: { kind: "MalformedArguments", path: r.error.path, message: r.error.message } };
    text = r.value;
  }
  return runRule(compiled.rule, text);
}

let builds = 0;
async function build(program: Program, target: BuildTarget): Promise<string> {
  const dir = join(TMP, `${target}-${program.name}-${++builds}`);
  const r = await buildStandalone({ source: program.source, file: program.file, target, outDir: dir });
  if (!r.ok) throw new Error(`build failed: ${JSON.stringify(r.outcome)}`);
  if (target === "native") {
    mkdirSync(join(dir, "node_modules"), { recursive: true });
    symlinkSync(KOFFI, join(dir, "node_modules", "koffi"));
  }
  return dir;
}

const TARGETS: readonly BuildTarget[] = ["js", "wasm", "native"];

describe("standalone artifacts", () => {
  it("build-outside-the-repository", () => {
    expect(TMP.startsWith(REPO)).toBe(false);
  });

  for (const target of TARGETS) {
    const skip = target === "native" && !NATIVE.available;
    for (const program of PROGRAMS) {
      it.skipIf(skip)(`${target}-${program.name}-agrees-with-the-in-process-run`, async () => {
        const dir = await build(program, target);
        writeFileSync(join(dir, "check.mjs"), checkerScript(program.name, program.cases));
        const printed = JSON.parse(execFileSync(process.execPath, ["check.mjs"], { cwd: dir, env: CHILD_ENV, encoding: "utf8", timeout: 60_000 })) as {
          out: Record<string, { run: Seen & { name?: string }; runJson: (Seen & { message?: string }) | null }>;
          tetra: string;
        };
        expect(printed.tetra).toBe("unresolvable");
        for (const c of program.cases) {
          const want = expected(await inProcess(program, target, c));
          if (c.want !== undefined) expect({ label: c.label, ...want }).toEqual({ label: c.label, ...c.want });
          const got = printed.out[c.label]!;
          expect({ label: c.label, ...got.run, name: undefined }).toMatchObject({ label: c.label, ...want });
          if (!want.ok) expect(got.run.name).toBe(want.line === undefined ? "BadArgumentsError" : "RuleError");
          if (got.runJson !== null) expect({ label: c.label, ...got.runJson }).toMatchObject({ label: c.label, ...want });
          if (!want.ok && want.line !== undefined) {
            // The compiled site is tree-walk's span.
            expect(expected(await inProcess(program, "tree-walk", c))).toMatchObject({ kind: want.kind, line: want.line, column: want.column });
          }
        }
      }, 180_000);
    }

    it.skipIf(skip)(`${target}-runs-with-the-documented-node-one-liner`, async () => {
      const dir = await build(PROGRAMS[0]!, target);
      const script = `import('./pricing.mjs').then(m => console.log(m.run(${pricingArgs})))`;
      const out = execFileSync(process.execPath, ["-e", script], { cwd: dir, env: CHILD_ENV, encoding: "utf8", timeout: 60_000 });
      expect(out).toBe(readFileSync(join(EXAMPLES, "pricing.expected.json"), "utf8"));
    }, 180_000);
  }

  it.skipIf(NATIVE.available)("native-build-says-the-toolchain-is-unavailable", async () => {
    const r = await buildStandalone({ source: "1", file: "one.relon", target: "native", outDir: join(TMP, "unavailable") });
    expect(!r.ok && r.outcome.diagnostics[0]!.message).toMatch(/^native target unavailable: /);
  });

  it("js-and-wasm-artifacts-import-nothing-and-native-only-koffi", async () => {
    for (const target of TARGETS) {
      if (target === "native" && !NATIVE.available) continue;
      const text = readFileSync(join(await build(PROGRAMS[2]!, target), "library.mjs"), "utf8");
      const imports = text.split("\n").filter((l) => /^import\s/.test(l));
      if (target === "native") for (const l of imports) expect(l).toMatch(/from "(koffi|node:[a-z/]+)";$/);
      else expect(imports).toEqual([]);
      expect(text).not.toMatch(/(from\s*|import\s*\()\s*["']@tetra\//);
    }
  }, 180_000);

  // A browser loads the module over HTTP and the wasm loader fetches <name>.wasm
  // next to it; Node's network imports do the same without a browser.
  const networkImports = supportsNetworkImports();
  for (const target of ["js", "wasm"] as const) {
    it.skipIf(!networkImports)(`${target}-loads-over-http-like-a-browser`, async () => {
      const dir = await build(PROGRAMS[0]!, target);
      const server = createServer((req, res) => {
        try {
          const body = readFileSync(join(dir, (req.url ?? "/").slice(1)));
          res.writeHead(200, { "content-type": req.url?.endsWith(".wasm") === true ? "application/wasm" : "text/javascript" });
          res.end(body);
        } catch {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      try {
        const { port } = server.address() as { port: number };
        const script = `import("http://127.0.0.1:${port}/pricing.mjs").then((m) => process.stdout.write(JSON.stringify(m.runJson('{"items": [], "tier": "Gold", "country": "FR"}'))))`;
        const { stdout } = await promisify(execFile)(process.execPath, ["--no-warnings", "--experimental-network-imports", "-e", script], { cwd: TMP, env: CHILD_ENV, timeout: 60_000 });
        const want = expected(await inProcess(PROGRAMS[0]!, "tree-walk", { label: "http", text: '{"items": [], "tier": "Gold", "country": "FR"}' }));
        expect(want.ok).toBe(true);
        expect(JSON.parse(stdout)).toEqual(want);
      } finally {
        server.close();
      }
    }, 180_000);
  }

  it("refuses-an-artifact-name-that-is-not-a-plain-file-name", async () => {
    const r = await buildStandalone({ source: "1", file: "my rule.relon", target: "js", outDir: join(TMP, "bad-name") });
    expect(r).toEqual({
      ok: false,
      outcome: { kind: "rejected", diagnostics: [{ severity: "error", code: "InvalidArtifactName", message: "cannot name an artifact `my rule`: use letters, digits, `_`, `.` and `-` (e.g. --name rule)", notes: [] }] },
    });
  });
});

/** The installed koffi package directory (its exports map hides package.json). */
function koffiDir(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("koffi"));
  while (!dir.endsWith(`${sep}koffi`) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function supportsNetworkImports(): boolean {
  try {
    execFileSync(process.execPath, ["--no-warnings", "--experimental-network-imports", "-e", "0"], { env: CHILD_ENV, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
