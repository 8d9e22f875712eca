// The generator's program tree. It is close to the surface syntax (the
// printer is a straight walk) and every expression carries the type it was
// built to have and whether its position pushes that type in (§4.1
// "expected type"), which is what the shrinker needs to swap a subtree for a
// simpler one of the same type without breaking the program.
import type { GType } from "./gtype.js";
import type { JVal } from "./json-value.js";

interface Meta {
  readonly type: GType;
  /** The position gives the expected type (typed field, declared result, argument of a user function…). */
  readonly hinted: boolean;
}

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||";

export type GExpr = Meta &
  (
    | { readonly kind: "Int"; readonly value: bigint; readonly radix: 10 | 16 | 8 | 2 }
    | { readonly kind: "Float"; readonly value: number; readonly spelling: "short" | "exp" }
    | { readonly kind: "Str"; readonly value: string; readonly style: "plain" | "escaped" | "raw" }
    | { readonly kind: "Bool"; readonly value: boolean }
    | { readonly kind: "None" }
    /** A bare name, `&sibling.name` or `&root.name` (`&sibling["odd key"]` when `quoted`). */
    | { readonly kind: "Name"; readonly name: string; readonly via: "name" | "sibling" | "root"; readonly quoted: boolean }
    /** `e.name` or `e["name"]` on a record, schema value or Dict. */
    | { readonly kind: "Field"; readonly object: GExpr; readonly name: string; readonly quoted: boolean }
    | { readonly kind: "TupleGet"; readonly object: GExpr; readonly index: number }
    | { readonly kind: "Index"; readonly object: GExpr; readonly index: GExpr }
    /** `f(a, b)`: a built-in, a user function, a closure-valued name, `Some`/`Ok`/`Err`, a named import. */
    | { readonly kind: "Call"; readonly fn: string; readonly args: readonly GExpr[] }
    | { readonly kind: "Method"; readonly receiver: GExpr; readonly method: string; readonly args: readonly GExpr[] }
    | { readonly kind: "Module"; readonly alias: string; readonly member: string; readonly args: readonly GExpr[] }
    /** `left | fn(args)`, or `left | fn` when `bare` (fn may be `alias.member`). */
    | { readonly kind: "Pipe"; readonly left: GExpr; readonly fn: string; readonly args: readonly GExpr[]; readonly bare: boolean }
    | { readonly kind: "Unary"; readonly op: "-" | "!"; readonly operand: GExpr }
    | { readonly kind: "Binary"; readonly op: BinaryOp; readonly left: GExpr; readonly right: GExpr }
    | { readonly kind: "Ternary"; readonly cond: GExpr; readonly then: GExpr; readonly else: GExpr }
    | { readonly kind: "FString"; readonly parts: readonly (string | GExpr)[]; readonly raw: boolean }
    | { readonly kind: "List"; readonly items: readonly GListItem[] }
    | { readonly kind: "Comp"; readonly element: GExpr; readonly binder: string; readonly source: GExpr; readonly filter?: GExpr }
    | { readonly kind: "Tuple"; readonly items: readonly GExpr[] }
    | { readonly kind: "Dict"; readonly entries: readonly GEntry[] }
    | { readonly kind: "Closure"; readonly params: readonly GParam[]; readonly result?: GType; readonly body: GExpr }
    | { readonly kind: "Where"; readonly body: GExpr; readonly bindings: readonly GField[] }
    | { readonly kind: "Match"; readonly scrutinee: GExpr; readonly arms: readonly GArm[] }
    | { readonly kind: "Variant"; readonly enumName: string; readonly variant: string; readonly payload: GVariantPayload }
  );

export type GExprKind = GExpr["kind"];

/** An expression without its type and position flag (what a constructor helper fills in). */
export type GExprBody = GExpr extends infer E ? (E extends unknown ? Omit<E, "type" | "hinted"> : never) : never;

export interface GListItem {
  readonly spread: boolean;
  readonly expr: GExpr;
}

export interface GParam {
  readonly name: string;
  /** Absent: an untyped parameter of a closure passed straight to map/filter/reduce/every/some. */
  readonly type?: GType;
}

export type GVariantPayload =
  | { readonly kind: "unit" }
  | { readonly kind: "tuple"; readonly items: readonly GExpr[] }
  | { readonly kind: "struct"; readonly fields: readonly { readonly name: string; readonly value: GExpr }[] };

/** A dict field or a `where` binding. */
export interface GField {
  readonly kind: "Field";
  readonly key: string;
  /** Written as a string key `"a b": …` (not reachable as a bare name). */
  readonly quoted: boolean;
  /** `Int k: …` (typed field); absent for plain fields. */
  readonly declared?: GType;
  readonly internal: boolean;
  /** A function field `f(Int a) -> R: body` (`value` is the body). */
  readonly fn?: { readonly params: readonly { readonly name: string; readonly type: GType }[]; readonly result?: GType; readonly resultStyle: "prefix" | "arrow" };
  readonly value: GExpr;
}

export type GEntry = GField | { readonly kind: "Spread"; readonly expr: GExpr };

export type GPattern =
  | { readonly kind: "Wild" }
  | { readonly kind: "TypeName"; readonly name: "Int" | "Float" | "String" | "Bool" }
  | { readonly kind: "Unit"; readonly qualifier?: string; readonly name: string }
  | { readonly kind: "TupleP"; readonly qualifier?: string; readonly name: string; readonly slots: readonly string[] }
  | { readonly kind: "StructP"; readonly qualifier?: string; readonly name: string; readonly fields: readonly { readonly field: string; readonly bind: string }[] };

export interface GArm {
  readonly pattern: GPattern;
  readonly body: GExpr;
}

export interface GSchemaField {
  readonly name: string;
  readonly type: GType;
  /** A closure `(T v) -> Bool => …`; absent for `*`. */
  readonly predicate?: GExpr;
  /** A constant of the field type (`#default`). */
  readonly default?: GExpr;
  readonly expect?: string;
}

export interface GSchema {
  readonly name: string;
  readonly fields: readonly GSchemaField[];
}

export type GVariantDecl =
  | { readonly name: string; readonly kind: "unit" }
  | { readonly name: string; readonly kind: "tuple"; readonly types: readonly GType[] }
  | { readonly name: string; readonly kind: "struct"; readonly fields: readonly { readonly name: string; readonly type: GType }[] };

export interface GEnum {
  readonly name: string;
  readonly variants: readonly GVariantDecl[];
}

export type StdModule = "std/list" | "std/math" | "std/string" | "std/dict";

export type GImport =
  | { readonly kind: "alias"; readonly path: StdModule; readonly alias: string }
  | { readonly kind: "names"; readonly path: StdModule; readonly names: readonly { readonly name: string; readonly as?: string }[] };

export interface GMain {
  readonly params: readonly { readonly name: string; readonly type: GType }[];
  /** `-> T`, `-> Dict` (dict-literal root), or none. */
  readonly result?: GType | "Dict";
}

export interface GProgram {
  readonly imports: readonly GImport[];
  readonly enums: readonly GEnum[];
  readonly schemas: readonly GSchema[];
  readonly main: GMain | null;
  readonly root: GExpr;
  /** The argument object (entry mode only). */
  readonly args?: JVal;
  /** Print the argument JSON with spaces after `:` and `,`. */
  readonly argsSpaced?: boolean;
  /** Text before and after the argument JSON (whitespace, or something that makes it malformed). */
  readonly argsPad?: readonly [string, string];
}
