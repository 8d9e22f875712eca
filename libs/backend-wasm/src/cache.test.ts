// The compile cache: a hit never loads binaryen, a corrupt entry is rebuilt.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ModuleBuilder, type Module } from "@tetra/ir";
import { afterAll, describe, expect, it } from "vitest";
import { createWasmBackend } from "./backend.js";
import { loadBinaryen } from "./binaryen-loader.js";
import { cacheKey, defaultCacheDir } from "./cache.js";

const root = mkdtempSync(join(tmpdir(), "tetra-wasm-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function addModule(k: number): Module {
  const m = new ModuleBuilder();
  m.func("add", [["a", "i64"]], "i64", (b) => b.i64.addChecked(b.get("a"), b.i64.const(k)), { export: true });
  return m.finish();
}

/** A backend over a fresh cache directory whose binaryen loads are counted. */
function counted() {
  const dir = mkdtempSync(join(root, "c-"));
  const calls = { n: 0 };
  const backend = createWasmBackend({
    cacheDir: dir,
    loadBinaryen: () => {
      calls.n++;
      return loadBinaryen();
    },
  });
  return { dir, calls, backend };
}

async function compileAndCall(backend: ReturnType<typeof createWasmBackend>, m: Module, optimize = false) {
  const r = await backend.compile(m, { optimize });
  if (!r.ok) throw new Error("compile failed");
  const inst = await backend.instantiate(r.value);
  return { artifact: r.value, value: inst.invoke("add", [1n]) };
}

describe("compile cache", () => {
  it("second-compile-does-not-load-binaryen", async () => {
    const { backend, calls, dir } = counted();
    const first = await compileAndCall(backend, addModule(41));
    expect(calls.n).toBe(1);
    const second = await compileAndCall(backend, addModule(41));
    expect(calls.n).toBe(1);
    expect(second.value).toEqual({ ok: true, value: 42n });
    expect(second.artifact.wasm).toEqual(first.artifact.wasm);
    expect(readdirSync(dir)).toEqual([`${first.artifact.key}.twasm`]);
  });

  it("keys-on-module-text-and-options", async () => {
    const { backend, calls } = counted();
    await compileAndCall(backend, addModule(1));
    await compileAndCall(backend, addModule(2));
    await compileAndCall(backend, addModule(1), true);
    expect(calls.n).toBe(3);
    expect(await cacheKey(addModule(1), false)).not.toBe(await cacheKey(addModule(1), true));
    expect(await cacheKey(addModule(1), false)).toBe(await cacheKey(addModule(1), false));
  });

  it("rebuilds-a-corrupt-entry", async () => {
    const { backend, calls, dir } = counted();
    const { artifact } = await compileAndCall(backend, addModule(7));
    const file = join(dir, `${artifact.key}.twasm`);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 0xff;
    writeFileSync(file, flipped);
    const again = await compileAndCall(backend, addModule(7));
    expect(calls.n).toBe(2);
    expect(again.value).toEqual({ ok: true, value: 8n });
    expect(readFileSync(file)).toEqual(good);
  });

  it("rebuilds-a-truncated-entry", async () => {
    const { backend, calls, dir } = counted();
    const { artifact } = await compileAndCall(backend, addModule(9));
    const file = join(dir, `${artifact.key}.twasm`);
    writeFileSync(file, readFileSync(file).subarray(0, 30));
    expect((await compileAndCall(backend, addModule(9))).value).toEqual({ ok: true, value: 10n });
    expect(calls.n).toBe(2);
  });

  it("can-be-disabled-per-compile", async () => {
    const { backend, calls, dir } = counted();
    await backend.compile(addModule(3), { cacheDir: false });
    await backend.compile(addModule(3), { cacheDir: false });
    expect(calls.n).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("defaults-to-the-repository-cache-directory", () => {
    const saved = process.env["TETRA_CACHE_DIR"];
    delete process.env["TETRA_CACHE_DIR"];
    try {
      expect(defaultCacheDir()).toBe(decodeURIComponent(new URL("../../../.tetra-cache/wasm", import.meta.url).pathname));
      process.env["TETRA_CACHE_DIR"] = "/tmp/elsewhere/";
      expect(defaultCacheDir()).toBe("/tmp/elsewhere/wasm");
    } finally {
      if (saved === undefined) delete process.env["TETRA_CACHE_DIR"];
      else process.env["TETRA_CACHE_DIR"] = saved;
    }
  });
});
