// The lowering pre-pass: which dict fields / where bindings must be forced on
// demand, which reads of them need the state check, what every closure and
// frame captures, and names for the IR functions (docs/lowering.md "Frames and
// forcing").
//
// Entries of a Dict or Where node E are numbered in source order (a where's
// body is the entry after its bindings). A read of field j located in entry i
// of E is SAFE when i > j and entry i is neither lazy nor a function field:
// code inside such an entry only runs after entry i started, which is after j
// was computed (fields are forced in source order). A field with an unsafe read
// is LAZY: it gets a state byte and a force function. Unsafe reads make more
// fields lazy (a lazy entry's reads are unsafe), so this is a fixpoint:
//   { Int a: flag ? b : 1, Int b: a + 1 }   → b lazy (read by an earlier entry),
//                                             then a lazy (read by lazy b).
// Function fields never have state (their value is a closure, computing it
// cannot fail); their bodies may run at any time, so their reads are unsafe.
//
// A capture of a plain field x into a closure or frame created inside entry i
// of x's dict is by VALUE when that position is safe for x (x is already
// computed there), else the capture is the dict's FRAME pointer and every read
// goes through the state check.
import { InternalError } from "@tetra/core";
import type { Binding, BindingId, NodeId, TExpr, TypedProgram } from "../analyze/typed-ast.js";
import type { Type } from "../types/type.js";
import { childrenOf } from "./walk.js";

export type DictNode = Extract<TExpr, { kind: "Dict" }>;
export type WhereNode = Extract<TExpr, { kind: "Where" }>;
export type ClosureNode = Extract<TExpr, { kind: "Closure" }>;

export interface FrameEntry {
  readonly kind: "field" | "spread" | "body";
  /** The field / where binding (field entries only). */
  readonly binding?: BindingId;
  readonly function: boolean;
  readonly expr: TExpr;
}

/** What a closure environment or a frame holds for one captured name. */
export type CaptureItem =
  | { readonly kind: "value"; readonly binding: BindingId; readonly type: Type }
  | { readonly kind: "frame"; readonly frame: NodeId };

export interface FrameInfo {
  readonly node: DictNode | WhereNode;
  readonly id: NodeId;
  readonly kind: "dict" | "where";
  readonly entries: readonly FrameEntry[];
  /** Entry index of each field / binding. */
  readonly entryOf: ReadonlyMap<BindingId, number>;
  /** Dot path of the enclosing field keys, for IR function names (`pricing.total`). */
  readonly path: string;
  readonly lazy: Set<BindingId>;
  /** A frame object exists at run time (lazy fields, or function fields that need an environment). */
  needsFrame: boolean;
  /** What the frame holds for its force functions and function-field bodies (empty without a frame). */
  captures: readonly CaptureItem[];
}

export interface ClosureInfo {
  readonly node: ClosureNode;
  /** Bindings read in the body that are defined outside it (sorted by id). */
  readonly free: readonly BindingId[];
  /** The function field / where binding this closure is the value of. */
  readonly binding: BindingId | undefined;
  readonly path: string;
  needsEnv: boolean;
  /** Environment contents (lambdas only; a function field's environment is its dict's frame). */
  items: readonly CaptureItem[];
}

type StackItem =
  | { readonly kind: "owner"; readonly node: NodeId }
  | { readonly kind: "closure"; readonly node: NodeId }
  | { readonly kind: "entry"; readonly frame: NodeId; readonly entry: number };

interface Read {
  readonly entry: number;
  readonly binding: BindingId;
  readonly node: TExpr;
}

export class Scopes {
  readonly frames = new Map<NodeId, FrameInfo>();
  readonly closures = new Map<NodeId, ClosureInfo>();
  /** The Closure node of each function field / function where binding. */
  readonly functionClosure: Map<BindingId, ClosureNode> = new Map();
  /** Name nodes whose read must check the field state (CircularReference). */
  readonly unsafeReads: Set<TExpr> = new Set();

  private readonly reads = new Map<NodeId, Read[]>();
  private readonly freeByEntry = new Map<string, Set<BindingId>>();
  private readonly closureFree = new Map<NodeId, Set<BindingId>>();
  private readonly closureBinding = new Map<NodeId, BindingId>();
  private readonly positions = new Map<NodeId, ReadonlyMap<NodeId, number>>();
  private readonly stack: StackItem[] = [];
  private readonly path: string[] = [];

  constructor(private readonly program: TypedProgram) {
    this.walk(program.root);
    for (const s of program.schemas.values()) for (const f of s.fields) if (f.predicate !== undefined) this.walk(f.predicate);
    for (const f of this.frames.values()) this.solveLazy(f);
    this.solveEnvs();
    for (const f of this.frames.values()) {
      f.needsFrame = f.lazy.size > 0 || f.entries.some((e) => e.function && this.closureNeedsEnv(e.binding!));
      if (f.needsFrame) f.captures = this.frameCaptures(f);
    }
    for (const c of this.closures.values()) if (c.binding === undefined && c.needsEnv) c.items = this.itemsFor(c.free, this.positions.get(c.node.id)!);
  }

