// The lexer's cursor over the source text, shared by the token loop
// (lexer.ts) and the scanners for numbers (lex-number.ts) and strings
// (lex-string.ts). Errors are collected as `Parse` diagnostics; the lexer
// never throws on bad input.
import { diagnostic, type Diagnostic } from "@tetra/core";
import type { SourceMap } from "./source-map.js";

/** Nested f-strings (`f"${f"${…}"}"`) deeper than this are refused instead of recursing further. */
export const MAX_FSTRING_NESTING = 32;

export class LexState {
  pos = 0;
  /** How many f-string interpolations enclose the cursor. */
  fstringDepth = 0;
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly src: string,
    readonly map: SourceMap,
  ) {}

  get atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  /** The UTF-16 unit at pos + ahead, or -1 past the end. */
  code(ahead = 0): number {
    const i = this.pos + ahead;
    return i < this.src.length ? this.src.charCodeAt(i) : -1;
  }

  char(ahead = 0): string {
    return this.src.charAt(this.pos + ahead);
  }

  error(message: string, start: number, end: number = start + 1): void {
    this.diagnostics.push(diagnostic("Parse", message, this.map.span(start, Math.min(end, this.src.length))));
  }
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isIdentChar(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

/** §1.2: only space, tab, LF and CR are whitespace. */
export function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** `U+00E9` for messages about characters. */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}
