// nativeBackend through the Backend contract: compile → instantiate → run/invoke.
import { InternalError } from "@tetra/core";
import { parseOrThrow } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { emitLl, nativeBackend } from "./native-backend.js";

const module = parseOrThrow(`(module
  (constants 16)
  (data 8 "hi!")
  (sites 2)
  (export $boom)
  (export $fib)
  (entry $main)
  (func $fib (param $n i64) (result i64)
    (if (result i64) (i64.lt_s (local.get $n) (i64.const 2))
      (then (local.get $n))
      (else (i64.add_checked site=1
        (call $fib site=1 (i64.sub (local.get $n) (i64.const 1)))
        (call $fib site=1 (i64.sub (local.get $n) (i64.const 2)))))))
  (func $boom (result i32) (unreachable))
  (func $main (param $in i32) (param $len i32) (param $out i32) (param $cap i32) (result i32)
    (memory.copy site=1 (local.get $out) (i32.const 8) (i32.const 3))
    (memory.copy site=1 (i32.add (local.get $out) (i32.const 3)) (local.get $in) (local.get $len))
    (i32.add (local.get $len) (i32.const 3))))`);

describe("nativeBackend", () => {
  it("compiles-instantiates-and-runs-the-entry", async () => {
    const r = await nativeBackend.compile(module);
    if (!r.ok) throw new Error(r.error[0]?.message);
    const inst = await nativeBackend.instantiate(r.value);
    const out = inst.run(new TextEncoder().encode(" native"));
    expect(out.ok && new TextDecoder().decode(out.output)).toBe("hi! native");
    expect(inst.invoke("fib", [27n])).toEqual({ ok: true, value: 196418n });
  });

  it("applies-the-memory-limit-before-any-code-runs", async () => {
    const r = await nativeBackend.compile(module);
    if (!r.ok) throw new Error(r.error[0]?.message);
    const inst = await nativeBackend.instantiate(r.value);
    expect(inst.run(new Uint8Array(100), { memoryLimit: 64 })).toEqual({ ok: false, trap: "MemoryLimitExceeded", site: undefined });
    // Fits, but copying 100 input bytes to out + 3 runs past the 200-byte arena.
    expect(inst.run(new Uint8Array(100), { memoryLimit: 200, outputCap: 2 })).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    // An entry reporting more output than output_cap is a host-raised MemoryFault.
    expect(inst.run(new Uint8Array(0), { outputCap: 2 })).toEqual({ ok: false, trap: "MemoryFault", site: undefined });
  });

  it("reports-reached-unreachable-as-an-internal-error", async () => {
    const r = await nativeBackend.compile(module);
    if (!r.ok) throw new Error(r.error[0]?.message);
    const inst = await nativeBackend.instantiate(r.value);
    expect(() => inst.invoke("boom", [])).toThrow(InternalError);
    // The instance stays usable after an internal error.
    expect(inst.invoke("fib", [10n])).toEqual({ ok: true, value: 55n });
  });

  it("reuses-the-arena-without-leaking-bytes-between-runs", async () => {
    const r = await nativeBackend.compile(module);
    if (!r.ok) throw new Error(r.error[0]?.message);
    const inst = await nativeBackend.instantiate(r.value);
    const big = inst.run(new Uint8Array(5000).fill(0x41), { memoryLimit: 1 << 20 });
    expect(big.ok && big.output.length).toBe(5003);
    // A shorter input must not see the earlier run's bytes: zeroed, then the input copied in.
    const small = inst.run(new TextEncoder().encode("x"), { memoryLimit: 1 << 20 });
    expect(small.ok && new TextDecoder().decode(small.output)).toBe("hi!x");
  });

  it("reads-an-input-view-at-its-offset-and-returns-an-arena-view", async () => {
    const r = await nativeBackend.compile(module);
    if (!r.ok) throw new Error(r.error[0]?.message);
    const inst = await nativeBackend.instantiate(r.value);
    // koffi must pass the view's own bytes (byteOffset 3), not the start of its buffer.
    const out = inst.run(new TextEncoder().encode("xyzabc").subarray(3, 5), { memoryLimit: 1 << 20 });
    expect(out.ok && new TextDecoder().decode(out.output)).toBe("hi!ab");
    // The output is a view of the arena: the next run reuses (and zeroes) those bytes.
    const kept = out.ok ? out.output : new Uint8Array(0);
    const copy = kept.slice();
    inst.run(new TextEncoder().encode("q"), { memoryLimit: 1 << 20 });
    expect(new TextDecoder().decode(copy)).toBe("hi!ab");
    expect(new TextDecoder().decode(kept)).toBe("hi!q\0");
  });

  it("a-run-that-trapped-leaves-nothing-behind-for-the-next", async () => {
    // Stores 0x1122334455667788 far into scratch, then traps when the input is "t";
    // otherwise outputs the 8 bytes it finds there before storing.
    const m = parseOrThrow(`(module
      (constants 8)
      (sites 2)
      (entry $main)
      (func $main (param $in i32) (param $len i32) (param $out i32) (param $cap i32) (result i32)
        (i64.store site=1 (local.get $out) (i64.load site=1 (i32.const 500000)))
        (i64.store site=1 (i32.const 500000) (i64.const 0x1122334455667788))
        (if (i32.eq (i32.load8_u site=1 (local.get $in)) (i32.const 116)) (then (trap TypeMismatch site=1)))
        (i32.const 8)))`);
    const r = await nativeBackend.compile(m);
    if (!r.ok) throw new Error(r.error[0]?.message);
    const inst = await nativeBackend.instantiate(r.value);
    const zero = { ok: true, output: new Uint8Array(8) };
    expect(inst.run(new TextEncoder().encode("t"), { memoryLimit: 1 << 20 })).toEqual({ ok: false, trap: "TypeMismatch", site: 1 });
    expect(inst.run(new TextEncoder().encode("n"), { memoryLimit: 1 << 20 })).toEqual(zero);
    expect(inst.run(new TextEncoder().encode("n"), { memoryLimit: 1 << 20 })).toEqual(zero);
    // A smaller arena after a bigger one: the bytes past its end are not visible, those inside are zero.
    expect(inst.run(new TextEncoder().encode("t"), { memoryLimit: 1 << 20 })).toEqual({ ok: false, trap: "TypeMismatch", site: 1 });
    expect(inst.run(new TextEncoder().encode("n"), { memoryLimit: 65536 })).toEqual({ ok: false, trap: "MemoryFault", site: 1 });
    expect(inst.run(new TextEncoder().encode("n"), { memoryLimit: 1 << 20 })).toEqual(zero);
  });

  it("emits-textual-llvm-ir", () => {
    const ll = emitLl(module);
    expect(ll).toContain("define internal i64 @m0.fib(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %n.arg)");
    // Every definition that takes the state and arena pointers marks them noalias (codegen/attributes.ts).
    const defs = ll.split("\n").filter((l) => l.startsWith("define") && l.includes("%regs"));
    expect(defs.length).toBeGreaterThan(2);
    for (const d of defs) expect(d).toContain("i64* noalias %regs, i8* noalias %mem");
    expect(ll).toContain("declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind");
    expect(ll).toContain("@llvm.sadd.with.overflow.i64");
    expect(ll).toContain("define i32 @tetra_dispatch(");
  });
});
