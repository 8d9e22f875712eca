// Source text → untyped AST plus `Parse` diagnostics (and `Unsupported` ones
// for LATER syntax). Never throws on any input.
import type { Diagnostic } from "@tetra/core";
import type { Document } from "../ast.js";
import { lex } from "./lexer.js";
import { parseDocument } from "./parse-directive.js";
import { Parser } from "./parser.js";
import type { SourceMap } from "./source-map.js";

export interface ParseResult {
  readonly document: Document;
  /** Empty when the document is syntactically valid. */
  readonly diagnostics: readonly Diagnostic[];
  readonly map: SourceMap;
}

export function parse(source: string, file = "<input>"): ParseResult {
  const lexed = lex(source, file);
  const diagnostics = [...lexed.diagnostics];
  const parser = new Parser(lexed.tokens, lexed.map, diagnostics);
  parser.quietAtEnd = lexed.diagnostics.length > 0;
  const document = parseDocument(parser, file, source);
  diagnostics.sort((a, b) => (a.span?.start.offset ?? 0) - (b.span?.start.offset ?? 0));
  return { document, diagnostics, map: lexed.map };
}
