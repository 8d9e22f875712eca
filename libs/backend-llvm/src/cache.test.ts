// The library cache: a hit loads neither llvm-bindings nor runs opt/llc/cc; a
// corrupt, truncated or unrecorded entry is detected before dlopen and rebuilt.
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseOrThrow } from "@tetra/ir";
import { afterAll, describe, expect, it } from "vitest";
import { createNativeCompiler } from "./compiler.js";
import { instantiateNative } from "./instance.js";
import { systemToolchain, type Toolchain } from "./tools.js";

const module = parseOrThrow(`(module
  (constants 8)
  (sites 2)
  (export $inc)
  (func $inc (param $x i64) (result i64) (i64.add_checked site=1 (local.get $x) (i64.const 1))))`);

/** The system toolchain, counting what each compile touched. */
function counting(): Toolchain & { counts: { llvm: number; tools: string[]; status: number } } {
  const sys = systemToolchain();
  const counts = { llvm: 0, tools: [] as string[], status: 0 };
  return {
    counts,
    status: () => (counts.status++, sys.status()),
    koffiProblem: () => sys.koffiProblem(),
    loadLlvm: () => (counts.llvm++, sys.loadLlvm()),
    run: (tool, args) => (counts.tools.push(tool), sys.run(tool, args)),
    identity: () => sys.identity(),
  };
}

const dir = mkdtempSync(join(tmpdir(), "tetra-cache-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compile(): { artifact: ReturnType<typeof artifactOf>; counts: ReturnType<typeof counting>["counts"] } {
  const tools = counting();
  const r = createNativeCompiler({ cacheDir: dir, toolchain: tools }).compileBatch([module]);
  return { artifact: artifactOf(r), counts: tools.counts };
}
function artifactOf(r: ReturnType<ReturnType<typeof createNativeCompiler>["compileBatch"]>) {
  if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
  return r.value[0] as (typeof r.value)[number];
}
const works = (a: ReturnType<typeof artifactOf>): void => {
  const inst = instantiateNative(a);
  expect(inst.invoke("inc", [41n])).toEqual({ ok: true, value: 42n });
  expect(inst.invoke("inc", [2n ** 63n - 1n])).toEqual({ ok: false, trap: "NumericOverflow", site: 1 });
};
/**
 * Corrupts a cache file the way a disk or an interrupted copy would: a new file
 * under the same name. (Writing in place would also rewrite the pages of the
 * copy this process already has mapped.)
 */
const replaceFile = (path: string, bytes: Uint8Array): void => {
  writeFileSync(`${path}.new`, bytes);
  renameSync(`${path}.new`, path);
};
const soFile = (): string => join(dir, readdirSync(dir).find((f) => f.endsWith(".so")) ?? "");

describe("native library cache", () => {
  it("a-miss-builds-with-llvm-opt-llc-and-cc", () => {
    const { artifact, counts } = compile();
    expect(counts.llvm).toBe(1);
    expect(counts.tools).toEqual(["opt-14", "llc-14", "cc"]);
    expect(readdirSync(dir).sort()).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/), expect.stringMatching(/^[0-9a-f]{64}\.so$/)]);
    works(artifact);
  });

  it("a-hit-neither-loads-llvm-bindings-nor-runs-a-tool", () => {
    const { artifact, counts } = compile();
    expect(counts).toEqual({ llvm: 0, tools: [], status: 0 });
    expect(artifact.library).toBe(soFile());
    works(artifact);
  });

  it("a-truncated-library-is-rebuilt-not-loaded", () => {
    const so = soFile();
    const bytes = readFileSync(so);
    replaceFile(so, bytes.subarray(0, bytes.length >> 1));
    const { artifact, counts } = compile();
    expect(counts.tools).toEqual(["opt-14", "llc-14", "cc"]);
    expect(readFileSync(artifact.library)).toEqual(bytes);
  });

  it("a-library-with-one-flipped-byte-is-rebuilt", () => {
    const so = soFile();
    const bytes = Buffer.from(readFileSync(so));
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] as number) ^ 0xff;
    replaceFile(so, bytes);
    const { artifact, counts } = compile();
    expect(counts.tools).toEqual(["opt-14", "llc-14", "cc"]);
    works(artifact);
  });

  it("a-library-without-its-sidecar-is-rebuilt", () => {
    for (const f of readdirSync(dir)) if (f.endsWith(".json")) rmSync(join(dir, f));
    const { counts } = compile();
    expect(counts.llvm).toBe(1);
  });

  it("instantiate-refuses-a-library-changed-after-compile", () => {
    const { artifact } = compile();
    const stale = { ...artifact, libraryHash: "0".repeat(64) };
    expect(() => instantiateNative(stale)).toThrow(/changed since it was compiled/);
  });

  it("different-options-are-different-entries", () => {
    const tools = counting();
    const r = createNativeCompiler({ cacheDir: dir, toolchain: tools }).compileBatch([module], { optimize: false });
    expect(tools.counts.tools).toEqual(["llc-14", "cc"]);
    works(artifactOf(r));
    expect(readdirSync(dir).filter((f) => f.endsWith(".so"))).toHaveLength(2);
  });
});
