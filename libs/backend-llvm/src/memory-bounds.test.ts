// The security boundary: native code must never read or write outside the
// arena. Every memory op is fed out-of-range addresses, offsets and lengths —
// near 2^32, negative as i32, arena_size - k for every access width, copy/fill
// ranges straddling the end — natively and on the interpreter; the outcomes
// must be identical (MemoryFault where out of range) and nothing may crash.
// Arena sizes that are not a multiple of the mapping granularity (4100) check
// that the limit is the arena size, not the mapped capacity behind it.
import { interpret, LOAD_OP_INFO, parseOrThrow, STORE_OP_INFO, type LoadOp, type StoreOp } from "@tetra/ir";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultNativeCompiler } from "./native-backend.js";
import { instantiateNative } from "./instance.js";
import type { Instance } from "@tetra/ir";

const OFFSETS = [0, 1, 7, 8, 4092, 65535, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 8, 2 ** 32 - 1];
const LOADS = Object.keys(LOAD_OP_INFO) as LoadOp[];
const STORES = Object.keys(STORE_OP_INFO) as StoreOp[];
const fname = (op: string, offset: number): string => `${op.replace(".", "_")}_o${offset}`;
const value = (t: string): string => (t === "i32" ? "(i32.const -1)" : t === "i64" ? "(i64.const -1)" : "(f64.const nan:0x7ff4000000000001)");

const funcs = [
  ...LOADS.flatMap((op) =>
    OFFSETS.map((o) => `(func $${fname(op, o)} (param $a i32) (result ${LOAD_OP_INFO[op].type}) (${op} offset=${o} site=1 (local.get $a)))`),
  ),
  ...STORES.flatMap((op) =>
    OFFSETS.map((o) => `(func $${fname(op, o)} (param $a i32) (${op} offset=${o} site=2 (local.get $a) ${value(STORE_OP_INFO[op].type)}))`),
  ),
  "(func $copy (param $d i32) (param $s i32) (param $n i32) (memory.copy site=3 (local.get $d) (local.get $s) (local.get $n)))",
  "(func $fill (param $d i32) (param $n i32) (memory.fill site=4 (local.get $d) (i32.const 171) (local.get $n)))",
];
const text = `(module\n  (constants 8)\n  (sites 5)\n${funcs.map((f) => `  ${f}`).join("\n")})`;
const module = ((m) => ({ ...m, exports: m.funcs.map((f) => f.name) }))(parseOrThrow(text, "bounds.ir"));

const SIZES = [4096, 4100, 65536];
/** Addresses around every interesting boundary of an arena of `size` bytes. */
function addresses(size: number): number[] {
  const near = [...Array(17).keys()].map((k) => size - 8 + k); // size-8 .. size+8
  const out = [0, 1, 8, ...near, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32 - 4, 2 ** 32 - 8, 2 ** 32 - size, 2 ** 32 - 4096];
  return out.map((a) => a | 0); // as i32 (negative above 2^31)
}

describe("memory bounds natively", () => {
  let native: Instance;
  const reference = interpret(module);
  beforeAll(() => {
    const r = defaultNativeCompiler().compileBatch([module]);
    if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
    native = instantiateNative(r.value[0] as (typeof r.value)[number]);
  }, 120_000);

  const compare = (name: string, args: number[], memoryLimit: number): string => {
    const a = native.invoke(name, args, { memoryLimit });
    const b = reference.invoke(name, args, { memoryLimit });
    expect(a, `${name}(${args.join(", ")}) mem=${memoryLimit}`).toEqual(b);
    return a.ok ? "ok" : a.trap;
  };

  for (const size of SIZES) {
    it(`every-load-and-store-matches-the-interpreter-at-mem-${size}`, () => {
      const seen = new Set<string>();
      for (const op of [...LOADS, ...STORES])
        for (const o of OFFSETS) for (const a of addresses(size)) seen.add(compare(fname(op, o), [a], size));
      expect([...seen].sort()).toEqual(["MemoryFault", "ok"]);
    });

    it(`copy-and-fill-ranges-straddling-the-end-fault-at-mem-${size}`, () => {
      const lens = [0, 1, 2, 7, 8, 9, size - 1, size, size + 1, 2 ** 31, 2 ** 32 - 1].map((n) => n | 0);
      const starts = [0, 8, size - 9, size - 8, size - 1, size, size + 1, 2 ** 32 - 1].map((n) => n | 0);
      let faults = 0;
      for (const d of starts)
        for (const n of lens) {
          if (compare("fill", [d, n], size) === "MemoryFault") faults++;
          for (const s of starts) if (compare("copy", [d, s, n], size) === "MemoryFault") faults++;
        }
      expect(faults).toBeGreaterThan(100);
    });
  }

  it("an-access-one-past-the-arena-faults-even-though-the-page-behind-it-is-mapped", () => {
    expect(native.invoke("i32_load8_u_o0", [4100], { memoryLimit: 4100 })).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(native.invoke("i32_load8_u_o0", [4099], { memoryLimit: 4100 })).toEqual({ ok: true, value: 0 });
    expect(native.invoke("i64_store_o0", [4093], { memoryLimit: 4100 })).toEqual({ ok: false, trap: "MemoryFault", site: 2 });
  });

  it("offset-plus-address-never-wraps-back-into-range", () => {
    // 0xFFFFFFF8 + 8 wraps to 0 in 32 bits; the 64-bit check sees 2^32.
    expect(native.invoke(fname("i64.load", 8), [-8], { memoryLimit: 65536 })).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(native.invoke(fname("i32.load", 2 ** 32 - 1), [1], { memoryLimit: 65536 })).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(native.invoke("copy", [0, 16, -1], { memoryLimit: 65536 })).toEqual({ ok: false, trap: "MemoryFault", site: 3 });
  });
});
