// One IR function → one LLVM function. Structured control flow maps directly to
// basic blocks: a `block` gets an exit block, a `loop` a header block, an `if`
// then/else/join blocks; a typed block/if carries its value through an entry-
// block alloca (as do locals), which `opt -O2` (mem2reg/SROA) turns into SSA.
//
// Invariant: the builder always sits in an unterminated block. After a
// terminator (`br`, `return`, `trap`, ...) emission continues in a fresh block
// with no predecessors, which the optimizer deletes; `emit` returns null for
// expressions without a value (statements, terminators), and a consumer in such
// dead code uses `undef`.
//
// Runtime state: the arena size and the scratch start are loaded from regs once
// at entry (they are fixed for a run); fuel and the three write marks (lowStart,
// lowEnd, highEnd: run-contract.ts "Arena reuse") live in local slots (registers after mem2reg),
// written back to regs before every call and return and reloaded after calls.
// A trap block writes the marks back before it calls tetra_trap, so they are
// exact after a trap too and the next run zeroes only what this one wrote (and
// what it allocated: `alloc` widens the marks so that writes into fresh blocks
// skip both the bounds check and the mark update, see coverWrite).
//
// A counted loop is emitted twice behind one pre-check (versioned-loop.ts): a
// copy without fuel checks, without the checks of the accesses the pre-check
// proves in range (`proven`) and without the overflow tests of the counter
// arithmetic it proves exact (`exact`), and the loop as written.
import { InternalError, unreachable, type RuntimeErrorKind } from "@tetra/core";
import {
  countedLoop,
  MARK_HEADROOM_BYTES,
  MARK_HEADROOM_SHIFT,
  MAX_CALL_DEPTH,
  NUM_OP_INFO,
  STORE_OP_INFO,
  statusOfTrap,
  walkFunc,
  WRAPPING_OF,
  type Block,
  type CountedLoop,
  type Expr,
  type Func,
  type LoopAccess,
  type Module,
  type ValType,
} from "@tetra/ir";
import type { AllocaInst, BasicBlock, Function as LFunction, IRBuilder, Type, Value } from "llvm-bindings";
import { REG, STATUS_STACK_EXHAUSTED, STATUS_UNREACHABLE } from "../abi.js";
import { checkedRange, emitLoad, emitStore, loadAt, storeAt, type MemoryContext } from "./emit-memory.js";
import { emitNum } from "./emit-num.js";
import type { Unit } from "./unit.js";
import { emitVersionedLoop, type VersionContext } from "./versioned-loop.js";

/** Register words a function keeps in local slots. */
type CachedReg = "fuel" | "lowStart" | "lowEnd" | "highEnd";

type Label = { readonly kind: "block"; readonly exit: BasicBlock; readonly slot: AllocaInst | undefined } | { readonly kind: "loop"; readonly header: BasicBlock };

export class FuncEmitter implements MemoryContext, VersionContext {
  readonly b: IRBuilder;
  /** Inserts before the entry block's terminator: allocas and the loads done once per call. */
  private readonly entry: IRBuilder;
  private readonly fn: LFunction;
  private readonly regs: Value;
  readonly mem: Value;
  /** The current call depth: the argument, or inside a `frame` the frame's own (one more). */
  private depth: Value;
  private readonly size: Value | undefined;
  private readonly scratchStart: Value | undefined;
  private readonly fuelSlot: AllocaInst | undefined;
  private readonly lowStartSlot: AllocaInst | undefined;
  private readonly lowEndSlot: AllocaInst | undefined;
  private readonly highEndSlot: AllocaInst | undefined;
  /** A byte in this function's frame: its address stands for the stack pointer in the stack check. */
  private readonly stackProbe: Value | undefined;
  /** The run's stack limit, loaded once at entry like the arena size (fixed for a run), so the
   *  optimizer folds the identical checks before a function's second and later calls into the first. */
  private readonly stackLimit: Value | undefined;
  private readonly locals = new Map<string, { readonly slot: AllocaInst; readonly type: ValType }>();
  private readonly labels = new Map<string, Label>();
  private readonly traps = new Map<string, BasicBlock>();
  /** While a versioned loop's unchecked copy is emitted: its accesses the pre-check proved in range. */
  private proven: ReadonlyMap<Expr, LoopAccess> = new Map();
  /** ... and its checked ops the pre-check proved exact (emitted wrapping). */
  private exact: ReadonlySet<Expr> = new Set();

