// Lowering state. `Lowerer` is per program: the module being built, the
// pre-pass results, trap sites, IR function names, deferred function bodies and
// the caches of generated helpers (equality, conversion, validation). `FnCtx`
// is per IR function: its builder and how each binding and frame is reached
// from inside it (a local, a load from the environment, ...).
import { diagnostic, type Diagnostic, type Span } from "@tetra/core";
import { ModuleBuilder, RUNTIME, useRuntime, type Expr, type FuncBuilder, type LocalRef, type ValType } from "@tetra/ir";
import type { BindingId, NodeId, TypedProgram } from "../analyze/typed-ast.js";
import { Scopes } from "./scopes.js";

export class Lowerer {
  readonly m = new ModuleBuilder();
  readonly scopes: Scopes;
  readonly diagnostics: Diagnostic[] = [];
  /** Helper functions already generated, by key (`eq:List<Int>`, `conv:…`). */
  readonly helpers = new Map<string, string>();
  /** The IR function of each Closure node (lambdas, function fields, predicates). */
  readonly closureFns = new Map<NodeId, string>();
  /** The force function of each lazy field / where binding. */
  readonly forceFns = new Map<BindingId, string>();
  private readonly sites = new Map<Span, number>();
  private readonly names = new Set<string>();
  private readonly jobs: (() => void)[] = [];

  constructor(readonly program: TypedProgram) {
    this.scopes = new Scopes(program);
  }

  /** The trap site of a source span (one per span). */
  site(span: Span): number {
    let s = this.sites.get(span);
    if (s === undefined) {
      s = this.m.site(span);
      this.sites.set(span, s);
    }
    return s;
  }

  /** Records that `construct` cannot be lowered; the caller emits a placeholder. */
  unsupported(construct: string, span: Span | undefined): void {
    this.diagnostics.push(diagnostic("Unsupported", `unsupported: ${construct}`, span));
  }

  /** A function name not used yet: `fn.fib`, then `fn.fib.1`, … */
  uniqueName(base: string): string {
    let name = base;
    for (let k = 1; this.names.has(name) || this.m.has(name); k++) name = `${base}.${k}`;
    this.names.add(name);
    return name;
  }

  /** Build a function body later (after the current one), so bodies never nest. */
  defer(job: () => void): void {
    this.jobs.push(job);
  }

  runJobs(): void {
    for (let job = this.jobs.shift(); job !== undefined; job = this.jobs.shift()) job();
  }

  /** A runtime-library function by name, or undefined (with an Unsupported diagnostic) when it does not exist yet. */
  runtime(name: string, span: Span | undefined): string | undefined {
    if (!RUNTIME.has(name)) {
      this.unsupported(`runtime function ${name} (not in the runtime library yet)`, span);
      return undefined;
    }
    return useRuntime(this.m, name);
  }
}

/** How one IR function reaches the program's bindings and frames. */
export class FnCtx {
  /** Bindings whose value is available as an expression (a local or a load from the environment). */
  readonly values = new Map<BindingId, () => Expr>();
  /** Dict/where frames reachable from here: the frame pointer. */
  readonly frames = new Map<NodeId, () => Expr>();
  /**
   * i64 locals that never hold a negative value: the counter of a range starting at a
   * non-negative constant and the locals bound to its elements (`for i in range(n)`), so
   * `i % 8` can be `i & 7` (expr.ts).
   */
  readonly nonNegative = new Set<string>();

  constructor(
    readonly L: Lowerer,
    readonly b: FuncBuilder,
  ) {}

  /** A fresh local. */
  temp(type: ValType, hint = "t"): LocalRef {
    return this.b.local(hint, type);
  }

  /** A fresh local set to `value` (emitted now); its reads are pure. */
  let(value: Expr, type: ValType, hint = "t"): LocalRef {
    const l = this.b.local(hint, type);
    this.b.set(l, value);
    return l;
  }

  /**
   * A fresh local bound to an element `value` that is never assigned again: it is known
   * non-negative when `value` reads a non-negative local.
   */
  bind(value: Expr, type: ValType, hint: string): LocalRef {
    const l = this.let(value, type, hint);
    if (value.kind === "local.get" && this.nonNegative.has(value.name)) this.nonNegative.add(l.name);
    return l;
  }
}
