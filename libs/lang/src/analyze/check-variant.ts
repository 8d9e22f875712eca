// Enum construction (§3.13): `Shape.Dot`, `Shape.Circle(1.5)`,
// `Shape.Box { w: 2, h: 3 }`. The qualifier is required in expressions.
import type { Span } from "@tetra/core";
import type * as ast from "../ast.js";
import { printType, type Type, type VariantType } from "../types/type.js";
import { checkExpr, errorNode } from "./check-expr.js";
import { coerce } from "./coerce.js";
import type { Analyzer, Ctx } from "./context.js";
import type { TExpr } from "./typed-ast.js";

type EnumType = Extract<Type, { kind: "Enum" }>;

function lookupVariant(a: Analyzer, enumName: string, variant: string, span: Span): { type: EnumType; v: VariantType; index: number } | undefined {
  const t = a.namedType(enumName, span);
  if (t === undefined || t.kind !== "Enum") return undefined;
  const index = t.variants.findIndex((v) => v.name === variant);
  if (index < 0) {
    a.error("UnknownVariant", `enum ${enumName} has no variant \`${variant}\``, span, [{ message: `its variants are: ${t.variants.map((v) => v.name).join(", ")}` }]);
    return undefined;
  }
  return { type: t, v: t.variants[index]!, index };
}

export function checkUnitVariant(a: Analyzer, enumName: string, variant: string, span: Span): TExpr {
  const found = lookupVariant(a, enumName, variant, span);
  if (found === undefined) return errorNode(span);
  if (found.v.payload.kind !== "unit") {
    const how = found.v.payload.kind === "tuple" ? `${enumName}.${variant}(…)` : `${enumName}.${variant} { … }`;
    a.error("StaticTypeMismatch", `variant \`${enumName}.${variant}\` carries a payload: write \`${how}\``, span);
    return errorNode(span);
  }
  return { kind: "MakeVariant", enumName, variant, variantIndex: found.index, items: [], fields: [], type: found.type, span };
}

/** `E.V(a, b)`: the arguments are the tuple payload. */
export function checkTupleVariant(a: Analyzer, enumName: string, variant: string, args: readonly ast.Expr[], ctx: Ctx, span: Span): TExpr {
  const found = lookupVariant(a, enumName, variant, span);
  if (found === undefined) {
    for (const x of args) checkExpr(a, x, ctx);
    return errorNode(span);
  }
  const p = found.v.payload;
  if (p.kind !== "tuple") {
    a.error("StaticTypeMismatch", p.kind === "unit" ? `variant \`${enumName}.${variant}\` has no payload: write \`${enumName}.${variant}\`` : `variant \`${enumName}.${variant}\` has named fields: write \`${enumName}.${variant} { … }\``, span);
    for (const x of args) checkExpr(a, x, ctx);
    return errorNode(span);
  }
  if (args.length !== p.elements.length) {
    a.error("FnCallArgCountMismatch", `\`${enumName}.${variant}\` takes ${p.elements.length} value${p.elements.length === 1 ? "" : "s"}, found ${args.length}`, span);
  }
  const items = args.map((x, i) => {
    const want = p.elements[i];
    const v = checkExpr(a, x, ctx, want);
    return want === undefined ? v : coerce(a, v, want, { code: "FnCallArgTypeMismatch", what: `payload ${i + 1} of \`${enumName}.${variant}\`` });
  });
  return { kind: "MakeVariant", enumName, variant, variantIndex: found.index, items, fields: [], type: found.type, span };
}

export function checkStructVariant(a: Analyzer, e: Extract<ast.Expr, { kind: "StructVariant" }>, ctx: Ctx): TExpr {
  const [enumName, variant] = e.path as [string, string];
  const entry = ctx.scope.lookup(enumName);
  if (entry?.kind !== "enum") {
    a.error("UnknownReferenceType", `\`${enumName}\` is not an enum`, e.span);
    for (const f of e.fields) checkExpr(a, f.value, ctx);
    return errorNode(e.span);
  }
  const found = lookupVariant(a, enumName, variant, e.span);
  const p = found?.v.payload;
  if (found === undefined || p === undefined || p.kind !== "struct") {
    if (found !== undefined) a.error("StaticTypeMismatch", `variant \`${enumName}.${variant}\` has no named fields`, e.span);
    for (const f of e.fields) checkExpr(a, f.value, ctx);
    return errorNode(e.span);
  }
  const seen = new Set<string>();
  const fields = e.fields.flatMap((f) => {
    const index = p.fields.findIndex((d) => d.name === f.key);
    const decl = p.fields[index];
    const v = checkExpr(a, f.value, ctx, decl?.type);
    if (decl === undefined) {
      a.error("UnknownReferenceType", `variant \`${enumName}.${variant}\` has no field \`${f.key}\``, f.keySpan);
      return [];
    }
    if (seen.has(f.key)) {
      a.error("DuplicateField", `the field \`${f.key}\` is given twice`, f.keySpan);
      return [];
    }
    seen.add(f.key);
    return [{ name: f.key, index, value: coerce(a, v, decl.type, { code: "StaticTypeMismatch", what: `field \`${f.key}\` of \`${enumName}.${variant}\`` }) }];
  });
  const missing = p.fields.filter((d) => !seen.has(d.name));
  if (missing.length > 0) {
    a.error("StaticTypeMismatch", `\`${enumName}.${variant}\` is missing ${missing.map((m) => `\`${m.name}\` (${printType(m.type)})`).join(", ")}`, e.span);
  }
  return { kind: "MakeVariant", enumName, variant, variantIndex: found.index, items: [], fields, type: found.type, span: e.span };
}