  binding(id: BindingId): Binding {
    const b = this.program.bindings[id];
    if (b === undefined) throw new InternalError("unknown binding", id);
    return b;
  }

  /** The Dict/Where node that defines a field or where binding, else undefined. */
  frameOf(id: BindingId): NodeId | undefined {
    const b = this.binding(id);
    return b.kind === "DictField" ? b.dict : b.kind === "WhereBinding" ? b.where : undefined;
  }

  isFunctionBinding(id: BindingId): boolean {
    const b = this.binding(id);
    return (b.kind === "DictField" || b.kind === "WhereBinding") && b.function;
  }

  closureNeedsEnv(fnBinding: BindingId): boolean {
    const k = this.functionClosure.get(fnBinding);
    if (k === undefined) throw new InternalError("function binding without a closure", fnBinding);
    return this.closures.get(k.id)!.needsEnv;
  }

  frame(id: NodeId): FrameInfo {
    const f = this.frames.get(id);
    if (f === undefined) throw new InternalError("unknown frame", id);
    return f;
  }

  closure(id: NodeId): ClosureInfo {
    const c = this.closures.get(id);
    if (c === undefined) throw new InternalError("unknown closure", id);
    return c;
  }

  // ---------------------------------------------------------------- walk

  private walk(e: TExpr): void {
    switch (e.kind) {
      case "Name":
        this.read(e.binding, e);
        return;
      case "CallFunction":
        for (const a of e.args) this.walk(a);
        this.read(e.binding, e);
        return;
      case "Dict":
        this.walkDict(e);
        return;
      case "Where":
        this.walkWhere(e);
        return;
      case "Closure":
        this.walkClosure(e);
        return;
      case "Comprehension":
        this.walk(e.source);
        this.stack.push({ kind: "owner", node: e.id });
        if (e.filter !== null) this.walk(e.filter);
        this.walk(e.element);
        this.stack.pop();
        return;
      case "Match":
        this.walk(e.scrutinee);
        this.stack.push({ kind: "owner", node: e.id });
        for (const a of e.arms) this.walk(a.body);
        this.stack.pop();
        return;
      default:
        for (const c of childrenOf(e)) this.walk(c);
    }
  }

  private newFrame(node: DictNode | WhereNode, entries: FrameEntry[]): FrameInfo {
    const entryOf = new Map<BindingId, number>();
    entries.forEach((x, i) => {
      if (x.binding !== undefined) entryOf.set(x.binding, i);
      if (x.function && x.binding !== undefined && x.expr.kind === "Closure") {
        this.functionClosure.set(x.binding, x.expr);
        this.closureBinding.set(x.expr.id, x.binding);
      }
    });
    const info: FrameInfo = {
      node,
      id: node.id,
      kind: node.kind === "Dict" ? "dict" : "where",
      entries,
      entryOf,
      path: this.path.join("."),
      lazy: new Set(),
      needsFrame: false,
      captures: [],
    };
    this.frames.set(node.id, info);
    this.reads.set(node.id, []);
    this.positions.set(node.id, this.position());
    return info;
  }

  private walkEntries(info: FrameInfo, names: readonly (string | undefined)[]): void {
    this.stack.push({ kind: "owner", node: info.id });
    info.entries.forEach((x, i) => {
      const name = names[i];
      if (name !== undefined) this.path.push(sanitize(name));
      this.stack.push({ kind: "entry", frame: info.id, entry: i });
      this.freeByEntry.set(`${info.id}:${i}`, new Set());
      this.walk(x.expr);
      this.stack.pop();
      if (name !== undefined) this.path.pop();
    });
    this.stack.pop();
  }

  private walkDict(e: DictNode): void {
    const entries: FrameEntry[] = e.entries.map((x) =>
      x.kind === "Field" ? { kind: "field", binding: x.binding, function: x.function, expr: x.value } : { kind: "spread", function: false, expr: x.expr },
    );
    const info = this.newFrame(e, entries);
    this.walkEntries(info, e.entries.map((x) => (x.kind === "Field" ? x.key : undefined)));
  }

  private walkWhere(e: WhereNode): void {
    const entries: FrameEntry[] = e.bindings.map((x) => ({ kind: "field", binding: x.binding, function: this.isFunctionBinding(x.binding), expr: x.value }));
    entries.push({ kind: "body", function: false, expr: e.body });
    const info = this.newFrame(e, entries);
    this.walkEntries(info, [...e.bindings.map((x) => x.name), undefined]);
  }

  private walkClosure(e: ClosureNode): void {
    const binding = this.closureBinding.get(e.id);
    const free = new Set<BindingId>();
    this.closureFree.set(e.id, free);
    this.positions.set(e.id, this.position());
    const base = this.path.join(".");
    const path = binding === undefined ? (base === "" ? "lambda" : `${base}.lambda`) : base;
    this.stack.push({ kind: "closure", node: e.id });
    this.walk(e.body);
    this.stack.pop();
    this.closures.set(e.id, { node: e, free: [...free].sort((x, y) => x - y), binding, path, needsEnv: false, items: [] });
  }

