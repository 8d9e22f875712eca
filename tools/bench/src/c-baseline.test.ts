import { describe, expect, it } from "vitest";
import { buildCKernels, parseCOutput, removeCBuild, runCKernel } from "./c-baseline.js";

describe("c baseline", () => {
  it("parses-timing-line-and-result", () => {
    expect(parseCOutput('ns 12.5 13\n{\n  "a": 1\n}')).toEqual({ ok: true, nsPerCall: [12.5, 13], output: '{\n  "a": 1\n}' });
    expect(parseCOutput("garbage")).toMatchObject({ ok: false });
    expect(parseCOutput("ns x\n1")).toMatchObject({ ok: false, reason: 'bad timing line "ns x"' });
  });

  it("runs-a-kernel-and-reports-bad-usage-by-exit-code", () => {
    const b = buildCKernels();
    if (!b.ok) throw new Error(b.reason);
    try {
      // i*3 + i%8 for i < 5: 0 + 4 + 8 + 12 + 16.
      expect(runCKernel(b.binary, "loop", 5, 1, 2, 0)).toEqual({ ok: true, nsPerCall: [expect.any(Number), expect.any(Number)], output: "40" });
      expect(runCKernel(b.binary, "fib", -1, 0, 1, 0)).toMatchObject({ ok: false, reason: expect.stringContaining("usage error") });
    } finally {
      removeCBuild(b);
    }
  });

  it("an-unknown-compiler-is-unavailable-not-a-crash", () => {
    expect(buildCKernels("/nonexistent/cc")).toMatchObject({ ok: false, reason: expect.stringContaining("/nonexistent/cc failed") });
  });
});
