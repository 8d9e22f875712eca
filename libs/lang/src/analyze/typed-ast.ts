// The typed AST: the analyzer's complete, readonly output, consumed by the
// tree-walk evaluator and by the lowering to IR. Nothing here refers back to
// analyzer state: every name is resolved to a `Binding` (program.bindings[id]),
// every call to what it calls, every pattern to the variant it tests, every
// implicit conversion is an explicit node, and constant subtrees are folded
// into `Const` nodes. docs/frontend.md walks through examples.
//
// Evaluation order (§5.2) is the order of the fields as written here: operands
// left to right, call arguments left to right (a method's receiver is args[0]),
// dict entries in `entries` order, where bindings in `bindings` order.
import type { RuntimeErrorKind, Span, Value } from "@tetra/core";
import type { IntrinsicId } from "../stdlib/intrinsics.js";
import type { Type } from "../types/type.js";

/** Index into `TypedProgram.bindings`. */
export type BindingId = number;
/** Identity of a Dict, Where, Closure, Comprehension or Match node (unique per program). */
export type NodeId = number;

/** What a name denotes. Every binding site in the program has exactly one. */
export type Binding =
  | { readonly kind: "MainParam"; readonly id: BindingId; readonly name: string; readonly type: Type; readonly index: number; readonly span: Span }
  | {
      readonly kind: "DictField";
      readonly id: BindingId;
      readonly name: string;
      readonly type: Type;
      /** The Dict node the field belongs to. */
      readonly dict: NodeId;
      /** Position among that dict's `Field` entries (spreads not counted). */
      readonly index: number;
      readonly internal: boolean;
      /** A function field `f(Int x): …` (its value is a Closure node, so calls are direct). */
      readonly function: boolean;
      readonly span: Span;
    }
  | {
      readonly kind: "WhereBinding";
      readonly id: BindingId;
      readonly name: string;
      readonly type: Type;
      readonly where: NodeId;
      readonly index: number;
      readonly function: boolean;
      readonly span: Span;
    }
  | { readonly kind: "ClosureParam"; readonly id: BindingId; readonly name: string; readonly type: Type; readonly closure: NodeId; readonly index: number; readonly span: Span }
  | { readonly kind: "ComprehensionVar"; readonly id: BindingId; readonly name: string; readonly type: Type; readonly comprehension: NodeId; readonly span: Span }
  | {
      readonly kind: "MatchBinding";
      readonly id: BindingId;
      readonly name: string;
      readonly type: Type;
      readonly match: NodeId;
      /** Arm index within the Match node. */
      readonly arm: number;
      /** Payload position: tuple position, or the struct field's index in the variant declaration; 0 for Some/Ok/Err. */
      readonly slot: number;
      readonly span: Span;
    };

export type BindingKind = Binding["kind"];

/** Operators after type resolution: the operand types are part of the op. */
export type BinaryOpId =
  | "addInt" | "subInt" | "mulInt" | "divInt" | "remInt"
  | "addFloat" | "subFloat" | "mulFloat" | "divFloat" | "remFloat"
  /** String + String (non-String operands arrive wrapped in ToText). */
  | "concat"
  | "ltInt" | "leInt" | "gtInt" | "geInt"
  | "ltFloat" | "leFloat" | "gtFloat" | "geFloat"
  /** Language equality (§5.5 for Floats: NaN == NaN, 0.0 == -0.0) on values of `left.type`. */
  | "eq" | "ne"
  /** Short-circuit: the right operand runs only when needed. */
  | "and" | "or";

export type UnaryOpId = "negInt" | "negFloat" | "not";

/** How a call was written (informative; `args` already has the receiver / piped value first). */
export type CallForm = "function" | "method" | "module" | "pipe";

export type TFStringPart = { readonly kind: "Text"; readonly value: string } | { readonly kind: "Interp"; readonly expr: TExpr };

export type TListItem = { readonly kind: "Item"; readonly expr: TExpr } | { readonly kind: "Spread"; readonly expr: TExpr };

export type TDictEntry =
  | {
      readonly kind: "Field";
      readonly binding: BindingId;
      readonly key: string;
      /** Already coerced to `declared` when the field is typed (`Int x: …`). */
      readonly value: TExpr;
      readonly declared?: Type;
      readonly internal: boolean;
      /** `f(Int x): …` — value is a Closure node. */
      readonly function: boolean;
      readonly span: Span;
    }
  | {
      readonly kind: "Spread";
      readonly expr: TExpr;
      /** The keys it contributes, in order; `null` for a `Dict<String, V>` source (keys known only at run time). */
      readonly keys: readonly string[] | null;
      readonly span: Span;
    };

