import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { I64_MAX, I64_MIN, i64Abs, i64Add, i64Div, i64Mul, i64Neg, i64Rem, i64Sub, intToFloat, intToText, isI64 } from "./int64.js";
import { isPrimitiveTrap } from "./trap.js";

function trapKind(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return isPrimitiveTrap(e) ? e.kind : "other";
  }
}

describe("checked-arithmetic", () => {
  test("traps-on-i64-overflow", () => {
    expect(trapKind(() => i64Add(I64_MAX, 1n))).toBe("NumericOverflow");
    expect(trapKind(() => i64Sub(I64_MIN, 1n))).toBe("NumericOverflow");
    expect(trapKind(() => i64Mul(I64_MIN, -1n))).toBe("NumericOverflow");
    expect(trapKind(() => i64Mul(4294967296n, 2147483648n))).toBe("NumericOverflow");
    expect(trapKind(() => i64Neg(I64_MIN))).toBe("NumericOverflow");
    expect(trapKind(() => i64Abs(I64_MIN))).toBe("NumericOverflow");
    expect(i64Mul(4294967296n, 2147483647n)).toBe(9223372032559808512n);
    expect(i64Add(I64_MAX, I64_MIN)).toBe(-1n);
  });
  test("division-checks-zero-before-overflow", () => {
    expect(trapKind(() => i64Div(I64_MIN, 0n))).toBe("DivisionByZero");
    expect(trapKind(() => i64Rem(I64_MIN, 0n))).toBe("DivisionByZero");
    expect(trapKind(() => i64Div(I64_MIN, -1n))).toBe("NumericOverflow");
    expect(trapKind(() => i64Rem(I64_MIN, -1n))).toBe("NumericOverflow");
  });
  test("division-truncates-and-remainder-has-the-dividend-sign", () => {
    expect(i64Div(7n, 2n)).toBe(3n);
    expect(i64Div(-7n, 2n)).toBe(-3n);
    expect(i64Rem(-7n, 2n)).toBe(-1n);
    expect(i64Rem(7n, -2n)).toBe(1n);
    fc.assert(
      fc.property(fc.bigInt({ min: I64_MIN, max: I64_MAX }), fc.bigInt({ min: I64_MIN, max: I64_MAX }), (a, b) => {
        fc.pre(b !== 0n && !(a === I64_MIN && b === -1n));
        expect(i64Div(a, b) * b + i64Rem(a, b)).toBe(a);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe("conversions", () => {
  test("int-to-text-edges", () => {
    expect(intToText(0n)).toBe("0");
    expect(intToText(-1n)).toBe("-1");
    expect(intToText(I64_MAX)).toBe("9223372036854775807");
    expect(intToText(I64_MIN)).toBe("-9223372036854775808");
    expect(intToText(1000000000000000000n)).toBe("1000000000000000000");
  });
  test("int-to-float-rounds-half-even", () => {
    expect(intToFloat(2n ** 53n + 1n)).toBe(9007199254740992);
    expect(intToFloat(2n ** 53n + 3n)).toBe(9007199254740996);
    expect(intToFloat(I64_MAX)).toBe(9223372036854775808);
    expect(intToFloat(I64_MIN)).toBe(-9223372036854775808);
  });
  test("is-i64-bounds", () => {
    expect(isI64(I64_MAX)).toBe(true);
    expect(isI64(I64_MAX + 1n)).toBe(false);
    expect(isI64(I64_MIN - 1n)).toBe(false);
  });
});