  /** The entry index of every frame on the stack (innermost position). */
  private position(): ReadonlyMap<NodeId, number> {
    const m = new Map<NodeId, number>();
    for (const s of this.stack) if (s.kind === "entry") m.set(s.frame, s.entry);
    return m;
  }

  private ownerOf(id: BindingId): NodeId | undefined {
    const b = this.binding(id);
    switch (b.kind) {
      case "MainParam":
        return undefined;
      case "DictField":
        return b.dict;
      case "WhereBinding":
        return b.where;
      case "ClosureParam":
        return b.closure;
      case "ComprehensionVar":
        return b.comprehension;
      case "MatchBinding":
        return b.match;
    }
  }

  private read(id: BindingId, node: TExpr): void {
    const owner = this.ownerOf(id);
    let from = -1;
    if (owner !== undefined) {
      from = this.stack.findIndex((s) => (s.kind === "owner" || s.kind === "closure") && s.node === owner);
      if (from < 0) throw new InternalError("a name is read outside the scope of its binding", { id, owner });
    }
    for (let k = from + 1; k < this.stack.length; k++) {
      const s = this.stack[k]!;
      if (s.kind === "closure") this.closureFree.get(s.node)!.add(id);
      else if (s.kind === "entry") this.freeByEntry.get(`${s.frame}:${s.entry}`)!.add(id);
    }
    const frame = this.frameOf(id);
    if (frame === undefined) return;
    const at = this.stack.find((s) => s.kind === "entry" && s.frame === frame);
    if (at === undefined || at.kind !== "entry") throw new InternalError("a field is read outside its dict", id);
    this.reads.get(frame)!.push({ entry: at.entry, binding: id, node });
  }

  // ---------------------------------------------------------------- solving

  private isSafe(f: FrameInfo, entry: number, binding: BindingId): boolean {
    const j = f.entryOf.get(binding);
    if (j === undefined) throw new InternalError("binding is not in its frame", binding);
    const e = f.entries[entry]!;
    const unsafeEntry = e.function || (e.binding !== undefined && f.lazy.has(e.binding));
    return entry > j && !unsafeEntry;
  }

  private solveLazy(f: FrameInfo): void {
    const reads = this.reads.get(f.id)!.filter((r) => !this.isFunctionBinding(r.binding));
    for (let changed = true; changed; ) {
      changed = false;
      for (const r of reads) {
        if (!f.lazy.has(r.binding) && !this.isSafe(f, r.entry, r.binding)) {
          f.lazy.add(r.binding);
          changed = true;
        }
      }
    }
    for (const r of reads) if (!this.isSafe(f, r.entry, r.binding)) this.unsafeReads.add(r.node);
  }

  /** needsEnv: a closure reads something other than functions that need no environment (least fixpoint). */
  private solveEnvs(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const c of this.closures.values()) {
        if (c.needsEnv) continue;
        if (c.free.some((x) => !this.isFunctionBinding(x) || this.closureNeedsEnv(x))) {
          c.needsEnv = true;
          changed = true;
        }
      }
    }
  }

  private frameCaptures(f: FrameInfo): readonly CaptureItem[] {
    const free = new Set<BindingId>();
    f.entries.forEach((x, i) => {
      const needed = x.binding !== undefined && (f.lazy.has(x.binding) || (x.function && this.closureNeedsEnv(x.binding)));
      if (!needed) return;
      for (const b of this.freeByEntry.get(`${f.id}:${i}`)!) if (this.frameOf(b) !== f.id) free.add(b);
    });
    return this.itemsFor([...free].sort((x, y) => x - y), this.positions.get(f.id)!);
  }

  /** Capture items for free bindings `free` of a context created at `position`. */
  private itemsFor(free: readonly BindingId[], position: ReadonlyMap<NodeId, number>): readonly CaptureItem[] {
    const items: CaptureItem[] = [];
    const frames = new Set<NodeId>();
    const addFrame = (frame: NodeId) => {
      if (frames.has(frame)) return;
      frames.add(frame);
      items.push({ kind: "frame", frame });
    };
    for (const x of free) {
      const frame = this.frameOf(x);
      if (frame === undefined) {
        items.push({ kind: "value", binding: x, type: this.binding(x).type });
        continue;
      }
      if (this.isFunctionBinding(x)) {
        if (this.closureNeedsEnv(x)) addFrame(frame);
        continue;
      }
      const entry = position.get(frame);
      if (entry === undefined) throw new InternalError("capture outside the captured field's dict", x);
      if (this.isSafe(this.frame(frame), entry, x)) items.push({ kind: "value", binding: x, type: this.binding(x).type });
      else addFrame(frame);
    }
    return items;
  }
}

/** A dict key as part of an IR name (`[A-Za-z_][A-Za-z0-9_.]*`): `a b` → `a_b`, `é` → `_`, `10` → `_10`. */
export function sanitize(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_]/g, "_");
  return s === "" || /^[0-9]/.test(s) ? `_${s}` : s;
}