export interface TWhereBinding {
  readonly binding: BindingId;
  readonly name: string;
  readonly value: TExpr;
  readonly declared?: Type;
  readonly span: Span;
}

export interface TClosureParam {
  /** null for `_`. */
  readonly binding: BindingId | null;
  readonly name: string;
  readonly type: Type;
}

/** The test an arm performs. */
export type TPattern =
  | { readonly kind: "Wildcard" }
  /**
   * `Int:` / `String:` …: decided statically from the scrutinee's type (§3.10),
   * so `matches` is a constant.
   */
  | { readonly kind: "TypeTest"; readonly typeName: "Int" | "Float" | "String" | "Bool"; readonly matches: boolean }
  /**
   * A variant of an enum, Option (None = 0, Some = 1) or Result (Ok = 0, Err = 1).
   * `slots[i]` binds payload position i (struct variants: declaration order), null when ignored.
   */
  | {
      readonly kind: "Variant";
      readonly family: "enum" | "option" | "result";
      /** The enum's name, `"Option"` or `"Result"`. */
      readonly typeName: string;
      readonly variant: string;
      readonly index: number;
      readonly slots: readonly (BindingId | null)[];
    };

export interface TArm {
  readonly pattern: TPattern;
  /** Already coerced to the Match node's type. */
  readonly body: TExpr;
  readonly span: Span;
}

/** The failure kind when a schema conversion's validation fails (§3.12). */
export type CoerceFailure = Extract<RuntimeErrorKind, "TypeMismatch" | "MainReturnTypeMismatch">;

interface Node {
  readonly span: Span;
  readonly type: Type;
}

