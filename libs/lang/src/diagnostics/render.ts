// Diagnostics rendered like a modern compiler:
//
//   error[StaticTypeMismatch]: field `port` is declared Int but its value is String
//    --> app.relon:1:13
//     |
//   1 | { Int port: "8080" }
//     |             ^^^^^^
//     = note: write the number without quotes
//
// Colours (ANSI) only when asked for. Columns count code points (Span), tabs
// are shown as four spaces and the carets follow them.
import type { Diagnostic, Span } from "@tetra/core";

export interface RenderOptions {
  /** ANSI colours (only on a terminal). */
  readonly color?: boolean;
}

interface Palette {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly note: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly gutter: (s: string) => string;
}

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const COLOR: Palette = { error: ansi("1;31"), warning: ansi("1;33"), note: ansi("1;36"), bold: ansi("1"), gutter: ansi("1;34") };
const PLAIN: Palette = { error: (s) => s, warning: (s) => s, note: (s) => s, bold: (s) => s, gutter: (s) => s };

/** One diagnostic; `source` is the text of the span's file (the excerpt is left out without it). */
export function renderDiagnostic(d: Diagnostic, source: string | undefined, options: RenderOptions = {}): string {
  const c = options.color === true ? COLOR : PLAIN;
  const paint = d.severity === "error" ? c.error : d.severity === "warning" ? c.warning : c.note;
  const lines = [`${paint(`${d.severity}[${d.code}]`)}${c.bold(`: ${d.message}`)}`];
  lines.push(...renderLocation(d.span, source, c, paint));
  for (const n of d.notes) {
    lines.push(`${c.gutter("  =")} ${c.bold("note")}: ${n.message}${n.span !== undefined ? ` (${n.span.file}:${n.span.start.line}:${n.span.start.column})` : ""}`);
  }
  return lines.join("\n") + "\n";
}

/** Several diagnostics separated by blank lines. */
export function renderDiagnostics(ds: readonly Diagnostic[], source: string | undefined, options: RenderOptions = {}): string {
  return ds.map((d) => renderDiagnostic(d, source, options)).join("\n");
}

/** ` --> file:line:col`, the source line and carets under the span. */
export function renderLocation(
  span: Span | undefined,
  source: string | undefined,
  c: Palette = PLAIN,
  paint: (s: string) => string = (s) => s,
): string[] {
  if (span === undefined) return [];
  const out = [`${c.gutter(" -->")} ${span.file}:${span.start.line}:${span.start.column}`];
  if (source === undefined) return out;
  const lineText = sourceLine(source, span.start.line);
  if (lineText === undefined) return out;
  const cps = [...lineText];
  const startCol = Math.min(span.start.column - 1, cps.length);
  const endCol = span.end.line === span.start.line ? Math.min(span.end.column - 1, cps.length) : cps.length;
  const shown = cps.map((ch) => (ch === "\t" ? "    " : ch));
  const width = (from: number, to: number): number => shown.slice(from, to).reduce((n, s) => n + [...s].length, 0);
  const pad = " ".repeat(width(0, startCol));
  const carets = "^".repeat(Math.max(1, width(startCol, endCol)));
  const num = String(span.start.line);
  const gutter = " ".repeat(num.length);
  out[0] = `${gutter}${c.gutter("-->")} ${span.file}:${span.start.line}:${span.start.column}`;
  out.push(`${gutter} ${c.gutter("|")}`);
  out.push(`${c.gutter(num)} ${c.gutter("|")} ${shown.join("")}`);
  out.push(`${gutter} ${c.gutter("|")} ${pad}${paint(carets)}`);
  return out;
}

function sourceLine(source: string, line: number): string | undefined {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  const nl = source.indexOf("\n", start);
  const text = source.slice(start, nl < 0 ? source.length : nl);
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

/**
 * A runtime error: `error: DivisionByZero: division by zero` followed by the
 * location and excerpt of the operation that raised it.
 */
export function renderRuntimeError(
  error: { readonly kind: string; readonly message: string; readonly span?: Span },
  source: string | undefined,
  options: RenderOptions = {},
): string {
  const c = options.color === true ? COLOR : PLAIN;
  const lines = [`${c.error("error")}${c.bold(`: ${error.kind}: ${error.message}`)}`, ...renderLocation(error.span, source, c, c.error)];
  return lines.join("\n") + "\n";
}
