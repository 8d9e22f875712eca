// RFC 8259 JSON text → exact `JsonValue` tree (json-value.ts).
//
// Strict on purpose, because arguments must mean the same thing on every target:
//   * no BOM, no comments, no trailing commas, no `NaN`/`Infinity`, no leading `+`
//     or zeros (`01`), no `.5` or `5.`;
//   * strings must be well-formed Unicode: a `\uD83D` escape must be followed by a
//     low-surrogate escape (`"\uD83D\uDE00"` is 😀, `"\uD83D"` alone is an error),
//     raw control characters (U+0000–U+001F) must be escaped;
//   * nesting is bounded (default 512 levels) so hostile input like `[[[[…` gets an
//     error, not a stack overflow.
// Errors carry a 1-based line and column (columns count code points, as span.ts).
import { err, ok, type Result } from "../result.js";
import type { JsonMember, JsonValue } from "./json-value.js";

export const DEFAULT_MAX_JSON_DEPTH = 512;

export interface JsonSyntaxError {
  /** What is wrong, without position: `expected ',' or '}' after an object member, got 'x'`. */
  readonly reason: string;
  /** 0-based UTF-16 index of the offending character. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** `line 1, column 9: expected ',' or '}' after an object member, got 'x'`. */
  readonly message: string;
}

export interface ParseJsonOptions {
  /** Arrays and objects nested deeper than this are an error (default 512). */
  readonly maxDepth?: number;
}

/** Parses one JSON text: `parseJson('{"a": [1, 2.5]}')`. */
export function parseJson(text: string, options: ParseJsonOptions = {}): Result<JsonValue, JsonSyntaxError> {
  const parser = new JsonParser(text, options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH);
  try {
    return ok(parser.parseDocument());
  } catch (e) {
    if (e instanceof SyntaxFault) return err(syntaxError(text, e.offset, e.reason));
    throw e;
  }
}

/** Thrown inside the parser only; `parseJson` turns it into a `JsonSyntaxError` value. */
class SyntaxFault {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

function syntaxError(text: string, offset: number, reason: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const u = text.charCodeAt(i);
    // A surrogate pair is one code point: count it at its high half only.
    if (!(u >= 0xdc00 && u <= 0xdfff && i > lineStart && isHigh(text.charCodeAt(i - 1)))) column++;
  }
  return { reason, offset, line, column, message: `line ${line}, column ${column}: ${reason}` };
}

function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function isLow(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

function isDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}

