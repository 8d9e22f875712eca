// The parser's cursor over a token list, with error reporting, recovery and a
// nesting guard. The grammar itself lives in parse-*.ts as functions taking a
// `Parser`; this file holds only the state they share.
//
// Recovery: an error never stops parsing. Lists, dicts, argument lists and arm
// lists skip to the next `,` or their closing bracket (`skipUntil`) and go on,
// so `{ a: 1 +, b: ]` reports both problems. Two errors at the same token are
// reported once, and after MAX_ERRORS the rest are dropped.
//
// Nesting guard: the typed-AST passes recurse over the tree, so the parser
// refuses trees deeper than MAX_NESTING (`((((…))))` ten thousand deep, or a
// ten-thousand-term `1 + 1 + …` chain) with one diagnostic instead of letting a
// later pass overflow the JavaScript stack.
import { diagnostic, type Diagnostic, type Span } from "@tetra/core";
import type { SourceMap } from "./source-map.js";
import { describeToken, type Punct, type Token } from "./token.js";

export const MAX_NESTING = 160;
const MAX_ERRORS = 40;

type PunctToken = Extract<Token, { kind: "punct" }>;
type IdentToken = Extract<Token, { kind: "ident" }>;

export class Parser {
  private index = 0;
  private lastErrorAt = -1;
  /** Current nesting (recursion plus folded operator chains). */
  depth: number;
  private tooDeepReported = false;
  /** Closing brackets of the constructs being parsed, innermost last (for recovery). */
  private readonly closers: Punct[] = [];
  /** After a lexer error (an unterminated string…), "found end of input" errors are cascades. */
  quietAtEnd = false;

  constructor(
    private readonly tokens: readonly Token[],
    readonly map: SourceMap,
    readonly diagnostics: Diagnostic[],
    depth = 0,
  ) {
    this.depth = depth;
  }

  // ------------------------------------------------------------ cursor

  peek(ahead = 0): Token {
    const i = Math.min(this.index + ahead, this.tokens.length - 1);
    return this.tokens[i]!;
  }

  next(): Token {
    const t = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return t;
  }

  /** The token before the cursor (for span ends). */
  get previous(): Token {
    return this.tokens[Math.max(0, this.index - 1)]!;
  }

  get position(): number {
    return this.index;
  }

  get atEnd(): boolean {
    return this.peek().kind === "eof";
  }

  isPunct(op: Punct, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.kind === "punct" && t.op === op;
  }

  isIdent(name?: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.kind === "ident" && (name === undefined || t.name === name);
  }

  eatPunct(op: Punct): PunctToken | undefined {
    const t = this.peek();
    if (t.kind === "punct" && t.op === op) {
      this.next();
      return t;
    }
    return undefined;
  }

  eatIdent(name: string): IdentToken | undefined {
    const t = this.peek();
    if (t.kind === "ident" && t.name === name) {
      this.next();
      return t;
    }
    return undefined;
  }

  /** Consumes `op` or reports "expected `op` <context>, found …" (not consuming). */
  expectPunct(op: Punct, context: string): boolean {
    if (this.eatPunct(op) !== undefined) return true;
    this.errorAtToken(`expected \`${op}\` ${context}, found ${describeToken(this.peek())}`);
    return false;
  }

  // ------------------------------------------------------------ spans

  span(start: number, end: number): Span {
    return this.map.span(start, end);
  }

  /** From the start of `first` to the end of the last consumed token. */
  spanFrom(first: Token | number): Span {
    const start = typeof first === "number" ? first : first.start;
    return this.map.span(start, Math.max(start, this.previous.end));
  }

  tokenSpan(t: Token): Span {
    return this.map.span(t.start, t.end);
  }

  // ------------------------------------------------------------ errors

  errorAtToken(message: string, t: Token = this.peek()): void {
    this.error(message, this.tokenSpan(t));
  }

  error(message: string, span: Span, code = "Parse"): void {
    if (span.start.offset === this.lastErrorAt) return;
    if (this.quietAtEnd && span.start.offset >= this.map.source.length) return;
    this.lastErrorAt = span.start.offset;
    if (this.diagnostics.length >= MAX_ERRORS) return;
    this.diagnostics.push(diagnostic(code, message, span));
  }

  /** A LATER construct (§0.2): recognised and rejected with a static error. */
  unsupported(what: string, span: Span): void {
    this.error(`${what} is not supported (LATER in the language reference)`, span, "Unsupported");
  }

  // ------------------------------------------------------------ recovery

  /**
   * Skips tokens until one of `stops` at bracket depth 0, a closing bracket
   * that closes an enclosing construct, or the end. Does not consume the stop.
   * A stray closing bracket that nothing open expects is skipped (`{ b: ], c: 1 }`).
   */
  skipUntil(stops: readonly Punct[]): void {
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === "eof") return;
      if (t.kind === "punct") {
        if (depth === 0 && stops.includes(t.op)) return;
        if (t.op === "(" || t.op === "[" || t.op === "{") depth++;
        if (t.op === ")" || t.op === "]" || t.op === "}") {
          if (depth === 0 && this.closers.includes(t.op)) return;
          if (depth > 0) depth--;
        }
      }
      this.next();
    }
  }

  /** Runs `parse` as a construct closed by `closer` (so recovery inside stops there). */
  within<T>(closer: Punct, parse: () => T): T {
    this.closers.push(closer);
    try {
      return parse();
    } finally {
      this.closers.pop();
    }
  }

  // ------------------------------------------------------------ nesting

  /** Enters one nesting level; false (after one diagnostic) when the limit is reached. */
  enter(): boolean {
    if (this.depth >= MAX_NESTING) {
      if (!this.tooDeepReported) {
        this.tooDeepReported = true;
        this.diagnostics.push(diagnostic("Parse", `expression nested more than ${MAX_NESTING} levels deep`, this.tokenSpan(this.peek())));
      }
      // Stop parsing: everything that follows is abandoned.
      while (!this.atEnd) this.next();
      return false;
    }
    this.depth++;
    return true;
  }

  leave(levels = 1): void {
    this.depth -= levels;
  }
}
