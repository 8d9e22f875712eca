// The backend object and its artifact: plain data that survives JSON, the three
// failure classes kept apart (invalid IR and `unreachable` are InternalError,
// runtime errors are outcomes), and generated code that no IR name can break.
import { InternalError } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { parseOrThrow, type Module } from "@tetra/ir";
import { compileJs, instantiateJs, jsBackend, JS_ARTIFACT_FORMAT, type JsArtifact } from "./index.js";

const ADD = parseOrThrow(`(module (constants 8) (sites 2) (export $add)
  (func $add (param $a i64) (param $b i64) (result i64) (i64.add_checked site=1 (local.get $a) (local.get $b))))`);

describe("jsBackend", () => {
  it("compiles-to-plain-data-that-survives-json", async () => {
    const r = await jsBackend.compile(ADD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const copy = JSON.parse(JSON.stringify(r.value)) as JsArtifact;
    expect(copy).toEqual(r.value);
    expect(copy.format).toBe(JS_ARTIFACT_FORMAT);
    expect(copy.exports).toEqual([{ name: "add", params: ["i64", "i64"], result: "i64" }]);
    const inst = await jsBackend.instantiate(copy);
    expect(inst.invoke("add", [2n ** 62n, 2n ** 62n - 1n])).toEqual({ ok: true, value: 2n ** 63n - 1n });
    expect(inst.invoke("add", [2n ** 62n, 2n ** 62n])).toEqual({ ok: false, trap: "NumericOverflow", site: 1 });
  });

  it("is-deterministic", () => {
    expect(compileJs(ADD).source).toBe(compileJs(ADD).source);
  });

  it("rejects-invalid-ir-as-an-internal-error", () => {
    const bad: Module = { ...ADD, exports: ["missing"] };
    expect(() => compileJs(bad)).toThrow(InternalError);
  });

  it("rejects-a-foreign-artifact", () => {
    expect(() => instantiateJs({ ...compileJs(ADD), format: "other" as typeof JS_ARTIFACT_FORMAT })).toThrow(InternalError);
  });

  it("reports-unreachable-and-host-misuse-as-internal-errors", () => {
    const m = parseOrThrow(`(module (constants 8) (export $boom) (func $boom (result i32) (unreachable)))`);
    const inst = instantiateJs(compileJs(m));
    expect(() => inst.invoke("boom", [])).toThrow(InternalError);
    expect(() => inst.invoke("boom", [])).toThrow(/unreachable executed in \$boom/);
    expect(() => inst.run(new Uint8Array(0))).toThrow(/module has no entry/);
    expect(() => inst.invoke("nope", [])).toThrow(InternalError);
    expect(() => inst.invoke("boom", [1])).toThrow(/takes 0 argument/);
  });

  it("fails-before-running-when-the-arena-does-not-fit", () => {
    const inst = instantiateJs(compileJs(ADD));
    expect(inst.invoke("add", [1n, 2n], { memoryLimit: 4 })).toEqual({ ok: false, trap: "MemoryLimitExceeded", site: undefined });
  });

  it("starts-every-run-with-a-zeroed-arena", () => {
    // The arena is reused between runs of the same size: whatever a run wrote must be gone.
    const m = parseOrThrow(`(module (constants 16) (data 8 "\\07") (sites 1)
      (export $dirty) (export $peek) (export $byte)
      (func $dirty
        (i64.store site=0 (i32.const 60000) (i64.const -1))
        (memory.fill site=0 (i32.const 100) (i32.const 255) (i32.const 50))
        (memory.copy site=0 (i32.const 30000) (i32.const 100) (i32.const 8))
        (i32.store8 site=0 (i32.const 8) (i32.const 9)))
      (func $peek (result i64)
        (i64.add (i64.add (i64.load site=0 (i32.const 60000)) (i64.load site=0 (i32.const 104))) (i64.load site=0 (i32.const 30000))))
      (func $byte (result i32) (i32.load8_u site=0 (i32.const 8))))`);
    const inst = instantiateJs(compileJs(m));
    const o = { memoryLimit: 65536 };
    expect(inst.invoke("byte", [], o)).toEqual({ ok: true, value: 7 });
    expect(inst.invoke("dirty", [], o)).toEqual({ ok: true, value: undefined });
    expect(inst.invoke("peek", [], o)).toEqual({ ok: true, value: 0n });
    expect(inst.invoke("byte", [], o)).toEqual({ ok: true, value: 7 });
    expect(inst.invoke("dirty", [], o).ok).toBe(true);
    expect(inst.invoke("peek", [], { memoryLimit: 65536 + 8 })).toEqual({ ok: true, value: 0n });
  });

  it("keeps-fuel-exact-across-chunk-refills", () => {
    // 2^29 is the fuel chunk: a loop that needs more than one chunk still stops at the exact unit.
    const m = parseOrThrow(`(module (constants 8) (sites 1) (export $spin)
      (func $spin (param $n i32) (result i32) (local $i i32)
        (block $done (loop $l
          (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
          (fuel 3 site=0)
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $l)))
        (local.get $i)))`);
    const inst = instantiateJs(compileJs(m));
    const n = 200_000_000;
    expect(inst.invoke("spin", [n], { fuel: 3 * n })).toEqual({ ok: true, value: n });
    expect(inst.invoke("spin", [n], { fuel: 3 * n - 1 })).toEqual({ ok: false, trap: "StepLimitExceeded", site: 0 });
  }, 60_000);

  it("survives-ir-names-that-shadow-globals-and-helpers", () => {
    // Functions named after JS globals, driver entry points and reserved words; locals named like
    // functions; labels that are keywords.
    const m = parseOrThrow(`(module (constants 8) (sites 1) (table $Math $class)
      (export $Math) (export $BigInt) (export $class) (export $run) (export $invoke) (export $a.b)
      (func $Math (param $BigInt i64) (result i64) (i64.mul_checked site=0 (local.get $BigInt) (i64.const 3)))
      (func $BigInt (param $Math i64) (result i64) (call $Math site=0 (local.get $Math)))
      (func $class (param $x i64) (result i64) (i64.add (local.get $x) (i64.const 1)))
      (func $run (result f64) (f64.sqrt (f64.const 2)))
      (func $invoke (param $default i32) (result i64)
        (block $default (result i64)
          (block $switch
            (br_if $switch (local.get $default))
            (br $default (call_indirect (param i64) (result i64) site=0 (i64.const 5) (i32.const 1))))
          (call $BigInt site=0 (i64.const 7))))
      (func $a.b (result i64) (call $invoke site=0 (i32.const 0))))`);
    const inst = instantiateJs(compileJs(m));
    expect(inst.invoke("BigInt", [4n])).toEqual({ ok: true, value: 12n });
    expect(inst.invoke("run", [])).toEqual({ ok: true, value: Math.SQRT2 });
    expect(inst.invoke("invoke", [0])).toEqual({ ok: true, value: 6n });
    expect(inst.invoke("invoke", [1])).toEqual({ ok: true, value: 21n });
    expect(inst.invoke("a.b", [])).toEqual({ ok: true, value: 6n });
    expect(inst.invoke("Math", [2n ** 62n])).toEqual({ ok: false, trap: "NumericOverflow", site: 0 });
  });
});
