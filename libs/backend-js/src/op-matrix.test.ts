// Every numeric op on the JS backend against the IR interpreter, over the edge
// values of its operand types: the value form, the condition form of
// comparisons (`if (a < b)`, `if (!(a < b))`), and operands that are computed
// by a block (the emitter's spill path). Results must be identical: same
// value (Object.is, bigints for i64), same trap kind and site.
import { describe, expect, it } from "vitest";
import { interpret, NUM_OP_INFO, parseOrThrow, type Instance, type IrValue, type NumOp, type ValType } from "@tetra/ir";
import { compileJs, instantiateJs } from "./backend.js";
import { F64_EDGES, I32_EDGES, I64_EDGES } from "./test-support/edge-values.js";

const OPS = Object.keys(NUM_OP_INFO) as NumOp[];
const EDGES: Record<ValType, readonly IrValue[]> = { i32: I32_EDGES, i64: I64_EDGES, f64: F64_EDGES };

function moduleText(): string {
  const funcs: string[] = [];
  OPS.forEach((op, k) => {
    const info = NUM_OP_INFO[op];
    const site = info.traps.length > 0 ? " site=1" : "";
    const params = info.operands.map((t, i) => `(param $p${i} ${t})`).join(" ");
    const gets = info.operands.map((_, i) => `(local.get $p${i})`).join(" ");
    funcs.push(`(func $v${k} ${params} (result ${info.result}) (${op}${site} ${gets}))`);
    // Every operand computed by a block: the emitter spills earlier operands to temps.
    const blocks = info.operands.map((t, i) => `(block $b${i} (result ${t}) (local.get $p${i}))`).join(" ");
    funcs.push(`(func $b${k} ${params} (result ${info.result}) (${op}${site} ${blocks}))`);
    if (info.result === "i32") {
      funcs.push(`(func $c${k} ${params} (result i32) (if (result i32) (${op}${site} ${gets}) (then (i32.const 1)) (else (i32.const 0))))`);
      funcs.push(`(func $z${k} ${params} (result i32) (if (result i32) (i32.eqz (${op}${site} ${gets})) (then (i32.const 1)) (else (i32.const 0))))`);
    }
  });
  return `(module (constants 8) (sites 2)\n${funcs.join("\n")})`;
}

function tuples(types: readonly ValType[]): IrValue[][] {
  if (types.length === 0) return [[]];
  const [first, ...rest] = types;
  const tails = tuples(rest);
  return EDGES[first as ValType].flatMap((v) => tails.map((t) => [v, ...t]));
}

const show = (o: unknown) => JSON.stringify(o, (_k, v) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? "-0" : v));

describe("every numeric op agrees with the interpreter on edge values", () => {
  const m = parseOrThrow(moduleText(), "op-matrix");
  const mod = { ...m, exports: m.funcs.map((f) => f.name) };
  const js: Instance = instantiateJs(compileJs(mod));
  const ref: Instance = interpret(mod);
  const opts = { memoryLimit: 64 };
  OPS.forEach((op, k) => {
    it(op, () => {
      const info = NUM_OP_INFO[op];
      const names = [`v${k}`, `b${k}`, ...(info.result === "i32" ? [`c${k}`, `z${k}`] : [])];
      const mismatches: string[] = [];
      for (const args of tuples(info.operands)) {
        for (const name of names) {
          const want = ref.invoke(name, args, opts);
          const got = js.invoke(name, args, opts);
          const same = want.ok && got.ok ? Object.is(want.value, got.value) : show(want) === show(got);
          if (!same && mismatches.length < 10) mismatches.push(`${name}(${show(args)}): js ${show(got)} interp ${show(want)}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });
});
