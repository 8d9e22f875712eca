// The IR as readonly data (DESIGN §3): typed, structured, wasm-shaped expression
// trees, close to binaryen's. Every node has a result type (`i32 | i64 | f64`,
// `none` for statements, or "unreachable" for terminators, computed by
// `exprType` in verify.ts); operands are child nodes and are evaluated left to
// right in the order their fields are printed by print.ts.
//
// The one metadata table for every op (operand and result types, traps,
// purity, semantics) is op-info.ts; docs/ir.md is the reference.
import type { RuntimeErrorKind, Span } from "@tetra/core";

/** Value types. `i32` holds arena addresses, lengths and booleans (0/1). */
export type ValType = "i32" | "i64" | "f64";
/** A block, if, function or call result: a value type or nothing. */
export type ResultType = ValType | "none";

export interface Signature {
  readonly params: readonly ValType[];
  readonly result: ResultType;
}

/** The two bump-allocated regions of the arena (see docs/ir.md "Runtime state"). */
export type Region = "scratch" | "output";

/**
 * Runtime-state registers every backend holds per run, identically.
 * `scratch_ptr`/`output_ptr` are the bump pointers (readable and writable, so a
 * runtime function can mark/release scratch); `scratch_end`/`output_end` are the
 * read-only limits set by the host from the run contract.
 */
export type StateReg = "scratch_ptr" | "scratch_end" | "output_ptr" | "output_end";

export type LoadOp =
  | "i32.load"
  | "i32.load8_u"
  | "i32.load8_s"
  | "i32.load16_u"
  | "i32.load16_s"
  | "i64.load"
  | "f64.load";

export type StoreOp = "i32.store" | "i32.store8" | "i32.store16" | "i64.store" | "f64.store";

type IntBinary<T extends string> =
  | `${T}.add`
  | `${T}.sub`
  | `${T}.mul`
  | `${T}.div_s`
  | `${T}.div_u`
  | `${T}.rem_s`
  | `${T}.rem_u`
  | `${T}.and`
  | `${T}.or`
  | `${T}.xor`
  | `${T}.shl`
  | `${T}.shr_s`
  | `${T}.shr_u`
  | `${T}.rotl`
  | `${T}.rotr`;
type IntUnary<T extends string> = `${T}.clz` | `${T}.ctz` | `${T}.popcnt`;
type IntCompare<T extends string> =
  | `${T}.eqz`
  | `${T}.eq`
  | `${T}.ne`
  | `${T}.lt_s`
  | `${T}.lt_u`
  | `${T}.gt_s`
  | `${T}.gt_u`
  | `${T}.le_s`
  | `${T}.le_u`
  | `${T}.ge_s`
  | `${T}.ge_u`;

/** Operators whose operands are all expressions (no immediates besides an optional trap site). */
export type NumOp =
  | IntBinary<"i32">
  | IntUnary<"i32">
  | IntCompare<"i32">
  | IntBinary<"i64">
  | IntUnary<"i64">
  | IntCompare<"i64">
  | "i64.add_checked"
  | "i64.sub_checked"
  | "i64.mul_checked"
  | "i64.neg_checked"
  | "f64.add"
  | "f64.sub"
  | "f64.mul"
  | "f64.div"
  | "f64.div_checked"
  | "f64.sqrt"
  | "f64.floor"
  | "f64.ceil"
  | "f64.trunc"
  | "f64.nearest"
  | "f64.abs"
  | "f64.neg"
  | "f64.copysign"
  | "f64.eq"
  | "f64.ne"
  | "f64.lt"
  | "f64.gt"
  | "f64.le"
  | "f64.ge"
  | "i32.wrap_i64"
  | "i64.extend_i32_s"
  | "i64.extend_i32_u"
  | "f64.convert_i32_s"
  | "f64.convert_i32_u"
  | "f64.convert_i64_s"
  | "f64.convert_i64_u"
  | "i32.trunc_sat_f64_s"
  | "i64.trunc_sat_f64_s"
  | "i64.reinterpret_f64"
  | "f64.reinterpret_i64";

/** Every expression node. `kind` is the discriminant; `num` nodes carry their mnemonic in `op`. */
export type Expr =
  | I32Const
  | I64Const
  | F64Const
  | LocalGet
  | LocalSet
  | LocalTee
  | Block
  | Loop
  | If
  | Br
  | BrIf
  | BrTable
  | Return
  | Trap
  | Unreachable
  | Drop
  | Select
  | Call
  | Frame
  | CallIndirect
  | FuncRef
  | Fuel
  | Load
  | Store
  | MemoryCopy
  | MemoryFill
  | Alloc
  | StateGet
  | StateSet
  | Num;

export type ExprKind = Expr["kind"];