  constructor(
    readonly u: Unit,
    private readonly k: number,
    private readonly module: Module,
    private readonly f: Func,
  ) {
    this.fn = u.func(k, f.name).fn;
    this.regs = this.fn.getArg(0);
    this.mem = this.fn.getArg(1);
    this.depth = this.fn.getArg(2);
    const entryBlock = u.block(this.fn, "entry");
    const body = u.block(this.fn, "body");
    const lb = u.llvm;
    this.b = new lb.IRBuilder(entryBlock);
    this.entry = new lb.IRBuilder(this.b.CreateBr(body));
    this.b.SetInsertPoint(body);

    let usesMemory = false;
    let writes = false;
    let usesFuel = false;
    let calls = false;
    walkFunc(f, (e) => {
      if (e.kind === "call" || e.kind === "call_indirect") calls = true;
      if (e.kind === "load" || e.kind === "store" || e.kind === "memory.copy" || e.kind === "memory.fill") usesMemory = true;
      if (e.kind === "store" || e.kind === "memory.copy" || e.kind === "memory.fill" || e.kind === "alloc") writes = true;
      if (e.kind === "fuel") usesFuel = true;
    });
    f.params.forEach((p, i) => {
      const slot = this.alloca(u.valType(p.type), p.name);
      this.entry.CreateStore(this.fn.getArg(3 + i), slot);
      this.locals.set(p.name, { slot, type: p.type });
    });
    for (const l of f.locals) {
      const slot = this.alloca(u.valType(l.type), l.name);
      this.entry.CreateStore(this.zero(l.type), slot);
      this.locals.set(l.name, { slot, type: l.type });
    }
    this.size = usesMemory || writes ? this.entry.CreateLoad(u.i64, this.reg("arenaSize", this.entry), "arena_size") : undefined;
    this.fuelSlot = usesFuel ? this.cachedReg("fuel") : undefined;
    this.scratchStart = writes ? this.entry.CreateLoad(u.i64, this.reg("scratchStart", this.entry), "scratch_start") : undefined;
    this.lowStartSlot = writes ? this.cachedReg("lowStart") : undefined;
    this.lowEndSlot = writes ? this.cachedReg("lowEnd") : undefined;
    this.highEndSlot = writes ? this.cachedReg("highEnd") : undefined;
    this.stackProbe = calls ? this.entry.CreatePtrToInt(this.alloca(u.i8, "stack_probe"), u.i64) : undefined;
    this.stackLimit = calls ? this.entry.CreateLoad(u.i64, this.reg("stackLimit", this.entry), "stack_limit") : undefined;
  }

  /** Emits the body and the trap blocks. */
  emit(): void {
    const v = this.seq(this.f.body);
    this.ret(this.f.result === "none" ? null : v);
  }

  guard(failIf: Value, kind: RuntimeErrorKind, site: number): void {
    const ok = this.u.block(this.fn, "ok");
    this.b.CreateCondBr(failIf, this.trapBlock(statusOfTrap(kind), site), ok);
    this.b.SetInsertPoint(ok);
  }

  // --- helpers -------------------------------------------------------------

  alloca(t: Type, name: string): AllocaInst {
    return this.entry.CreateAlloca(t, null, name);
  }

  private zero(t: ValType): Value {
    return t === "i32" ? this.u.i32Const(0) : t === "i64" ? this.u.i64Const(0n) : this.u.f64Bits(0n);
  }

  private undef(t: ValType): Value {
    return this.u.llvm.UndefValue.get(this.u.valType(t));
  }

  /** Pointer to a runtime-state word. */
  private reg(r: keyof typeof REG, b: IRBuilder = this.b): Value {
    return b.CreateGEP(this.u.i64, this.regs, this.u.i64Const(BigInt(REG[r])));
  }

  /** One shared block per (status, site) that calls tetra_trap. */
  private trapBlock(status: number, site: number): BasicBlock {
    const key = `${status}:${site}`;
    let bb = this.traps.get(key);
    if (bb === undefined) {
      bb = this.u.block(this.fn, `trap${status}.site${site}`);
      const tb = new this.u.llvm.IRBuilder(bb);
      this.flushMarks(tb);
      this.u.emitTrap(tb, this.regs, this.u.i32Const(status), this.u.i32Const(site));
      this.traps.set(key, bb);
    }
    return bb;
  }

