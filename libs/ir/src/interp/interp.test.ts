import { describe, expect, it } from "vitest";
import { ModuleBuilder } from "../builder.js";
import { statusOfTrap, trapOfStatus } from "../run-contract.js";
import { interpreterBackend } from "./index.js";

function sumModule() {
  const m = new ModuleBuilder();
  const list = m.data(new Uint8Array([3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]), 8);
  m.func(
    "sum",
    [["list", "i32"]],
    "i64",
    (b) => {
      const n = b.local("n", "i32");
      const i = b.local("i", "i32");
      const acc = b.local("acc", "i64");
      b.set(n, b.i32.load(b.get("list")));
      b.block((done) => {
        b.loop((next) => {
          b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
          const addr = b.i32.add(b.get("list"), b.i32.shl(b.get(i), b.i32.const(3)));
          b.set(acc, b.i64.addChecked(b.get(acc), b.i64.load(addr, 8)));
          b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
          b.br(next);
        });
      });
      return b.get(acc);
    },
    { export: true },
  );
  return { module: m.finish(), list };
}

describe("interpreter backend", () => {
  it("runs-the-builder-usage-example", async () => {
    const { module, list } = sumModule();
    const compiled = await interpreterBackend.compile(module);
    if (!compiled.ok) throw new Error("compile failed");
    const inst = await interpreterBackend.instantiate(compiled.value);
    expect(inst.invoke("sum", [list])).toEqual({ ok: true, value: 6n });
  });

  it("rejects-invalid-ir-as-an-internal-error", () => {
    const m = new ModuleBuilder();
    m.func("bad", [], "i64", (b) => b.i32.const(1));
    expect(() => interpreterBackend.compile(m.finish())).toThrow(/body must end with a i64/);
  });

  it("runs-an-entry-with-the-run-contract", async () => {
    const m = new ModuleBuilder();
    m.func("main", [["in", "i32"], ["len", "i32"], ["out", "i32"], ["cap", "i32"]], "i32", (b) => {
      const p = b.local("p", "i32");
      b.set(p, b.alloc("output", b.get("len"), 1));
      b.memoryCopy(b.get(p), b.get("in"), b.get("len"));
      // upper-case ASCII letters in place
      const i = b.local("i", "i32");
      b.block((done) => {
        b.loop((next) => {
          b.brIf(done, b.i32.geU(b.get(i), b.get("len")));
          const at = b.i32.add(b.get(p), b.get(i));
          const c = b.local("c", "i32");
          b.set(c, b.i32.load8U(at));
          b.if(b.i32.and(b.i32.geU(b.get(c), b.i32.const(97)), b.i32.leU(b.get(c), b.i32.const(122))), () => {
            b.i32.store8(b.i32.add(b.get(p), b.get(i)), b.i32.sub(b.get(c), b.i32.const(32)));
          });
          b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
          b.br(next);
        });
      });
      return b.get("len");
    });
    m.entry("main");
    const r = await interpreterBackend.compile(m.finish());
    if (!r.ok) throw new Error("compile failed");
    const inst = await interpreterBackend.instantiate(r.value);
    const out = inst.run(new TextEncoder().encode("abc-xyz"));
    expect(out.ok && new TextDecoder().decode(out.output)).toBe("ABC-XYZ");
  });

  it("throws-an-internal-error-when-unreachable-runs", async () => {
    const m = new ModuleBuilder();
    m.func("boom", [], "none", (b) => b.unreachable(), { export: true });
    const inst = await interpreterBackend.instantiate(m.finish());
    expect(() => inst.invoke("boom", [])).toThrow(/unreachable executed in \$boom/);
  });

  it("numbers-statuses-after-the-core-kind-list", () => {
    expect(statusOfTrap("DivisionByZero")).toBe(1);
    expect(trapOfStatus(statusOfTrap("MemoryFault"))).toBe("MemoryFault");
    expect(trapOfStatus(0)).toBeUndefined();
  });

  it("is-fast-enough-for-a-million-loop-iterations", () => {
    const m = new ModuleBuilder();
    m.func("spin", [["n", "i64"]], "i64", (b) => {
      const i = b.local("i", "i64");
      const acc = b.local("acc", "i64");
      b.block((done) => {
        b.loop((next) => {
          b.brIf(done, b.i64.geS(b.get(i), b.get("n")));
          b.fuel(1);
          b.set(acc, b.i64.addChecked(b.get(acc), b.get(i)));
          b.set(i, b.i64.add(b.get(i), b.i64.const(1)));
          b.br(next);
        });
      });
      return b.get(acc);
    }, { export: true });
    const t0 = performance.now();
    return interpreterBackend.instantiate(m.finish()).then((x) => {
      expect(x.invoke("spin", [1_000_000n])).toEqual({ ok: true, value: 499999500000n });
      expect(performance.now() - t0).toBeLessThan(5000);
    });
  });
});
