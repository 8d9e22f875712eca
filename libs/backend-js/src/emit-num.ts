// The JavaScript for each numeric op (NUM_OP_INFO), given its already-evaluated
// operands and what is statically known of their i64 ranges (i64-ranges.ts).
// One JS operator where that is exact (i32 with `| 0`, f64 + - * /,
// comparisons, i64 arithmetic whose result stays a safe integer), an inline
// fast path on numbers with the runtime helper as the slow path (i64
// add/sub/mul, rem_s, div_s, masks), otherwise the helper named after the op
// (`i64.add_checked` → `$i64_add_checked(a, b, site)`). Comparisons also have a
// boolean form used directly as an `if` / `br_if` / `select` condition.
import { InternalError, unreachable } from "@tetra/core";
import type { NumOp } from "@tetra/ir";
import { hasZero, isSafe, numRange, type Range } from "./i64-ranges.js";
import { binary, boolToI32, call, opExpr, operand, type JsExpr } from "./js-expr.js";
import { helperName } from "./runtime/index.js";

export type UseHelper = (name: string) => void;

export interface NumContext {
  readonly use: UseHelper;
  /** The function's scratch variable for fast-path results (`$r`). */
  readonly scratch: () => string;
}

/** What is known of each operand: its i64 range (i64-ranges.ts), or undefined. */
export type OperandRanges = readonly (Range | undefined)[];

interface InlineOp {
  readonly sym: string;
  readonly negZero: boolean;
}

/**
 * i64 ops written inline at the site:
 * `typeof a === "number" && typeof b === "number" && $safe($r = a + b) ? $r : $i64_add_checked(a, b, 3)`.
 * The JS arithmetic must sit in the generated function, not in a shared helper: V8 keeps one type
 * feedback slot per `+` in the source, and one helper used for an int32 counter and for a large
 * accumulator would make every call site generic (measured 2x slower; docs/backend-js.md). Operands
 * are evaluated once before (they must be atoms: names or literals, see emit-func.ts).
 */
export const INLINE_I64: Partial<Record<NumOp, InlineOp>> = {
  "i64.add": { sym: "+", negZero: false },
  "i64.sub": { sym: "-", negZero: false },
  "i64.mul": { sym: "*", negZero: true },
  "i64.add_checked": { sym: "+", negZero: false },
  "i64.sub_checked": { sym: "-", negZero: false },
  "i64.mul_checked": { sym: "*", negZero: true },
};

/** Does the inline form of `op` read an operand more than once? Then its operands must be atoms (names or literals). */
export function readsOperandsTwice(op: NumOp, ranges: OperandRanges): boolean {
  const [ra, rb] = ranges;
  if (INLINE_I64[op] !== undefined) return !isSafe(numRange(op, ra, rb));
  switch (op) {
    case "i64.rem_s":
      return !(isSafe(ra) && isSafe(rb) && !hasZero(rb));
    case "i64.div_s":
      return true;
    case "i64.and":
      return !(isSafe(ra) && isSafe(rb));
    default:
      return false;
  }
}

/** `typeof x === "number"` for each operand not statically known to be a number. */
function numberTests(args: readonly JsExpr[], ranges: OperandRanges): string[] {
  const unknown = args.filter((_, i) => !isSafe(ranges[i])).map((a) => a.code);
  return [...new Set(unknown)].map((code) => `typeof ${code} === "number"`);
}

/** `tests ? fast : slow`, or just `fast` when nothing needs testing. */
function guarded(tests: readonly string[], fast: string, slow: JsExpr): JsExpr {
  return opExpr(tests.length === 0 ? fast : `${tests.join(" && ")} ? ${fast} : ${slow.code}`);
}