  /** Continue in a fresh block after a terminator (dead code until a label joins it). */
  private dead(): void {
    this.b.SetInsertPoint(this.u.block(this.fn, "dead"));
  }

  private position(bb: BasicBlock): void {
    this.b.SetInsertPoint(bb);
  }

  /** A local copy of a register word, loaded at entry. */
  private cachedReg(r: CachedReg): AllocaInst {
    const slot = this.alloca(this.u.i64, r);
    this.entry.CreateStore(this.entry.CreateLoad(this.u.i64, this.reg(r, this.entry)), slot);
    return slot;
  }

  /** Writes the cached registers back (before a call or return). */
  private flushState(): void {
    const { b, u } = this;
    if (this.fuelSlot !== undefined) b.CreateStore(b.CreateLoad(u.i64, this.fuelSlot), this.reg("fuel"));
    this.flushMarks(b);
  }

  /** The cached write marks, with their register words. */
  private marks(): readonly [AllocaInst, CachedReg][] {
    const { lowStartSlot: ls, lowEndSlot: le, highEndSlot: he } = this;
    return ls === undefined || le === undefined || he === undefined ? [] : [[ls, "lowStart"], [le, "lowEnd"], [he, "highEnd"]];
  }

  /** Writes the cached write marks back (before a call, a return or a trap). */
  private flushMarks(b: IRBuilder): void {
    for (const [slot, r] of this.marks()) b.CreateStore(b.CreateLoad(this.u.i64, slot), this.reg(r, b));
  }

  /** Reloads the cached registers (after a call, which may have changed them). */
  private reloadState(): void {
    const { b, u } = this;
    if (this.fuelSlot !== undefined) b.CreateStore(b.CreateLoad(u.i64, this.reg("fuel")), this.fuelSlot);
    for (const [slot, r] of this.marks()) b.CreateStore(b.CreateLoad(u.i64, this.reg(r)), slot);
  }

  arenaSize(): Value {
    if (this.size === undefined) throw new InternalError(`arena size not loaded in $${this.f.name}`);
    return this.size;
  }

  /** The 64-bit start of a copy/fill destination [u32(dst), + len), after `coverWrite`. */
  private writeRange(dst: Value, len: Value, site: number): Value {
    const start = this.b.CreateZExt(dst, this.u.i64);
    this.coverWrite(start, this.b.CreateAdd(start, len), site);
    return start;
  }

  /**
   * The fast path of every write: [start, end) inside [scratch start, highEnd)
   * or inside [lowStart, lowEnd) is already covered by the marks (both windows
   * lie inside the arena: a mark only ever grows to the end of a write that
   * passed the bounds check or of an allocation), so the write needs no bounds
   * check and no mark update. `alloc` widens the window of its region to the
   * end of the block, so the writes that fill freshly allocated memory — nearly
   * all of them — take the fast path. Anything else takes the slow block: the
   * bounds check, then `noteWrite`.
   */
  coverWrite(start: Value, end: Value, site: number): void {
    const { b, u } = this;
    const [ls, le, he, scratchStart] = this.markSlots();
    const inHigh = b.CreateAnd(b.CreateICmpUGE(start, scratchStart), b.CreateICmpULE(end, b.CreateLoad(u.i64, he)));
    const low = u.block(this.fn, "write.low");
    const slow = u.block(this.fn, "write.slow");
    const done = u.block(this.fn, "write.ok");
    b.CreateCondBr(u.expect(b, inHigh, true), done, low);
    b.SetInsertPoint(low);
    const inLow = b.CreateAnd(b.CreateICmpUGE(start, b.CreateLoad(u.i64, ls)), b.CreateICmpULE(end, b.CreateLoad(u.i64, le)));
    b.CreateCondBr(u.expect(b, inLow, true), done, slow);
    b.SetInsertPoint(slow);
    this.guard(b.CreateICmpUGT(end, this.arenaSize()), "MemoryFault", site);
    this.noteWrite(start, end);
    b.CreateBr(done);
    b.SetInsertPoint(done);
  }

