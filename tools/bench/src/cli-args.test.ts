import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./cli-args.js";

describe("parseBenchArgs", () => {
  it("defaults-to-every-kernel-and-every-target", () => {
    expect(parseBenchArgs([])).toEqual({
      kind: "run",
      args: { kernels: ["fib", "loop", "strings", "lists", "pricing", "echo"], targets: ["tree-walk", "ir", "js", "wasm", "native"], quick: false, json: undefined, rounds: undefined },
    });
  });

  it("takes-comma-lists-and-repeated-options-without-duplicates", () => {
    const r = parseBenchArgs(["--kernel", "fib,loop", "--kernel", "fib", "--target", "wasm, js", "--target=js", "--quick", "--json", "out.json", "--rounds", "3"]);
    expect(r).toEqual({ kind: "run", args: { kernels: ["fib", "loop"], targets: ["wasm", "js"], quick: true, json: "out.json", rounds: 3 } });
  });

  it("rejects-unknown-kernels-targets-and-options", () => {
    expect(parseBenchArgs(["--kernel", "fibb"])).toEqual({ kind: "error", message: 'unknown kernel "fibb" (kernels: fib, loop, strings, lists, pricing, echo)' });
    expect(parseBenchArgs(["--target", "jvm"])).toEqual({ kind: "error", message: 'unknown target "jvm" (targets: tree-walk, ir, js, wasm, native)' });
    expect(parseBenchArgs(["--fast"])).toMatchObject({ kind: "error", message: expect.stringContaining("--fast") });
    expect(parseBenchArgs(["extra"])).toMatchObject({ kind: "error" });
  });

  it("rejects-bad-round-counts", () => {
    expect(parseBenchArgs(["--rounds", "0"])).toMatchObject({ kind: "error", message: expect.stringContaining("--rounds") });
    expect(parseBenchArgs(["--rounds", "2.5"])).toMatchObject({ kind: "error" });
  });

  it("help-flags-ask-for-the-usage-text", () => {
    expect(parseBenchArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseBenchArgs(["-h"])).toEqual({ kind: "help" });
  });
});
