// The untyped AST produced by the parser. Readonly data: discriminated unions
// on `kind`, every node carries its `span`. The analyzer never mutates it; it
// builds a separate typed AST (analyze/typed-ast.ts) in which every name, call
// and pattern is resolved.
//
// Surface → node examples:
//   `Int twice(Int v): v * 2`      → Field{ type: Int, key: "twice", params: [v], value: v * 2 }
//   `alias.f(x)` / `s.upper()`     → Call{ callee: Member{ object, name } } (the analyzer decides
//                                     whether it is a module member or a method)
//   `Shape.Box { w: 2, h: 3 }`     → StructVariant{ path: ["Shape", "Box"], fields }
//   `&root.config.port`            → Member{ object: Ref{ base: "root", field: "config" }, name: "port" }
//   `x | f(a)`                     → Pipe{ left: x, target: Call{ f, [a] } }
import type { Span } from "@tetra/core";

// ---------------------------------------------------------------- types (syntax)

export type TypeExpr =
  /** `Int`, `List<Int>`, `Dict<String, V>`, `Closure<Int, Bool>`, `Shapes.Point` (path length > 1). */
  | { readonly kind: "TypeName"; readonly path: readonly string[]; readonly args: readonly TypeExpr[]; readonly span: Span }
  /** `()`, `(Int,)`, `(Int, String)` */
  | { readonly kind: "TupleType"; readonly elements: readonly TypeExpr[]; readonly span: Span };

// ---------------------------------------------------------------- expressions

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||";
export type UnaryOp = "-" | "!";

/** `&sibling`, `&root` are CORE; the others are LATER (parsed so they can be rejected with a static error). */
export type RefBase = "sibling" | "root" | "uncle" | "prev" | "next" | "index" | "self";

export type FStringPart =
  | { readonly kind: "Text"; readonly value: string; readonly span: Span }
  | { readonly kind: "Interp"; readonly expr: Expr; readonly span: Span };

export type ListItem =
  | { readonly kind: "Item"; readonly expr: Expr }
  | { readonly kind: "Spread"; readonly expr: Expr; readonly span: Span };

export interface Param {
  /** Absent for untyped closure parameters (`(v) => v * 2` as a map argument). */
  readonly type?: TypeExpr;
  /** The parameter name; `"_"` for the wildcard. */
  readonly name: string;
  readonly span: Span;
}

