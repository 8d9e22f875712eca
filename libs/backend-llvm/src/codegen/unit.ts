// One LLVM module ("unit") built from a batch of IR modules: the shared types,
// constants and intrinsics, the declarations of every IR function, and the glue
// the C runtime calls (thunks and `tetra_dispatch`). Function bodies are
// emitted by FuncEmitter (emit-func.ts).
//
// Calling convention of every IR function `$f (param T*) (result R)`:
//
//   internal R' @mK.f(i64* %regs, i8* %mem, i32 %depth, T'...)
//
// `regs` points at the runtime-state words (abi.ts REG), `mem` at the arena,
// `depth` is the caller's depth + 1 (the entry thunk passes 1). Passing depth
// as an argument keeps the MAX_CALL_DEPTH check free of memory traffic.
import { InternalError, unreachable } from "@tetra/core";
import { statusOfTrap as statusOf, type Module, type ResultType, type Signature, type ValType } from "@tetra/ir";
import type {
  BasicBlock,
  Function as LFunction,
  IRBuilder,
  IntegerType,
  LLVMContext,
  Module as LModule,
  PointerType,
  Type,
  Value,
} from "llvm-bindings";
import { IO } from "../abi.js";
import { callableFuncs, funcSymbol, indirectSymbol, sigKey, thunkSymbol } from "../layout.js";
import type { Llvm } from "../native-deps.js";
import type { NativeTarget } from "../target.js";

/** Intrinsics by name, resolved to llvm-bindings' numeric ids. */
export type IntrinsicName =
  | "sadd_with_overflow"
  | "ssub_with_overflow"
  | "smul_with_overflow"
  | "ctlz"
  | "cttz"
  | "ctpop"
  | "fshl"
  | "fshr"
  | "sqrt"
  | "floor"
  | "ceil"
  | "trunc"
  | "roundeven"
  | "fabs"
  | "copysign"
  | "fptosi_sat"
  | "memcpy"
  | "memmove"
  | "memset"
  | "umax"
  | "umin"
  | "expect";

export interface DeclaredFunc {
  readonly fn: LFunction;
  readonly sig: Signature;
}

export class Unit {
  readonly ctx: LLVMContext;
  readonly mod: LModule;
  readonly i1: IntegerType;
  readonly i8: IntegerType;
  readonly i16: IntegerType;
  readonly i32: IntegerType;
  readonly i64: IntegerType;
  readonly f64: Type;
  readonly void: Type;
  readonly i8p: PointerType;
  readonly i64p: PointerType;
  /** `void tetra_trap(i64* regs, i32 status, i32 site)` (noreturn, in the C runtime). */
  readonly trapFn: LFunction;
  /** Per batch module: IR function name → declaration. */
  private readonly funcs: Map<string, DeclaredFunc>[];
  private readonly indirect = new Map<string, { fn: LFunction; k: number; sig: Signature }>();
  private readonly intrinsics = new Map<string, LFunction>();
  private readonly b: IRBuilder;

  constructor(
    readonly llvm: Llvm,
    readonly modules: readonly Module[],
    target: NativeTarget,
  ) {
    this.ctx = new llvm.LLVMContext();
    this.mod = new llvm.Module("tetra", this.ctx);
    this.mod.setTargetTriple(target.triple);
    // From a string: TargetMachine.createDataLayout() hands back freed memory in llvm-bindings 0.4.2.
    this.mod.setDataLayout(target.dataLayout);
    this.b = new llvm.IRBuilder(this.ctx);
    this.i1 = this.b.getInt1Ty();
    this.i8 = this.b.getInt8Ty();
    this.i16 = this.b.getInt16Ty();
    this.i32 = this.b.getInt32Ty();
    this.i64 = this.b.getInt64Ty();
    this.f64 = this.b.getDoubleTy();
    this.void = this.b.getVoidTy();
    this.i8p = this.b.getInt8PtrTy();
    this.i64p = llvm.PointerType.getUnqual(this.i64);
    this.trapFn = this.declare("tetra_trap", this.void, [this.i64p, this.i32, this.i32], false);
    this.funcs = modules.map((m, k) => {
      const decls = new Map<string, DeclaredFunc>();
      for (const f of m.funcs) {
        const sig = { params: f.params.map((p) => p.type), result: f.result };
        const params = this.hiddenParams().concat(sig.params.map((t) => this.valType(t)));
        const fn = this.declare(funcSymbol(k, f.name), this.resultType(f.result), params, true, ["regs", "mem", "depth", ...f.params.map((p) => `${p.name}.arg`)]);
        decls.set(f.name, { fn, sig });
      }
      return decls;
    });
  }

  valType(t: ValType): Type {
    switch (t) {
      case "i32":
        return this.i32;
      case "i64":
        return this.i64;
      case "f64":
        return this.f64;
      default:
        return unreachable(t);
    }
  }

