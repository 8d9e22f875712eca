// Offsets → positions and spans. Lines and columns are 1-based; a column counts
// Unicode code points from the start of its line (what an editor shows), so
// `"é" x` puts `x` at column 5 even though "é" may be two UTF-16 units elsewhere.
// Only LF ends a line (§1.1: line terminators are LF or CR LF).
import type { Position, Span } from "@tetra/core";

export class SourceMap {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    readonly source: string,
  ) {
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo]!;
    let column = 1;
    for (let i = lineStart; i < o; i++) {
      const u = this.source.charCodeAt(i);
      // The second unit of a surrogate pair does not start a new code point.
      if (!(u >= 0xdc00 && u <= 0xdfff && i > lineStart && isHigh(this.source.charCodeAt(i - 1)))) column++;
    }
    return { offset: o, line: lo + 1, column };
  }

  span(start: number, end: number): Span {
    return { file: this.file, start: this.position(start), end: this.position(Math.max(start, end)) };
  }
}

function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

/** The smallest span covering both (same file assumed). */
export function joinSpans(a: Span, b: Span): Span {
  const start = a.start.offset <= b.start.offset ? a.start : b.start;
  const end = a.end.offset >= b.end.offset ? a.end : b.end;
  return { file: a.file, start, end };
}
