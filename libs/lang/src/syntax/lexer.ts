// The token loop (§1): whitespace and comments, identifiers, directives,
// punctuation, and dispatch to the number and string scanners. `lex` never
// throws: every problem becomes a `Parse` diagnostic and lexing continues
// with the next character.
import type { Diagnostic } from "@tetra/core";
import { codePointName, isDigit, isIdentChar, isIdentStart, isWhitespace, LexState } from "./lex-state.js";
import { lexNumber } from "./lex-number.js";
import { lexFString, lexRawString, lexString } from "./lex-string.js";
import { SourceMap } from "./source-map.js";
import type { Punct, Token } from "./token.js";

export interface LexResult {
  readonly tokens: readonly Token[];
  readonly diagnostics: readonly Diagnostic[];
  readonly map: SourceMap;
}

export function lex(source: string, file: string): LexResult {
  const map = new SourceMap(file, source);
  const st = new LexState(source, map);
  if (source.charCodeAt(0) === 0xfeff) {
    st.error("a byte-order mark is not allowed at the start of a document", 0, 1);
    st.pos = 1;
  }
  const { tokens } = lexTokens(st, false);
  return { tokens, diagnostics: st.diagnostics, map };
}

/**
 * Tokens up to the end of input, or — inside an f-string interpolation — up to
 * the `}` that balances the `${`. The closing `}` is consumed and replaced by
 * an `eof` token so the parser sees the interpolation as a complete input.
 */
function lexTokens(st: LexState, untilBrace: boolean): { tokens: Token[]; closed: boolean } {
  const tokens: Token[] = [];
  let depth = 0;
  for (;;) {
    const spaceBefore = skipTrivia(st);
    if (st.atEnd) {
      tokens.push({ kind: "eof", start: st.pos, end: st.pos, spaceBefore });
      return { tokens, closed: !untilBrace };
    }
    const c = st.code();
    if (untilBrace && c === 125 /* } */ && depth === 0) {
      tokens.push({ kind: "eof", start: st.pos, end: st.pos, spaceBefore });
      st.pos++;
      return { tokens, closed: true };
    }
    const prev = tokens[tokens.length - 1];
    const tok = lexToken(st, spaceBefore, prev !== undefined && prev.kind === "punct" && prev.op === ".");
    if (tok === undefined) continue;
    if (tok.kind === "punct" && tok.op === "{") depth++;
    if (tok.kind === "punct" && tok.op === "}") depth--;
    tokens.push(tok);
  }
}

const interpolationLexer = (st: LexState): { tokens: Token[]; closed: boolean } => lexTokens(st, true);

function lexToken(st: LexState, spaceBefore: boolean, afterDot: boolean): Token | undefined {
  const start = st.pos;
  const c = st.code();
  if (isDigit(c)) return lexNumber(st, spaceBefore, afterDot);
  if (c === 34 /* " */) return lexString(st, spaceBefore);
  if (isIdentStart(c)) {
    const hashes = countHashesThenQuote(st, 1);
    if (hashes >= 0 && c === 114 /* r */) return lexRawString(st, hashes, spaceBefore);
    if (hashes >= 0 && c === 102 /* f */) return lexFString(st, hashes, spaceBefore, interpolationLexer);
    while (isIdentChar(st.code())) st.pos++;
    const name = st.src.slice(start, st.pos);
    if (name === "_") return { kind: "wildcard", start, end: st.pos, spaceBefore };
    return { kind: "ident", name, start, end: st.pos, spaceBefore };
  }
  if (c === 35 /* # */ && isIdentStart(st.code(1))) {
    st.pos++;
    while (isIdentChar(st.code())) st.pos++;
    return { kind: "directive", name: st.src.slice(start + 1, st.pos), start, end: st.pos, spaceBefore };
  }
  const op = matchPunct(st);
  if (op !== undefined) {
    st.pos += op.length;
    return { kind: "punct", op, start, end: st.pos, spaceBefore };
  }
  const cp = st.src.codePointAt(start) ?? 0;
  st.pos += cp > 0xffff ? 2 : 1;
  const shown = cp >= 0x20 && cp !== 0x7f ? ` \`${String.fromCodePoint(cp)}\`` : "";
  st.error(`unexpected character${shown} (${codePointName(cp)})`, start, st.pos);
  return undefined;
}

/**
 * For a possible string prefix `r`/`f` at pos: the number of `#` between the
 * prefix and a `"`, or -1 when the prefix is not followed by `#*"` or is part
 * of a longer identifier (`rate"` is the identifier `rate`).
 */
function countHashesThenQuote(st: LexState, offset: number): number {
  let i = offset;
  while (st.code(i) === 35) i++;
  return st.code(i) === 34 ? i - offset : -1;
}

const THREE: readonly Punct[] = ["..."];
const TWO: readonly Punct[] = ["==", "!=", "<=", ">=", "&&", "||", "=>", "->", "++", "??"];
const ONE = new Set<string>(["{", "}", "[", "]", "(", ")", ",", ":", ".", "@", "#", "&", "?", "=", "<", ">", "+", "-", "*", "/", "%", "!", "|"]);

function matchPunct(st: LexState): Punct | undefined {
  for (const p of THREE) if (st.src.startsWith(p, st.pos)) return p;
  for (const p of TWO) if (st.src.startsWith(p, st.pos)) return p;
  // `a?.b` is LATER optional chaining; `c ?.5 : x` stays `?` then a parse error at `.5`.
  if (st.char() === "?" && st.char(1) === "." && isIdentStart(st.code(2))) return "?.";
  const c = st.char();
  return ONE.has(c) ? (c as Punct) : undefined;
}

/** Skips whitespace and comments; true when anything was skipped. */
function skipTrivia(st: LexState): boolean {
  const start = st.pos;
  for (;;) {
    const c = st.code();
    if (isWhitespace(c)) st.pos++;
    else if (c === 47 /* / */ && st.code(1) === 47) {
      const nl = st.src.indexOf("\n", st.pos);
      st.pos = nl < 0 ? st.src.length : nl;
    } else if (c === 47 && st.code(1) === 42 /* * */) {
      // Block comments do not nest; an unclosed one runs to the end (§1.2).
      const close = st.src.indexOf("*/", st.pos + 2);
      st.pos = close < 0 ? st.src.length : close + 2;
    } else return st.pos > start;
  }
}
