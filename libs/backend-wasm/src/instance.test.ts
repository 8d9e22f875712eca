// Host behaviour the IR fixtures do not pin down on their own: the reused
// instance starts every run from a fresh arena, bounds follow limits that are
// not page multiples, the memory grows between runs, NaNs are canonical, and
// unreachable is an InternalError. Each case runs at both optimisation levels
// and, where it is an outcome, is compared with the IR interpreter.
import { InternalError } from "@tetra/core";
import { interpret, MAX_FUEL, ModuleBuilder, parseOrThrow, exportAll, type Instance, type IrValue, type Module, type RunOptions } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { createWasmBackend } from "./backend.js";

const backend = createWasmBackend({ cacheDir: false });

async function instances(m: Module): Promise<{ readonly optimize: boolean; readonly inst: Instance }[]> {
  return Promise.all(
    [false, true].map(async (optimize) => {
      const r = await backend.compile(m, { optimize });
      if (!r.ok) throw new Error("compile failed");
      return { optimize, inst: await backend.instantiate(r.value) };
    }),
  );
}

/** Invokes on wasm (both levels) and the interpreter; all outcomes must be equal. */
async function agree(m: Module, calls: readonly [string, readonly IrValue[], RunOptions?][]): Promise<unknown[]> {
  const reference = interpret(m);
  const expected = calls.map(([f, args, o]) => reference.invoke(f, args, o));
  for (const { inst } of await instances(m)) expect(calls.map(([f, args, o]) => inst.invoke(f, args, o))).toEqual(expected);
  return expected;
}

const ir = (text: string): Module => exportAll(parseOrThrow(text));

