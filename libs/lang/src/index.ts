// @tetra/lang: the front end (lexer, parser, analyzer), the typed AST and the
// tree-walk evaluator with the standard library. docs/frontend.md describes
// the phases and the typed AST.
import type { Diagnostic } from "@tetra/core";
import { analyze } from "./analyze/analyzer.js";
import type { TypedProgram } from "./analyze/typed-ast.js";
import { parse } from "./syntax/parse.js";

export type * from "./ast.js";
export { parse, type ParseResult } from "./syntax/parse.js";
export { analyze, type AnalyzeResult } from "./analyze/analyzer.js";
export type * from "./analyze/typed-ast.js";
export { evaluate, type EvalOutcome, type EvaluateOptions } from "./eval/evaluate.js";
export { DEFAULT_TREE_WALK_FUEL, MAX_CALL_DEPTH } from "./eval/interpreter.js";
export { MAX_OUTPUT_NODES } from "./eval/evaluate.js";
export { renderDiagnostic, renderDiagnostics, renderRuntimeError, type RenderOptions } from "./diagnostics/render.js";
export { type Type, type RecordFieldType, type SchemaFieldType, type VariantType, type VariantPayloadType, printType, T } from "./types/type.js";
export { typeEquals, isAssignable, joinTypes, projectedFields } from "./types/type-relations.js";
export { typeToShape } from "./types/type-to-shape.js";
export { INTRINSICS, type IntrinsicId, type IntrinsicInfo } from "./stdlib/intrinsics.js";
export { languageEquals, toText, typeName } from "./eval/value-ops.js";

export type CheckResult = { readonly ok: true; readonly program: TypedProgram } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Parse and analyze one document. Parse errors stop before analysis; a
 * program is returned only when there is no diagnostic.
 */
export function check(source: string, file = "<input>"): CheckResult {
  const parsed = parse(source, file);
  if (parsed.diagnostics.length > 0) return { ok: false, diagnostics: parsed.diagnostics };
  const analyzed = analyze(parsed.document);
  if (analyzed.program === undefined) return { ok: false, diagnostics: analyzed.diagnostics };
  return { ok: true, program: analyzed.program };
}
export { runSource, outcomeErrorKind, errorKindMatches, type RunOutcome } from "./run.js";
export { lowerProgram, type LowerOptions } from "./lower/index.js";
export { childrenOf } from "./lower/walk.js";
