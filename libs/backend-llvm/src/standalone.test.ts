// The standalone artifact (library + koffi loader) gives the same outcomes as
// the in-process instance, including the run contract's limits.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseOrThrow, type RunOutcome } from "@tetra/ir";
import { afterAll, describe, expect, it } from "vitest";
import { defaultNativeCompiler } from "./native-backend.js";
import { instantiateNative } from "./instance.js";
import { writeStandalone } from "./standalone.js";

// Upper-cases ASCII letters of the input into the output; traps at site 1 on a '!'.
const module = parseOrThrow(`(module
  (constants 24)
  (data 8 ">>")
  (sites 2)
  (site 1 "shout.relon" 4:1:5 5:1:6)
  (entry $main)
  (func $main (param $in i32) (param $len i32) (param $out i32) (param $cap i32) (result i32)
    (local $i i32)
    (local $c i32)
    (i32.store16 site=0 (local.get $out) (i32.load16_u site=0 (i32.const 8)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u site=0 (i32.add (local.get $in) (local.get $i))))
        (if (i32.eq (local.get $c) (i32.const 33)) (then (trap TypeMismatch site=1)))
        (if (i32.and (i32.ge_u (local.get $c) (i32.const 97)) (i32.le_u (local.get $c) (i32.const 122)))
          (then (local.set $c (i32.sub (local.get $c) (i32.const 32)))))
        (i32.store8 site=0 (i32.add (i32.add (local.get $out) (i32.const 2)) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.add (local.get $len) (i32.const 2))))`);

// Under the repo, so the loader's `import "koffi"` resolves through the root node_modules.
const root = new URL("../../../.tetra-cache/", import.meta.url);
mkdirSync(fileURLToPath(root), { recursive: true });
const outDir = mkdtempSync(join(fileURLToPath(root), "test-standalone-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("writeStandalone", () => {
  it("writes-a-library-and-a-loader-that-agree-with-the-instance", async () => {
    const r = defaultNativeCompiler().compileBatch([module]);
    if (!r.ok) throw new Error(r.error[0]?.message);
    const artifact = r.value[0] as (typeof r.value)[number];
    const files = writeStandalone(artifact, outDir, "shout");
    expect(readFileSync(files.library)).toEqual(readFileSync(artifact.library));
    const loader = (await import(pathToFileURL(files.loader).href)) as {
      run: (input: Uint8Array, options?: object) => RunOutcome;
      sites: unknown[];
    };
    const inst = instantiateNative(artifact);
    const cases: [string, object][] = [
      ["hello, world", {}],
      ["", {}],
      ["stop!", {}],
      ["a".repeat(5000), { memoryLimit: 4096 }],
      ["abc", { memoryLimit: 40 }],
      ["abc", { outputCap: 3 }],
      ["abcdef", { fuel: 3 }],
      ["x".repeat(70000), { memoryLimit: 1 << 20 }],
    ];
    for (const [text, options] of cases) {
      const input = new TextEncoder().encode(text);
      expect(loader.run(input, options), `${text.slice(0, 20)} ${JSON.stringify(options)}`).toEqual(inst.run(input, options));
    }
    const ok = loader.run(new TextEncoder().encode("hi"));
    expect(ok.ok && new TextDecoder().decode(ok.output)).toBe(">>HI");
    expect(loader.run(new TextEncoder().encode("!"))).toEqual({ ok: false, trap: "TypeMismatch", site: 1 });
    expect(loader.sites[1]).toEqual({ file: "shout.relon", start: { offset: 4, line: 1, column: 5 }, end: { offset: 5, line: 1, column: 6 } });
  });
});
