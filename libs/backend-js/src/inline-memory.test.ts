// The memory fast paths of the generated code against the IR interpreter:
// loads and stores written at their site (`inlineLoad` / `inlineStore` in
// runtime/memory.ts: the shared `$a` / `$w` / `$v` temps, IR evaluation order,
// the covered-window test that skips the bounds check) and bulk ops up to
// SHORT_BULK bytes moved byte by byte (overlap in both directions, lengths on
// both sides of the threshold). Every call runs on one JS instance, so the
// arena reuse sees each write too; arena-reset.ir checks the marks themselves.
import { describe, expect, it } from "vitest";
import { interpret, parseOrThrow, type InvokeOutcome } from "@tetra/ir";
import { compileJs, instantiateJs } from "./backend.js";

const M = parseOrThrow(`(module (constants 16) (data 8 "\\01\\02\\03\\04\\05\\06\\07\\08") (sites 4)
  (export $copy) (export $fill) (export $nested) (export $store_order) (export $store_i64_order) (export $edge)
  ;; 128 bytes of pattern at 3000, one bulk op, then a hash of [2990, 3140).
  (func $pattern (local $i i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (i32.const 128)))
      (i32.store8 site=0 (i32.add (i32.const 3000) (local.get $i)) (i32.add (i32.mul (local.get $i) (i32.const 37)) (i32.const 11)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next))))
  (func $hash (result i64) (local $i i32) (local $h i64)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (i32.const 150)))
      (local.set $h (i64.add (i64.mul (local.get $h) (i64.const 1000003))
        (i64.extend_i32_u (i32.load8_u site=0 (i32.add (i32.const 2990) (local.get $i))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (local.get $h))
  (func $copy (param $d i32) (param $s i32) (param $n i32) (result i64)
    (call $pattern site=0)
    (memory.copy site=1 (i32.add (i32.const 3000) (local.get $d)) (i32.add (i32.const 3000) (local.get $s)) (local.get $n))
    (call $hash site=0))
  (func $fill (param $d i32) (param $b i32) (param $n i32) (result i64)
    (call $pattern site=0)
    (memory.fill site=1 (i32.add (i32.const 3000) (local.get $d)) (local.get $b) (local.get $n))
    (call $hash site=0))
  ;; A load whose address is a load, stored where a load says: every temp is reused while live.
  (func $nested (param $a i32) (result i32)
    (i32.store site=0 (i32.const 3000) (i32.const 3004))
    (i32.store site=0 (i32.const 3004) (local.get $a))
    (i32.store site=0 (i32.load site=0 (i32.const 3000))
      (i32.add (i32.load site=0 (i32.load site=0 (i32.const 3000))) (i32.load8_u offset=1 site=0 (i32.const 3003))))
    (i32.add (i32.load site=1 (i32.load site=0 (i32.const 3000))) (i32.load8_u site=2 (i32.const 9))))
  ;; The value is evaluated after the address and before the address is checked.
  (func $store_order (param $at i32) (param $div i32)
    (i32.store offset=2 site=1 (local.get $at) (i32.div_s site=2 (i32.const 7) (local.get $div))))
  (func $store_i64_order (param $at i32) (param $x i64) (result i64)
    (i64.store site=1 (local.get $at) (i64.add_checked site=2 (local.get $x) (i64.const 1)))
    (i64.load site=3 (local.get $at)))
  ;; Loads and stores at the arena's end, through an offset.
  (func $edge (param $at i32) (param $off i32) (result i32)
    (if (local.get $off) (then (i32.store16 offset=3 site=1 (local.get $at) (i32.const 65535))) (else (i32.store8 site=1 (local.get $at) (i32.const 200))))
    (i32.add (i32.load8_u site=2 (local.get $at)) (i32.load16_u offset=1 site=3 (local.get $at)))))`);

const MEM = { memoryLimit: 4096 };

describe("inline memory access and short bulk ops", () => {
  const js = instantiateJs(compileJs(M));
  const ref = interpret(M);
  const check = (name: string, args: (number | bigint)[]): InvokeOutcome => {
    const want = ref.invoke(name, args, MEM);
    const got = js.invoke(name, args, MEM);
    expect({ name, args: args.map(String), got }).toEqual({ name, args: args.map(String), got: want });
    return got;
  };

  it("copies-short-and-long-ranges-like-memmove", () => {
    const lengths = [0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 33, 40, 64];
    for (const n of lengths) for (const d of [0, 1, 5, 16, 33, 40]) for (const s of [0, 1, 5, 16, 33, 40]) check("copy", [d, s, n]);
    // Both ranges are checked before a byte moves, short or long; the arena ends at 4096.
    for (const n of [4, 32, 33, 100]) {
      expect(check("copy", [1096 - n + 1, 0, n])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
      expect(check("copy", [0, 1096 - n + 1, n])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
      check("copy", [1096 - n, 0, n]);
    }
    expect(check("copy", [1097, 0, 0])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(check("copy", [0, 1097, 0])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    check("copy", [-3000, 1096, 0]);
  });

  it("fills-with-the-low-byte-at-every-length", () => {
    for (const n of [0, 1, 2, 6, 31, 32, 33, 100]) for (const b of [0, 90, 0x1ab, -1, -256]) check("fill", [3, b, n]);
    for (const n of [1, 32, 33]) expect(check("fill", [1096 - n + 1, 1, n])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(check("fill", [1097, 1, 0])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
  });

  it("keeps-nested-loads-and-stores-apart", () => {
    for (const a of [0, 5, -1, 0x7fffffff]) check("nested", [a]);
  });

  it("evaluates-a-stored-value-before-checking-the-address", () => {
    expect(check("store_order", [4096, 0])).toEqual({ ok: false, trap: "DivisionByZero", site: 2 });
    expect(check("store_order", [4096, 1])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(check("store_order", [4090, 1])).toEqual({ ok: true, value: undefined });
    expect(check("store_order", [4091, 1])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(check("store_order", [-1, 1])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(check("store_i64_order", [5000, 2n ** 63n - 1n])).toEqual({ ok: false, trap: "NumericOverflow", site: 2 });
    expect(check("store_i64_order", [4089, 1n])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(check("store_i64_order", [4088, 2n ** 62n])).toEqual({ ok: true, value: 2n ** 62n + 1n });
    expect(check("store_i64_order", [3000, -(2n ** 63n)])).toEqual({ ok: true, value: -(2n ** 63n) + 1n });
  });

  it("faults-at-the-arena-end-at-the-right-site", () => {
    for (const at of [4090, 4091, 4092, 4093, 4094, 4095, 4096, -1]) for (const off of [0, 1]) check("edge", [at, off]);
    expect(check("edge", [4095, 0])).toEqual({ ok: false, trap: "MemoryFault", site: 3 });
    expect(check("edge", [4093, 1])).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
  });
});
