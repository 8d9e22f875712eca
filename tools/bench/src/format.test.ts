import { describe, expect, it } from "vitest";
import { formatMs, formatNs, formatRatio, table } from "./format.js";

describe("format", () => {
  it("durations-pick-a-unit-and-three-significant-digits", () => {
    expect(formatNs(850)).toBe("850 ns");
    expect(formatNs(12_345)).toBe("12.3 µs");
    expect(formatNs(4_560_000)).toBe("4.56 ms");
    expect(formatNs(123_400_000)).toBe("123 ms");
    expect(formatNs(1.2e9)).toBe("1.20 s");
    expect(formatNs(NaN)).toBe("–");
    expect(formatMs(3.14159)).toBe("3.1");
    expect(formatMs(230.4)).toBe("230");
    expect(formatMs(undefined)).toBe("–");
  });

  it("ratios-have-two-decimals", () => {
    expect(formatRatio(1.104)).toBe("1.10×");
    expect(formatRatio(undefined)).toBe("–");
  });

  it("tables-align-the-first-column-left-and-the-rest-right", () => {
    expect(table([["a", "1", "µs"], ["long", "100", "x"]], "  ")).toEqual(["  a       1  µs", "  long  100   x"]);
  });
});
