// String literals (§1.4.4, §1.4.5):
//
//   "a\tb \u0041 \u{2603}"     escapes decoded; `\` + whitespace run is a line continuation
//   r"C:\temp"  r#"say "hi""#   raw: no escapes, closed by `"` plus as many `#` as opened
//   f"n=${n + 1} {x} $y"        interpolation only at `${`; `{` and `$` alone are text
//   f#"raw "${x}" text"#         raw f-string: no escapes, `${ … }` still interpolates
//
// An interpolation is lexed as ordinary tokens up to the `}` that balances its
// `{` (nested braces, strings and f-strings included); the parser parses those
// tokens as one expression.
import { codePointName, isHexDigit, isWhitespace, MAX_FSTRING_NESTING, type LexState } from "./lex-state.js";
import type { FStringTokenPart, Token } from "./token.js";

type StringToken = Extract<Token, { kind: "string" | "fstring" }>;

/** Lexes the tokens of one interpolation body; provided by lexer.ts (it owns the token loop). */
export type InterpolationLexer = (st: LexState) => { tokens: Token[]; closed: boolean };

/** A normal string; the cursor is on the opening `"`. */
export function lexString(st: LexState, spaceBefore: boolean): StringToken {
  const start = st.pos;
  st.pos++;
  let value = "";
  for (;;) {
    if (st.atEnd) {
      st.error("unterminated string literal", start, st.pos);
      break;
    }
    const c = st.char();
    if (c === '"') {
      st.pos++;
      break;
    }
    if (c === "\\") value += lexEscape(st);
    else {
      value += c;
      st.pos++;
    }
  }
  return { kind: "string", value, start, end: st.pos, spaceBefore };
}

/** `r"…"` / `r#"…"#`; the cursor is on the `r`, `hashes` `#` follow it, then `"`. */
export function lexRawString(st: LexState, hashes: number, spaceBefore: boolean): StringToken {
  const start = st.pos;
  st.pos += 2 + hashes;
  const close = '"' + "#".repeat(hashes);
  const end = st.src.indexOf(close, st.pos);
  if (end < 0) {
    st.error(`unterminated raw string literal (expected \`${close}\`)`, start, st.src.length);
    const value = st.src.slice(st.pos);
    st.pos = st.src.length;
    return { kind: "string", value, start, end: st.pos, spaceBefore };
  }
  const value = st.src.slice(st.pos, end);
  st.pos = end + close.length;
  return { kind: "string", value, start, end: st.pos, spaceBefore };
}

/**
 * `f"…"` (hashes = 0) or `f#"…"#` (raw); the cursor is on the `f`. Text parts
 * are decoded (normal) or verbatim (raw); `${` starts an interpolation.
 */
export function lexFString(st: LexState, hashes: number, spaceBefore: boolean, lexInterpolation: InterpolationLexer): StringToken {
  const start = st.pos;
  st.pos += 2 + hashes;
  const raw = hashes > 0;
  const close = '"' + "#".repeat(hashes);
  const parts: FStringTokenPart[] = [];
  let text = "";
  let textStart = st.pos;
  const flush = (): void => {
    if (text !== "") parts.push({ kind: "text", value: text, start: textStart, end: st.pos });
    text = "";
  };
  for (;;) {
    if (st.atEnd) {
      st.error("unterminated f-string", start, st.pos);
      break;
    }
    if (st.src.startsWith(close, st.pos)) {
      flush();
      st.pos += close.length;
      break;
    }
    const c = st.char();
    if (c === "$" && st.char(1) === "{") {
      flush();
      const interpStart = st.pos;
      st.pos += 2;
      if (st.fstringDepth >= MAX_FSTRING_NESTING) {
        st.error(`f-strings nested more than ${MAX_FSTRING_NESTING} deep`, interpStart, st.pos);
        st.pos = st.src.length;
        break;
      }
      st.fstringDepth++;
      const { tokens, closed } = lexInterpolation(st);
      st.fstringDepth--;
      if (!closed) {
        st.error("unterminated interpolation `${` in f-string", interpStart, st.pos);
        break;
      }
      parts.push({ kind: "interp", tokens, start: interpStart, end: st.pos });
      textStart = st.pos;
      continue;
    }
    if (c === "\\" && !raw) {
      text += lexEscape(st);
      continue;
    }
    text += c;
    st.pos++;
  }
  return { kind: "fstring", parts, start, end: st.pos, spaceBefore };
}

/** One escape sequence; the cursor is on the backslash. Returns the decoded text. */
function lexEscape(st: LexState): string {
  const start = st.pos;
  const c = st.char(1);
  st.pos += 2;
  switch (c) {
    case "n":
      return "\n";
    case "r":
      return "\r";
    case "t":
      return "\t";
    case "b":
      return "\b";
    case "f":
      return "\f";
    case "\\":
      return "\\";
    case '"':
      return '"';
    case "/":
      return "/";
    case "u":
      return lexUnicodeEscape(st, start);
    case " ":
    case "\t":
    case "\n":
    case "\r":
      // Line continuation: `"alpha \⏎   beta"` → "alpha beta".
      while (isWhitespace(st.code())) st.pos++;
      return "";
    case "":
      st.pos = st.src.length;
      st.error("unterminated string literal", start, st.pos);
      return "";
    default: {
      const cp = st.src.codePointAt(start + 1) ?? 0;
      st.pos = start + 1 + (cp > 0xffff ? 2 : 1);
      st.error(`unknown escape \`\\${String.fromCodePoint(cp)}\` (${codePointName(cp)})`, start, st.pos);
      return "";
    }
  }
}

/** `\uXXXX` (exactly four hex digits) or `\u{X…}` (one to six); the cursor is after `\u`. */
function lexUnicodeEscape(st: LexState, start: number): string {
  let hex = "";
  if (st.char() === "{") {
    st.pos++;
    while (isHexDigit(st.code()) && hex.length < 7) hex += st.char(), st.pos++;
    if (st.char() !== "}" || hex.length === 0 || hex.length > 6) {
      st.error("`\\u{…}` needs one to six hex digits and a closing `}`", start, st.pos);
      return "";
    }
    st.pos++;
  } else {
    for (let i = 0; i < 4 && isHexDigit(st.code()); i++) hex += st.char(), st.pos++;
    if (hex.length !== 4) {
      st.error("`\\u` needs exactly four hex digits (or `\\u{…}`)", start, st.pos);
      return "";
    }
  }
  const cp = parseInt(hex, 16);
  if (cp >= 0xd800 && cp <= 0xdfff) {
    st.error(`\`\\u\` escape names a surrogate (${codePointName(cp)}), which is not a character`, start, st.pos);
    return "";
  }
  if (cp > 0x10ffff) {
    st.error(`\`\\u\` escape is above U+10FFFF`, start, st.pos);
    return "";
  }
  return String.fromCodePoint(cp);
}
