// Source positions. Lines and columns are 1-based; columns count Unicode code
// points of the line (what an editor shows); offsets are 0-based UTF-16 indices
// into the source string as JavaScript holds it.

export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** A half-open range [start, end) in one source file. */
export interface Span {
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
}