function hexValue(u: number): number {
  if (u >= 0x30 && u <= 0x39) return u - 0x30;
  if (u >= 0x61 && u <= 0x66) return u - 0x57;
  if (u >= 0x41 && u <= 0x46) return u - 0x37;
  return -1;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class JsonParser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  parseDocument(): JsonValue {
    if (this.text.charCodeAt(0) === 0xfeff) throw new SyntaxFault(0, "a byte order mark (U+FEFF) is not allowed before JSON text");
    this.skipWhitespace();
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) throw this.fault(`unexpected ${this.describeHere()} after the JSON value`);
    return value;
  }

  private fault(reason: string, at = this.pos): SyntaxFault {
    return new SyntaxFault(at, reason);
  }

  /** `'x'`, `U+0007` for invisible characters, or `end of input`. */
  private describeHere(): string {
    if (this.pos >= this.text.length) return "end of input";
    const cp = this.text.codePointAt(this.pos)!;
    if (cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfeff) {
      return `character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    }
    return `'${String.fromCodePoint(cp)}'`;
  }

  private skipWhitespace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const u = t.charCodeAt(this.pos);
      if (u !== 0x20 && u !== 0x0a && u !== 0x0d && u !== 0x09) break;
      this.pos++;
    }
  }

  private parseValue(): JsonValue {
    const u = this.text.charCodeAt(this.pos);
    switch (u) {
      case 0x7b: // {
        return this.parseObject();
      case 0x5b: // [
        return this.parseArray();
      case 0x22: // "
        return { kind: "string", value: this.parseString() };
      case 0x74: // t
        return this.parseLiteral("true", { kind: "bool", value: true });
      case 0x66: // f
        return this.parseLiteral("false", { kind: "bool", value: false });
      case 0x6e: // n
        return this.parseLiteral("null", { kind: "null" });
      default:
        if (u === 0x2d || isDigit(u)) return this.parseNumber();
        throw this.fault(`expected a JSON value, got ${this.describeHere()}`);
    }
  }

  private parseLiteral(word: string, value: JsonValue): JsonValue {
    if (!this.text.startsWith(word, this.pos)) {
      throw this.fault(`expected a JSON value, got ${this.describeHere()} (did you mean ${word}?)`);
    }
    this.pos += word.length;
    return value;
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) throw this.fault(`arrays and objects are nested deeper than ${this.maxDepth} levels`);
  }

  private parseArray(): JsonValue {
    this.enter();
    this.pos++; // [
    const items: JsonValue[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      this.depth--;
      return { kind: "array", items };
    }
    for (;;) {
      this.skipWhitespace();
      items.push(this.parseValue());
      this.skipWhitespace();
      const u = this.text.charCodeAt(this.pos);
      if (u === 0x2c) {
        this.pos++;
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) === 0x5d) throw this.fault("trailing comma before ']' is not allowed");
        continue;
      }
      if (u === 0x5d) {
        this.pos++;
        this.depth--;
        return { kind: "array", items };
      }
      throw this.fault(`expected ',' or ']' after an array element, got ${this.describeHere()}`);
    }
  }

  private parseObject(): JsonValue {
    this.enter();
    this.pos++; // {
    const members: JsonMember[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      this.depth--;
      return { kind: "object", members };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x22) {
        throw this.fault(`expected a string key in an object, got ${this.describeHere()}`);
      }
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x3a) throw this.fault(`expected ':' after an object key, got ${this.describeHere()}`);
      this.pos++;
      this.skipWhitespace();
      members.push({ key, value: this.parseValue() });
      this.skipWhitespace();
      const u = this.text.charCodeAt(this.pos);
      if (u === 0x2c) {
        this.pos++;
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) === 0x7d) throw this.fault("trailing comma before '}' is not allowed");
        continue;
      }
      if (u === 0x7d) {
        this.pos++;
        this.depth--;
        return { kind: "object", members };
      }
      throw this.fault(`expected ',' or '}' after an object member, got ${this.describeHere()}`);
    }
  }

  /**
   * `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, with a message per way of
   * failing: `01` (leading zero), `1.` (no fraction digits), `1e` (no exponent digits), `-` alone.
   */
  private parseNumber(): JsonValue {
    const t = this.text;
    const start = this.pos;
    let exact = true;
    if (t.charCodeAt(this.pos) === 0x2d) this.pos++;
    const intStart = this.pos;
    if (t.charCodeAt(this.pos) === 0x30) {
      this.pos++;
      if (isDigit(t.charCodeAt(this.pos))) throw this.fault("leading zeros are not allowed in a number", intStart);
    } else if (isDigit(t.charCodeAt(this.pos))) {
      while (isDigit(t.charCodeAt(this.pos))) this.pos++;
    } else {
      throw this.fault(`expected a digit after '-', got ${this.describeHere()}`);
    }
    if (t.charCodeAt(this.pos) === 0x2e) {
      exact = false;
      this.pos++;
      if (!isDigit(t.charCodeAt(this.pos))) throw this.fault(`expected a digit after '.', got ${this.describeHere()}`);
      while (isDigit(t.charCodeAt(this.pos))) this.pos++;
    }
    const e = t.charCodeAt(this.pos);
    if (e === 0x65 || e === 0x45) {
      exact = false;
      this.pos++;
      const sign = t.charCodeAt(this.pos);
      if (sign === 0x2b || sign === 0x2d) this.pos++;
      if (!isDigit(t.charCodeAt(this.pos))) throw this.fault(`expected a digit in the exponent, got ${this.describeHere()}`);
      while (isDigit(t.charCodeAt(this.pos))) this.pos++;
    }
    const text = t.slice(start, this.pos);
    return { kind: "number", text, integer: exact ? BigInt(text) : null };
  }

  /** A string starting at the opening quote; returns its value. */
  private parseString(): string {
    const t = this.text;
    this.pos++; // "
    let out = "";
    let runStart = this.pos;
    for (;;) {
      if (this.pos >= t.length) throw this.fault("unterminated string", this.pos);
      const u = t.charCodeAt(this.pos);
      if (u === 0x22) {
        out += t.slice(runStart, this.pos);
        this.pos++;
        return out;
      }
      if (u === 0x5c) {
        out += t.slice(runStart, this.pos);
        out += this.parseEscape();
        runStart = this.pos;
        continue;
      }
      if (u < 0x20) {
        throw this.fault(`${this.describeHere()} must be escaped in a string`);
      }
      if (u >= 0xd800 && u <= 0xdfff) {
        // Raw surrogates only reach us when the caller built the string in JS; a pair is fine.
        if (isHigh(u) && isLow(t.charCodeAt(this.pos + 1))) {
          this.pos += 2;
          continue;
        }
        throw this.fault(`unpaired surrogate U+${hex4(u)} in a string`);
      }
      this.pos++;
    }
  }

  /** One escape starting at the backslash; surrogate pairs are consumed as a unit. */
  private parseEscape(): string {
    const t = this.text;
    const at = this.pos;
    const c = t[this.pos + 1];
    if (c === undefined) throw this.fault("unterminated string", this.pos + 1);
    if (c !== "u") {
      const simple = SIMPLE_ESCAPES[c];
      if (simple === undefined) {
        this.pos++;
        throw this.fault(`invalid escape '\\${String.fromCodePoint(t.codePointAt(this.pos)!)}' in a string`, at);
      }
      this.pos += 2;
      return simple;
    }
    const unit = this.parseHex4(at);
    if (isLow(unit)) throw this.fault(`lone surrogate escape \\u${hex4(unit)} in a string`, at);
    if (!isHigh(unit)) return String.fromCharCode(unit);
    if (t.charCodeAt(this.pos) !== 0x5c || t.charCodeAt(this.pos + 1) !== 0x75) {
      throw this.fault(`lone surrogate escape \\u${hex4(unit)} in a string (a high surrogate must be followed by a \\u low-surrogate escape)`, at);
    }
    const lowAt = this.pos;
    const low = this.parseHex4(lowAt);
    if (!isLow(low)) {
      throw this.fault(`lone surrogate escape \\u${hex4(unit)} in a string (followed by \\u${hex4(low)}, not a low surrogate)`, at);
    }
    return String.fromCharCode(unit, low);
  }

  /** `\uXXXX` at `at` (the backslash); advances past it. */
  private parseHex4(at: number): number {
    let v = 0;
    for (let i = 0; i < 4; i++) {
      const d = hexValue(this.text.charCodeAt(at + 2 + i));
      if (d < 0) {
        this.pos = at + 2 + i;
        throw this.fault(`expected 4 hex digits after '\\u', got ${this.describeHere()}`, at + 2 + i);
      }
      v = v * 16 + d;
    }
    this.pos = at + 6;
    return v;
  }
}

function hex4(u: number): string {
  return u.toString(16).toUpperCase().padStart(4, "0");
}
