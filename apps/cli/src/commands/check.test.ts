import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../io.js";
import { scratchFile, SHARED_FIXTURES, tetra } from "../test-support.js";

describe("tetra check", () => {
  it("is-silent-on-clean-programs", async () => {
    expect(await tetra("check", join(SHARED_FIXTURES, "reference/match-03.relon"))).toEqual({ code: 0, out: "", err: "" });
  });

  it("prints-several-diagnostics", async () => {
    const r = await tetra("check", scratchFile("many.relon", "{ a: 1 +, b: ], c: 0X1 }"));
    expect(r.code).toBe(EXIT.compileError);
    expect(r.err.match(/^error\[Parse\]/gm)?.length).toBeGreaterThanOrEqual(3);
  });

  it("does-not-lower-so-an-unsupported-construct-is-clean", async () => {
    const variants = Array.from({ length: 300 }, (_, i) => `V${i}`).join(", ");
    expect(await tetra("check", scratchFile("big.relon", `#enum Big { ${variants} }\n{ n: 1 }`))).toEqual({ code: 0, out: "", err: "" });
  });
});