const I32_CMP: Partial<Record<NumOp, string>> = {
  "i32.eq": "===",
  "i32.ne": "!==",
  "i32.lt_s": "<",
  "i32.gt_s": ">",
  "i32.le_s": "<=",
  "i32.ge_s": ">=",
};
const I32_CMP_U: Partial<Record<NumOp, string>> = { "i32.lt_u": "<", "i32.gt_u": ">", "i32.le_u": "<=", "i32.ge_u": ">=" };
// Canonical i64 values compare exactly with JS operators, number or bigint alike.
const I64_CMP: Partial<Record<NumOp, string>> = {
  "i64.eq": "===",
  "i64.ne": "!==",
  "i64.lt_s": "<",
  "i64.gt_s": ">",
  "i64.le_s": "<=",
  "i64.ge_s": ">=",
};
const F64_CMP: Partial<Record<NumOp, string>> = {
  "f64.eq": "===",
  "f64.ne": "!==",
  "f64.lt": "<",
  "f64.gt": ">",
  "f64.le": "<=",
  "f64.ge": ">=",
};

const ZERO: JsExpr = { code: "0", prec: "atom", lit: true };

function arity(args: readonly JsExpr[], n: number, op: NumOp): readonly JsExpr[] {
  if (args.length !== n) throw new InternalError(`${op} takes ${n} operand(s)`, args.length);
  return args;
}

/** The boolean form of a comparison op, or undefined when `op` is not one. */
export function emitNumCond(op: NumOp, args: readonly JsExpr[], use: UseHelper, ranges: OperandRanges = []): JsExpr | undefined {
  const sym = I32_CMP[op] ?? I64_CMP[op] ?? F64_CMP[op];
  if (sym !== undefined) {
    const [a, b] = arity(args, 2, op) as [JsExpr, JsExpr];
    return binary(a, sym, b);
  }
  const u = I32_CMP_U[op];
  if (u !== undefined) {
    const [a, b] = arity(args, 2, op) as [JsExpr, JsExpr];
    return opExpr(`(${operand(a)} >>> 0) ${u} (${operand(b)} >>> 0)`);
  }
  switch (op) {
    case "i32.eqz":
    case "i64.eqz":
      return binary(arity(args, 1, op)[0] as JsExpr, "===", ZERO);
    case "i64.lt_u":
    case "i64.gt_u":
    case "i64.le_u":
    case "i64.ge_u": {
      // Two non-negative numbers compare the same signed and unsigned: `size > 2147483647`.
      const [ra, rb] = ranges;
      if (isSafe(ra) && isSafe(rb) && ra.lo >= 0n && rb.lo >= 0n) {
        const [a, b] = arity(args, 2, op) as [JsExpr, JsExpr];
        return binary(a, I64_CMP_U[op]!, b);
      }
      return helperCall(op, arity(args, 2, op), use);
    }
    default:
      return undefined;
  }
}

const I64_CMP_U: Partial<Record<NumOp, string>> = { "i64.lt_u": "<", "i64.gt_u": ">", "i64.le_u": "<=", "i64.ge_u": ">=" };

function helperCall(op: NumOp, args: readonly JsExpr[], use: UseHelper, site?: number): JsExpr {
  const name = helperName(op);
  use(name);
  return call(name, site === undefined ? args : [...args, site]);
}

/**
 * The i32 / i64 / f64 value of `op` applied to `args`; `ranges` are the operands' i64 ranges where
 * known (a safe range: the operand is a number, no `typeof` test).
 */
