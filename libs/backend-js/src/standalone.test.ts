// The standalone ES module: written to a temp dir and loaded with import(), it
// passes every IR filetest exactly like the in-process instance; it runs under
// plain `node`; it reports source locations for trap sites; and its code needs
// nothing but ECMAScript itself (it runs in a fresh vm context that has no Node
// or browser APIs at all), which is what lets it run in a browser.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { checkRunLine, exportAll, parseOrThrow, parseRunLines, type Instance } from "@tetra/ir";
import { emitJs } from "./emit-module.js";
import { emitStandaloneModule } from "./standalone.js";

const runDir = new URL("../../ir/testdata/run/", import.meta.url);
const fixtures = readdirSync(runDir)
  .filter((f) => f.endsWith(".ir"))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, runDir), "utf8") }));

const tmp = mkdtempSync(join(tmpdir(), "tetra-js-standalone-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface StandaloneExports extends Instance {
  readonly trapKinds: readonly string[];
  readonly sites: readonly ({ file: string; line: number; column: number } | null)[];
  trapLocation(site: number | undefined): string | undefined;
  statusOf(outcome: { ok: boolean; trap?: string }): number;
}

async function load(name: string, source: string): Promise<StandaloneExports> {
  const file = join(tmp, `${name}.mjs`);
  writeFileSync(file, source);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as StandaloneExports;
}

describe("standalone ES module passes every IR filetest", () => {
  for (const { name, text } of fixtures) {
    it(name, async () => {
      const m = exportAll(parseOrThrow(text, name));
      const mod = await load(name.replace(/\.ir$/, ""), emitStandaloneModule(m));
      const failures = parseRunLines(text)
        .map((l) => checkRunLine(m, mod, l))
        .filter((x) => x !== undefined);
      expect(failures).toEqual([]);
    });
  }
});

const WITH_SPANS = `(module
  (constants 8)
  (sites 3)
  (site 1 "rule.relon" 10:2:3 15:2:8)
  (site 2 "lib/other.relon" 0:1:1 4:1:5)
  (export $div)
  (entry $main)
  (func $div (param $a i64) (param $b i64) (result i64) (i64.div_s site=1 (local.get $a) (local.get $b)))
  (func $main (param $in i32) (param $len i32) (param $out i32) (param $cap i32) (result i32)
    (local $p i32)
    (local.set $p (alloc.output align=1 site=2 (local.get $len)))
    (memory.copy site=2 (local.get $p) (local.get $in) (local.get $len))
    (local.get $len)))`;

describe("standalone module API", () => {
  const m = parseOrThrow(WITH_SPANS, "spans");
  const source = emitStandaloneModule(m, { header: "spans.ir, built by a test" });

  it("has-no-imports-and-a-header", () => {
    expect(source.startsWith("// spans.ir, built by a test\n")).toBe(true);
    expect(source).not.toMatch(/^\s*import\b|\bimport\(|\bfrom\s+["']/m);
    expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|\bglobalThis\b|\bwindow\b/);
  });

  it("reports-trap-sites-with-source-locations", async () => {
    const mod = await load("spans", source);
    const r = mod.invoke("div", [1n, 0n]);
    expect(r).toEqual({ ok: false, trap: "DivisionByZero", site: 1 });
    expect(mod.trapLocation(1)).toBe("rule.relon:2:3");
    expect(mod.sites).toEqual([null, { file: "rule.relon", line: 2, column: 3 }, { file: "lib/other.relon", line: 1, column: 1 }]);
    expect(mod.trapLocation(0)).toBeUndefined();
    expect(mod.trapLocation(undefined)).toBeUndefined();
    expect(mod.statusOf(r)).toBe(mod.trapKinds.indexOf("DivisionByZero") + 1);
    expect(mod.invoke("div", [-7n, 2n])).toEqual({ ok: true, value: -3n });
    expect(mod.run(new TextEncoder().encode("echo"), { outputCap: 2 })).toEqual({ ok: false, trap: "MemoryLimitExceeded", site: 2 });
  });

  it("throws-internal-error-for-a-bug-not-a-trap", async () => {
    const mod = await load("spans2", source);
    expect(() => mod.invoke("nope", [])).toThrow(/no exported function/);
    try {
      mod.invoke("nope", []);
    } catch (e) {
      expect((e as Error).name).toBe("InternalError");
    }
  });

  it("runs-under-plain-node", () => {
    const file = join(tmp, "plain.mjs");
    writeFileSync(file, source);
    const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)});
      const r = m.run(new TextEncoder().encode("héllo"));
      // The output is a view of the arena: read it before the next run or invoke.
      const text = new TextDecoder().decode(r.output);
      const d = m.invoke("div", [1n, 0n]);
      console.log(JSON.stringify({ out: text, trap: d.trap, at: m.trapLocation(d.site) }));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 30_000 });
    expect(JSON.parse(out)).toEqual({ out: "héllo", trap: "DivisionByZero", at: "rule.relon:2:3" });
  });

  it("needs-only-ecmascript-builtins", () => {
    // A fresh context has Math, BigInt, DataView, typed arrays, Map... and nothing from Node or the web.
    const factory = runInNewContext(`(function ($host) {\n${emitJs(m)}\n})`, {}) as (host: object) => Instance;
    const inst = factory({});
    const r = inst.run(new TextEncoder().encode("abc"));
    expect(r.ok && Array.from(r.output)).toEqual([97, 98, 99]);
    expect(inst.invoke("div", [9n, 4n])).toEqual({ ok: true, value: 2n });
    expect(inst.invoke("div", [1n, 0n])).toEqual({ ok: false, trap: "DivisionByZero", site: 1 });
  });
});
