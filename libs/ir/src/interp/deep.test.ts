import { describe, expect, it } from "vitest";
import { ModuleBuilder } from "../builder.js";
import { MAX_CALL_DEPTH } from "../run-contract.js";
import { interpret } from "./index.js";

/**
 * `deep(n) = n == 0 ? 0 : 0 + (0 + (... deep(n - 1) + 1))`: the call sits under
 * `nesting` adds, so each IR call costs that many JavaScript frames in the
 * interpreter and the default stack runs out long before MAX_CALL_DEPTH.
 */
function deepModule(nesting: number) {
  const m = new ModuleBuilder();
  m.func(
    "deep",
    [["n", "i64"]],
    "i64",
    (b) => {
      let e = b.i64.add(b.call("deep", [b.i64.sub(b.get("n"), b.i64.const(1n))], m.site()), b.i64.const(1n));
      for (let i = 0; i < nesting; i++) e = b.i64.add(b.i64.const(0n), e);
      return b.ifValue("i64", b.i64.eq(b.get("n"), b.i64.const(0n)), () => b.i64.const(0n), () => e);
    },
    { export: true },
  );
  return m.finish();
}

describe("deep recursion in the interpreter", () => {
  const module = deepModule(200);
  // invoke starts at depth 1, so MAX_CALL_DEPTH - 1 nested calls are allowed.
  const deepest = BigInt(MAX_CALL_DEPTH - 1);

  it("overflows-the-default-javascript-stack-without-the-rerun", () => {
    const inst = interpret(module, { onStackOverflow: "error" });
    expect(() => inst.invoke("deep", [deepest])).toThrow(/interpreter stack overflow below MAX_CALL_DEPTH/);
  });

  it("reruns-on-a-large-stack-and-returns-the-value-at-the-depth-limit", () => {
    const inst = interpret(module);
    expect(inst.invoke("deep", [deepest])).toEqual({ ok: true, value: deepest });
    // The instance adopts the worker's final state: every frame was popped.
    expect(inst.machine.state.depth).toBe(1);
  });

  it("traps-one-call-past-the-depth-limit-after-the-rerun", () => {
    const inst = interpret(module);
    expect(inst.invoke("deep", [deepest + 1n])).toMatchObject({ ok: false, trap: "MemoryLimitExceeded" });
  });

  it("keeps-shallow-runs-on-the-calling-thread", () => {
    const inst = interpret(module, { onStackOverflow: "error" });
    expect(inst.invoke("deep", [10n])).toEqual({ ok: true, value: 10n });
  });
});
