// Type syntax → semantic types, with the §4.3 diagnostics:
//   `Any` → ExplicitAnyForbidden; `Null`/`Unit`/`Enum`/`Fn<…>` → ReservedTypeName;
//   bare `List`/`Dict`/`Closure`/`Fn` (and `Tuple`/`Option`/`Result`) → BareGenericContainer;
//   an unknown name → UnknownTypeName; `Number` → Unsupported (LATER as a written type).
import type { Span } from "@tetra/core";
import type { TypeExpr } from "../ast.js";
import { T, type Type } from "../types/type.js";
import type { Analyzer } from "./context.js";

/** Looks up a declared schema or enum type by name (resolving it on first use). */
export type NamedTypeLookup = (name: string, span: Span) => Type | undefined;

export interface ResolveOptions {
  /** `#main(...) -> Dict` with a dict-literal root: bare `Dict` is allowed (and resolves to undefined). */
  readonly allowBareDict?: boolean;
}

const SCALARS: Readonly<Record<string, Type>> = { Int: T.int, Float: T.float, Bool: T.bool, String: T.string };
const CONTAINERS = new Set(["List", "Dict", "Closure", "Fn", "Tuple", "Option", "Result"]);

export function resolveType(a: Analyzer, t: TypeExpr, named: NamedTypeLookup): Type {
  if (t.kind === "TupleType") return T.tuple(t.elements.map((e) => resolveType(a, e, named)));
  const span = t.span;
  if (t.path.length > 1) {
    a.error("UnknownTypeName", `unknown type \`${t.path.join(".")}\` (qualified type names come from file imports, which are not supported)`, span);
    return T.error;
  }
  const name = t.path[0]!;
  if (name === "?") return T.error; // placeholder left by parser recovery
  const args = t.args;
  if (name in SCALARS) {
    if (args.length > 0) return argError(a, `\`${name}\` takes no type arguments`, span);
    return SCALARS[name]!;
  }
  if (name === "Any") {
    a.error("ExplicitAnyForbidden", "the type `Any` is not allowed: every value has a precise type", span);
    return T.error;
  }
  if (name === "Null" || name === "Unit" || name === "Enum" || (name === "Fn" && args.length > 0)) {
    a.error("ReservedTypeName", `\`${name}\` is reserved and cannot be used as a type${name === "Fn" ? " (write `Closure<…>`)" : ""}`, span);
    return T.error;
  }
  if (name === "Number") {
    a.error("Unsupported", "`Number` as a written type is not supported (LATER in the language reference): use Int or Float", span);
    return T.error;
  }
  if (CONTAINERS.has(name) && args.length === 0) {
    a.error("BareGenericContainer", `\`${name}\` needs type arguments, for example \`${exampleOf(name)}\``, span);
    return T.error;
  }
  const rs = args.map((x) => resolveType(a, x, named));
  switch (name) {
    case "List":
      return rs.length === 1 ? T.list(rs[0]!) : argError(a, "`List` takes one type argument: `List<T>`", span);
    case "Dict":
      if (rs.length !== 2) return argError(a, "`Dict` takes two type arguments: `Dict<String, V>`", span);
      if (rs[0]!.kind !== "String" && rs[0]!.kind !== "Error") return argError(a, "the key type of `Dict` must be `String`", span);
      return T.dict(rs[1]!);
    case "Tuple":
      return T.tuple(rs);
    case "Option":
      return rs.length === 1 ? T.option(rs[0]!) : argError(a, "`Option` takes one type argument: `Option<T>`", span);
    case "Result":
      return rs.length === 2 ? T.result(rs[0]!, rs[1]!) : argError(a, "`Result` takes two type arguments: `Result<T, E>`", span);
    case "Closure":
      return T.closure(rs.slice(0, -1), rs[rs.length - 1]!);
    default:
      break;
  }
  const declared = named(name, span);
  if (declared === undefined) {
    a.error("UnknownTypeName", `unknown type \`${name}\``, span);
    return T.error;
  }
  if (args.length > 0) {
    a.error("Unsupported", `\`${name}\` takes no type arguments (generic schemas and enums are LATER)`, span);
    return T.error;
  }
  return declared;
}

function argError(a: Analyzer, message: string, span: Span): Type {
  a.error("StaticTypeMismatch", message, span);
  return T.error;
}

function exampleOf(name: string): string {
  switch (name) {
    case "List":
      return "List<Int>";
    case "Dict":
      return "Dict<String, Int>";
    case "Closure":
    case "Fn":
      return "Closure<Int, Bool>";
    case "Tuple":
      return "Tuple<Int, String>";
    case "Option":
      return "Option<Int>";
    default:
      return "Result<Int, String>";
  }
}
