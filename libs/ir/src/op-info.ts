// THE metadata table for every IR op (STYLE: one table per op family,
// `satisfies Record<Op, OpInfo>`). It drives the verifier (operand/result
// types, which ops need a trap site), the printer and parser (mnemonics), the
// passes (purity) and docs/ir.md (a test fails when an op lacks its doc entry).
// Adding an op to types.ts without an entry here is a type error.
import type { RuntimeErrorKind } from "@tetra/core";
import type { Expr, LoadOp, NumOp, Region, StoreOp, ValType } from "./types.js";

/** Mnemonics of the ops that are not `num`/`load`/`store` nodes. */
export type StructOp =
  | Exclude<Expr["kind"], "num" | "load" | "store" | "alloc">
  | `alloc.${Region}`;
/** Every op mnemonic, as printed in the text format. */
export type Op = StructOp | LoadOp | StoreOp | NumOp;

export type OpFamily =
  | "constant"
  | "local"
  | "control"
  | "call"
  | "runtime"
  | "memory"
  | "i32"
  | "i64"
  | "f64"
  | "conversion";

export interface OpInfo {
  readonly family: OpFamily;
  /** Operands and result, human-readable: `(i64, i64) -> i64`. */
  readonly sig: string;
  /** Trap kinds the op can raise (it then carries a `site`). */
  readonly traps: readonly RuntimeErrorKind[];
  /** No side effects, no traps, no control transfer: removable when its value is unused. */
  readonly pure: boolean;
  /** One-line semantics. */
  readonly doc: string;
}

export interface NumOpInfo extends OpInfo {
  readonly operands: readonly ValType[];
  readonly result: ValType;
}

export interface MemOpInfo extends OpInfo {
  readonly bytes: 1 | 2 | 4 | 8;
  /** The loaded value's type, or the stored operand's type. */
  readonly type: ValType;
}

const DZ = "DivisionByZero" as const;
const OV = "NumericOverflow" as const;
const MF = "MemoryFault" as const;

// Generic so that each entry keeps its literal operand tuple: the builder derives
// each helper's arity from it (`b.i64.add(x, y)`, `b.f64.sqrt(x)`).
function num<const O extends readonly ValType[], const R extends ValType>(
  family: OpFamily,
  operands: O,
  result: R,
  doc: string,
  traps: readonly RuntimeErrorKind[] = [],
): NumOpInfo & { readonly operands: O; readonly result: R } {
  return { family, sig: `(${operands.join(", ")}) -> ${result}`, operands, result, traps, pure: traps.length === 0, doc };
}

const i32b = (doc: string, traps: readonly RuntimeErrorKind[] = []) => num("i32", ["i32", "i32"], "i32", doc, traps);
const i64b = (doc: string, traps: readonly RuntimeErrorKind[] = []) => num("i64", ["i64", "i64"], "i64", doc, traps);
const i64c = (doc: string) => num("i64", ["i64", "i64"], "i32", doc);
const f64b = (doc: string, traps: readonly RuntimeErrorKind[] = []) => num("f64", ["f64", "f64"], "f64", doc, traps);
const f64u = (doc: string) => num("f64", ["f64"], "f64", doc);
const f64cmp = (doc: string) => num("f64", ["f64", "f64"], "i32", doc);

