// Dead code removal.
//
// Preconditions: a verified module. Postconditions: a verified module with the
// same observable behaviour (same outputs, same traps at the same sites, same
// fuel consumption). It removes:
//   * statements after an unconditional terminator in a body list
//       (return x) (local.set $a ...)        -> (return x)
//   * `drop` of a pure expression (OP_INFO.pure for the whole subtree)
//   * `br_if` whose condition is the constant 0
//   * an `if` with a constant condition that sits directly in a body list:
//     the chosen arm's statements are spliced in (labels are function-unique,
//     so nothing can clash)
//   * functions no export, entry, table entry or reachable call refers to
import { OP_INFO, opOf } from "../op-info.js";
import type { Expr, Func, Module } from "../types.js";
import { children, mapChildren, walkFunc } from "../walk.js";

const TERMINATORS: ReadonlySet<Expr["kind"]> = new Set(["br", "br_table", "return", "trap", "unreachable"]);

function isPure(e: Expr): boolean {
  return OP_INFO[opOf(e)].pure && children(e).every(isPure);
}

function dceList(es: readonly Expr[]): Expr[] {
  const out: Expr[] = [];
  for (const e0 of es) {
    const e = dceExpr(e0);
    if (e.kind === "drop" && isPure(e.value)) continue;
    if (e.kind === "br_if" && e.cond.kind === "i32.const" && e.cond.value === 0) continue;
    if (e.kind === "if" && e.cond.kind === "i32.const") {
      out.push(...(e.cond.value !== 0 ? e.then : e.else));
    } else out.push(e);
    const last = out[out.length - 1];
    if (last !== undefined && TERMINATORS.has(last.kind)) break;
  }
  // A spliced arm may have brought a terminator followed by statements.
  const cut = out.findIndex((e) => TERMINATORS.has(e.kind));
  return cut < 0 ? out : out.slice(0, cut + 1);
}

function dceExpr(e: Expr): Expr {
  return mapChildren(e, { child: dceExpr, list: dceList });
}

/** Names of functions reachable from the exports, the entry and the table. */
function reachable(m: Module): Set<string> {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const seen = new Set<string>();
  const todo = [...m.exports, ...m.table, ...(m.entry === null ? [] : [m.entry])];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const f = byName.get(name);
    if (f === undefined) continue;
    walkFunc(f, (e) => {
      if (e.kind === "call") todo.push(e.func);
    });
  }
  return seen;
}

export function dceFunc(f: Func): Func {
  return { ...f, body: dceList(f.body) };
}

export function dce(m: Module): Module {
  const live = reachable(m);
  return { ...m, funcs: m.funcs.filter((f) => live.has(f.name)).map(dceFunc) };
}
