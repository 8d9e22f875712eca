import { describe, expect, it } from "vitest";
import { compileRule, runRule, type DriverOutcome, type TargetName } from "./index.js";

async function run(target: TargetName, source: string, args?: string): Promise<DriverOutcome> {
  const c = await compileRule({ source, file: "t.relon", target, optimize: false });
  if (!c.ok) return c.outcome;
  return runRule(c.rule, args, { fuel: 1_000_000, memoryLimit: 1 << 20 });
}

const targets: TargetName[] = ["tree-walk", "ir", "js"];

describe("driver", () => {
  for (const target of targets) {
    it(`runs-an-entry-program-on-${target}`, async () => {
      const o = await run(target, "#main(Int a, Int b) -> Dict\n{ sum: a + b, text: f\"${a}/${b}\" }", '{"a": 40, "b": 2}');
      expect(o.kind).toBe("ok");
      expect(o.kind === "ok" && o.json).toBe('{\n  "sum": 42,\n  "text": "40/2"\n}');
    });

    it(`reports-runtime-errors-with-their-span-on-${target}`, async () => {
      const o = await run(target, "#main(Int a, Int b) -> Int\na / b", '{"a": 1, "b": 0}');
      expect(o.kind).toBe("runtime-error");
      if (o.kind !== "runtime-error") return;
      expect(o.error.kind).toBe("DivisionByZero");
      expect(o.error.span?.start).toEqual({ offset: 27, line: 2, column: 1 });
    });

    it(`reports-bad-arguments-with-the-field-on-${target}`, async () => {
      const o = await run(target, "#main(List<Int> xs) -> Int\nlen(xs)", '{"xs": [1, "2"]}');
      expect(o).toEqual({ kind: "bad-arguments", error: { kind: "MainArgTypeMismatch", path: "xs[1]", message: 'xs[1]: expected Int, got "2"' } });
    });

    it(`reports-malformed-arguments-on-${target}`, async () => {
      const o = await run(target, "#main(Int a) -> Int\na", '{"a": ');
      expect(o.kind === "bad-arguments" && o.error.kind).toBe("MalformedArguments");
    });

    it(`refuses-arguments-for-a-library-document-on-${target}`, async () => {
      const o = await run(target, "1 + 1", "{}");
      expect(o.kind === "runtime-error" && o.error.kind).toBe("NoMainSignature");
    });
  }

  it("rejects-static-errors-before-any-target", async () => {
    const o = await run("js", '{ x: 1 + "a" * 2 }');
    expect(o.kind).toBe("rejected");
  });
});