export const NUM_OP_INFO = {
  "i32.add": i32b("a + b, wrapping mod 2^32"),
  "i32.sub": i32b("a - b, wrapping mod 2^32"),
  "i32.mul": i32b("a * b, wrapping mod 2^32 (low 32 bits of the exact product)"),
  "i32.div_s": i32b("signed a / b truncated toward zero; b = 0 traps DivisionByZero, then MIN / -1 traps NumericOverflow", [DZ, OV]),
  "i32.div_u": i32b("unsigned a / b truncated; b = 0 traps DivisionByZero", [DZ]),
  "i32.rem_s": i32b("signed remainder with the sign of a; b = 0 traps DivisionByZero, then MIN % -1 traps NumericOverflow", [DZ, OV]),
  "i32.rem_u": i32b("unsigned remainder; b = 0 traps DivisionByZero", [DZ]),
  "i32.and": i32b("bitwise and"),
  "i32.or": i32b("bitwise or"),
  "i32.xor": i32b("bitwise xor"),
  "i32.shl": i32b("a << (b mod 32)"),
  "i32.shr_s": i32b("arithmetic a >> (b mod 32)"),
  "i32.shr_u": i32b("logical a >>> (b mod 32)"),
  "i32.rotl": i32b("rotate a left by b mod 32 bits"),
  "i32.rotr": i32b("rotate a right by b mod 32 bits"),
  "i32.clz": num("i32", ["i32"], "i32", "number of leading zero bits (32 for 0)"),
  "i32.ctz": num("i32", ["i32"], "i32", "number of trailing zero bits (32 for 0)"),
  "i32.popcnt": num("i32", ["i32"], "i32", "number of one bits"),
  "i32.eqz": num("i32", ["i32"], "i32", "1 if a = 0 else 0"),
  "i32.eq": i32b("1 if a = b else 0"),
  "i32.ne": i32b("1 if a != b else 0"),
  "i32.lt_s": i32b("signed a < b"),
  "i32.lt_u": i32b("unsigned a < b"),
  "i32.gt_s": i32b("signed a > b"),
  "i32.gt_u": i32b("unsigned a > b"),
  "i32.le_s": i32b("signed a <= b"),
  "i32.le_u": i32b("unsigned a <= b"),
  "i32.ge_s": i32b("signed a >= b"),
  "i32.ge_u": i32b("unsigned a >= b"),

  "i64.add": i64b("a + b, wrapping mod 2^64"),
  "i64.sub": i64b("a - b, wrapping mod 2^64"),
  "i64.mul": i64b("a * b, wrapping mod 2^64"),
  "i64.add_checked": i64b("exact signed a + b; traps NumericOverflow when outside i64", [OV]),
  "i64.sub_checked": i64b("exact signed a - b; traps NumericOverflow when outside i64", [OV]),
  "i64.mul_checked": i64b("exact signed a * b; traps NumericOverflow when outside i64", [OV]),
  "i64.neg_checked": num("i64", ["i64"], "i64", "exact -a; traps NumericOverflow for a = MIN", [OV]),
  "i64.div_s": i64b("signed a / b truncated toward zero; b = 0 traps DivisionByZero, then MIN / -1 traps NumericOverflow (LANGUAGE §5.4)", [DZ, OV]),
  "i64.div_u": i64b("unsigned a / b truncated; b = 0 traps DivisionByZero", [DZ]),
  "i64.rem_s": i64b("signed remainder with the sign of a; b = 0 traps DivisionByZero, then MIN % -1 traps NumericOverflow (LANGUAGE §5.4)", [DZ, OV]),
  "i64.rem_u": i64b("unsigned remainder; b = 0 traps DivisionByZero", [DZ]),
  "i64.and": i64b("bitwise and"),
  "i64.or": i64b("bitwise or"),
  "i64.xor": i64b("bitwise xor"),
  "i64.shl": i64b("a << (b mod 64)"),
  "i64.shr_s": i64b("arithmetic a >> (b mod 64)"),
  "i64.shr_u": i64b("logical a >>> (b mod 64)"),
  "i64.rotl": i64b("rotate a left by b mod 64 bits"),
  "i64.rotr": i64b("rotate a right by b mod 64 bits"),
  "i64.clz": num("i64", ["i64"], "i64", "number of leading zero bits (64 for 0)"),
  "i64.ctz": num("i64", ["i64"], "i64", "number of trailing zero bits (64 for 0)"),
  "i64.popcnt": num("i64", ["i64"], "i64", "number of one bits"),
  "i64.eqz": num("i64", ["i64"], "i32", "1 if a = 0 else 0"),
  "i64.eq": i64c("1 if a = b else 0"),
  "i64.ne": i64c("1 if a != b else 0"),
  "i64.lt_s": i64c("signed a < b"),
  "i64.lt_u": i64c("unsigned a < b"),
  "i64.gt_s": i64c("signed a > b"),
  "i64.gt_u": i64c("unsigned a > b"),
  "i64.le_s": i64c("signed a <= b"),
  "i64.le_u": i64c("unsigned a <= b"),
  "i64.ge_s": i64c("signed a >= b"),
  "i64.ge_u": i64c("unsigned a >= b"),

  "f64.add": f64b("IEEE-754 a + b, round to nearest even"),
  "f64.sub": f64b("IEEE-754 a - b, round to nearest even"),
  "f64.mul": f64b("IEEE-754 a * b, round to nearest even (never fused with an add)"),
  "f64.div": f64b("IEEE-754 a / b, round to nearest even (a zero divisor gives ±inf or NaN)"),
  "f64.div_checked": f64b("the language's Float `/`: b = +0 or -0 traps DivisionByZero, else IEEE a / b (a NaN divisor is not zero)", [DZ]),
  "f64.sqrt": f64u("IEEE-754 square root (correctly rounded; sqrt(-0) = -0, negative gives NaN)"),
  "f64.floor": f64u("round toward -inf (keeps -0, NaN, ±inf)"),
  "f64.ceil": f64u("round toward +inf (ceil(-0.5) = -0)"),
  "f64.trunc": f64u("round toward zero (trunc(-0.5) = -0)"),
  "f64.nearest": f64u("round to nearest integer, ties to even (nearest(2.5) = 2, nearest(-0.5) = -0)"),
  "f64.abs": f64u("clear the sign bit"),
  "f64.neg": f64u("flip the sign bit (neg(0) = -0)"),
  "f64.copysign": f64b("magnitude of a with the sign bit of b"),
  "f64.eq": f64cmp("IEEE a = b (NaN compares false; 0 = -0)"),
  "f64.ne": f64cmp("IEEE a != b (true when either is NaN)"),
  "f64.lt": f64cmp("IEEE a < b (false when either is NaN)"),
  "f64.gt": f64cmp("IEEE a > b (false when either is NaN)"),
  "f64.le": f64cmp("IEEE a <= b (false when either is NaN)"),
  "f64.ge": f64cmp("IEEE a >= b (false when either is NaN)"),

  "i32.wrap_i64": num("conversion", ["i64"], "i32", "low 32 bits of a"),
  "i64.extend_i32_s": num("conversion", ["i32"], "i64", "sign-extend a"),
  "i64.extend_i32_u": num("conversion", ["i32"], "i64", "zero-extend a"),
  "f64.convert_i32_s": num("conversion", ["i32"], "f64", "signed a as f64 (exact)"),
  "f64.convert_i32_u": num("conversion", ["i32"], "f64", "unsigned a as f64 (exact)"),
  "f64.convert_i64_s": num("conversion", ["i64"], "f64", "signed a to the nearest f64, ties to even"),
  "f64.convert_i64_u": num("conversion", ["i64"], "f64", "unsigned a to the nearest f64, ties to even"),
  "i32.trunc_sat_f64_s": num("conversion", ["f64"], "i32", "truncate toward zero, saturating to [-2^31, 2^31-1]; NaN gives 0"),
  "i64.trunc_sat_f64_s": num("conversion", ["f64"], "i64", "truncate toward zero, saturating to [-2^63, 2^63-1]; NaN gives 0 (LANGUAGE §5.5)"),
  "i64.reinterpret_f64": num("conversion", ["f64"], "i64", "the bit pattern of a; any NaN gives the canonical 0x7FF8000000000000 so NaN payloads are never observable"),
  "f64.reinterpret_i64": num("conversion", ["i64"], "f64", "the f64 with bit pattern a (a NaN pattern gives a NaN whose payload is unspecified)"),
} as const satisfies Record<NumOp, NumOpInfo>;

