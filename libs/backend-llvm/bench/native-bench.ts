// Micro-benchmark (not a test): IR kernels compiled natively against the same
// kernels in C (bench/kernels.c, cc -O2), in one process, timed the same way
// (one koffi call per measurement), plus the per-call overhead of `run`.
//   node libs/backend-llvm/bench/run.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { insertFuel, parseOrThrow, type Instance } from "@tetra/ir";
import { defaultNativeCompiler, instantiateNative } from "../src/index.js";
import { loadKoffi } from "../src/native-deps.js";

const IR = `(module
  (constants 8)
  (sites 2)
  (export $fib)
  (export $checked_loop)
  (export $f64_loop)
  (entry $main)
  (func $fib (param $n i64) (result i64)
    (if (result i64) (i64.lt_s (local.get $n) (i64.const 2))
      (then (local.get $n))
      (else (i64.add_checked site=1
        (call $fib site=1 (i64.sub (local.get $n) (i64.const 1)))
        (call $fib site=1 (i64.sub (local.get $n) (i64.const 2)))))))
  (func $checked_loop (param $n i64) (result i64)
    (local $i i64)
    (local $acc i64)
    (block $done
      (loop $next
        (br_if $done (i64.ge_s (local.get $i) (local.get $n)))
        (local.set $acc (i64.add_checked site=1 (local.get $acc)
          (i64.add_checked site=1 (i64.mul_checked site=1 (local.get $i) (i64.const 3)) (i64.xor (local.get $i) (i64.const 5)))))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
    (local.get $acc))
  (func $f64_loop (param $n i64) (result f64)
    (local $i i64)
    (local $acc f64)
    (local $s f64)
    (local.set $s (f64.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.ge_s (local.get $i) (local.get $n)))
        (local.set $acc (f64.add (local.get $acc)
          (f64.div (local.get $s) (f64.add (f64.mul (f64.const 2) (f64.convert_i64_s (local.get $i))) (f64.const 1)))))
        (local.set $s (f64.neg (local.get $s)))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $next)))
    (local.get $acc))
  (func $main (param $in i32) (param $len i32) (param $out i32) (param $cap i32) (result i32)
    (memory.copy site=1 (local.get $out) (local.get $in) (local.get $len))
    (local.get $len)))`;

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * Best-of-`reps` timings (ms) of two functions, interleaved (a, b, a, b, ...)
 * after a warm-up call each, so load from other processes hits both alike.
 */
function bestOfBoth<A, B>(reps: number, a: () => A, b: () => B): { a: number; b: number; va: A; vb: B } {
  let va = a();
  let vb = b();
  let ta = Infinity;
  let tb = Infinity;
  for (let i = 0; i < reps; i++) {
    let t = now();
    va = a();
    ta = Math.min(ta, now() - t);
    t = now();
    vb = b();
    tb = Math.min(tb, now() - t);
  }
  return { a: ta, b: tb, va, vb };
}

/** Results compare as text (koffi returns int64 as a number when it fits, invoke as a bigint); f64 by Object.is. */
const same = (x: unknown, y: unknown): boolean => (typeof x === "number" && typeof y === "number" ? Object.is(x, y) : String(x) === String(y));

function buildC(): { dir: string; lib: string } {
  const dir = mkdtempSync(join(tmpdir(), "tetra-bench-"));
  const lib = join(dir, "kernels.so");
  const src = fileURLToPath(new URL("./kernels.c", import.meta.url));
  execFileSync("cc", ["-O2", "-ffp-contract=off", "-shared", "-fPIC", "-o", lib, src]);
  return { dir, lib };
}

