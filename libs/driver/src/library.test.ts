import { describe, expect, it } from "vitest";
import { probeNativeToolchain } from "@tetra/backend-llvm";
import { compile, type TargetName } from "./index.js";

const SOURCE = "#main(Int qty, Float price) -> Dict\n{ total: qty * price, double: qty * 2 }";
const NATIVE = probeNativeToolchain().available;

describe("compile (library use)", () => {
  for (const target of ["tree-walk", "ir", "js", "wasm", "native"] as const satisfies readonly TargetName[]) {
    it.skipIf(target === "native" && !NATIVE)(`runs-objects-and-json-text-on-${target}`, async () => {
      const r = await compile(SOURCE, { target, file: "price.relon", optimize: false });
      if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
      const rule = r.value;
      expect(rule.target).toBe(target);
      expect(rule.hasMain).toBe(true);
      expect(rule.run({ qty: 3, price: 2.5 })).toMatchObject({ kind: "ok", json: '{\n  "double": 6,\n  "total": 7.5\n}' });
      expect(rule.run('{"qty": 4611686018427387904, "price": 1.0}')).toMatchObject({ kind: "runtime-error", error: { kind: "NumericOverflow", span: { start: { line: 2, column: 31 } } } });
      expect(rule.run({ qty: 9007199254740993n, price: -0 })).toMatchObject({ kind: "ok", json: '{\n  "double": 18014398509481986,\n  "total": -0.0\n}' });
      expect(rule.run({ qty: 1, price: Number.NaN })).toEqual({ kind: "bad-arguments", error: { kind: "MalformedArguments", path: "price", message: "price: NaN is not a JSON number" } });
      expect(rule.run('{"qty": 1, "price": "\ud800"}')).toEqual({
        kind: "bad-arguments",
        error: { kind: "MalformedArguments", path: "", message: "the argument text has a lone surrogate, so it is not valid UTF-8" },
      });
      expect(rule.run({ qty: 1 })).toMatchObject({ kind: "bad-arguments", error: { kind: "MissingMainArg", path: "price" } });
    }, 120_000);
  }

  it("returns-diagnostics-as-the-error", async () => {
    const r = await compile('{ Int port: "8080" }', { target: "js" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.map((d) => [d.code, d.span?.file])).toEqual([["StaticTypeMismatch", "<input>"]]);
  });

  it("returns-an-unsupported-construct-as-the-error", async () => {
    const variants = Array.from({ length: 300 }, (_, i) => `V${i}`).join(", ");
    const r = await compile(`#enum Big { ${variants} }\n{ n: 1 }`, { target: "ir" });
    expect(!r.ok && r.error.map((d) => d.code)).toEqual(["Unsupported"]);
  });

  it("runs-a-library-document-without-arguments", async () => {
    const r = await compile("[1, 2].map((Int x) -> Int => x * 10)", { target: "js" });
    if (!r.ok) throw new Error("does not compile");
    expect(r.value.hasMain).toBe(false);
    expect(r.value.run()).toMatchObject({ kind: "ok", json: "[\n  10,\n  20\n]" });
    expect(r.value.run({})).toMatchObject({ kind: "runtime-error", error: { kind: "NoMainSignature" } });
  });
});

describe("the README example", () => {
  it("does-what-libs-driver-readme-says", async () => {
    const source = "#main(Int qty, Float price) -> Dict\n{ total: qty * price, big: qty * 2 }";
    const r = await compile(source, { target: "wasm", file: "price.relon" });
    if (!r.ok) throw new Error(r.error.map((d) => d.message).join("\n"));
    const rule = r.value;
    expect(rule.run({ qty: 3, price: 2.5 })).toMatchObject({ kind: "ok", json: '{\n  "big": 6,\n  "total": 7.5\n}' });
    expect(rule.run({ qty: 4611686018427387904n, price: 1 })).toMatchObject({ kind: "runtime-error", error: { kind: "NumericOverflow" } });
    expect(rule.run('{"qty": 3}')).toMatchObject({ kind: "bad-arguments", error: { kind: "MissingMainArg", path: "price" } });
    expect(rule.run({ qty: 3, price: 2.5 }, { fuel: 10_000, memoryLimit: 1 << 20 })).toMatchObject({ kind: "ok" });
    expect(rule.run({ qty: 3, price: 2.5 }, { fuel: 0 })).toMatchObject({ kind: "runtime-error", error: { kind: "StepLimitExceeded" } });
  }, 120_000);
});
