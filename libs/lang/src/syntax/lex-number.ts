// Numeric literals (§1.4.1, §1.4.2).
//
//   250  0xFA  0o372  0b11111010     Int, magnitude at most 2^63 - 1
//   0.25  25e-2  2.5E3  4e+1  3.0    Float (a `.` or an exponent makes a Float)
//   0X1F  1_000  1.  123abc          parse errors ( `.5` is rejected by the parser)
//
// After a `.` token only a plain digit run is read, so `t.0.1` is two tuple
// steps and not `t` `.` `0.1`.
import { I64_MAX, parseFloatDecimal } from "@tetra/core";
import { isDigit, isHexDigit, isIdentChar, type LexState } from "./lex-state.js";
import type { Token } from "./token.js";

type NumberToken = Extract<Token, { kind: "int" | "float" }>;

export function lexNumber(st: LexState, spaceBefore: boolean, afterDot: boolean): NumberToken {
  const start = st.pos;
  if (afterDot) {
    while (isDigit(st.code())) st.pos++;
    return intToken(st, start, BigInt(st.src.slice(start, st.pos)), spaceBefore);
  }
  if (st.code() === 48 /* 0 */) {
    const p = st.char(1);
    if (p === "x" || p === "o" || p === "b") return lexPrefixed(st, p, spaceBefore);
    if (p === "X" || p === "O" || p === "B") {
      st.pos += 2;
      skipIdentChars(st);
      st.error(`number prefixes are lower case: write \`0${p.toLowerCase()}\`, not \`0${p}\``, start, st.pos);
      return { kind: "int", value: 0n, start, end: st.pos, spaceBefore };
    }
  }
  while (isDigit(st.code())) st.pos++;
  let isFloat = false;
  if (st.char() === "." && isDigit(st.code(1))) {
    isFloat = true;
    st.pos++;
    while (isDigit(st.code())) st.pos++;
  } else if (st.char() === "." && st.char(1) !== ".") {
    st.pos++;
    st.error(`\`${st.src.slice(start, st.pos)}\` is not a number: a Float needs digits after the point (write \`${st.src.slice(start, st.pos)}0\`)`, start, st.pos);
    return { kind: "float", value: 0, start, end: st.pos, spaceBefore };
  }
  const e = st.char();
  if ((e === "e" || e === "E") && (isDigit(st.code(1)) || ((st.char(1) === "+" || st.char(1) === "-") && isDigit(st.code(2))))) {
    isFloat = true;
    st.pos += isDigit(st.code(1)) ? 1 : 2;
    while (isDigit(st.code())) st.pos++;
  }
  if (isIdentChar(st.code())) {
    skipIdentChars(st);
    st.error(`invalid number \`${st.src.slice(start, st.pos)}\``, start, st.pos);
    return { kind: "int", value: 0n, start, end: st.pos, spaceBefore };
  }
  const text = st.src.slice(start, st.pos);
  if (isFloat) {
    const value = parseFloatDecimal(text, "literal");
    if (value === null) {
      st.error(`invalid Float literal \`${text}\``, start, st.pos);
      return { kind: "float", value: 0, start, end: st.pos, spaceBefore };
    }
    return { kind: "float", value, start, end: st.pos, spaceBefore };
  }
  return intToken(st, start, BigInt(text), spaceBefore);
}

function lexPrefixed(st: LexState, prefix: string, spaceBefore: boolean): NumberToken {
  const start = st.pos;
  st.pos += 2;
  const digitsStart = st.pos;
  skipIdentChars(st);
  const digits = st.src.slice(digitsStart, st.pos);
  const radix = prefix === "x" ? 16 : prefix === "o" ? 8 : 2;
  const valid = (c: number): boolean => (radix === 16 ? isHexDigit(c) : c >= 48 && c < 48 + radix);
  if (digits.length === 0 || ![...digits].every((ch) => valid(ch.charCodeAt(0)))) {
    const what = radix === 16 ? "hexadecimal" : radix === 8 ? "octal" : "binary";
    st.error(`invalid ${what} literal \`${st.src.slice(start, st.pos)}\``, start, st.pos);
    return { kind: "int", value: 0n, start, end: st.pos, spaceBefore };
  }
  return intToken(st, start, BigInt(`0${prefix}${digits}`), spaceBefore);
}

function intToken(st: LexState, start: number, value: bigint, spaceBefore: boolean): NumberToken {
  if (value > I64_MAX) {
    st.error(
      `integer literal \`${st.src.slice(start, st.pos)}\` does not fit in a signed 64-bit Int (the largest is 9223372036854775807)`,
      start,
      st.pos,
    );
    return { kind: "int", value: 0n, start, end: st.pos, spaceBefore };
  }
  return { kind: "int", value, start, end: st.pos, spaceBefore };
}

function skipIdentChars(st: LexState): void {
  while (isIdentChar(st.code())) st.pos++;
}
