// The native stack can never overflow. Generated code runs on a per-thread
// stack of its own (64 MiB reserved; koffi would otherwise run it on its 2 MiB
// call stack), and every call checks the stack pointer against a limit above
// that stack's guard page: recursion that needs more ends the run with an
// internal error (as the interpreter does when its JS stack runs out) instead
// of a SIGSEGV. Runs the standalone loader (plain JS + koffi) in Workers, each
// a fresh thread that maps its stack on first use, sized by
// $TETRA_NATIVE_STACK_BYTES as it is then.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { parseOrThrow } from "@tetra/ir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultNativeCompiler } from "./native-backend.js";
import { writeStandalone } from "./standalone.js";

// $main recurses to the depth given by the input's first i32. Each $down frame
// keeps 200 values loaded from the arena live across its call (they cannot be
// recomputed after it), so a frame spills ~1.6 KB: 1000 frames need ~1.6 MB.
const LIVE = 200;
const loads = [...Array(LIVE).keys()].map((i) => `(local.set $v${i} (i64.load offset=${8 * i} site=1 (i32.const 4096)))`);
// Combined with the call's result one by one (acc * v - v), so LLVM can neither fold the values
// before the call nor turn the recursion into a loop.
const sum = [...Array(LIVE).keys()].reduce((acc, i) => `(i64.sub (i64.mul ${acc} (local.get $v${i})) (local.get $v${i}))`, "(local.get $r)");
const module = parseOrThrow(`(module
  (constants 8)
  (sites 2)
  (entry $main)
  (func $down (param $n i32) (result i64)
    ${[...Array(LIVE).keys()].map((i) => `(local $v${i} i64)`).join(" ")}
    (local $r i64)
    (if (i32.eqz (local.get $n)) (then (return (i64.const 1))))
    ${loads.join("\n    ")}
    (local.set $r (call $down site=1 (i32.sub (local.get $n) (i32.const 1))))
    ${sum})
  (func $main (param $in i32) (param $len i32) (param $out i32) (param $cap i32) (result i32)
    (i64.store site=1 (local.get $out) (call $down site=1 (i32.load site=1 (local.get $in))))
    (i32.const 8)))`);

const root = fileURLToPath(new URL("../../../.tetra-cache/", import.meta.url));
mkdirSync(root, { recursive: true });
const outDir = mkdtempSync(join(root, "test-stack-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
let loader = "";

/** Runs the entry with `depth` in a Worker whose own (JS) stack is `stackSizeMb`; the outcome or the error message. */
function runInWorker(depth: number, stackSizeMb: number): Promise<string> {
  const code = `
    import { parentPort, workerData } from "node:worker_threads";
    const { run } = await import(workerData.loader);
    let result;
    try {
      const o = run(new Uint8Array(new Int32Array([workerData.depth]).buffer), { fuel: 1e6 });
      result = o.ok ? "ok " + new BigInt64Array(o.output.buffer.slice(o.output.byteOffset, o.output.byteOffset + 8))[0] : "trap " + o.trap;
    } catch (e) { result = "error " + e.message; }
    parentPort.postMessage(result);`;
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: { loader, depth }, resourceLimits: { stackSizeMb } });
    w.once("message", (m: string) => {
      resolve(m);
      void w.terminate();
    });
    w.once("error", (e) => reject(new Error(`worker failed: ${String(e)}`)));
    w.once("exit", (c) => (c !== 0 ? reject(new Error(`worker exited with ${c}`)) : undefined));
  });
}

describe("native stack limit", () => {
  beforeAll(() => {
    const r = defaultNativeCompiler().compileBatch([module]);
    if (!r.ok) throw new Error(r.error[0]?.message);
    loader = pathToFileURL(writeStandalone(r.value[0] as (typeof r.value)[number], outDir, "deep").loader).href;
  }, 120_000);

  it("recursion-to-max-call-depth-fits-whatever-the-callers-stack", async () => {
    // ~1.6 MB of frames: more than koffi's call stack, far less than the 64 MiB of our own.
    // The loaded bytes are zero, so every frame above the base case yields 0.
    expect(await runInWorker(998, 1)).toBe("ok 0");
    expect(await runInWorker(999, 1)).toBe("trap MemoryLimitExceeded");
  });

  it("a-stack-too-small-for-the-recursion-ends-the-run-with-an-internal-error-not-a-crash", async () => {
    process.env["TETRA_NATIVE_STACK_BYTES"] = String(1 << 20);
    try {
      expect(await runInWorker(998, 4)).toBe("error internal error in native code (status 253)");
      expect(await runInWorker(100, 4)).toBe("ok 0");
    } finally {
      delete process.env["TETRA_NATIVE_STACK_BYTES"];
    }
  });
});