export async function main(): Promise<void> {
  // The fuel pass, as in the real pipeline: one unit per function entry and loop iteration.
  const module = insertFuel(parseOrThrow(IR, "bench.ir"));
  const r = defaultNativeCompiler().compileBatch([module]);
  if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
  const native: Instance = instantiateNative(r.value[0] as (typeof r.value)[number]);
  const { dir, lib } = buildC();
  const koffi = loadKoffi();
  const c = koffi.load(lib);
  const cFib = c.func("int64_t bench_fib(int64_t n)") as (n: bigint) => bigint;
  const cLoop = c.func("int64_t bench_checked_loop(int64_t n)") as (n: bigint) => bigint;
  const cF64 = c.func("double bench_f64_loop(int64_t n)") as (n: bigint) => number;
  const cFibFuel = c.func("int64_t bench_fib_fuel(int64_t n)") as (n: bigint) => bigint;
  const cLoopFuel = c.func("int64_t bench_checked_loop_fuel(int64_t n)") as (n: bigint) => bigint;
  const cF64Fuel = c.func("double bench_f64_loop_fuel(int64_t n)") as (n: bigint) => number;
  (c.func("void bench_set_fuel(int64_t fuel)") as (f: bigint) => void)(100_000_000n);
  const cNoop = c.func("int32_t bench_noop(uint32_t fn, void *a, void *b, void *c, void *d)") as (...a: unknown[]) => number;

  const value = (o: ReturnType<Instance["invoke"]>): unknown => (o.ok ? o.value : `trap ${o.trap}`);
  const kernels = [
    { name: "fib(27)", n: 27n, c: cFib, cFuel: cFibFuel, ir: "fib", reps: 31 },
    { name: "checked i64 loop (10^7)", n: 10_000_000n, c: cLoop, cFuel: cLoopFuel, ir: "checked_loop", reps: 15 },
    { name: "f64 loop (10^7)", n: 10_000_000n, c: cF64, cFuel: cF64Fuel, ir: "f64_loop", reps: 15 },
  ];
  // "C+fuel": the same C with the run contract's fuel and depth accounting (kernels.c).
  console.log("kernel                     native ms      C ms   native/C   C+fuel ms  native/(C+fuel)  results");
  for (const k of kernels) {
    const t = bestOfBoth(k.reps, () => value(native.invoke(k.ir, [k.n])), () => k.c(k.n));
    const f = bestOfBoth(k.reps, () => k.cFuel(k.n), () => undefined);
    const check = same(t.va, t.vb) && same(t.va, f.va) ? "equal" : `DIFFER ${String(t.va)} vs ${String(t.vb)} vs ${String(f.va)}`;
    const cols = [t.a.toFixed(3).padStart(10), t.b.toFixed(3).padStart(9), `${(t.a / t.b).toFixed(3)}x`.padStart(10), f.a.toFixed(3).padStart(11), `${(t.a / f.a).toFixed(3)}x`.padStart(16)];
    console.log(`${k.name.padEnd(25)} ${cols.join(" ")}  ${check}`);
  }

  const input = new TextEncoder().encode("{\"x\":1}");
  const N = 100_000;
  const perCall = (f: () => unknown): number => {
    const loop = (): void => {
      for (let i = 0; i < N; i++) f();
    };
    return (bestOfBoth(5, loop, () => undefined).a * 1e6) / N;
  };
  const io = new ArrayBuffer(256);
  const small = new Uint8Array(8);
  console.log(`\nper-call overhead (ns, best of 5 x ${N}):`);
  console.log(`  koffi call of an empty C function, same argument shapes   ${perCall(() => cNoop(0, io, io, small, small)).toFixed(0)}`);
  console.log(`  run(7-byte input), memoryLimit 64 KiB                      ${perCall(() => native.run(input, { memoryLimit: 65536 })).toFixed(0)}`);
  console.log(`  run(7-byte input), default memoryLimit (8 MiB)             ${perCall(() => native.run(input)).toFixed(0)}`);
  console.log(`  invoke("fib", [1n])                                        ${perCall(() => native.invoke("fib", [1n], { memoryLimit: 65536 })).toFixed(0)}`);
  rmSync(dir, { recursive: true, force: true });
}