export function emitNum(op: NumOp, args: readonly JsExpr[], site: number | undefined, ctx: NumContext, ranges: OperandRanges = []): JsExpr {
  const use = ctx.use;
  const cond = emitNumCond(op, args, use, ranges);
  if (cond !== undefined) return boolToI32(cond);
  if (readsOperandsTwice(op, ranges)) {
    const repeatable = (x: JsExpr) => x.prec === "atom" || x.lit === true;
    if (!args.every(repeatable)) throw new InternalError(`${op} fast path needs atom operands`, args.map((a) => a.code));
  }
  const inline = INLINE_I64[op];
  if (inline !== undefined) return emitInlineI64(op, inline, args, site, ctx, ranges);
  switch (op) {
    case "i64.rem_s":
    case "i64.div_s":
      return emitDivRem(op, args, site, ctx, ranges);
    case "i64.and": {
      // A safe integer's low 32 bits are what `&` sees (ToInt32), and a mask in [0, 2^31) has no
      // higher bits: `i & 7` is exact for any number i.
      const [a, b] = arity(args, 2, op) as [JsExpr, JsExpr];
      const [ra, rb] = ranges;
      const mask = (r: Range | undefined) => isSafe(r) && r.lo >= 0n && r.hi <= 0x7fffffffn;
      if (mask(ra) || mask(rb)) return guarded(numberTests(args, ranges), `${operand(a)} & ${operand(b)}`, helperCall(op, args, use));
      return helperCall(op, args, use);
    }
    case "i32.wrap_i64":
      // ToInt32 of a safe integer is its low 32 bits.
      if (isSafe(ranges[0])) return opExpr(`${operand(arity(args, 1, op)[0] as JsExpr)} | 0`);
      return helperCall(op, args, use);
    case "f64.convert_i64_s":
      // A safe integer converts exactly to itself.
      if (isSafe(ranges[0])) return arity(args, 1, op)[0] as JsExpr;
      return helperCall(op, args, use);
    case "i32.mul": {
      // |a * c| < 2^31 · 2^21 = 2^52 is exact in a double, and `| 0` wraps it like Math.imul.
      const [a, b] = arity(args, 2, op) as [JsExpr, JsExpr];
      const small = (x: JsExpr) => x.lit === true && /^-?\d+$/.test(x.code) && Math.abs(Number(x.code)) <= 2 ** 21;
      if (small(a) || small(b)) return opExpr(`(${operand(a)} * ${operand(b)}) | 0`);
      return helperCall(op, args, use);
    }
    default:
      return emitOther(op, args, site, use);
  }
}

/**
 * add/sub/mul, checked or wrapping: `typeof a === "number" && typeof b === "number" && $safe($r = a + b) ? $r : slow`,
 * without the tests the ranges make unnecessary, and as the bare `a + b` when the result is safe whatever the operands.
 */
function emitInlineI64(op: NumOp, inline: InlineOp, args: readonly JsExpr[], site: number | undefined, ctx: NumContext, ranges: OperandRanges): JsExpr {
  const use = ctx.use;
  const [a, b] = arity(args, 2, op) as [JsExpr, JsExpr];
  const [ra, rb] = ranges;
  // `+ 0` turns the -0 of `0 * -5` into the canonical 0; only a product with a zero and a negative factor has one.
  const negZero = inline.negZero && !(isSafe(ra) && isSafe(rb) && !((hasZero(ra) && rb.lo < 0n) || (hasZero(rb) && ra.lo < 0n)));
  const fix = negZero ? " + 0" : "";
  if (isSafe(numRange(op, ra, rb))) return opExpr(`${operand(a)} ${inline.sym} ${operand(b)}${fix}`);
  const r = ctx.scratch();
  use("$i64_fast");
  const slow = helperCall(op, args, use, site);
  return guarded([...numberTests(args, ranges), `$safe(${r} = ${operand(a)} ${inline.sym} ${operand(b)})`], `${r}${fix}`, slow);
}

/**
 * `a % b` and `(a - a % b) / b` on numbers with b ≠ 0: exact (fmod of integers is exact, `a - a % b`
 * is an exact multiple of b below 2^53), `+ 0` for the -0 of `-3 % 3`; bigints, b = 0 and the
 * i64.MIN cases stay with the helper, which traps exactly as the interpreter does.
 */
function emitDivRem(op: "i64.rem_s" | "i64.div_s", args: readonly JsExpr[], site: number | undefined, ctx: NumContext, ranges: OperandRanges): JsExpr {
  if (site === undefined) throw new InternalError(`${op} without a site`);
  const [a, b] = arity(args, 2, op) as [JsExpr, JsExpr];
  const [ra, rb] = ranges;
  const tests = numberTests(args, ranges);
  if (!(isSafe(rb) && !hasZero(rb))) tests.push(`${operand(b)} !== 0`);
  const x = operand(a);
  const y = operand(b);
  const nonNegative = isSafe(ra) && ra.lo >= 0n && (op === "i64.rem_s" || (isSafe(rb) && rb.lo > 0n));
  const fast = op === "i64.rem_s" ? `${x} % ${y}` : `(${x} - ${x} % ${y}) / ${y}`;
  return guarded(tests, nonNegative ? fast : `${fast} + 0`, helperCall(op, args, ctx.use, site));
}

