// Untyped AST → typed program (or diagnostics). Phases: declarations (global
// scope, schema/enum types, predicates, #main), then the root expression with
// the declared result type as its expected type, then the result checks
// (MainReturnTypeMismatch, projectability). A program is returned only when
// there is no diagnostic at all.
import type { Diagnostic } from "@tetra/core";
import type { Document } from "../ast.js";
import { checkExpr } from "./check-expr.js";
import { coerce } from "./coerce.js";
import { Analyzer } from "./context.js";
import { installDeclarations } from "./declarations.js";
import { closureInInput, closureInResult } from "./projectable.js";
import type { TypedProgram } from "./typed-ast.js";

export interface AnalyzeResult {
  /** Present exactly when `diagnostics` is empty. */
  readonly program?: TypedProgram;
  readonly diagnostics: readonly Diagnostic[];
}

export function analyze(doc: Document): AnalyzeResult {
  const a = new Analyzer(doc);
  const decls = installDeclarations(a, doc);
  const declared = decls.main?.result;
  for (const p of decls.main?.params ?? []) {
    if (closureInInput(p.type)) a.error("StaticTypeMismatch", `the \`#main\` parameter \`${p.name}\` cannot be a closure: arguments come from JSON`, p.span);
  }
  let root = checkExpr(a, doc.root, decls.mainCtx, declared);
  if (declared !== undefined) {
    root = coerce(a, root, declared, { code: "MainReturnTypeMismatch", what: "the document's result does not fit `#main -> …`", failure: "MainReturnTypeMismatch" });
  }
  const resultType = declared ?? root.type;
  const closure = closureInResult(resultType);
  if (closure !== undefined) a.error("StaticTypeMismatch", `${closure}; closures cannot be part of the JSON result`, root.span);
  const diagnostics = [...a.diagnostics].sort((x, y) => (x.span?.start.offset ?? 0) - (y.span?.start.offset ?? 0));
  if (diagnostics.length > 0) return { diagnostics };
  const main = decls.main === null ? null : { params: decls.main.params, ...(declared !== undefined ? { result: declared } : {}), span: decls.main.span };
  const program: TypedProgram = {
    file: doc.file,
    source: doc.source,
    main,
    schemas: decls.schemas,
    enums: decls.enums,
    root,
    resultType,
    bindings: a.bindings,
  };
  return { program, diagnostics: [] };
}