describe("wasm instance", () => {
  it("zeroes-what-the-previous-run-wrote", async () => {
    const m = ir(`(module (constants 8) (sites 1)
      (func $poke (param $a i32) (result i32)
        (local $old i32)
        (local.set $old (i32.load8_u site=0 (local.get $a)))
        (i32.store8 site=0 (local.get $a) (i32.const 171))
        (memory.fill site=0 (i32.add (local.get $a) (i32.const 1)) (i32.const 7) (i32.const 100))
        (local.get $old)))`);
    expect(await agree(m, [["poke", [5000]], ["poke", [5000]], ["poke", [5050]], ["poke", [4000], { memoryLimit: 8192 }], ["poke", [5001]]])).toEqual(
      Array(5).fill({ ok: true, value: 0 }),
    );
  });

  // The write fast path (memory.ts coverWrite): a store ending in [scratch_start, scratch_start +
  // high_span] skips the bounds check and the mark update, also one straddling scratch_start (the
  // next run zeroes from 8 bytes below it); marks get headroom past a write, clamped to the arena.
  // At mem=4096 an invoke has input 16..16, output 16..2056, scratch 2056..4096; at 70001 the
  // scratch runs to 70001. Every write must be gone in the next run, every fault still caught.
  const WINDOWS = `(module (constants 16) (data 8 "\\ff\\ff\\ff\\ff\\ff\\ff\\ff\\ff") (sites 4)
    (func $store8 (param $at i32) (i32.store8 site=1 (local.get $at) (i32.const 90)))
    (func $store64 (param $at i32) (i64.store site=1 (local.get $at) (i64.const -1)))
    (func $append (param $at i32) (param $n i32)
      (block $done (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (i32.store8 site=1 (local.get $at) (i32.const 171))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next))))
    (func $append_then_store64 (param $at i32) (param $n i32) (param $b i32)
      (call $append site=0 (local.get $at) (local.get $n))
      (i64.store site=2 (local.get $b) (i64.const -1)))
    (func $append_then_store8 (param $at i32) (param $n i32) (param $b i32)
      (call $append site=0 (local.get $at) (local.get $n))
      (i32.store8 site=2 (local.get $b) (i32.const 90)))
    (func $sum (param $from i32) (param $to i32) (result i32)
      (local $n i32)
      (block $done (loop $next
        (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
        (local.set $n (i32.add (local.get $n) (i32.load8_u site=0 (local.get $from))))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (br $next)))
      (local.get $n))
    (func $alloc_then_store32 (param $n i32) (param $at i32)
      (drop (alloc.scratch align=1 site=0 (local.get $n)))
      (i32.store site=2 (local.get $at) (i32.const -1)))
    (func $alloc_then_copy (param $n i32) (param $dst i32) (param $src i32) (param $len i32)
      (drop (alloc.scratch align=1 site=0 (local.get $n)))
      (memory.copy site=3 (local.get $dst) (local.get $src) (local.get $len)))
    (func $append_then_trap (param $at i32) (param $n i32)
      (call $append site=0 (local.get $at) (local.get $n))
      (trap TypeMismatch site=3))
    (func $count (param $from i32) (param $to i32) (result i32)
      (local $n i32)
      (block $done (loop $next
        (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
        (if (i32.load8_u site=0 (local.get $from)) (then (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (br $next)))
      (local.get $n)))`;

  it("zeroes-writes-the-fast-path-skipped-the-marks-for", async () => {
    const m = ir(WINDOWS);
    const small = { memoryLimit: 4096 };
    const clean: [string, readonly IrValue[], RunOptions?] = ["count", [0, 4096], small];
    const calls: [string, readonly IrValue[], RunOptions?][] = [
      // Stores ending at scratch_start (the high window still empty) and straddling it.
      ["store8", [2055], small],
      clean,
      ["store64", [2048], small],
      clean,
      ["store64", [2052], small],
      clean,
      ["store64", [2056], small],
      clean,
      // Unallocated scratch above scratch_ptr, the output region, the constants.
      ["store64", [3000], small],
      clean,
      ["append", [100, 300], small],
      clean,
      ["store8", [9], small],
      ["count", [0, 16], small],
      // Appends through the headroom, then a store inside it and one just past it.
      ["append_then_store64", [2056, 1000, 3100], small],
      clean,
      ["append_then_store64", [2056, 1000, 4000], small],
      clean,
      // A run that traps keeps exact marks.
      ["append_then_trap", [2100, 50], small],
      clean,
      ["append_then_trap", [1000, 50], small],
      clean,
    ];
    const out = await agree(m, calls);
    expect(out.filter((_, i) => calls[i]?.[0] === "count")).toEqual(Array(11).fill({ ok: true, value: 8 }));
  });

  it("restores-constants-a-store-straddling-the-scratch-start-overwrote", async () => {
    // Empty input and no output region: scratch starts at the input offset, 16, so a store at 12
    // that the fast path lets through (the high window already grown) lands in the constants.
    const m = ir(WINDOWS);
    const tight = { memoryLimit: 4096, outputCap: 0 };
    expect(
      await agree(m, [
        ["append_then_store8", [16, 8, 15], tight],
        ["sum", [0, 16], tight],
        ["count", [0, 4096], tight],
        ["append_then_store8", [16, 8, 13], tight],
        ["sum", [0, 16], { memoryLimit: 4096 }],
      ]),
    ).toEqual([{ ok: true, value: undefined }, { ok: true, value: 2040 }, { ok: true, value: 8 }, { ok: true, value: undefined }, { ok: true, value: 2040 }]);
  });

  it("still-faults-writes-past-the-arena-after-the-marks-grew", async () => {
    const m = ir(WINDOWS);
    const odd = { memoryLimit: 70001 };
    const fault = (site: number) => ({ ok: false, trap: "MemoryFault", site });
    expect(
      await agree(m, [
        // Appends up to 4 bytes short of the end: the headroom is clamped to the arena.
        ["append_then_store64", [69000, 997, 69993], odd],
        ["append_then_store64", [69000, 997, 69994], odd],
        ["append_then_store64", [69000, 997, -4], odd],
        ["count", [0, 70001], odd],
        // A block to the arena's end: high_span reaches it exactly, never past it.
        ["alloc_then_store32", [0, 69997], odd],
        ["alloc_then_store32", [0, 69998], odd],
        ["alloc_then_copy", [0, 69990, 8, 11], odd],
        ["alloc_then_copy", [0, 69990, 8, 12], odd],
        ["alloc_then_copy", [0, 69000, 69995, 8], odd],
        ["alloc_then_copy", [0, 69000, 8, 0], odd],
        ["count", [0, 70001], odd],
        ["store8", [70001], odd],
        ["store64", [69996], odd],
      ]),
    ).toEqual([
      { ok: true, value: undefined },
      fault(2),
      fault(2),
      { ok: true, value: 8 },
      { ok: true, value: undefined },
      fault(2),
      { ok: true, value: undefined },
      fault(3),
      fault(3),
      { ok: true, value: undefined },
      { ok: true, value: 8 },
      fault(1),
      fault(1),
    ]);
  });

  it("restores-constants-a-run-overwrote", async () => {
    const m = ir(`(module (constants 16) (data 8 "\\05") (sites 1)
      (func $clobber (result i32)
        (local $old i32)
        (local.set $old (i32.load8_u site=0 (i32.const 8)))
        (i32.store8 site=0 (i32.const 8) (i32.const 99))
        (local.get $old)))`);
    expect(await agree(m, [["clobber", []], ["clobber", []]])).toEqual([
      { ok: true, value: 5 },
      { ok: true, value: 5 },
    ]);
  });

  it("checks-bounds-against-a-limit-that-is-not-a-page-multiple", async () => {
    const m = ir(`(module (constants 8) (sites 2)
      (func $byte (param $a i32) (result i32) (i32.load8_u site=1 (local.get $a)))
      (func $word (param $a i32) (result i32) (i32.load offset=3 site=1 (local.get $a))))`);
    const o = { memoryLimit: 70001 };
    expect(await agree(m, [["byte", [70000], o], ["byte", [70001], o], ["word", [69994], o], ["word", [69995], o], ["word", [-3], o]])).toEqual([
      { ok: true, value: 0 },
      { ok: false, trap: "MemoryFault", site: 1 },
      { ok: true, value: 0 },
      { ok: false, trap: "MemoryFault", site: 1 },
      { ok: false, trap: "MemoryFault", site: 1 },
    ]);
  });

  it("grows-memory-between-runs-and-keeps-the-smaller-bound", async () => {
    const m = ir(`(module (constants 8) (sites 2)
      (func $byte (param $a i32) (result i32) (i32.load8_u site=1 (local.get $a))))`);
    const big = { memoryLimit: 8 * 1024 * 1024 + 1000 };
    expect(await agree(m, [["byte", [4095], { memoryLimit: 4096 }], ["byte", [8 * 1024 * 1024 + 999], big], ["byte", [4096], { memoryLimit: 4096 }]])).toEqual([
      { ok: true, value: 0 },
      { ok: true, value: 0 },
      { ok: false, trap: "MemoryFault", site: 1 },
    ]);
  });

  it("canonicalises-nan-payloads-on-store-and-reinterpret", async () => {
    const m = ir(`(module (constants 8) (sites 1)
      (func $stored (result i64)
        (local $p i32)
        (local.set $p (alloc.scratch align=8 site=0 (i32.const 8)))
        (f64.store site=0 (local.get $p) (f64.const nan:0xfff4000000000001))
        (i64.load site=0 (local.get $p)))
      (func $bits (result i64) (i64.reinterpret_f64 (f64.sqrt (f64.const -1))))
      (func $computed (param $x f64) (result i64) (i64.reinterpret_f64 (f64.mul (local.get $x) (f64.const 0)))))`);
    expect(await agree(m, [["stored", []], ["bits", []], ["computed", [Infinity]]])).toEqual(Array(3).fill({ ok: true, value: 0x7ff8000000000000n }));
  });

  it("checks-the-call-indirect-signature-before-the-call-depth", async () => {
    const m = ir(`(module (constants 8) (table $other) (sites 3)
      (func $other (param $x i32) (result i32) (local.get $x))
      (func $down (param $n i32) (result i64)
        (if (result i64) (i32.eqz (local.get $n))
          (then (call_indirect (param i64) (result i64) site=1 (i64.const 1) (i32.const 0)))
          (else (call $down site=2 (i32.sub (local.get $n) (i32.const 1)))))))`);
    expect(await agree(m, [["down", [999]], ["down", [1000]]])).toEqual([
      { ok: false, trap: "MemoryFault", site: 1 },
      { ok: false, trap: "MemoryLimitExceeded", site: 2 },
    ]);
  });

  it("checks-only-the-index-when-the-table-is-uniform", async () => {
    const m = ir(`(module (constants 8) (table $inc $dbl) (sites 2)
      (func $inc (param $x i64) (result i64) (i64.add (local.get $x) (i64.const 1)))
      (func $dbl (param $x i64) (result i64) (i64.mul (local.get $x) (i64.const 2)))
      (func $apply (param $f i32) (param $x i64) (result i64)
        (call_indirect (param i64) (result i64) site=1 (local.get $x) (local.get $f)))
      (func $none (result i32) (call_indirect (param) (result i32) site=1 (i32.const 0))))`);
    expect(await agree(m, [["apply", [1, 5n]], ["apply", [2, 5n]], ["apply", [-1, 5n]], ["none", []]])).toEqual([
      { ok: true, value: 10n },
      { ok: false, trap: "MemoryFault", site: 1 },
      { ok: false, trap: "MemoryFault", site: 1 },
      { ok: false, trap: "MemoryFault", site: 1 },
    ]);
  });

  it("accepts-any-fuel-budget-up-to-max-fuel", async () => {
    const m = ir(`(module (constants 8) (sites 2) (func $f (result i32) (fuel 3 site=1) (i32.const 1)))`);
    expect(await agree(m, [["f", [], { fuel: MAX_FUEL }], ["f", [], { fuel: 3 }], ["f", [], { fuel: 2 }], ["f", [], { fuel: -5 }]])).toEqual([
      { ok: true, value: 1 },
      { ok: true, value: 1 },
      { ok: false, trap: "StepLimitExceeded", site: 1 },
      { ok: false, trap: "StepLimitExceeded", site: 1 },
    ]);
  });

  // IEEE-754 roundToIntegralTiesToEven keeps the sign of zero, as wasm's f64.nearest does.
  // The IR interpreter's nearest() returns +0 here (libs/ir/src/interp/numeric.ts; reported).
  it("rounds-negative-zero-to-negative-zero", async () => {
    const m = ir(`(module (constants 8) (sites 1) (func $near (param $x f64) (result f64) (f64.nearest (local.get $x))))`);
    for (const { inst } of await instances(m)) {
      expect(inst.invoke("near", [-0])).toEqual({ ok: true, value: -0 });
      expect(inst.invoke("near", [-0.5])).toEqual({ ok: true, value: -0 });
      expect(inst.invoke("near", [2.5])).toEqual({ ok: true, value: 2 });
    }
  });

  it("runs-normally-after-a-trap", async () => {
    const m = ir(`(module (constants 8) (sites 2)
      (func $div (param $a i32) (param $b i32) (result i32) (i32.div_s site=1 (local.get $a) (local.get $b))))`);
    expect(await agree(m, [["div", [1, 0]], ["div", [6, 3]]])).toEqual([
      { ok: false, trap: "DivisionByZero", site: 1 },
      { ok: true, value: 2 },
    ]);
  });

  it("reports-unreachable-as-an-internal-error", async () => {
    const m = new ModuleBuilder();
    m.func("boom", [], "none", (b) => b.unreachable(), { export: true });
    for (const { inst } of await instances(m.finish())) {
      expect(() => inst.invoke("boom", [])).toThrow(InternalError);
      expect(() => inst.invoke("boom", [])).toThrow(/unreachable executed in \$boom/);
    }
  });

  it("rejects-invalid-ir-as-an-internal-error", async () => {
    const m = new ModuleBuilder();
    m.func("bad", [], "i64", (b) => b.i32.const(1));
    await expect(backend.compile(m.finish())).rejects.toThrow(/body must end with a i64/);
  });

  it("refuses-unknown-exports-and-entryless-runs", async () => {
    const m = new ModuleBuilder();
    m.func("hidden", [], "i32", (b) => b.i32.const(1));
    for (const { inst } of await instances(m.finish())) {
      expect(() => inst.invoke("hidden", [])).toThrow(/no exported function/);
      expect(() => inst.run(new Uint8Array(0))).toThrow(/no entry/);
    }
  });
});
