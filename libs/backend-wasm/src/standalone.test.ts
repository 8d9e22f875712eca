// The standalone loader, imported from a temp directory next to its .wasm:
// every IR fixture runs through it (so it cannot drift from instance.ts), and
// it reports sites with their source locations.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkRunLine, exportAll, ModuleBuilder, parseOrThrow, parseRunLines, type Instance } from "@tetra/ir";
import { afterAll, describe, expect, it } from "vitest";
import { createWasmBackend } from "./backend.js";
import { emitStandalone } from "./standalone.js";

const backend = createWasmBackend({ cacheDir: false });
const root = mkdtempSync(join(tmpdir(), "tetra-wasm-standalone-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Loader {
  init(source?: unknown): Promise<Instance>;
  load(source?: unknown): Promise<Instance>;
  run: Instance["run"];
  sites: readonly ({ file: string; line: number; column: number } | null)[];
  version: string;
}

let counter = 0;
/** Writes <name>.wasm and <name>.mjs to a fresh directory and imports the loader. */
async function writeAndImport(text: string, name: string): Promise<{ loader: Loader; dir: string; wasm: Uint8Array }> {
  const r = await backend.compile(exportAll(parseOrThrow(text, name)), { optimize: true });
  if (!r.ok) throw new Error("compile failed");
  const out = emitStandalone(r.value, { wasmFile: `${name}.wasm` });
  const dir = join(root, String(counter++));
  rmSync(dir, { recursive: true, force: true });
  const { mkdirSync } = await import("node:fs");
  mkdirSync(dir);
  writeFileSync(join(dir, `${name}.wasm`), out.wasm);
  writeFileSync(join(dir, `${name}.mjs`), out.loader);
  const loader = (await import(pathToFileURL(join(dir, `${name}.mjs`)).href)) as Loader;
  return { loader, dir, wasm: out.wasm };
}

describe("standalone loader", () => {
  it("has-no-imports", async () => {
    const m = new ModuleBuilder();
    m.func("one", [], "i32", (b) => b.i32.const(1), { export: true });
    const r = await backend.compile(m.finish());
    if (!r.ok) throw new Error("compile failed");
    const { loader } = emitStandalone(r.value);
    expect(loader).not.toMatch(/^\s*import[\s{*"']/m); // no static imports
    expect(loader).not.toMatch(/\bimport\(\s*["'`]/); // no dynamic import of a literal (only node:fs, via a variable, for file: URLs)
    expect(loader).not.toMatch(/require\(/);
  });

  const dir = new URL("../../ir/testdata/run/", import.meta.url);
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".ir")).sort()) {
    it(`runs-${name}`, async () => {
      const text = readFileSync(new URL(name, dir), "utf8");
      const { loader } = await writeAndImport(text, name.replace(/\.ir$/, ""));
      const inst = await loader.init();
      const mod = exportAll(parseOrThrow(text, name));
      expect(parseRunLines(text).map((l) => checkRunLine(mod, inst, l)).filter((x) => x !== undefined)).toEqual([]);
    });
  }

  it("inlines-the-site-table-with-locations", async () => {
    const text = [
      "(module",
      "  (constants 8)",
      "  (sites 2)",
      '  (site 1 "rule.relon" 10:2:3 15:2:8)',
      "  (func $div (param $a i64) (param $b i64) (result i64) (i64.div_s site=1 (local.get $a) (local.get $b))))",
    ].join("\n");
    const { loader, wasm } = await writeAndImport(text, "div");
    expect(loader.sites).toEqual([null, { file: "rule.relon", line: 2, column: 3 }]);
    const inst = await loader.load(wasm);
    expect(inst.invoke("div", [7n, 0n])).toEqual({ ok: false, trap: "DivisionByZero", site: 1 });
    expect(inst.invoke("div", [7n, 2n])).toEqual({ ok: true, value: 3n });
  });

  it("runs-an-entry-from-bytes", async () => {
    const text = readFileSync(new URL("entry-echo.ir", dir), "utf8");
    const { loader, wasm } = await writeAndImport(text, "echo");
    const inst = await loader.load(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const out = inst.run(new TextEncoder().encode("héllo"));
    expect(out.ok && new TextDecoder().decode(out.output)).toBe("héllo");
    expect(inst.run(new Uint8Array(10), { memoryLimit: 16 })).toEqual({ ok: false, trap: "MemoryLimitExceeded", site: undefined });
  });

  it("plans-odd-limits-like-the-instance", async () => {
    // planArena floors and clamps every option (NaN and negatives are 0); the loader repeats it.
    const text = readFileSync(new URL("entry-echo.ir", dir), "utf8");
    const { loader, wasm } = await writeAndImport(text, "limits");
    const standalone = await loader.load(wasm);
    const r = await backend.compile(exportAll(parseOrThrow(text)), { optimize: true });
    if (!r.ok) throw new Error("compile failed");
    const inst = await backend.instantiate(r.value);
    const show = (o: ReturnType<Instance["run"]>): unknown => (o.ok ? new TextDecoder().decode(o.output) : o);
    const input = new TextEncoder().encode("0123456789");
    for (const outputCap of [undefined, -8, 0, 9.5, 10, 13.9, NaN, 2 ** 32])
      for (const memoryLimit of [undefined, 24, 40, 4096.5, NaN, -1])
        for (const fuel of [undefined, NaN, 0, 3.5]) {
          const o = { ...(outputCap === undefined ? {} : { outputCap }), ...(memoryLimit === undefined ? {} : { memoryLimit }), ...(fuel === undefined ? {} : { fuel }) };
          expect([o, show(standalone.run(input, o))]).toEqual([o, show(inst.run(input, o))]);
        }
  });
});