  resultType(t: ResultType): Type {
    return t === "none" ? this.void : this.valType(t);
  }

  /** regs, mem, depth. */
  hiddenParams(): Type[] {
    return [this.i64p, this.i8p, this.i32];
  }

  func(k: number, name: string): DeclaredFunc {
    const f = this.funcs[k]?.get(name);
    if (f === undefined) throw new InternalError("unknown function", name);
    return f;
  }

  /** Declare a function: internal (IR functions and helpers) or external (the runtime's and the glue). */
  /** `argNames` name the first parameters (`%regs`, `%mem`: codegen/attributes.ts matches them). */
  declare(name: string, ret: Type, params: Type[], internal: boolean, argNames: readonly string[] = []): LFunction {
    const { LinkageTypes } = this.llvm.GlobalValue;
    const linkage = internal ? LinkageTypes.InternalLinkage : LinkageTypes.ExternalLinkage;
    const fn = this.llvm.Function.Create(this.llvm.FunctionType.get(ret, params, false), linkage, name, this.mod);
    argNames.forEach((n, i) => fn.getArg(i).setName(n));
    return fn;
  }

  intrinsic(name: IntrinsicName, types: Type[]): LFunction {
    const key = `${name}:${types.map((t) => this.typeTag(t)).join(",")}`;
    let fn = this.intrinsics.get(key);
    if (fn === undefined) {
      fn = this.llvm.Intrinsic.getDeclaration(this.mod, this.llvm.Intrinsic[name], types);
      this.intrinsics.set(key, fn);
    }
    return fn;
  }

  /** A cache key for a type (llvm-bindings' wrappers are fresh objects; only some methods exist per class). */
  private typeTag(t: Type): string {
    const id = t.getTypeID();
    if (id !== this.llvm.Type.TypeID.IntegerTyID) return String(id);
    return `i${[1, 8, 16, 32, 64].find((n) => t.isIntegerTy(n)) ?? "?"}`;
  }

  i32Const(v: number): Value {
    return this.llvm.ConstantInt.get(this.i32, v | 0, true);
  }

  /**
   * An exact i64 constant. llvm-bindings converts JS numbers (IRBuilder.getInt64
   * even through a 32-bit `unsigned`), so values beyond 2^53 are folded from two
   * exact 32-bit halves: `(hi << 32) | lo` folds to one ConstantInt.
   */
  i64Const(v: bigint): Value {
    const s = BigInt.asIntN(64, v);
    const { ConstantInt } = this.llvm;
    if (s >= -(2n ** 53n) && s <= 2n ** 53n) return ConstantInt.get(this.i64, Number(s), true);
    const u = BigInt.asUintN(64, s);
    const hi = ConstantInt.get(this.i64, Number(u >> 32n), false);
    const lo = ConstantInt.get(this.i64, Number(u & 0xffffffffn), false);
    return this.b.CreateOr(this.b.CreateShl(hi, ConstantInt.get(this.i64, 32, false)), lo);
  }

  /** An f64 constant with exactly these bits (a JS number would not carry NaN payloads). */
  f64Bits(bits: bigint): Value {
    return this.b.CreateBitCast(this.i64Const(bits), this.f64);
  }

  /** The dispatcher `call_indirect` with signature `sig` in module k calls (created on first use, emitted by `finish`). */
  indirectFor(k: number, sig: Signature): LFunction {
    const key = `${k}/${sigKey(sig)}`;
    let d = this.indirect.get(key);
    if (d === undefined) {
      const params = [...this.hiddenParams(), this.i32, this.i32, ...sig.params.map((t) => this.valType(t))];
      d = { fn: this.declare(indirectSymbol(k, sig), this.resultType(sig.result), params, true, ["regs", "mem", "depth", "site", "index"]), k, sig };
      this.indirect.set(key, d);
    }
    return d.fn;
  }

  block(fn: LFunction, name: string): BasicBlock {
    return this.llvm.BasicBlock.Create(this.ctx, name, fn);
  }

  /** `llvm.expect(cond, likely)`: a branch-weight hint (cold paths are laid out and spilled around, not in, the hot loop). */
  expect(b: IRBuilder, cond: Value, likely: boolean): Value {
    return b.CreateCall(this.intrinsic("expect", [this.i1]), [cond, likely ? b.getTrue() : b.getFalse()]);
  }

  /** `call tetra_trap(regs, status, site); unreachable` at the builder's position. */
  emitTrap(b: IRBuilder, regs: Value, status: Value, site: Value): void {
    b.CreateCall(this.trapFn, [regs, status, site]);
    b.CreateUnreachable();
  }