export type Expr =
  | { readonly kind: "Int"; readonly value: bigint; readonly span: Span }
  | { readonly kind: "Float"; readonly value: number; readonly span: Span }
  | { readonly kind: "String"; readonly value: string; readonly span: Span }
  | { readonly kind: "FString"; readonly parts: readonly FStringPart[]; readonly span: Span }
  | { readonly kind: "Bool"; readonly value: boolean; readonly span: Span }
  | { readonly kind: "None"; readonly span: Span }
  | { readonly kind: "Name"; readonly name: string; readonly span: Span }
  /** `&sibling.name`, `&root["odd key"]`, `&index` (no field). Further steps are `Member` nodes around it. */
  | { readonly kind: "Ref"; readonly base: RefBase; readonly field?: string; readonly span: Span }
  /** `e.name` and `e["key"]` (string-literal index is member access, §3.2). */
  | { readonly kind: "Member"; readonly object: Expr; readonly name: string; readonly nameSpan: Span; readonly span: Span }
  /** `t.0` */
  | { readonly kind: "TupleIndex"; readonly object: Expr; readonly index: number; readonly span: Span }
  /** `xs[i]` with a non-string-literal index. */
  | { readonly kind: "Index"; readonly object: Expr; readonly index: Expr; readonly span: Span }
  | { readonly kind: "Call"; readonly callee: Expr; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly kind: "Unary"; readonly op: UnaryOp; readonly operand: Expr; readonly span: Span }
  | { readonly kind: "Binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly opSpan: Span; readonly span: Span }
  | { readonly kind: "Ternary"; readonly cond: Expr; readonly then: Expr; readonly else: Expr; readonly span: Span }
  /** `left | target`; target is a Call, a Name or a Member (module function); anything else is a parse error. */
  | { readonly kind: "Pipe"; readonly left: Expr; readonly target: Expr; readonly span: Span }
  | { readonly kind: "Where"; readonly body: Expr; readonly bindings: readonly Field[]; readonly span: Span }
  | { readonly kind: "Match"; readonly scrutinee: Expr; readonly arms: readonly MatchArm[]; readonly span: Span }
  | { readonly kind: "List"; readonly items: readonly ListItem[]; readonly span: Span }
  | {
      readonly kind: "Comprehension";
      readonly element: Expr;
      /** Loop variable; `"_"` for the wildcard. */
      readonly binder: string;
      readonly binderSpan: Span;
      readonly source: Expr;
      readonly filter?: Expr;
      readonly span: Span;
    }
  | { readonly kind: "Tuple"; readonly items: readonly Expr[]; readonly span: Span }
  | { readonly kind: "Dict"; readonly entries: readonly DictEntry[]; readonly span: Span }
  | { readonly kind: "Closure"; readonly params: readonly Param[]; readonly result?: TypeExpr; readonly body: Expr; readonly span: Span }
  /** `Shape.Box { w: 2, h: 3 }` — construction of a struct variant. */
  | { readonly kind: "StructVariant"; readonly path: readonly string[]; readonly fields: readonly Field[]; readonly span: Span }
  /** Placeholder left by error recovery; a document containing one is never analyzed further. */
  | { readonly kind: "Error"; readonly span: Span };

export type ExprKind = Expr["kind"];

// ---------------------------------------------------------------- dict entries and attributes

export type Attribute =
  | { readonly kind: "internal"; readonly span: Span }
  | { readonly kind: "expect"; readonly message: string; readonly span: Span }
  | { readonly kind: "default"; readonly value: Expr; readonly span: Span }
  /** A LATER directive (`#brand`, `#derive`, ...) or a decorator `@name(...)`; kept so the analyzer can reject it. */
  | { readonly kind: "later"; readonly name: string; readonly span: Span };

/**
 * A field of a dict literal or a `where` binding:
 *   plain `name: e`, typed `Int name: e`, string key `"a b": e`,
 *   function `Int f(Int v): e` / `f(Int v) -> Int: e` (params present; `resultType` holds either spelling).
 */
export interface Field {
  readonly kind: "Field";
  readonly attrs: readonly Attribute[];
  /** Declared value type of a typed (non-function) field. */
  readonly type?: TypeExpr;
  readonly key: string;
  readonly keySpan: Span;
  /** Present for function fields. */
  readonly params?: readonly Param[];
  /** Result type of a function field. */
  readonly resultType?: TypeExpr;
  readonly value: Expr;
  readonly span: Span;
}

export type DictEntry =
  | Field
  /** `...e` or `...<T> e` */
  | { readonly kind: "Spread"; readonly attrs: readonly Attribute[]; readonly hint?: TypeExpr; readonly expr: Expr; readonly span: Span }
  /** `[<String> e]: v` — LATER. */
  | {
      readonly kind: "DynamicField";
      readonly attrs: readonly Attribute[];
      readonly hint?: TypeExpr;
      readonly key: Expr;
      readonly value: Expr;
      readonly span: Span;
    }
  /** `#schema X: {...}`, `#enum E {...}`, `#import ...` placed as a dict entry. */
  | { readonly kind: "DeclEntry"; readonly decl: Declaration; readonly span: Span };

// ---------------------------------------------------------------- match

export type Pattern =
  | { readonly kind: "Wildcard"; readonly span: Span }
  /** `Int`, `Red`, `Color.Red`, `None`: a type pattern or a unit variant (the analyzer decides). */
  | { readonly kind: "NamePattern"; readonly path: readonly string[]; readonly span: Span }
  /** `Move(dx, _)`, `Some(v)`; slots are names or `"_"`. */
  | { readonly kind: "TuplePattern"; readonly path: readonly string[]; readonly slots: readonly PatternSlot[]; readonly span: Span }
  /** `Say { text, loud: l, x: _ }` */
  | { readonly kind: "StructPattern"; readonly path: readonly string[]; readonly fields: readonly StructPatternField[]; readonly span: Span };

export interface PatternSlot {
  /** The bound name, or `"_"`. */
  readonly name: string;
  readonly span: Span;
}

export interface StructPatternField {
  readonly field: string;
  /** The bound name (`field` itself for the shorthand `{ text }`), or `"_"`. */
  readonly bind: string;
  readonly span: Span;
}

export interface MatchArm {
  readonly pattern: Pattern;
  readonly body: Expr;
  readonly span: Span;
}

// ---------------------------------------------------------------- declarations and the document

export interface MainParam {
  readonly type: TypeExpr;
  readonly name: string;
  readonly span: Span;
}

export interface SchemaField {
  readonly attrs: readonly Attribute[];
  readonly type: TypeExpr;
  readonly name: string;
  /** `*` accepts any value of the type; otherwise the predicate expression (a closure in CORE). */
  readonly predicate: { readonly kind: "Any"; readonly span: Span } | { readonly kind: "Predicate"; readonly expr: Expr };
  readonly span: Span;
}

export type VariantDeclPayload =
  | { readonly kind: "unit" }
  | { readonly kind: "tuple"; readonly elements: readonly TypeExpr[] }
  | { readonly kind: "struct"; readonly fields: readonly { readonly name: string; readonly type: TypeExpr; readonly span: Span }[] };

export interface VariantDecl {
  readonly name: string;
  readonly payload: VariantDeclPayload;
  readonly span: Span;
}

export type ImportForm =
  | { readonly kind: "alias"; readonly alias: string }
  | { readonly kind: "star" }
  | { readonly kind: "names"; readonly names: readonly { readonly name: string; readonly as?: string; readonly span: Span }[] };

export type Declaration =
  | { readonly kind: "Main"; readonly params: readonly MainParam[]; readonly result?: TypeExpr; readonly span: Span }
  | { readonly kind: "Schema"; readonly name: string; readonly nameSpan: Span; readonly fields: readonly SchemaField[]; readonly span: Span }
  | { readonly kind: "Enum"; readonly name: string; readonly nameSpan: Span; readonly variants: readonly VariantDecl[]; readonly span: Span }
  | { readonly kind: "Import"; readonly form: ImportForm; readonly path: string; readonly span: Span }
  /** `#relaxed`, `#unstrict`: accepted, no effect (§4.1). */
  | { readonly kind: "Flag"; readonly name: "relaxed" | "unstrict"; readonly span: Span }
  /** A LATER document-level directive, kept so the analyzer can reject it. */
  | { readonly kind: "LaterDirective"; readonly name: string; readonly span: Span };

export interface Document {
  readonly file: string;
  readonly source: string;
  readonly declarations: readonly Declaration[];
  readonly root: Expr;
  readonly span: Span;
}