  private markSlots(): [AllocaInst, AllocaInst, AllocaInst, Value] {
    const [ls, le, he, scratchStart] = [this.lowStartSlot, this.lowEndSlot, this.highEndSlot, this.scratchStart];
    if (ls === undefined || le === undefined || he === undefined || scratchStart === undefined) throw new InternalError(`write marks missing in $${this.f.name}`);
    return [ls, le, he, scratchStart];
  }

  /**
   * Widens the write marks for a write [start, end) (i64 offsets), without a
   * branch: below = start < scratch start; lowEnd = below ? umax(lowEnd, end)
   * : lowEnd; highEnd = below ? highEnd : umax(highEnd, end); lowStart =
   * umin(lowStart, start) — unconditionally, since lowStart <= input offset <=
   * scratch start, so a write at or above the scratch start never lowers it.
   * Without `headroom` (a versioned loop's whole store range) the raised mark
   * is `end` itself.
   */
  private noteWrite(start: Value, end: Value, headroom = true): void {
    const { b, u } = this;
    const [ls, le, he, scratchStart] = this.markSlots();
    const umax = u.intrinsic("umax", [u.i64]);
    const umin = u.intrinsic("umin", [u.i64]);
    const below = b.CreateICmpULT(start, scratchStart);
    const lowStart = b.CreateCall(umin, [b.CreateLoad(u.i64, ls), start]);
    // Headroom (run-contract.ts MARK_HEADROOM_*, as the wasm backend): a mark
    // raised by a write grows past `end`, so appends past the marks take this
    // slow path O(log n) times, not once per write. `end` passed the bounds
    // check, so the mark stays inside the arena and at or above `end`.
    const grown = (base: Value): Value =>
      !headroom
        ? end
        : b.CreateCall(umin, [this.arenaSize(), b.CreateAdd(b.CreateAdd(end, u.i64Const(MARK_HEADROOM_BYTES)), b.CreateLShr(b.CreateSub(end, base), u.i64Const(MARK_HEADROOM_SHIFT)))]);
    const lowEnd = b.CreateLoad(u.i64, le);
    const highEnd = b.CreateLoad(u.i64, he);
    b.CreateStore(b.CreateSelect(below, b.CreateCall(umax, [lowEnd, grown(lowStart)]), lowEnd), le);
    b.CreateStore(b.CreateSelect(below, highEnd, b.CreateCall(umax, [highEnd, grown(scratchStart)])), he);
    b.CreateStore(lowStart, ls);
  }

  private ret(v: Value | null): void {
    this.flushState();
    if (this.f.result === "none") this.b.CreateRetVoid();
    else if (v === null) this.b.CreateUnreachable(); // only in dead code: the body ended in a terminator
    else this.b.CreateRet(v);
  }

  private local(name: string): { readonly slot: AllocaInst; readonly type: ValType } {
    const l = this.locals.get(name);
    if (l === undefined) throw new InternalError("unknown local", name);
    return l;
  }

  private label(name: string): Label {
    const l = this.labels.get(name);
    if (l === undefined) throw new InternalError("unknown label", name);
    return l;
  }

  private target(name: string): BasicBlock {
    const l = this.label(name);
    return l.kind === "block" ? l.exit : l.header;
  }

  private cond(e: Expr): Value {
    return this.b.CreateICmpNE(this.value(e, "i32"), this.u.i32Const(0));
  }

  private value(e: Expr, t: ValType): Value {
    return this.expr(e) ?? this.undef(t);
  }

  private seq(es: readonly Expr[]): Value | null {
    let v: Value | null = null;
    for (const e of es) v = this.expr(e);
    return v;
  }

  /** A typed construct's result slot, stored on each live path into its join block. */
  private resultSlot(t: ValType | "none"): AllocaInst | undefined {
    return t === "none" ? undefined : this.alloca(this.u.valType(t), "result");
  }

  private storeResult(slot: AllocaInst | undefined, v: Value | null): void {
    if (slot !== undefined && v !== null) this.b.CreateStore(v, slot);
  }

  private loadResult(slot: AllocaInst | undefined, t: ValType | "none"): Value | null {
    return slot === undefined || t === "none" ? null : this.b.CreateLoad(this.u.valType(t), slot);
  }

