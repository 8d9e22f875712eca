// Micro-benchmark (not a test): each kernels/*.ir run through the JS backend,
// with and without the fuel pass, against the same algorithm hand-written in
// plain JS (plain.ts), in one process. Prints ms per call and the ratio.
// Run: `node libs/backend-js/bench/run.mjs` (bundles this file, then runs it).
import { readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { insertFuel, MAX_FUEL, parseOrThrow, type IrValue, type Module } from "@tetra/ir";
import { jsBackend } from "../src/index.js";
import { PLAIN } from "./plain.js";

const BENCH = /^; bench: @([A-Za-z_][\w.]*)\((\d+)\) == (.+)$/m;
const MIN_MS = Number(process.env.BENCH_MS ?? 600);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);

/** Process CPU time in ms: unlike wall time it does not grow while other processes run. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Best CPU time in ms per call of each variant over interleaved rounds; each round runs a
 * variant for at least `MIN_MS / rounds`. CPU time and the minimum keep the numbers stable
 * on a shared machine; a long warm-up lets V8 settle on its final optimized code.
 */
function measure(variants: readonly (() => unknown)[]): number[] {
  for (const fn of variants) for (let i = 0; i < WARMUP; i++) fn();
  const best = variants.map(() => Infinity);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
  for (let r = 0; r < rounds; r++) {
    variants.forEach((fn, i) => {
      let n = 0;
      const t0 = cpuMs();
      let t = t0;
      do {
        fn();
        n++;
        t = cpuMs();
      } while (t - t0 < MIN_MS / rounds);
      best[i] = Math.min(best[i] ?? Infinity, (t - t0) / n);
    });
  }
  return best;
}

async function instance(m: Module) {
  const r = await jsBackend.compile(m);
  if (!r.ok) throw new Error(`unsupported: ${JSON.stringify(r.error)}`);
  return jsBackend.instantiate(r.value);
}

const dir = new URL("./kernels/", process.env.TETRA_BENCH_DIR === undefined ? import.meta.url : pathToFileURL(process.env.TETRA_BENCH_DIR + "/").href);
const rows: string[][] = [["kernel", "plain JS ms", "tetra js ms", "ratio", "js+fuel ms", "ratio"]];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ir")).sort()) {
  const text = readFileSync(new URL(file, dir), "utf8");
  const spec = BENCH.exec(text);
  if (spec === null) throw new Error(`${file}: no "; bench:" line`);
  const [, func = "", argText = "", expected = ""] = spec;
  const m = parseOrThrow(text, file);
  const f = m.funcs.find((x) => x.name === func);
  const plain = PLAIN[func];
  if (f === undefined || plain === undefined) throw new Error(`${file}: no function ${func}`);
  const arg: IrValue = f.params[0]?.type === "i64" ? BigInt(argText) : Number(argText);
  const opts = { fuel: MAX_FUEL, memoryLimit: 65536 };
  const variants = [await instance(m), await instance(insertFuel(m))];
  for (const inst of variants) {
    const o = inst.invoke(func, [arg], opts);
    if (!o.ok || String(o.value) !== expected) throw new Error(`${file}: got ${JSON.stringify(o, (_k, v) => (typeof v === "bigint" ? `${v}` : v))}`);
  }
  if (String(plain(Number(argText))) !== expected) throw new Error(`${file}: plain JS disagrees`);
  const [tPlain = NaN, tJs, tFuel] = measure([() => plain(Number(argText)), ...variants.map((inst) => () => inst.invoke(func, [arg], opts))]);
  const ms = (t: number | undefined) => (t ?? NaN).toFixed(2);
  rows.push([`${func}(${argText})`, ms(tPlain), ms(tJs), `${((tJs ?? NaN) / tPlain).toFixed(2)}x`, ms(tFuel), `${((tFuel ?? NaN) / tPlain).toFixed(2)}x`]);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i] ?? 0)).join("  "));
console.log(
  `node ${process.version} ${process.execArgv.join(" ")}; CPU time, best of ${process.env.BENCH_ROUNDS ?? 15} interleaved rounds (BENCH_ROUNDS), ` +
    `${MIN_MS} ms per variant (BENCH_MS), ${WARMUP} warm-up calls (BENCH_WARMUP)`,
);