export type TExpr =
  /** A literal or a constant-folded subtree (§4.2). Never Closure-typed. */
  | (Node & { readonly kind: "Const"; readonly value: Value })
  /** Parts left to right; every Interp expr is String-typed (ToText inserted). */
  | (Node & { readonly kind: "FString"; readonly parts: readonly TFStringPart[] })
  /** Int, Float or Bool → String by §6 (Float: formatFloatText). */
  | (Node & { readonly kind: "ToText"; readonly operand: TExpr })
  /** Int → Float, nearest binary64 (mixed arithmetic and comparisons, §5.5; Int arguments of sqrt/pow). */
  | (Node & { readonly kind: "IntToFloat"; readonly operand: TExpr })
  /**
   * A resolved name or reference. Reading a DictField/WhereBinding forces it
   * (§5.2; CircularReference when it is being forced).
   */
  | (Node & {
      readonly kind: "Name";
      readonly binding: BindingId;
      readonly bindingKind: BindingKind;
      readonly name: string;
      /** How it was written: a bare name, `&sibling.x` or `&root.x`. */
      readonly via: "name" | "sibling" | "root";
    })
  /** Field of a record or schema value (present statically). */
  | (Node & { readonly kind: "RecordGet"; readonly object: TExpr; readonly field: string })
  /** `d.key` / `d[k]` on a `Dict<String, V>`: VariableNotFound when absent. */
  | (Node & { readonly kind: "DictGet"; readonly object: TExpr; readonly key: TExpr })
  | (Node & { readonly kind: "TupleGet"; readonly object: TExpr; readonly index: number })
  /** `xs[i]`: IndexOutOfBounds outside 0 .. len-1. */
  | (Node & { readonly kind: "ListIndex"; readonly object: TExpr; readonly index: TExpr })
  | (Node & { readonly kind: "Unary"; readonly op: UnaryOpId; readonly operand: TExpr })
  | (Node & { readonly kind: "Binary"; readonly op: BinaryOpId; readonly left: TExpr; readonly right: TExpr })
  /** Only the chosen branch runs. Branches are coerced to the node's type. */
  | (Node & { readonly kind: "Ternary"; readonly cond: TExpr; readonly then: TExpr; readonly else: TExpr })
  /** A built-in / std-module function or a method (stdlib/intrinsics.ts); the receiver is args[0]. */
  | (Node & { readonly kind: "CallIntrinsic"; readonly fn: IntrinsicId; readonly args: readonly TExpr[]; readonly form: CallForm })
  /** Direct call of a function field or function where-binding (the binding's value is a known Closure node). */
  | (Node & { readonly kind: "CallFunction"; readonly binding: BindingId; readonly args: readonly TExpr[] })
  /** Call of a closure value. Arguments are evaluated before the callee. */
  | (Node & { readonly kind: "CallClosure"; readonly callee: TExpr; readonly args: readonly TExpr[] })
  /** `None` (value absent) or `Some(value)`. */
  | (Node & { readonly kind: "MakeOption"; readonly value: TExpr | null })
  | (Node & { readonly kind: "MakeResult"; readonly ok: boolean; readonly value: TExpr })
  /**
   * `E.V`, `E.V(a, b)`, `E.V { f: x }`. Struct fields are listed in source
   * order (evaluation order); `index` is the payload position in the declaration.
   */
  | (Node & {
      readonly kind: "MakeVariant";
      readonly enumName: string;
      readonly variant: string;
      readonly variantIndex: number;
      readonly items: readonly TExpr[];
      readonly fields: readonly { readonly name: string; readonly index: number; readonly value: TExpr }[];
    })
  | (Node & { readonly kind: "List"; readonly items: readonly TListItem[] })
  | (Node & { readonly kind: "Tuple"; readonly items: readonly TExpr[] })
  | (Node & {
      readonly kind: "Comprehension";
      readonly id: NodeId;
      /** null for `_`. */
      readonly binder: BindingId | null;
      readonly source: TExpr;
      readonly filter: TExpr | null;
      readonly element: TExpr;
    })
  /**
   * A dict literal. Type: a Record (fields in source order, spreads expanded),
   * or `Dict<String, V>` when a Dict value is spread into it. Internal and
   * closure fields are part of the value; projection leaves them out.
   */
  | (Node & { readonly kind: "Dict"; readonly id: NodeId; readonly entries: readonly TDictEntry[] })
  | (Node & {
      readonly kind: "Closure";
      readonly id: NodeId;
      readonly params: readonly TClosureParam[];
      readonly result: Type;
      /** Already coerced to `result`. */
      readonly body: TExpr;
      /** Bindings defined outside the closure that its body reads (sorted by id). */
      readonly captures: readonly BindingId[];
      /** The field / binding name for function fields. */
      readonly name?: string;
    })
  | (Node & { readonly kind: "Where"; readonly id: NodeId; readonly bindings: readonly TWhereBinding[]; readonly body: TExpr })
  /** Scrutinee once, arms in order, first match wins; no match is TypeMismatch. */
  | (Node & { readonly kind: "Match"; readonly id: NodeId; readonly scrutinee: TExpr; readonly arms: readonly TArm[] })
  /**
   * A value of static type `from` used where `to` is expected (they differ but
   * are assignable). Recursive meaning, per component:
   *   Never-typed parts       — no change (there are no values);
   *   List/Tuple/Option/Result/Dict — convert each component;
   *   record → schema         — fields in schema order: present ones converted, absent ones
   *                             take the `#default` or None; then each closure predicate runs in
   *                             declaration order; a false predicate raises `failure`;
   *   record → Dict<String,V> — projected fields (not internal, not closures), converted, key order;
   *   record → record         — projected fields in the target's order, converted.
   */
  | (Node & { readonly kind: "Coerce"; readonly operand: TExpr; readonly from: Type; readonly to: Type; readonly failure: CoerceFailure });

export type TExprKind = TExpr["kind"];

export interface TSchemaField {
  readonly name: string;
  readonly type: Type;
  /** A Closure node `(T) -> Bool`, checked in the global scope; absent for `*`. */
  readonly predicate?: TExpr;
  readonly expect?: string;
  readonly default?: Value;
  readonly span: Span;
}

export interface TSchema {
  readonly name: string;
  /** The `Schema` type (fields with defaults) — what values of this schema have. */
  readonly type: Extract<Type, { kind: "Schema" }>;
  readonly fields: readonly TSchemaField[];
  readonly span: Span;
}

export interface TEnum {
  readonly name: string;
  readonly type: Extract<Type, { kind: "Enum" }>;
  readonly span: Span;
}

export interface TMainParam {
  readonly binding: BindingId;
  readonly name: string;
  readonly type: Type;
  readonly span: Span;
}

export interface TypedProgram {
  readonly file: string;
  readonly source: string;
  /** Entry mode when present (§2.3). */
  readonly main: { readonly params: readonly TMainParam[]; readonly result?: Type; readonly span: Span } | null;
  readonly schemas: ReadonlyMap<string, TSchema>;
  readonly enums: ReadonlyMap<string, TEnum>;
  /** The root expression, already coerced to the declared `#main` result type (failure MainReturnTypeMismatch). */
  readonly root: TExpr;
  /** The type of the projected result (the declared result type, or the root's type). */
  readonly resultType: Type;
  /** Every binding, indexed by id. */
  readonly bindings: readonly Binding[];
}