  // --- calls ---------------------------------------------------------------

  /** Ends the run (STATUS_STACK_EXHAUSTED) when this frame is already below the stack limit. */
  private stackCheck(): void {
    const { b, u } = this;
    if (this.stackProbe === undefined || this.stackLimit === undefined) throw new InternalError(`stack probe missing in $${this.f.name}`);
    const ok = u.block(this.fn, "stack_ok");
    b.CreateCondBr(b.CreateICmpULT(this.stackProbe, this.stackLimit), this.trapBlock(STATUS_STACK_EXHAUSTED, 0), ok);
    this.position(ok);
  }

  private callDirect(name: string, args: readonly Expr[], site: number): Value | null {
    const { b, u } = this;
    const callee = u.func(this.k, name);
    const vs = args.map((a, i) => this.value(a, callee.sig.params[i] as ValType));
    this.guard(b.CreateICmpUGE(this.depth, u.i32Const(MAX_CALL_DEPTH)), "MemoryLimitExceeded", site);
    this.stackCheck();
    this.flushState();
    const r = b.CreateCall(callee.fn, [this.regs, this.mem, b.CreateAdd(this.depth, u.i32Const(1)), ...vs]);
    this.reloadState();
    return callee.sig.result === "none" ? null : r;
  }

  private callIndirect(e: Extract<Expr, { kind: "call_indirect" }>): Value | null {
    const { b, u } = this;
    const vs = e.args.map((a, i) => this.value(a, e.sig.params[i] as ValType));
    const index = this.value(e.index, "i32");
    this.stackCheck();
    this.flushState();
    // The dispatcher checks the index and signature, then the depth (unit.ts emitIndirect).
    const r = b.CreateCall(u.indirectFor(this.k, e.sig), [this.regs, this.mem, this.depth, u.i32Const(e.site), index, ...vs]);
    this.reloadState();
    return e.sig.result === "none" ? null : r;
  }

  // --- runtime state -------------------------------------------------------

  private alloc(e: Extract<Expr, { kind: "alloc" }>): Value {
    const { b, u } = this;
    const size = b.CreateZExt(this.value(e.size, "i32"), u.i64);
    const ptrReg = e.region === "scratch" ? this.reg("scratch_ptr") : this.reg("output_ptr");
    const endReg = e.region === "scratch" ? this.reg("scratch_end") : this.reg("output_end");
    // The registers hold u32 values in 64-bit words, so align_up and p + size cannot wrap.
    const ptr = b.CreateLoad(u.i64, ptrReg);
    const p = b.CreateAnd(b.CreateAdd(ptr, u.i64Const(BigInt(e.align - 1))), u.i64Const(BigInt(-e.align)));
    const next = b.CreateAdd(p, size);
    this.guard(b.CreateICmpUGT(next, b.CreateLoad(u.i64, endReg)), "MemoryLimitExceeded", e.site);
    b.CreateStore(next, ptrReg);
    // Widen the region's covered window to the block's end (coverWrite): the
    // next run then zeroes the block even if it is never written, which is
    // always allowed (a fresh arena is all zeroes there).
    const [, lowEndSlot, highEndSlot] = this.markSlots();
    const mark = e.region === "scratch" ? highEndSlot : lowEndSlot;
    b.CreateStore(b.CreateCall(u.intrinsic("umax", [u.i64]), [b.CreateLoad(u.i64, mark), next]), mark);
    return b.CreateTrunc(p, u.i32);
  }

  private fuel(amount: number, site: number): void {
    const { b, u } = this;
    const slot = this.fuelSlot;
    if (slot === undefined) throw new InternalError(`fuel slot missing in $${this.f.name}`);
    const left = b.CreateLoad(u.i64, slot);
    const n = u.i64Const(BigInt(amount));
    this.guard(b.CreateICmpULT(left, n), "StepLimitExceeded", site);
    b.CreateStore(b.CreateSub(left, n), slot);
  }

  // --- versioned loops (versioned-loop.ts) ---------------------------------

  newBlock(name: string): BasicBlock {
    return this.u.block(this.fn, name);
  }

  localValue(name: string): Value {
    const l = this.local(name);
    return this.b.CreateLoad(this.u.valType(l.type), l.slot);
  }

