// Micro-benchmark (not a test): compute kernels built as IR, compiled with the
// wasm backend at -O3, against the same algorithms in C (cc -O2, built and run
// from here), measured in the same run; plus compile times (cold / cached) and
// the cost of one host round trip.
//
//   node libs/backend-wasm/bench/run.mjs            (from the repository root)
//
// Results are recorded in docs/backend-wasm.md.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_FUEL, ModuleBuilder, standardPipeline, type IrValue, type Module } from "@tetra/ir";
import { createWasmBackend, loadBinaryen } from "../src/index.js";

const REPS = 5;

function kernels(): Module {
  const m = new ModuleBuilder();
  // fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2), all checked
  m.func(
    "fib",
    [["n", "i64"]],
    "i64",
    (b) => {
      b.if(b.i64.ltS(b.get("n"), b.i64.const(2)), () => b.ret(b.get("n")));
      const n1 = b.i64.subChecked(b.get("n"), b.i64.const(1));
      const n2 = b.i64.subChecked(b.get("n"), b.i64.const(2));
      return b.i64.addChecked(b.call("fib", [n1]), b.call("fib", [n2]));
    },
    { export: true },
  );
  // acc = (acc & 0xFFFFF) * 31 + i, checked, for i in [0, n)
  m.func(
    "loop_i64",
    [["n", "i64"]],
    "i64",
    (b) => {
      const i = b.local("i", "i64");
      const acc = b.local("acc", "i64");
      b.block((done) => {
        b.loop((next) => {
          b.brIf(done, b.i64.geS(b.get(i), b.get("n")));
          b.set(acc, b.i64.addChecked(b.i64.mulChecked(b.i64.and(b.get(acc), b.i64.const(0xfffff)), b.i64.const(31)), b.get(i)));
          b.set(i, b.i64.add(b.get(i), b.i64.const(1)));
          b.br(next);
        });
      });
      return b.get(acc);
    },
    { export: true },
  );
  // Leibniz: 4 * sum (-1)^i / (2i + 1)
  m.func(
    "loop_f64",
    [["n", "i64"]],
    "f64",
    (b) => {
      const i = b.local("i", "i64");
      const s = b.local("s", "f64");
      const sign = b.local("sign", "f64");
      b.set(sign, b.f64.const(1));
      b.block((done) => {
        b.loop((next) => {
          b.brIf(done, b.i64.geS(b.get(i), b.get("n")));
          const denom = b.f64.add(b.f64.mul(b.f64.convertI64S(b.get(i)), b.f64.const(2)), b.f64.const(1));
          b.set(s, b.f64.add(b.get(s), b.f64.div(b.get(sign), denom)));
          b.set(sign, b.f64.neg(b.get(sign)));
          b.set(i, b.i64.add(b.get(i), b.i64.const(1)));
          b.br(next);
        });
      });
      return b.f64.mul(b.get(s), b.f64.const(4));
    },
    { export: true },
  );
  // The host round trip: copy the input to the output region.
  m.func("echo", [["in", "i32"], ["len", "i32"], ["out", "i32"], ["cap", "i32"]], "i32", (b) => {
    const p = b.local("p", "i32");
    b.set(p, b.alloc("output", b.get("len"), 1));
    b.memoryCopy(b.get(p), b.get("in"), b.get("len"));
    return b.get("len");
  });
  m.entry("echo");
  return standardPipeline(m.finish());
}

const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const best = (f: () => void): number => Math.min(...Array.from({ length: REPS }, () => time(f)));
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

const cacheDir = mkdtempSync(join(tmpdir(), "tetra-wasm-bench-"));
try {
  const module = kernels();
  const elapsed = async (f: () => Promise<unknown>): Promise<number> => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  const tLoad = await elapsed(() => loadBinaryen());
  const backend = createWasmBackend({ cacheDir });
  const uncached = createWasmBackend({ cacheDir: false });
  // The first optimisation in a process also pays for V8 compiling binaryen's own code.
  const tFirst = await elapsed(() => backend.compile(module, { optimize: true }));
  const tWarm = await elapsed(() => uncached.compile(module, { optimize: true }));
  const tO0 = await elapsed(() => uncached.compile(module, { optimize: false }));
  let cached: Awaited<ReturnType<typeof backend.compile>> | undefined;
  const tCached = await elapsed(async () => (cached = await createWasmBackend({ cacheDir }).compile(module, { optimize: true })));
  if (cached === undefined || !cached.ok) throw new Error("compile failed");
  const inst = await backend.instantiate(cached.value);

  const here = fileURLToPath(new URL(".", import.meta.url));
  const exe = join(cacheDir, "kernels");
  const tCc = time(() => execFileSync("cc", ["-O2", "-o", exe, join(here, "kernels.c")]));

  const cases: { name: string; func: string; arg: bigint }[] = [
    { name: "fib(27) recursive, checked i64", func: "fib", arg: 27n },
    { name: "10^7-iteration checked-i64 loop", func: "loop_i64", arg: 10_000_000n },
    { name: "10^7-iteration f64 loop (Leibniz)", func: "loop_f64", arg: 10_000_000n },
  ];
  console.log(`wasm backend micro-benchmark (best of ${REPS}; node ${process.version}; cc -O2)\n`);
  console.log("kernel                                   wasm -O3      C -O2     wasm/C  result");
  for (const c of cases) {
    let value: IrValue | undefined;
    const tw = best(() => {
      const o = inst.invoke(c.func, [c.arg], { fuel: MAX_FUEL });
      if (!o.ok) throw new Error(`${c.func} trapped: ${o.trap}`);
      value = o.value;
    });
    const [cResult, cNs] = execFileSync(exe, [c.func, String(c.arg), String(REPS)], { encoding: "utf8" }).trim().split(" ");
    const tc = Number(cNs) / 1e6;
    const same = c.func === "loop_f64" ? Number(cResult) === value : BigInt(cResult ?? "") === value;
    console.log(`${c.name.padEnd(40)} ${ms(tw).padStart(9)} ${ms(tc).padStart(10)} ${`${(tw / tc).toFixed(2)}x`.padStart(9)}  ${same ? "same" : `DIFFERENT (wasm ${value}, C ${cResult})`}`);
  }

  const input = new TextEncoder().encode('{"order":{"id":7}}');
  const runs = 100_000;
  const tRun = best(() => {
    for (let k = 0; k < runs; k++) inst.run(input, { memoryLimit: 65536 });
  });
  console.log(`\nhost round trip (run() of an 18-byte echo, 64 KiB arena): ${((tRun * 1e6) / runs).toFixed(0)} ns per run`);
  console.log("\ncompile times");
  console.log(`  binaryen import (first use)                  ${ms(tLoad)}`);
  console.log(`  cold compile -O3, first in the process       ${ms(tFirst)}  (${cached.value.wasm.length} bytes of wasm)`);
  console.log(`  cold compile -O3, binaryen warm              ${ms(tWarm)}`);
  console.log(`  cold compile, optimize: false                ${ms(tO0)}`);
  console.log(`  cached compile (new backend, from disk)      ${ms(tCached)}`);
  console.log(`  cc -O2 kernels.c                             ${ms(tCc)}`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
