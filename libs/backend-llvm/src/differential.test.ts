// Differential property test: random well-typed IR modules (testing/
// random-module.ts, fixed seeds) give identical outcomes natively and on the
// IR interpreter — invoke of every function with random arguments, and whole
// runs of the entry (output bytes compared exactly, so NaN canonicalisation and
// -0 are checked too). All modules are compiled as one batch.
import { ALL_OPS, formatVerifyError, interpret, opOf, walkFunc, print, verify, type Instance, type InvokeOutcome, type IrValue, type Module, type RunOutcome, type ValType } from "@tetra/ir";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { NativeArtifact } from "./artifact.js";
import { defaultNativeCompiler } from "./native-backend.js";
import { instantiateNative } from "./instance.js";
import { randomModule } from "./testing/random-module.js";

const MODULES = 120;
const seeds = fc.sample(fc.integer(), { seed: 0x7e7a, numRuns: MODULES });
const modules = seeds.map((s) => randomModule(s));
// Fuel stays below what recursion to MAX_CALL_DEPTH needs: the interpreter runs out of JS stack first on deep generated bodies.
const LIMITS = { fuel: 700, memoryLimit: 4096 };

const view = new DataView(new ArrayBuffer(8));
/** An argument of type t from 64 random bits (f64 from its bit pattern: NaNs, infinities, subnormals). */
function arg(t: ValType, bits: bigint): IrValue {
  if (t === "i64") return BigInt.asIntN(64, bits);
  if (t === "i32") return Number(BigInt.asIntN(32, bits));
  view.setBigUint64(0, BigInt.asUintN(64, bits));
  return view.getFloat64(0);
}

/** Outcomes as comparable text: f64 results by Object.is semantics (NaN = NaN, 0 != -0), outputs as bytes. */
function show(o: InvokeOutcome | RunOutcome): string {
  if (!o.ok) return `trap ${o.trap} site=${o.site}`;
  if ("output" in o) return `output ${Buffer.from(o.output).toString("hex")}`;
  const v = o.value;
  if (typeof v === "number") return `value ${Object.is(v, -0) ? "-0" : String(v)}`;
  return `value ${String(v)}`;
}

describe("native vs interpreter on random modules", () => {
  let natives: Instance[] = [];
  const interps = modules.map((m) => interpret(m));

  beforeAll(() => {
    const r = defaultNativeCompiler().compileBatch(modules);
    if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
    natives = r.value.map((a: NativeArtifact) => instantiateNative(a));
  }, 180_000);

  it("generates-valid-modules", () => {
    for (const m of modules) expect(verify(m).map(formatVerifyError), print(m)).toEqual([]);
  });

  it("generates-every-op-but-unreachable", () => {
    const used = new Set<string>();
    for (const m of modules) for (const f of m.funcs) walkFunc(f, (e) => used.add(opOf(e)));
    expect(ALL_OPS.filter((op) => !used.has(op))).toEqual(["unreachable"]);
  });

  const check = (k: number, f: (inst: Instance) => InvokeOutcome | RunOutcome, what: string): void => {
    const a = show(f(natives[k] as Instance));
    const b = show(f(interps[k] as Instance));
    if (a !== b) expect.fail(`${what}\nnative: ${a}\ninterp: ${b}\nmodule:\n${print(modules[k] as Module)}`);
  };

  it("every-function-agrees-on-fixed-arguments", () => {
    modules.forEach((m, k) => {
      for (const f of m.funcs.filter((x) => x.name !== "main"))
        for (const bits of [0n, 1n, -1n, 0x7ff8000000000001n, 0x8000000000000000n]) {
          const args = f.params.map((p) => arg(p.type, bits));
          check(k, (i) => i.invoke(f.name, args, LIMITS), `$${f.name}(${args.join(", ")})`);
        }
    });
  });

  it("every-entry-agrees-on-random-inputs", () => {
    fc.assert(
      fc.property(fc.nat(MODULES - 1), fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.integer({ min: 0, max: 900 }), (k, input, fuel) => {
        check(k, (i) => i.run(input, { ...LIMITS, fuel }), `run(${Buffer.from(input).toString("hex")}, fuel=${fuel})`);
      }),
      { seed: 0x5eed, numRuns: 1500 },
    );
  });

  it("functions-agree-on-random-arguments", () => {
    fc.assert(
      fc.property(fc.nat(MODULES - 1), fc.nat(3), fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), { minLength: 3, maxLength: 3 }), (k, j, words) => {
        const m = modules[k] as Module;
        const f = m.funcs[j % (m.funcs.length - 1)];
        if (f === undefined) return;
        const args = f.params.map((p, i) => arg(p.type, words[i] ?? 0n));
        check(k, (i) => i.invoke(f.name, args, LIMITS), `$${f.name}(${args.join(", ")})`);
      }),
      { seed: 0xd1ff, numRuns: 1500 },
    );
  });
});