  fuelLeft(): Value {
    if (this.fuelSlot === undefined) throw new InternalError(`fuel slot missing in $${this.f.name}`);
    return this.b.CreateLoad(this.u.i64, this.fuelSlot);
  }

  setFuel(v: Value): void {
    if (this.fuelSlot === undefined) throw new InternalError(`fuel slot missing in $${this.f.name}`);
    this.b.CreateStore(v, this.fuelSlot);
  }

  widenMarks(start: Value, end: Value): void {
    this.noteWrite(start, end, false);
  }

  emitChecked(c: CountedLoop): void {
    this.plainBlock(c.block);
  }

  emitUnchecked(c: CountedLoop, proven: ReadonlyMap<Expr, LoopAccess>, exact: ReadonlySet<Expr>): void {
    this.proven = proven;
    this.exact = exact;
    // The same nodes without the head's `fuel` (paid up front), so `proven` finds them by identity.
    this.plainBlock({ ...c.block, body: [{ ...c.loop, body: c.loop.body.slice(1) }] });
    this.proven = new Map();
    this.exact = new Set();
  }

  /** `mem + zext(B) + zext(K) * C + offset`: the exact address, as the pre-check proved no i32 step wraps. */
  private provenPointer(a: LoopAccess): Value {
    const { b, u } = this;
    const k = b.CreateMul(b.CreateZExt(this.localValue(a.index), u.i64), u.i64Const(BigInt(a.scale)));
    const at = b.CreateAdd(b.CreateZExt(this.localValue(a.base), u.i64), k);
    return b.CreateGEP(u.i8, this.mem, a.offset === 0 ? at : b.CreateAdd(at, u.i64Const(BigInt(a.offset))));
  }

  private plainBlock(e: Block): Value | null {
    const exit = this.u.block(this.fn, e.label);
    const slot = this.resultSlot(e.type);
    this.labels.set(e.label, { kind: "block", exit, slot });
    this.storeResult(slot, this.seq(e.body));
    this.b.CreateBr(exit);
    this.position(exit);
    return this.loadResult(slot, e.type);
  }

  // --- the dispatch --------------------------------------------------------

