// Where the entry function is written as two JS functions (emit-func.ts): V8
// compiles a function whose first call spends its time in a loop while that
// call runs, and statements in front of the loop have no type feedback yet then
// (docs/backend-js.md "Functions with a long first call"). The split adds no IR
// frame: `$depth` counts only the `$call_` wrappers.
import { walk, type Expr } from "@tetra/ir";

/**
 * Where the entry is split into two JS functions: before its first top-level statement that holds
 * a loop, or 0 (no split) when that is the first statement or there is none. V8 compiles a function
 * whose first call spends its time in a loop while that call runs; statements before the loop had
 * not run with type feedback yet, so the optimised code was thrown away on the next call ("insufficient
 * type feedback") and every later call ran the loop in the slower on-stack-replacement code. In the
 * tail, only plain moves are left in front of the loop in the common case (`lo = 0; hi = n; i = lo`).
 */
export function splitAt(body: readonly Expr[]): number {
  const k = body.findIndex((e) => {
    let loop = false;
    walk(e, (x) => {
      if (x.kind === "loop") loop = true;
    });
    return loop;
  });
  return k > 0 ? k : 0;
}

/** The locals that `stmts` assign and read: the tail takes the assigned ones as parameters. */
export function localsOf(stmts: readonly Expr[]): { readonly assigned: ReadonlySet<string>; readonly used: ReadonlySet<string> } {
  const assigned = new Set<string>();
  const used = new Set<string>();
  for (const e of stmts)
    walk(e, (x) => {
      if (x.kind === "local.set" || x.kind === "local.tee") assigned.add(x.name);
      if (x.kind === "local.get") used.add(x.name);
    });
  return { assigned, used };
}