function mem(op: "load" | "store", bytes: 1 | 2 | 4 | 8, type: ValType, doc: string): MemOpInfo {
  const sig = op === "load" ? `offset=u32 site (i32 addr) -> ${type}` : `offset=u32 site (i32 addr, ${type}) -> none`;
  return { family: "memory", sig, bytes, type, traps: [MF], pure: false, doc };
}

const RANGE = "traps MemoryFault unless addr + offset + size <= arena size (computed without wrapping)";

export const LOAD_OP_INFO = {
  "i32.load": mem("load", 4, "i32", `load 4 bytes little-endian; ${RANGE}`),
  "i32.load8_u": mem("load", 1, "i32", `load 1 byte, zero-extended; ${RANGE}`),
  "i32.load8_s": mem("load", 1, "i32", `load 1 byte, sign-extended; ${RANGE}`),
  "i32.load16_u": mem("load", 2, "i32", `load 2 bytes little-endian, zero-extended; ${RANGE}`),
  "i32.load16_s": mem("load", 2, "i32", `load 2 bytes little-endian, sign-extended; ${RANGE}`),
  "i64.load": mem("load", 8, "i64", `load 8 bytes little-endian; ${RANGE}`),
  "f64.load": mem("load", 8, "f64", `load the 8-byte little-endian bit pattern; ${RANGE}`),
} as const satisfies Record<LoadOp, MemOpInfo>;