  private expr(e: Expr): Value | null {
    const { b, u } = this;
    switch (e.kind) {
      case "i32.const":
        return u.i32Const(e.value);
      case "i64.const":
        return u.i64Const(e.value);
      case "f64.const":
        return u.f64Bits(e.bits);
      case "local.get": {
        const l = this.local(e.name);
        return b.CreateLoad(u.valType(l.type), l.slot);
      }
      case "local.set":
      case "local.tee": {
        const l = this.local(e.name);
        const v = this.value(e.value, l.type);
        b.CreateStore(v, l.slot);
        return e.kind === "local.tee" ? v : null;
      }
      case "block": {
        const counted = countedLoop(e);
        if (counted === undefined) return this.plainBlock(e);
        emitVersionedLoop(this, counted);
        return null;
      }
      case "frame": {
        // An inlined call: the call's depth check, then a block whose calls count one frame deeper.
        this.guard(b.CreateICmpUGE(this.depth, u.i32Const(MAX_CALL_DEPTH)), "MemoryLimitExceeded", e.site);
        const outer = this.depth;
        this.depth = b.CreateAdd(outer, u.i32Const(1));
        const v = this.plainBlock({ kind: "block", label: e.label, type: e.type, body: e.body });
        this.depth = outer;
        return v;
      }
      case "loop": {
        const header = u.block(this.fn, e.label);
        this.labels.set(e.label, { kind: "loop", header });
        b.CreateBr(header);
        this.position(header);
        // A loop is left only by falling off its end, so its value is the body's last value, here.
        return this.seq(e.body);
      }
      case "if": {
        const c = this.cond(e.cond);
        const then = u.block(this.fn, "then");
        const otherwise = u.block(this.fn, "else");
        const join = u.block(this.fn, "join");
        const slot = this.resultSlot(e.type);
        b.CreateCondBr(c, then, otherwise);
        this.position(then);
        this.storeResult(slot, this.seq(e.then));
        b.CreateBr(join);
        this.position(otherwise);
        this.storeResult(slot, this.seq(e.else));
        b.CreateBr(join);
        this.position(join);
        return this.loadResult(slot, e.type);
      }
      case "br": {
        const l = this.label(e.label);
        if (l.kind === "loop") b.CreateBr(l.header);
        else {
          if (e.value !== undefined) {
            const v = this.expr(e.value);
            this.storeResult(l.slot, v);
          }
          b.CreateBr(l.exit);
        }
        this.dead();
        return null;
      }
      case "br_if": {
        const c = this.cond(e.cond);
        const cont = u.block(this.fn, "cont");
        b.CreateCondBr(c, this.target(e.label), cont);
        this.position(cont);
        return null;
      }
      case "br_table": {
        const index = this.value(e.index, "i32");
        const sw = b.CreateSwitch(index, this.target(e.default), e.labels.length);
        e.labels.forEach((l, i) => sw.addCase(b.getInt32(i), this.target(l)));
        this.dead();
        return null;
      }
      case "return": {
        const v = e.value === undefined ? null : this.expr(e.value);
        this.ret(this.f.result === "none" ? null : v ?? this.undef(this.f.result));
        this.dead();
        return null;
      }
      case "trap":
        b.CreateBr(this.trapBlock(statusOfTrap(e.trap), e.site));
        this.dead();
        return null;
      case "unreachable":
        b.CreateBr(this.trapBlock(STATUS_UNREACHABLE, 0));
        this.dead();
        return null;
      case "drop":
        this.expr(e.value);
        return null;
      case "select": {
        const t = this.expr(e.then);
        const f = this.expr(e.else);
        const c = this.cond(e.cond);
        return t === null || f === null ? null : b.CreateSelect(c, t, f);
      }
      case "call":
        return this.callDirect(e.func, e.args, e.site);
      case "call_indirect":
        return this.callIndirect(e);
      case "func.ref":
        return u.i32Const(this.module.table.indexOf(e.func));
      case "fuel":
        this.fuel(e.amount, e.site);
        return null;
      case "load": {
        const p = this.proven.get(e);
        return p === undefined ? emitLoad(this, e.op, this.value(e.addr, "i32"), e.offset, e.site) : loadAt(this, e.op, this.provenPointer(p));
      }
      case "store": {
        const p = this.proven.get(e);
        if (p !== undefined) {
          const at = this.provenPointer(p);
          storeAt(this, e.op, at, this.value(e.value, STORE_OP_INFO[e.op].type));
          return null;
        }
        const addr = this.value(e.addr, "i32");
        const v = this.value(e.value, STORE_OP_INFO[e.op].type);
        emitStore(this, e.op, addr, v, e.offset, e.site);
        return null;
      }
      case "memory.copy": {
        const dst = this.value(e.dst, "i32");
        const src = this.value(e.src, "i32");
        const len = b.CreateZExt(this.value(e.len, "i32"), u.i64);
        const s = checkedRange(this, src, len, e.site);
        const d = this.writeRange(dst, len, e.site);
        const p = (o: Value): Value => b.CreateGEP(u.i8, this.mem, o);
        b.CreateCall(u.intrinsic("memmove", [u.i8p, u.i8p, u.i64]), [p(d), p(s.start), len, b.getFalse()]);
        return null;
      }
      case "memory.fill": {
        const dst = this.value(e.dst, "i32");
        const byte = b.CreateTrunc(this.value(e.value, "i32"), u.i8);
        const len = b.CreateZExt(this.value(e.len, "i32"), u.i64);
        const d = this.writeRange(dst, len, e.site);
        b.CreateCall(u.intrinsic("memset", [u.i8p, u.i64]), [b.CreateGEP(u.i8, this.mem, d), byte, len, b.getFalse()]);
        return null;
      }
      case "alloc":
        return this.alloc(e);
      case "state.get":
        return b.CreateTrunc(b.CreateLoad(u.i64, this.reg(e.reg)), u.i32);
      case "state.set":
        b.CreateStore(b.CreateZExt(this.value(e.value, "i32"), u.i64), this.reg(e.reg));
        return null;
      case "num": {
        const info = NUM_OP_INFO[e.op];
        const args = e.args.map((a, i) => this.value(a, info.operands[i] as ValType));
        return emitNum(this, (this.exact.has(e) ? WRAPPING_OF[e.op] : undefined) ?? e.op, args, e.site ?? 0);
      }
      default:
        return unreachable(e);
    }
  }
}