function emitOther(op: NumOp, args: readonly JsExpr[], site: number | undefined, use: UseHelper): JsExpr {
  const two = (): [JsExpr, JsExpr] => arity(args, 2, op) as [JsExpr, JsExpr];
  const one = (): JsExpr => arity(args, 1, op)[0] as JsExpr;
  const bin = (sym: string): JsExpr => {
    const [a, b] = two();
    return binary(a, sym, b);
  };
  switch (op) {
    case "i32.add": {
      const [a, b] = two();
      return opExpr(`(${operand(a)} + ${operand(b)}) | 0`);
    }
    case "i32.sub": {
      const [a, b] = two();
      return opExpr(`(${operand(a)} - ${operand(b)}) | 0`);
    }
    case "i32.and":
      return bin("&");
    case "i32.or":
      return bin("|");
    case "i32.xor":
      return bin("^");
    case "i32.shl":
      return bin("<<");
    case "i32.shr_s":
      return bin(">>");
    case "i32.shr_u": {
      const [a, b] = two();
      return opExpr(`(${operand(a)} >>> ${operand(b)}) | 0`);
    }
    case "i32.mul":
    case "i32.rotl":
    case "i32.rotr":
    case "i32.clz":
    case "i32.ctz":
    case "i32.popcnt":
    case "i64.add":
    case "i64.sub":
    case "i64.mul":
    case "i64.and":
    case "i64.or":
    case "i64.xor":
    case "i64.shl":
    case "i64.shr_s":
    case "i64.shr_u":
    case "i64.rotl":
    case "i64.rotr":
    case "i64.clz":
    case "i64.ctz":
    case "i64.popcnt":
    case "f64.sqrt":
    case "f64.floor":
    case "f64.ceil":
    case "f64.trunc":
    case "f64.nearest":
    case "f64.abs":
    case "f64.copysign":
    case "i32.wrap_i64":
    case "f64.convert_i64_s":
    case "f64.convert_i64_u":
    case "i32.trunc_sat_f64_s":
    case "i64.trunc_sat_f64_s":
    case "i64.reinterpret_f64":
    case "f64.reinterpret_i64":
      return helperCall(op, args, use);
    case "i32.div_s":
    case "i32.div_u":
    case "i32.rem_s":
    case "i32.rem_u":
    case "i64.add_checked":
    case "i64.sub_checked":
    case "i64.mul_checked":
    case "i64.neg_checked":
    case "i64.div_s":
    case "i64.div_u":
    case "i64.rem_s":
    case "i64.rem_u":
    case "f64.div_checked":
      if (site === undefined) throw new InternalError(`${op} without a site`);
      return helperCall(op, args, use, site);
    case "f64.add":
      return bin("+");
    case "f64.sub":
      return bin("-");
    case "f64.mul":
      return bin("*");
    case "f64.div":
      return bin("/");
    case "f64.neg":
      return opExpr(`-${operand(one())}`);
    // An i32 is already a canonical i64 and an exact f64.
    case "i64.extend_i32_s":
    case "f64.convert_i32_s":
      return one();
    case "i64.extend_i32_u":
    case "f64.convert_i32_u":
      return opExpr(`${operand(one())} >>> 0`);
    case "i32.eqz":
    case "i32.eq":
    case "i32.ne":
    case "i32.lt_s":
    case "i32.lt_u":
    case "i32.gt_s":
    case "i32.gt_u":
    case "i32.le_s":
    case "i32.le_u":
    case "i32.ge_s":
    case "i32.ge_u":
    case "i64.eqz":
    case "i64.eq":
    case "i64.ne":
    case "i64.lt_s":
    case "i64.lt_u":
    case "i64.gt_s":
    case "i64.gt_u":
    case "i64.le_s":
    case "i64.le_u":
    case "i64.ge_s":
    case "i64.ge_u":
    case "f64.eq":
    case "f64.ne":
    case "f64.lt":
    case "f64.gt":
    case "f64.le":
    case "f64.ge":
      throw new InternalError("comparison not handled by emitNumCond", op);
    default:
      return unreachable(op);
  }
}
