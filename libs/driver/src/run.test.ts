// The host path of runRule on the compiled targets: one instance runs many
// times in a reused arena, the arguments go through a shared input buffer and
// the result is decoded from the instance's output view. Every run must give
// the tree-walk evaluator's answer whatever ran before it on the instance.
import { probeNativeToolchain } from "@tetra/backend-llvm";
import { describe, expect, it } from "vitest";
import { compileRule, runRule, type CompiledRule, type DriverOutcome, type TargetName } from "./index.js";

const NATIVE = probeNativeToolchain().available;
const COMPILED = ["ir", "js", "wasm", "native"] as const satisfies readonly TargetName[];

async function compiled(target: TargetName, source: string): Promise<CompiledRule> {
  const c = await compileRule({ source, file: "t.relon", target, optimize: false });
  if (!c.ok) throw new Error(`${target}: ${JSON.stringify(c.outcome)}`);
  return c.rule;
}

const json = (o: DriverOutcome): string => (o.kind === "ok" ? o.json : `${o.kind}: ${JSON.stringify(o)}`);

// Builds n strings and a list of n Ints in scratch, then answers with the joined text and a sum.
const SCRATCH_HEAVY = `#main(Int n) -> Dict
{ text: [f"<\${i}:\${i * i}>" for i in range(n)].join(","), total: [i * 3 for i in range(n)].filter((v) => v % 2 == 0).sum() }`;

describe("runRule host path", () => {
  for (const target of COMPILED) {
    it.skipIf(target === "native" && !NATIVE)(`a-run-never-sees-what-an-earlier-run-wrote-on-${target}`, async () => {
      const tree = await compiled("tree-walk", SCRATCH_HEAVY);
      const rule = await compiled(target, SCRATCH_HEAVY);
      // Big, small, empty, big again, then a smaller arena and back: each answer as on a fresh arena.
      const calls: readonly [string, number | undefined][] = [
        ['{"n": 3000}', undefined],
        ['{"n": 2}', undefined],
        ['{"n": 0}', undefined],
        ['{"n": 2999}', undefined],
        ['{"n": 5}', 1 << 16],
        ['{"n": 3000}', undefined],
      ];
      for (const [args, memoryLimit] of calls) {
        const settings = memoryLimit === undefined ? {} : { memoryLimit };
        expect([args, json(runRule(rule, args, settings))]).toEqual([args, json(runRule(tree, args, settings))]);
      }
    });

    it.skipIf(target === "native" && !NATIVE)(`bytes-stay-the-output-after-later-runs-on-${target}`, async () => {
      const rule = await compiled(target, "#main(String s) -> String\ns");
      const first = runRule(rule, '{"s": "héllo wörld"}');
      runRule(rule, '{"s": "x"}');
      expect(first.kind === "ok" && new TextDecoder().decode(first.bytes)).toBe('"héllo wörld"');
      expect(first.kind === "ok" && first.json).toBe('"héllo wörld"');
    });

    it.skipIf(target === "native" && !NATIVE)(`names-the-field-of-a-cycle-like-the-tree-walk-on-${target}`, async () => {
      const source = "#main(Bool loop) -> Dict\n{ Int a: loop ? b + 1 : 0, Int b: a * 2 }";
      const outcome = runRule(await compiled(target, source), '{"loop": true}');
      expect(outcome).toEqual(runRule(await compiled("tree-walk", source), '{"loop": true}'));
      expect(outcome.kind === "runtime-error" && outcome.error.message).toBe("`a` needs its own value");
    });

    it.skipIf(target === "native" && !NATIVE)(`encodes-arguments-of-every-length-on-${target}`, async () => {
      const tree = await compiled("tree-walk", "#main(String s) -> Int\nlen(s)");
      const rule = await compiled(target, "#main(String s) -> Int\nlen(s)");
      // Short, past the first shared buffer (4096 bytes), and past the reused size (2^18 UTF-16 units); then short again.
      for (const n of [1, 2000, 300_000, 3]) {
        const args = JSON.stringify({ s: "é€😀".repeat(n) });
        const settings = { memoryLimit: 1 << 24 };
        expect([n, json(runRule(rule, args, settings))]).toEqual([n, json(runRule(tree, args, settings))]);
      }
    });
  }
});