export const STORE_OP_INFO = {
  "i32.store": mem("store", 4, "i32", `store 4 bytes little-endian; ${RANGE}`),
  "i32.store8": mem("store", 1, "i32", `store the low byte; ${RANGE}`),
  "i32.store16": mem("store", 2, "i32", `store the low 2 bytes little-endian; ${RANGE}`),
  "i64.store": mem("store", 8, "i64", `store 8 bytes little-endian; ${RANGE}`),
  "f64.store": mem("store", 8, "f64", `store the bit pattern, little-endian; any NaN is stored as the canonical 0x7FF8000000000000; ${RANGE}`),
} as const satisfies Record<StoreOp, MemOpInfo>;

function info(family: OpFamily, sig: string, doc: string, traps: readonly RuntimeErrorKind[] = [], pure = false): OpInfo {
  return { family, sig, traps, pure, doc };
}

export const STRUCT_OP_INFO = {
  "i32.const": info("constant", "value=i32 -> i32", "a signed 32-bit constant", [], true),
  "i64.const": info("constant", "value=i64 -> i64", "a signed 64-bit constant", [], true),
  "f64.const": info("constant", "value=f64 -> f64", "an f64 constant, stored as its exact bit pattern (NaN payloads and -0 round-trip)", [], true),
  "local.get": info("local", "$name -> T", "the current value of a param or local", [], true),
  "local.set": info("local", "$name (T) -> none", "assign a param or local"),
  "local.tee": info("local", "$name (T) -> T", "assign a param or local and yield the value"),
  block: info("control", "$label (result T)? body -> T", "run the body; `br $label` (with a T value) exits it; the last body expression gives the result"),
  loop: info("control", "$label (result T)? body -> T", "run the body; `br $label` restarts it (no value); falling off the end leaves it with the last expression's value"),
  if: info("control", "(result T)? (i32 cond) then else -> T", "run `then` when cond != 0, else `else`; both arms give a T"),
  br: info("control", "$label (T)? -> unreachable", "jump to the label: out of a block (carrying its result value) or back to a loop's start"),
  br_if: info("control", "$label (i32 cond) -> none", "`br $label` (never with a value) when cond != 0"),
  br_table: info("control", "$label* $default (i32 index) -> unreachable", "`br labels[index]`, or `br default` when index >= the number of labels (unsigned)"),
  return: info("control", "(T)? -> unreachable", "return from the function with its result value"),
  trap: info("control", "Kind site -> unreachable", "end the run with the runtime error Kind, reported at the site's span"),
  unreachable: info("control", "-> unreachable", "an internal error: verified lowering never reaches it (reported as InternalError by every backend, never as a trap kind)"),
  drop: info("control", "(T) -> none", "evaluate the operand and discard its value"),
  select: info("control", "(T then, T else, i32 cond) -> T", "evaluate all three operands in order, yield then when cond != 0 else else", [], true),
  call: info("call", "$func site (args) -> R", "call a function directly; traps MemoryLimitExceeded when the call depth would exceed MAX_CALL_DEPTH", ["MemoryLimitExceeded"]),
  frame: info("call", "$label site (result T)? body -> T", "an inlined call: run the body as a block one call frame deeper; traps MemoryLimitExceeded like `call` when the depth would exceed MAX_CALL_DEPTH; `br $label` (with a T value) leaves it; no branch to an outer label and no `return` inside", ["MemoryLimitExceeded"]),
  call_indirect: info("call", "(param T*) (result R) site (args, i32 index) -> R", "call table[index]; an index outside the table or a function whose signature differs traps MemoryFault; call depth as for `call`", ["MemoryFault", "MemoryLimitExceeded"]),
  "func.ref": info("call", "$func -> i32", "the index of $func in the module's function table", [], true),
  fuel: info("runtime", "amount site -> none", "consume `amount` units of fuel: traps StepLimitExceeded when fewer remain, else fuel -= amount", ["StepLimitExceeded"]),
  "memory.copy": info("memory", "site (i32 dst, i32 src, i32 len) -> none", "copy len bytes from src to dst (overlap-safe, like memmove); both ranges are checked before any byte moves, else MemoryFault", [MF]),
  "memory.fill": info("memory", "site (i32 dst, i32 byte, i32 len) -> none", "set len bytes at dst to the low byte of `byte`; the range is checked first, else MemoryFault", [MF]),
  "alloc.scratch": info("runtime", "align=N site (i32 size) -> i32", "p = align_up(scratch_ptr, N); if p + size > scratch_end trap MemoryLimitExceeded; scratch_ptr = p + size; yield p (contents not cleared)", ["MemoryLimitExceeded"]),
  "alloc.output": info("runtime", "align=N site (i32 size) -> i32", "p = align_up(output_ptr, N); if p + size > output_end trap MemoryLimitExceeded; output_ptr = p + size; yield p", ["MemoryLimitExceeded"]),
  "state.get": info("runtime", "reg -> i32", "read a runtime-state register (scratch_ptr, scratch_end, output_ptr, output_end)", [], true),
  "state.set": info("runtime", "reg (i32) -> none", "write scratch_ptr or output_ptr (e.g. to release scratch); the *_end registers are read-only"),
} as const satisfies Record<StructOp, OpInfo>;

/** Every op's metadata, by mnemonic. */
export const OP_INFO: Readonly<Record<Op, OpInfo>> = { ...STRUCT_OP_INFO, ...NUM_OP_INFO, ...LOAD_OP_INFO, ...STORE_OP_INFO };

export const ALL_OPS: readonly Op[] = Object.keys(OP_INFO) as Op[];

export function isNumOp(s: string): s is NumOp {
  return Object.hasOwn(NUM_OP_INFO, s);
}
export function isLoadOp(s: string): s is LoadOp {
  return Object.hasOwn(LOAD_OP_INFO, s);
}
export function isStoreOp(s: string): s is StoreOp {
  return Object.hasOwn(STORE_OP_INFO, s);
}

/** The mnemonic of a node (what the text format prints first). */
export function opOf(e: Expr): Op {
  switch (e.kind) {
    case "num":
    case "load":
    case "store":
      return e.op;
    case "alloc":
      return `alloc.${e.region}`;
    default:
      return e.kind;
  }
}
