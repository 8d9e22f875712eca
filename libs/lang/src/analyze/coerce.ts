// Putting a typed expression where a type is expected: equal types pass
// through, assignable ones get an explicit Coerce node (typed-ast.ts documents
// its meaning), anything else is a diagnostic with the caller's code.
import type { DiagnosticNote } from "@tetra/core";
import { isAssignable, recordFitsSchema, typeEquals } from "../types/type-relations.js";
import { printType, type Type } from "../types/type.js";
import type { Analyzer } from "./context.js";
import type { CoerceFailure, TExpr } from "./typed-ast.js";

export interface CoerceSite {
  /** Diagnostic code when the types do not fit (StaticTypeMismatch, FnCallArgTypeMismatch, …). */
  readonly code: string;
  /** What is being checked, for the message: "field `port`", "argument 2 of `substring`". */
  readonly what: string;
  /** The runtime failure kind of schema validation inside the conversion. */
  readonly failure?: CoerceFailure;
}

export function coerce(a: Analyzer, e: TExpr, to: Type, site: CoerceSite): TExpr {
  const from = e.type;
  if (typeEquals(from, to) || from.kind === "Error" || to.kind === "Error") return e;
  if (isAssignable(from, to)) {
    return { kind: "Coerce", operand: e, from, to, failure: site.failure ?? "TypeMismatch", span: e.span, type: to };
  }
  a.error(site.code, `${site.what}: expected ${printType(to)}, found ${printType(from)}`, e.span, mismatchNotes(from, to));
  return { ...e, type: T_ERROR };
}

const T_ERROR: Type = { kind: "Error" };

function mismatchNotes(from: Type, to: Type): DiagnosticNote[] {
  if (from.kind === "Record" && to.kind === "Schema") {
    const why = recordFitsSchema(from.fields, to);
    return why === undefined ? [] : [{ message: why }];
  }
  if (from.kind === "Int" && to.kind === "Float") return [{ message: "Int is not converted to Float implicitly: write a Float literal such as `1.0`" }];
  if (to.kind === "Option" && isAssignable(from, to.some)) return [{ message: "wrap the value: `Some(…)`" }];
  return [];
}
