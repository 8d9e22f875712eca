// Decimal text → binary64 (LANGUAGE.md §1.4.2 float literals, §2.4 JSON numbers).
//
// Syntax is validated here with explicit grammars, because `Number()` accepts
// far more than either grammar ("", " 1", "0x10", "Infinity", "1_0" is NaN but
// ".5" and "5." are numbers). The value is then `Number(text)`: ECMAScript only
// requires correct rounding up to 20 significant digits, but V8's string-to-
// double is correctly rounded (round-half-even) for any length, which
// float-parse.test.ts checks on exact halfway cases with 700+ digits. Like
// float-format.ts this is the oracle the IR runtime library's parser is
// tested against.
//
// Magnitudes beyond the largest double round to ±Infinity ("1e400" → inf) and
// tiny ones to ±0 or a subnormal, as correct rounding says. Whether an
// infinite result is acceptable (serde_json rejects "1e400") is the caller's
// decision; `Number.isFinite` tells it.

/** Which grammar `parseFloatDecimal` accepts. */
export type FloatSyntax =
  /** RFC 8259 number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` (integers included: "2" → 2.0). */
  | "json"
  /** §1.4.2 float literal, unsigned: `digit+ '.' digit+ exponent?` or `digit+ exponent` ("1.", ".5", "1" are not floats). */
  | "literal";

const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const FLOAT_LITERAL = /^[0-9]+(?:\.[0-9]+(?:[eE][+-]?[0-9]+)?|[eE][+-]?[0-9]+)$/;

/** True when `text` is a JSON number. */
export function isJsonNumberText(text: string): boolean {
  return JSON_NUMBER.test(text);
}

/** True when `text` is a language float literal (§1.4.2). */
export function isFloatLiteralText(text: string): boolean {
  return FLOAT_LITERAL.test(text);
}

/**
 * The binary64 value nearest to the decimal `text` (ties to even), or `null`
 * when `text` is not in the chosen grammar. `parseFloatDecimal("0.1")` =
 * 0.1; `parseFloatDecimal("-0", "json")` = -0; `parseFloatDecimal("1.", "literal")` = null.
 */
export function parseFloatDecimal(text: string, syntax: FloatSyntax = "json"): number | null {
  const valid = syntax === "json" ? JSON_NUMBER.test(text) : FLOAT_LITERAL.test(text);
  return valid ? Number(text) : null;
}