  /** Emits the call_indirect dispatchers, the thunks and `tetra_dispatch`. Call after every body. */
  finish(): void {
    for (const d of this.indirect.values()) this.emitIndirect(d.fn, d.k, d.sig);
    const thunks = this.modules.flatMap((m, k) => callableFuncs(m).map((name) => this.emitThunk(k, name)));
    this.emitDispatch(thunks);
  }

  /**
   * `switch index` over the table entries whose signature equals `sig`; any
   * other index (outside the table or a different signature) traps MemoryFault,
   * then the depth check, as in the interpreter.
   */
  private emitIndirect(fn: LFunction, k: number, sig: Signature): void {
    const { b } = this;
    const m = this.modules[k] as Module;
    const [regs, mem, depth, site, index] = [0, 1, 2, 3, 4].map((i) => fn.getArg(i));
    const args = sig.params.map((_, i) => fn.getArg(5 + i));
    b.SetInsertPoint(this.block(fn, "entry"));
    const fault = this.block(fn, "fault");
    const deep = this.block(fn, "too_deep");
    const entries = m.table.map((name, i) => ({ name, i, f: this.func(k, name) })).filter((e) => sameSig(e.f.sig, sig));
    const sw = b.CreateSwitch(index as Value, fault, entries.length);
    for (const e of entries) {
      const bb = this.block(fn, `case${e.i}`);
      sw.addCase(this.b.getInt32(e.i), bb);
      b.SetInsertPoint(bb);
      const ok = this.block(fn, `call${e.i}`);
      b.CreateCondBr(b.CreateICmpUGE(depth as Value, this.i32Const(1000)), deep, ok);
      b.SetInsertPoint(ok);
      const r = b.CreateCall(e.f.fn, [regs as Value, mem as Value, b.CreateAdd(depth as Value, this.i32Const(1)), ...args]);
      if (sig.result === "none") b.CreateRetVoid();
      else b.CreateRet(r);
    }
    b.SetInsertPoint(fault);
    this.emitTrap(b, regs as Value, this.i32Const(statusOf("MemoryFault")), site as Value);
    b.SetInsertPoint(deep);
    this.emitTrap(b, regs as Value, this.i32Const(statusOf("MemoryLimitExceeded")), site as Value);
  }

  /** `void @mK.f.thunk(i64* regs, i8* mem, i64* io)`: arguments from io words, result to io. */
  private emitThunk(k: number, name: string): LFunction {
    const { b } = this;
    const f = this.func(k, name);
    const fn = this.declare(thunkSymbol(k, name), this.void, [this.i64p, this.i8p, this.i64p], true, ["regs", "mem", "io"]);
    const [regs, mem, io] = [fn.getArg(0), fn.getArg(1), fn.getArg(2)];
    b.SetInsertPoint(this.block(fn, "entry"));
    const word = (i: number): Value => b.CreateGEP(this.i64, io, this.i64Const(BigInt(i)));
    const args = f.sig.params.map((t, i) => {
      const w = b.CreateLoad(this.i64, word(IO.args + i));
      return t === "i64" ? w : t === "i32" ? b.CreateTrunc(w, this.i32) : b.CreateBitCast(w, this.f64);
    });
    const r = b.CreateCall(f.fn, [regs, mem, this.i32Const(1), ...args]);
    const result = f.sig.result;
    if (result !== "none") {
      const w = result === "i64" ? r : result === "i32" ? b.CreateSExt(r, this.i64) : b.CreateBitCast(r, this.i64);
      b.CreateStore(w, word(IO.result));
    }
    b.CreateRetVoid();
    return fn;
  }

  /** `i32 tetra_dispatch(i32 fn, i64* regs, i8* mem, i64* io)`: 0 after calling thunk fn, 1 for an unknown index. */
  private emitDispatch(thunks: readonly LFunction[]): void {
    const { b } = this;
    const fn = this.declare("tetra_dispatch", this.i32, [this.i32, this.i64p, this.i8p, this.i64p], false, ["fn", "regs", "mem", "io"]);
    b.SetInsertPoint(this.block(fn, "entry"));
    const bad = this.block(fn, "unknown");
    const sw = b.CreateSwitch(fn.getArg(0), bad, thunks.length);
    thunks.forEach((t, i) => {
      const bb = this.block(fn, `thunk${i}`);
      sw.addCase(this.b.getInt32(i), bb);
      b.SetInsertPoint(bb);
      b.CreateCall(t, [fn.getArg(1), fn.getArg(2), fn.getArg(3)]);
      b.CreateRet(this.i32Const(0));
    });
    b.SetInsertPoint(bad);
    b.CreateRet(this.i32Const(1));
  }
}

export function sameSig(a: Signature, b: Signature): boolean {
  return a.result === b.result && a.params.length === b.params.length && a.params.every((p, i) => p === b.params[i]);
}

