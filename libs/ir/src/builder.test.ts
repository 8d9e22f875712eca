import { describe, expect, it } from "vitest";
import { ModuleBuilder } from "./builder.js";
import { print } from "./print.js";
import { formatVerifyError, verify } from "./verify.js";

function sumModule() {
  const m = new ModuleBuilder();
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
  return m.finish();
}

describe("builder", () => {
  it("builds-the-usage-example-as-valid-ir", () => {
    const m = sumModule();
    expect(verify(m).map(formatVerifyError)).toEqual([]);
    expect(print(m)).toContain("(i64.add_checked site=0");
  });

  it("uniquifies-local-names-and-labels", () => {
    const m = new ModuleBuilder();
    m.func("f", [["x", "i32"]], "i32", (b) => {
      const a = b.local("x", "i32");
      expect(a.name).toBe("x.1");
      b.block(() => {});
      b.block(() => {});
      return b.get(a);
    });
    const mod = m.finish();
    expect(verify(mod)).toEqual([]);
    expect(print(mod)).toContain("$block1");
  });

  it("dedupes-constant-strings-in-the-arena-layout", () => {
    const m = new ModuleBuilder();
    const a = m.string("héllo");
    expect(m.string("héllo")).toBe(a);
    const mod = m.finish();
    expect(a % 4).toBe(0);
    expect(mod.data[0]?.bytes.slice(0, 4)).toEqual(new Uint8Array([6, 0, 0, 0]));
    expect(mod.constantsSize % 8).toBe(0);
    expect(verify(mod)).toEqual([]);
  });
});
