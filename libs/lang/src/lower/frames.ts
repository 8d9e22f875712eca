// Dict literals and `where` with on-demand forcing (§5.2, docs/lowering.md
// "Frames and forcing"). Fields are computed in source order in the function
// that evaluates the literal. A lazy field (scopes.ts) instead has a state byte
// and a force function `$field.<path>` that any reader may call first:
//
//   { Int a: flag ? b : 1, Int b: a + 1 }
//   frame = alloc; state[a] = state[b] = 0
//   if state[a] == 0: call $field.a(frame)     ; a reads b → $field.b → reads a:
//   if state[b] == 0: call $field.b(frame)     ;   state[a] == 1 → CircularReference
//
// Reads that are provably after the field was computed are plain loads (or
// the local holding the value); only the others test the state.
import { InternalError } from "@tetra/core";
import type { Expr } from "@tetra/ir";
import type { BindingId, TExpr } from "../analyze/typed-ast.js";
import { projectedFields } from "../types/type-relations.js";
import type { Type } from "../types/type.js";
import { functionValue } from "./closures.js";
import { FnCtx } from "./context.js";
import { lowerConvert } from "./convert.js";
import { buildDictFromEntries, type DictEntrySource } from "./dict-build.js";
import { lowerExpr } from "./expr.js";
import { bindItems, frameLayout, STATE_BUSY, STATE_DONE, STATE_TODO, storeItems } from "./frame-layout.js";
import { fieldOffset, loadSlot, storeSlot, valTypeOf } from "./layout.js";
import { sanitize, type DictNode, type FrameInfo, type WhereNode } from "./scopes.js";

type NameNode = Extract<TExpr, { kind: "Name" }>;

export function readName(c: FnCtx, e: NameNode): Expr {
  return readBinding(c, e.binding, e);
}

/**
 * The value of binding `x` in context `c`. `node` is the Name being lowered
 * (its read may need the state check); capture code passes none (value
 * captures are always of computed fields).
 */
export function readBinding(c: FnCtx, x: BindingId, node: TExpr | undefined): Expr {
  const scopes = c.L.scopes;
  if (scopes.isFunctionBinding(x)) return functionValue(c, x, node?.span);
  const v = c.values.get(x);
  if (v !== undefined) return v();
  const frameId = scopes.frameOf(x);
  const fp = frameId === undefined ? undefined : c.frames.get(frameId);
  if (frameId === undefined || fp === undefined) throw new InternalError("binding not reachable from this function", { x, name: scopes.binding(x).name });
  const f = scopes.frame(frameId);
  const lay = frameLayout(f, scopes);
  const type = lay.slotType.get(x)!;
  const off = lay.slotOffset.get(x)!;
  if (node !== undefined && scopes.unsafeReads.has(node)) emitForce(c, f, x, fp, c.L.site(node.span));
  return loadSlot(c.b, type, fp(), off);
}

/** `if state != done { if state == busy: trap CircularReference; call $field.x(frame) }`. */
function emitForce(c: FnCtx, f: FrameInfo, x: BindingId, fp: () => Expr, site: number): void {
  const b = c.b;
  const so = frameLayout(f, c.L.scopes).stateOffset.get(x);
  if (so === undefined) throw new InternalError("unsafe read of a field without state", x);
  const force = forceFn(c, f, x);
  b.if(b.i32.ne(b.i32.load8U(fp(), so), b.i32.const(STATE_DONE)), () => {
    b.if(b.i32.eq(b.i32.load8U(fp(), so), b.i32.const(STATE_BUSY)), () => b.trap("CircularReference", site));
    b.callVoid(force, [fp()], site);
  });
}

/** A context whose environment is frame `f` (force functions, function-field bodies). */
export function enterFrame(c: FnCtx, f: FrameInfo, fp: () => Expr): void {
  c.frames.set(f.id, fp);
  bindItems(c, f.captures, frameLayout(f, c.L.scopes).items, fp);
}

function fieldName(c: FnCtx, f: FrameInfo, x: BindingId): string {
  const key = sanitize(c.L.scopes.binding(x).name);
  return `${f.path === "" ? "" : `${f.path}.`}${key}`;
}

/** The force function of lazy binding x: computes it into its slot, with the state protocol. */
function forceFn(c: FnCtx, f: FrameInfo, x: BindingId): string {
  const L = c.L;
  const known = L.forceFns.get(x);
  if (known !== undefined) return known;
  const name = L.uniqueName(`${f.kind === "dict" ? "field" : "where"}.${fieldName(c, f, x)}`);
  L.forceFns.set(x, name);
  const entry = f.entries[f.entryOf.get(x)!]!;
  L.defer(() =>
    L.m.func(name, [["frame", "i32"]], "none", (b) => {
      const inner = new FnCtx(L, b);
      const fp = () => b.get("frame");
      enterFrame(inner, f, fp);
      const lay = frameLayout(f, L.scopes);
      const so = lay.stateOffset.get(x)!;
      b.i32.store8(fp(), b.i32.const(STATE_BUSY), so);
      const v = lowerExpr(inner, entry.expr);
      storeSlot(b, lay.slotType.get(x)!, fp(), v, lay.slotOffset.get(x)!);
      b.i32.store8(fp(), b.i32.const(STATE_DONE), so);
    }),
  );
  return name;
}

