// The compiled form of a module: plain data (text and JSON-able metadata), so it
// can be cached by content hash, shipped, or written out as an ES module.
import type { ResultType, ValType } from "@tetra/ir";

export const JS_ARTIFACT_FORMAT = "tetra-js/1";

export interface JsExportInfo {
  readonly name: string;
  readonly params: readonly ValType[];
  readonly result: ResultType;
}

export interface JsArtifact {
  readonly format: typeof JS_ARTIFACT_FORMAT;
  /** The body of `function ($host)` returning `{ run, invoke }` (emitJs). */
  readonly source: string;
  readonly entry: string | null;
  readonly exports: readonly JsExportInfo[];
}
