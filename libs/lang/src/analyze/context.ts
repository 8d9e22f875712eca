// The analyzer's state: diagnostics, id counters, the binding table, lazily
// typed fields, scopes and the per-position context. The check-*.ts files are
// functions over an `Analyzer` and a `Ctx`.
import { diagnostic, type Diagnostic, type DiagnosticNote, type Span } from "@tetra/core";
import type * as ast from "../ast.js";
import type { Type } from "../types/type.js";
import type { Binding, BindingId, NodeId, TExpr } from "./typed-ast.js";

/** Names in the global scope that are callable only (§7.1, imported std members). */
export interface GlobalFunction {
  /** `std/list` etc. for module members; undefined for built-ins. */
  readonly module?: string;
  /** The member or built-in name (`sum`, `len`). */
  readonly name: string;
}

export type ScopeEntry =
  /** `level`: how many closures enclose the binding's definition (for capture analysis). */
  | { readonly kind: "binding"; readonly id: BindingId; readonly level: number }
  | { readonly kind: "module"; readonly module: string }
  | { readonly kind: "function"; readonly fn: GlobalFunction }
  | { readonly kind: "enum"; readonly name: string }
  /**
   * The name is looked up again from `from`: inside the value of a plain field
   * `x`, a bare `x` means the outer `x` (`{ f: f }` copies the #main parameter f).
   */
  | { readonly kind: "redirect"; readonly from: Scope | undefined };

export class Scope {
  readonly names = new Map<string, ScopeEntry>();
  constructor(readonly parent: Scope | undefined) {}

  lookup(name: string): Exclude<ScopeEntry, { kind: "redirect" }> | undefined {
    for (let s: Scope | undefined = this; s !== undefined; ) {
      const e = s.names.get(name);
      if (e === undefined) s = s.parent;
      else if (e.kind === "redirect") s = e.from;
      else return e;
    }
    return undefined;
  }

  /** The outermost scope (built-ins, imports, enums). */
  get global(): Scope {
    let s: Scope = this;
    while (s.parent !== undefined) s = s.parent;
    return s;
  }
}

/** A dict literal being checked: what `&sibling` / `&root` resolve against. */
export interface DictFrame {
  readonly id: NodeId;
  readonly fields: ReadonlyMap<string, BindingId>;
}

export interface ClosureFrame {
  readonly id: NodeId;
  readonly captures: Set<BindingId>;
}

/** Where an expression sits. Immutable: nested constructs make a new one. */
export interface Ctx {
  readonly scope: Scope;
  /** Open closures, outermost first. */
  readonly closures: readonly ClosureFrame[];
  /** The dict whose field is being defined (`&sibling`). */
  readonly sibling: DictFrame | undefined;
  /** Inside an element of a list literal (`&prev` / `&next` are LATER there, an error elsewhere). */
  readonly inListElement: boolean;
}

/** A dict field or where binding whose type is computed on first use (forward references, §4.1). */
export interface LazyEntry {
  state: "pending" | "checking" | "done";
  readonly binding: BindingId;
  readonly field: ast.Field;
  /** The context the value is checked in (the dict's scope, closures and sibling). */
  readonly ctx: Ctx;
  /** Type known without checking the value: the declared field type or a function field's full signature. */
  readonly declared: Type | undefined;
  /** Expected-type hint from the enclosing literal's expected type. */
  readonly hint: Type | undefined;
  /** Function fields: the resolved parameter types and declared result type. */
  readonly signature: { readonly params: readonly Type[]; readonly result: Type | undefined } | undefined;
  value?: TExpr;
  /** A dependency cycle through this entry was reported (report once). */
  cycleReported?: boolean;
}

/** Nesting deeper than this during analysis (e.g. a long chain of forward references) is refused. */
export const MAX_ANALYSIS_DEPTH = 400;

export class Analyzer {
  readonly diagnostics: Diagnostic[] = [];
  private nextNodeId = 0;
  /** Indexed by BindingId; entries are replaced when a lazily typed binding gets its type. */
  readonly bindings: Binding[] = [];
  readonly bindingLevel: number[] = [];
  readonly lazy = new Map<BindingId, LazyEntry>();
  depth = 0;
  private depthReported = false;
  /** The document's root dict (for `&root`), set when its check starts. */
  rootFrame: DictFrame | undefined;
  /** Declared schema and enum types by name; installed by declarations.ts. */
  namedType: (name: string, span: Span) => Type | undefined = () => undefined;

  constructor(readonly document: ast.Document) {}

  error(code: string, message: string, span: Span, notes: readonly DiagnosticNote[] = []): void {
    this.diagnostics.push(diagnostic(code, message, span, notes));
  }

  newNode(): NodeId {
    return this.nextNodeId++;
  }

  /** Registers a binding; `make` receives its id. */
  newBinding(level: number, make: (id: BindingId) => Binding): BindingId {
    const id = this.bindings.length;
    this.bindings.push(make(id));
    this.bindingLevel.push(level);
    return id;
  }

  setBindingType(id: BindingId, type: Type): void {
    const b = this.bindings[id]!;
    this.bindings[id] = { ...b, type };
  }

  /** Enters one level of analysis recursion; false (with one diagnostic) past the limit. */
  enter(span: Span): boolean {
    if (this.depth >= MAX_ANALYSIS_DEPTH) {
      if (!this.depthReported) {
        this.depthReported = true;
        this.error("Unsupported", `the program nests (or chains forward references) more than ${MAX_ANALYSIS_DEPTH} levels deep`, span);
      }
      return false;
    }
    this.depth++;
    return true;
  }

  leave(): void {
    this.depth--;
  }
}
