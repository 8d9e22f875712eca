// Self-call inlining: a small recursive function gets one copy of its own body
// in place of each call it makes to itself, so half of a call tree's levels
// (and its leaves) run without a machine call. No backend's optimiser does
// this for us: LLVM and binaryen never inline a function into itself.
//
// Preconditions: a verified module, after insertFuel (each copy keeps the
// callee's entry fuel op, so fuel runs out at the same point). Postconditions:
// a verified module with the same observable behaviour — outputs, traps at the
// same sites, the same fuel, and the same call depth: each copy runs inside a
// `frame` carrying the call's site, which counts one frame as the call did.
//   (call $f site=8 (A))  ->
//   (block $f.in1.args (result R)
//     (local.set $k.in1 A)             ; the arguments, evaluated first as before
//     (local.set $t.in1 (i64.const 0)) ; the callee's locals start at zero
//     (frame $f.in1 site=8 (result R)  ; the depth check of the call
//       body[k -> k.in1, t -> t.in1, label -> label.in1, (return v) -> (br $f.in1 v)]))
// Only the function's original body is copied, so the copies still call the
// function: one level per call site, the code grows by at most MAX_SITES
// copies of a body of at most MAX_NODES nodes.
import { InternalError, unreachable } from "@tetra/core";
import type { Expr, Func, Local, Module, ValType } from "../types.js";
import { mapChildren, walkFunc } from "../walk.js";

/** Largest body (in nodes) that is copied into itself. */
export const INLINE_MAX_NODES = 80;
/** Most self-call sites a function may have to be inlined. */
export const INLINE_MAX_SITES = 4;

function zero(t: ValType): Expr {
  switch (t) {
    case "i32":
      return { kind: "i32.const", value: 0 };
    case "i64":
      return { kind: "i64.const", value: 0n };
    case "f64":
      return { kind: "f64.const", bits: 0n };
    default:
      return unreachable(t);
  }
}

interface Shape {
  nodes: number;
  selfCalls: number;
}

function shapeOf(f: Func): Shape {
  const s: Shape = { nodes: 0, selfCalls: 0 };
  walkFunc(f, (e) => {
    s.nodes++;
    if (e.kind === "call" && e.func === f.name) s.selfCalls++;
  });
  return s;
}

/** Names not yet used in `taken`, made from `base` + `.in<n>` (n counting up), recorded as taken. */
function freshName(base: string, n: number, taken: Set<string>): string {
  let name = `${base}.in${n}`;
  for (let k = 2; taken.has(name); k++) name = `${base}.in${n}_${k}`;
  taken.add(name);
  return name;
}

function labelsOf(f: Func): Set<string> {
  const out = new Set<string>();
  walkFunc(f, (e) => {
    if (e.kind === "block" || e.kind === "loop" || e.kind === "frame") out.add(e.label);
  });
  return out;
}

/** The copy of `f`'s body for call number `n`, its new locals, and the frame around it. */
class Copier {
  private readonly locals = new Map<string, string>();
  private readonly labels = new Map<string, string>();
  readonly newLocals: Local[] = [];
  readonly frameLabel: string;
  readonly argsLabel: string;

  constructor(
    private readonly f: Func,
    n: number,
    localNames: Set<string>,
    labelNames: Set<string>,
  ) {
    for (const v of [...f.params, ...f.locals]) {
      const name = freshName(v.name, n, localNames);
      this.locals.set(v.name, name);
      this.newLocals.push({ name, type: v.type });
    }
    for (const l of labelsOf(f)) this.labels.set(l, freshName(l, n, labelNames));
    this.frameLabel = freshName(f.name, n, labelNames);
    this.argsLabel = freshName(`${f.name}.args`, n, labelNames);
  }

  private local(name: string): string {
    const to = this.locals.get(name);
    if (to === undefined) throw new InternalError(`inline: unknown local $${name} in $${this.f.name}`);
    return to;
  }

  private label(name: string): string {
    const to = this.labels.get(name);
    if (to === undefined) throw new InternalError(`inline: unknown label $${name} in $${this.f.name}`);
    return to;
  }

  copy(e: Expr): Expr {
    const inner = mapChildren(e, { child: (c) => this.copy(c), list: (es) => es.map((c) => this.copy(c)) });
    switch (inner.kind) {
      case "local.get":
      case "local.set":
      case "local.tee":
        return { ...inner, name: this.local(inner.name) };
      case "block":
      case "loop":
      case "frame":
      case "br":
      case "br_if":
        return { ...inner, label: this.label(inner.label) };
      case "br_table":
        return { ...inner, labels: inner.labels.map((l) => this.label(l)), default: this.label(inner.default) };
      case "return":
        return inner.value === undefined ? { kind: "br", label: this.frameLabel } : { kind: "br", label: this.frameLabel, value: inner.value };
      default:
        return inner;
    }
  }

  /** The call's replacement: arguments into the copy's params, its locals zeroed, then the frame. */
  inlined(call: Expr & { kind: "call" }): Expr {
    const f = this.f;
    const sets: Expr[] = f.params.map((p, i) => ({ kind: "local.set", name: this.local(p.name), value: call.args[i] as Expr }));
    for (const v of f.locals) sets.push({ kind: "local.set", name: this.local(v.name), value: zero(v.type) });
    const frame: Expr = { kind: "frame", label: this.frameLabel, type: f.result, site: call.site, body: f.body.map((e) => this.copy(e)) };
    return { kind: "block", label: this.argsLabel, type: f.result, body: [...sets, frame] };
  }
}

/** `f` with each call to itself replaced by a framed copy of its body, or `f` itself when it is not small and self-recursive. */
export function inlineSelfCallsFunc(f: Func): Func {
  const { nodes, selfCalls } = shapeOf(f);
  if (selfCalls === 0 || selfCalls > INLINE_MAX_SITES || nodes > INLINE_MAX_NODES) return f;
  const localNames = new Set([...f.params, ...f.locals].map((v) => v.name));
  const labelNames = labelsOf(f);
  const added: Local[] = [];
  let n = 0;
  const rewrite = (e: Expr): Expr => {
    const inner = mapChildren(e, { child: rewrite, list: (es) => es.map(rewrite) });
    if (inner.kind !== "call" || inner.func !== f.name) return inner;
    const copier = new Copier(f, ++n, localNames, labelNames);
    added.push(...copier.newLocals);
    return copier.inlined(inner);
  };
  const body = f.body.map(rewrite);
  return { ...f, locals: [...f.locals, ...added], body };
}

/** Runs inlineSelfCallsFunc on every function. */
export function inlineSelfCalls(m: Module): Module {
  return { ...m, funcs: m.funcs.map(inlineSelfCallsFunc) };
}