/** Allocates the frame (or the plain record) and stores the captured items. */
function openFrame(c: FnCtx, f: FrameInfo, allocate: boolean): (() => Expr) | undefined {
  const b = c.b;
  const lay = frameLayout(f, c.L.scopes);
  if (!f.needsFrame && !allocate) return undefined;
  const site = c.L.site(f.node.span);
  const size = f.needsFrame ? lay.size : lay.slots.size;
  const p = c.let(b.alloc("scratch", b.i32.const(size), lay.align, site), "i32", f.kind === "dict" ? "dict" : "frame");
  const fp = () => b.get(p);
  if (f.needsFrame) {
    if (lay.stateCount > 0) b.memoryFill(b.i32.add(fp(), b.i32.const(lay.stateStart)), b.i32.const(STATE_TODO), b.i32.const(lay.stateCount), site);
    storeItems(c, f.captures, lay.items, fp, (x) => readBinding(c, x, undefined));
    c.frames.set(f.id, fp);
  }
  return fp;
}

/** Fields in source order: inline values, lazy ones forced in turn, function fields as closures. */
function runEntries(c: FnCtx, f: FrameInfo, fp: (() => Expr) | undefined, storeAll: boolean, onSpread: (e: TExpr, index: number) => void): void {
  const b = c.b;
  const lay = frameLayout(f, c.L.scopes);
  f.entries.forEach((entry, i) => {
    if (entry.kind === "spread") return onSpread(entry.expr, i);
    if (entry.kind === "body") return;
    const x = entry.binding!;
    if (entry.function) {
      if (storeAll && fp !== undefined) storeSlot(b, lay.slotType.get(x)!, fp(), functionValue(c, x, entry.expr.span), lay.slotOffset.get(x)!);
      return;
    }
    if (f.lazy.has(x)) {
      if (fp === undefined) throw new InternalError("lazy field without a frame", x);
      b.if(b.i32.eqz(b.i32.load8U(fp(), lay.stateOffset.get(x)!)), () => b.callVoid(forceFn(c, f, x), [fp()], c.L.site(entry.expr.span)));
      return;
    }
    const type = lay.slotType.get(x)!;
    const v = c.let(lowerExpr(c, entry.expr), valTypeOf(type), sanitize(c.L.scopes.binding(x).name));
    c.values.set(x, () => b.get(v));
    if (storeAll && fp !== undefined) storeSlot(b, type, fp(), b.get(v), lay.slotOffset.get(x)!);
  });
}

export function lowerDict(c: FnCtx, node: DictNode): Expr {
  const b = c.b;
  const f = c.L.scopes.frame(node.id);
  const fp = openFrame(c, f, true)!;
  const dynamic = node.type.kind === "Dict";
  const spreads: { expr: TExpr; local: ReturnType<FnCtx["let"]> }[] = [];
  runEntries(c, f, fp, true, (e) => {
    const src = c.let(lowerExpr(c, e), "i32", "spread");
    if (dynamic) spreads.push({ expr: e, local: src });
    else copySpread(c, e.type, () => b.get(src), node.type, fp);
  });
  if (!dynamic) return fp();
  return buildDynamic(c, node, f, fp, spreads);
}

/** `...s` into a record: each field of s's record/schema type to the same-named slot. */
function copySpread(c: FnCtx, from: Type, src: () => Expr, to: Type, dst: () => Expr): void {
  const b = c.b;
  if (from.kind !== "Record" && from.kind !== "Schema") throw new InternalError("spread of a non-record into a record", from);
  for (const field of from.fields as readonly { name: string; type: Type }[]) {
    const v = loadSlot(b, field.type, src(), fieldOffset(from, field.name));
    storeSlot(b, field.type, dst(), v, fieldOffset(to, field.name));
  }
}

/**
 * A dict literal that spreads a `Dict<String, V>` is itself a Dict: its
 * projected entries in source order, a later key replacing an earlier one.
 */
function buildDynamic(c: FnCtx, node: DictNode, f: FrameInfo, fp: () => Expr, spreads: readonly { expr: TExpr; local: ReturnType<FnCtx["let"]> }[]): Expr {
  const b = c.b;
  const t = node.type;
  if (t.kind !== "Dict") throw new InternalError("dynamic dict of a non-Dict type", t);
  const lay = frameLayout(f, c.L.scopes);
  const site = c.L.site(node.span);
  const sources: DictEntrySource[] = [];
  let k = 0;
  for (const entry of node.entries) {
    if (entry.kind === "Spread") {
      const s = spreads[k++]!;
      const st = entry.expr.type;
      if (st.kind === "Dict") sources.push({ kind: "dict", dict: () => b.get(s.local), valueType: st.value });
      else if (st.kind === "Record" || st.kind === "Schema") {
        const fields = st.kind === "Record" ? projectedFields(st.fields) : st.fields;
        for (const fl of fields) {
          sources.push({ kind: "one", key: fl.name, value: () => loadSlot(b, fl.type, b.get(s.local), fieldOffset(st, fl.name)), valueType: fl.type });
        }
      } else throw new InternalError("spread of a non-dict", st);
      continue;
    }
    const bt = c.L.scopes.binding(entry.binding);
    if (entry.internal || bt.type.kind === "Closure") continue;
    const x = entry.binding;
    sources.push({ kind: "one", key: entry.key, value: () => loadSlot(b, lay.slotType.get(x)!, fp(), lay.slotOffset.get(x)!), valueType: bt.type });
  }
  return buildDictFromEntries(c, t.value, sources, site, (v, from) => lowerConvert(c, v, from, t.value, "TypeMismatch", site));
}

export function lowerWhere(c: FnCtx, node: WhereNode): Expr {
  const f = c.L.scopes.frame(node.id);
  const fp = openFrame(c, f, false);
  runEntries(c, f, fp, false, () => {
    throw new InternalError("spread in a where");
  });
  return lowerExpr(c, node.body);
}