/** `value` is a signed 32-bit integer (`x | 0`). */
export interface I32Const {
  readonly kind: "i32.const";
  readonly value: number;
}
/** `value` is in [-2^63, 2^63). */
export interface I64Const {
  readonly kind: "i64.const";
  readonly value: bigint;
}
/** The constant's IEEE-754 bit pattern, unsigned 64-bit, so NaN payloads and -0 are exact. */
export interface F64Const {
  readonly kind: "f64.const";
  readonly bits: bigint;
}
export interface LocalGet {
  readonly kind: "local.get";
  readonly name: string;
}
export interface LocalSet {
  readonly kind: "local.set";
  readonly name: string;
  readonly value: Expr;
}
export interface LocalTee {
  readonly kind: "local.tee";
  readonly name: string;
  readonly value: Expr;
}
/** `br label` jumps to the end of the block (with a value when `type` is not none). */
export interface Block {
  readonly kind: "block";
  readonly label: string;
  readonly type: ResultType;
  readonly body: readonly Expr[];
}
/** `br label` jumps back to the start of the loop (never with a value). Falling off the end leaves it. */
export interface Loop {
  readonly kind: "loop";
  readonly label: string;
  readonly type: ResultType;
  readonly body: readonly Expr[];
}
export interface If {
  readonly kind: "if";
  readonly type: ResultType;
  readonly cond: Expr;
  readonly then: readonly Expr[];
  readonly else: readonly Expr[];
}
export interface Br {
  readonly kind: "br";
  readonly label: string;
  readonly value?: Expr;
}
/** Branches (without a value) when `cond` is non-zero; otherwise does nothing. Type none. */
export interface BrIf {
  readonly kind: "br_if";
  readonly label: string;
  readonly cond: Expr;
}
/** Branches to `labels[index]`, or to `default` when index >= labels.length (unsigned). No values. */
export interface BrTable {
  readonly kind: "br_table";
  readonly labels: readonly string[];
  readonly default: string;
  readonly index: Expr;
}
export interface Return {
  readonly kind: "return";
  readonly value?: Expr;
}
export interface Trap {
  readonly kind: "trap";
  readonly trap: RuntimeErrorKind;
  readonly site: number;
}
export interface Unreachable {
  readonly kind: "unreachable";
}
export interface Drop {
  readonly kind: "drop";
  readonly value: Expr;
}
/** Evaluates then, else, cond (in that order, like wasm `select`) and yields then when cond != 0. */
export interface Select {
  readonly kind: "select";
  readonly then: Expr;
  readonly else: Expr;
  readonly cond: Expr;
}
/** `site` is reported if the call-depth limit (MAX_CALL_DEPTH) is exceeded. */
export interface Call {
  readonly kind: "call";
  readonly func: string;
  readonly args: readonly Expr[];
  readonly site: number;
}
/**
 * A call inlined in place: runs `body` one call frame deeper, as a block with
 * `label` (`br label v` leaves it). Entering traps MemoryLimitExceeded at
 * `site` when the depth would exceed MAX_CALL_DEPTH, as the `call` it replaces
 * would (the call's arguments are evaluated before it, into the body's
 * params). Branches out of the body to other labels, and `return`, are invalid.
 */
export interface Frame {
  readonly kind: "frame";
  readonly label: string;
  readonly type: ResultType;
  readonly site: number;
  readonly body: readonly Expr[];
}
/** Evaluates args, then index; calls `table[index]` if its signature equals `sig`. */
export interface CallIndirect {
  readonly kind: "call_indirect";
  readonly sig: Signature;
  readonly args: readonly Expr[];
  readonly index: Expr;
  readonly site: number;
}
/** The i32 index of `func` in the module's function table. */
export interface FuncRef {
  readonly kind: "func.ref";
  readonly func: string;
}
export interface Fuel {
  readonly kind: "fuel";
  readonly amount: number;
  readonly site: number;
}
/** Reads at unsigned `addr + offset`. `offset` is a static unsigned immediate. */
export interface Load {
  readonly kind: "load";
  readonly op: LoadOp;
  readonly offset: number;
  readonly addr: Expr;
  readonly site: number;
}
export interface Store {
  readonly kind: "store";
  readonly op: StoreOp;
  readonly offset: number;
  readonly addr: Expr;
  readonly value: Expr;
  readonly site: number;
}
export interface MemoryCopy {
  readonly kind: "memory.copy";
  readonly dst: Expr;
  readonly src: Expr;
  readonly len: Expr;
  readonly site: number;
}
export interface MemoryFill {
  readonly kind: "memory.fill";
  readonly dst: Expr;
  readonly value: Expr;
  readonly len: Expr;
  readonly site: number;
}
/** Bump allocation of `size` bytes aligned to `align` (a power of two, 1..4096). */
export interface Alloc {
  readonly kind: "alloc";
  readonly region: Region;
  readonly align: number;
  readonly size: Expr;
  readonly site: number;
}
export interface StateGet {
  readonly kind: "state.get";
  readonly reg: StateReg;
}
export interface StateSet {
  readonly kind: "state.set";
  readonly reg: StateReg;
  readonly value: Expr;
}
/** A numeric op: operand and result types, traps and semantics are in NUM_OP_INFO. `site` iff the op can trap. */
export interface Num {
  readonly kind: "num";
  readonly op: NumOp;
  readonly args: readonly Expr[];
  readonly site?: number;
}

export interface Local {
  readonly name: string;
  readonly type: ValType;
}

/**
 * A function. Params and locals share one namespace; locals start at zero.
 * The body is a list like a block's: its last expression gives the result.
 */
export interface Func {
  readonly name: string;
  readonly params: readonly Local[];
  readonly result: ResultType;
  readonly locals: readonly Local[];
  readonly body: readonly Expr[];
}

/** Constant bytes at a fixed arena offset inside the constants region. */
export interface DataSegment {
  readonly offset: number;
  readonly bytes: Uint8Array;
}

/** Where a trap came from: a source span when there is one (runtime-library sites have none). */
export interface TrapSite {
  readonly span: Span | null;
}

export interface Module {
  readonly funcs: readonly Func[];
  /** Size of the constants region `[0, constantsSize)`; data segments lie inside it. */
  readonly constantsSize: number;
  readonly data: readonly DataSegment[];
  /** The function table for `call_indirect`; `func.ref f` is f's index here. */
  readonly table: readonly string[];
  /** Functions a host may call by name (`Instance.invoke`). */
  readonly exports: readonly string[];
  /** The run entry: signature ENTRY_SIGNATURE (run-contract.ts), or null for a library module. */
  readonly entry: string | null;
  /** Trap-site table: a site id is an index into it. */
  readonly sites: readonly TrapSite[];
}
