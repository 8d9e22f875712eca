// The argument bookkeeping of one standard-library call: each argument is
// checked exactly once (with the expected type the signature gives it), count
// and type mismatches become FnCallArgCountMismatch / FnCallArgTypeMismatch,
// and arguments left unchecked after an error are still checked so their own
// mistakes are reported.
import type { Span } from "@tetra/core";
import type * as ast from "../ast.js";
import { checkClosure } from "../analyze/check-closure.js";
import { checkExpr, errorNode } from "../analyze/check-expr.js";
import { coerce } from "../analyze/coerce.js";
import type { Analyzer, Ctx } from "../analyze/context.js";
import type { CallForm, TExpr } from "../analyze/typed-ast.js";
import { isAssignable } from "../types/type-relations.js";
import { printType, T, type Type } from "../types/type.js";
import type { IntrinsicId } from "./intrinsics.js";

/** An argument: source syntax, or already checked (a method's receiver). */
export type Arg = { readonly kind: "ast"; readonly expr: ast.Expr } | { readonly kind: "typed"; readonly expr: TExpr };

export interface CallSite {
  readonly a: Analyzer;
  readonly ctx: Ctx;
  readonly args: readonly Arg[];
  readonly span: Span;
  readonly form: CallForm;
  /** How the callee reads in messages: "`len`", "method `upper`", "`list.sum`". */
  readonly label: string;
  readonly hint: Type | undefined;
}

export class CallChecker {
  private readonly done: (TExpr | undefined)[];

  constructor(readonly site: CallSite) {
    this.done = site.args.map(() => undefined);
  }

  get a(): Analyzer {
    return this.site.a;
  }

  get argCount(): number {
    return this.site.args.length;
  }

  /** False (after reporting) unless min ≤ count ≤ max. */
  count(min: number, max = min): boolean {
    const n = this.site.args.length;
    if (n >= min && n <= max) return true;
    const shift = this.site.form === "method" ? 1 : 0;
    const receiver = shift === 1 ? " (besides the receiver)" : "";
    const noun = max - shift === 1 ? "argument" : "arguments";
    this.a.error("FnCallArgCountMismatch", `${this.site.label} takes ${plural(min - shift, max - shift)} ${noun}${receiver}, found ${n - shift}`, this.site.span);
    return false;
  }

  /** Argument i with its own type. */
  arg(i: number, hint?: Type): TExpr {
    const cached = this.done[i];
    if (cached !== undefined) return cached;
    const src = this.site.args[i];
    if (src === undefined) return errorNode(this.site.span);
    const x = src.kind === "typed" ? src.expr : checkExpr(this.a, src.expr, this.site.ctx, hint);
    this.done[i] = x;
    return x;
  }

  /** Argument i converted to `type` (FnCallArgTypeMismatch otherwise). */
  argAs(i: number, type: Type): TExpr {
    return coerce(this.a, this.arg(i, type), type, { code: "FnCallArgTypeMismatch", what: this.argLabel(i) });
  }

  argLabel(i: number): string {
    if (this.site.form === "method") return i === 0 ? `receiver of ${this.site.label}` : `argument ${i} of ${this.site.label}`;
    return `argument ${i + 1} of ${this.site.label}`;
  }

  /** Reports that argument i has the wrong type; returns an error node after checking the rest. */
  mismatch(i: number, expected: string): TExpr {
    const x = this.arg(i);
    if (x.type.kind !== "Error") this.a.error("FnCallArgTypeMismatch", `${this.argLabel(i)}: expected ${expected}, found ${printType(x.type)}`, x.span);
    return this.fail();
  }

  /**
   * A closure argument of a higher-order function: a closure literal gets its
   * untyped parameters from `params` (§3.7); any other expression must already
   * have the type `Closure<params…, result>`.
   */
  closure(i: number, params: readonly Type[], result: Type | undefined): TExpr {
    const src = this.site.args[i];
    let x: TExpr;
    if (src?.kind === "ast" && src.expr.kind === "Closure") {
      x = checkClosure(this.a, src.expr, this.site.ctx, params);
      this.done[i] = x;
    } else x = this.arg(i);
    const t = x.type;
    if (t.kind === "Error") return x;
    const ok =
      t.kind === "Closure" &&
      t.params.length === params.length &&
      t.params.every((p, k) => isAssignable(params[k]!, p)) &&
      (result === undefined || isAssignable(t.result, result));
    if (!ok) {
      const want = `Closure<${[...params.map(printType), result === undefined ? "U" : printType(result)].join(", ")}>`;
      this.a.error("FnCallArgTypeMismatch", `${this.argLabel(i)}: expected ${want}, found ${printType(t)}`, x.span);
      return { ...x, type: T.error };
    }
    return x;
  }

  /** The call node; unchecked arguments (after an arity error) are checked for their own errors. */
  call(fn: IntrinsicId, args: readonly TExpr[], type: Type): TExpr {
    this.checkRest();
    return { kind: "CallIntrinsic", fn, args, form: this.site.form, type, span: this.site.span };
  }

  fail(): TExpr {
    this.checkRest();
    return errorNode(this.site.span);
  }

  private checkRest(): void {
    for (let i = 0; i < this.site.args.length; i++) this.arg(i);
  }
}

function plural(min: number, max: number): string {
  return min === max ? `${min}` : `${min} or ${max}`;
}
