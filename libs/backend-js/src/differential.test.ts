// Differential test: random well-typed modules (test-support/random-module.ts,
// fixed seeds) give identical outcomes on the JS backend and the IR
// interpreter — same values (bit-equal floats via Object.is, i64 as bigint),
// same output bytes, same trap kinds and sites — for every exported function
// and the entry, under varied fuel and memory limits. A failure prints the
// seed, the call and the module text, ready to become a filetest.
import { InternalError } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { insertFuel, interpret, mapChildren, print, verify, formatVerifyError, type Expr, type InvokeOutcome, type Module, type ResultType, type RunOutcome, type RunOptions } from "@tetra/ir";
import { compileJs, instantiateJs } from "./backend.js";
import { randomArgs, randomModule, Rng } from "./test-support/random-module.js";

const SEEDS = Number(process.env.DIFF_SEEDS ?? 400);
const FIRST_SEED = Number(process.env.DIFF_FIRST_SEED ?? 1);

const show = (o: unknown) =>
  JSON.stringify(o, (_k, v) =>
    typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? [...v] : typeof v === "number" && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? "-0" : v,
  );

/**
 * `none` functions: only the outcome counts. (The interpreter can return a stale value for them — a
 * `none` block left by br_if yields the frame's last br value — reported; the JS backend gives undefined.)
 */
function same(a: InvokeOutcome | RunOutcome, b: InvokeOutcome | RunOutcome, result: ResultType): boolean {
  if (a.ok && b.ok) {
    if ("output" in a && "output" in b) return show(a.output) === show(b.output);
    if ("value" in a && "value" in b) return result === "none" ? a.value === undefined : Object.is(a.value, b.value);
    return false;
  }
  return !a.ok && !b.ok && a.trap === b.trap && a.site === b.site;
}

/**
 * The same module where every direct call goes to a copy of its callee that is neither in the table
 * nor exported (the generator puts every function in the table), so the JS backend charges those
 * copies' entry fuel in their call wrappers (module-context.ts).
 */
function directCopies(m: Module): Module {
  const copy = (name: string) => `${name}.direct`;
  const redirect = (e: Expr): Expr => {
    const inner = mapChildren(e, { child: redirect, list: (es) => es.map(redirect) });
    return inner.kind === "call" ? { ...inner, func: copy(inner.func) } : inner;
  };
  const funcs = m.funcs.map((f) => ({ ...f, body: f.body.map(redirect) }));
  return { ...m, exports: [], funcs: [...funcs, ...funcs.map((f) => ({ ...f, name: copy(f.name) }))] };
}

function options(r: Rng): RunOptions {
  const o: { fuel?: number; memoryLimit: number } = { memoryLimit: r.pick([256, 4096]) };
  const fuel = r.pick([undefined, 0, 3, 20, 200, 5000]);
  if (fuel !== undefined) o.fuel = fuel;
  return o;
}

describe("random modules: JS backend agrees with the interpreter", () => {
  it(`seeds-${FIRST_SEED}-to-${FIRST_SEED + SEEDS - 1}`, () => {
    const failures: string[] = [];
    let calls = 0;
    let traps = 0;
    let skipped = 0;
    let wrapperFuel = 0;
    let entrySplit = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS && failures.length < 3; seed++) {
      const m = randomModule(seed);
      const errors = verify(m).map(formatVerifyError);
      if (errors.length > 0) {
        failures.push(`seed ${seed}: generator produced invalid IR:\n${errors.slice(0, 5).join("\n")}\n${print(m)}`);
        continue;
      }
      const artifact = compileJs(m);
      // The entry written as two JS functions from its first loop on (emit-func.ts `splitAt`).
      if (artifact.source.includes("main$tail(")) entrySplit++;
      const js = instantiateJs(artifact);
      const ref = interpret(m);
      const r = new Rng(seed * 7919);
      const check = (what: string, a: InvokeOutcome | RunOutcome, b: () => InvokeOutcome | RunOutcome, result: ResultType = "i32") => {
        let want: InvokeOutcome | RunOutcome;
        try {
          want = b();
        } catch (e) {
          // The interpreter's closures take several JS frames per IR call, so deep recursion can
          // overflow the JS stack below MAX_CALL_DEPTH there (an InternalError): nothing to compare.
          if (e instanceof InternalError && /stack overflow/.test(e.message)) {
            skipped++;
            return;
          }
          throw e;
        }
        calls++;
        if (!want.ok) traps++;
        if (!same(a, want, result)) failures.push(`seed ${seed}: ${what}\n  js:     ${show(a)}\n  interp: ${show(want)}\n${print(m)}`);
      };
      for (const f of m.funcs) {
        if (!m.exports.includes(f.name)) continue;
        for (let i = 0; i < 3; i++) {
          const args = randomArgs(r, f.params);
          const o = options(r);
          check(`invoke ${f.name}(${show(args)}) ${show(o)}`, js.invoke(f.name, args, o), () => ref.invoke(f.name, args, o), f.result);
        }
      }
      for (let i = 0; i < 3; i++) {
        const input = Uint8Array.from({ length: r.int(41) }, () => r.int(256));
        const o = options(r);
        check(`run(${show(input)}) ${show(o)}`, js.run(input, o), () => ref.run(input, o));
      }
      // After the fuel pass, with every direct call going to a function that only direct calls
      // reach: runs must still run out of fuel at the same point.
      const internal = insertFuel(directCopies(m));
      const internalJs = compileJs(internal);
      if (/\$refuel\(\d+\); \/\/ \(fuel \d+\) of \$/.test(internalJs.source)) wrapperFuel++;
      const jsInternal = instantiateJs(internalJs);
      const refInternal = interpret(internal);
      for (let i = 0; i < 2; i++) {
        const input = Uint8Array.from({ length: r.int(41) }, () => r.int(256));
        const o = options(r);
        check(`run without exports (${show(input)}) ${show(o)}`, jsInternal.run(input, o), () => refInternal.run(input, o));
      }
    }
    expect(failures).toEqual([]);
    // The generator must exercise both outcomes.
    expect(traps).toBeGreaterThan(calls / 10);
    expect(calls - traps).toBeGreaterThan(calls / 10);
    expect(skipped).toBeLessThan(calls / 50);
    expect(wrapperFuel).toBeGreaterThan(SEEDS / 2);
    expect(entrySplit).toBeGreaterThan(SEEDS / 4);
  }, Math.max(60_000, SEEDS * 20));
});
