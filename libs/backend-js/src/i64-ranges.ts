// Value ranges of i64 expressions, so the emitter can leave out the
// number/bigint guards where an operand is statically a safe integer (and so,
// in canonical form, always a JS number) and the whole overflow check where a
// result cannot leave the safe range:
//
//   (i64.rem_s (local.get $i) (i64.const 8))       ∈ [-7, 7]    always a number
//   (i64.extend_i32_u (i32.load ...))               ∈ [0, 2^32-1]
//   (i64.mul (that) (i64.const 8))                  ∈ [0, 2^35-8]  exact as `a * 8`
//
// A local's range is the hull of everything assigned to it, from the zero it
// starts with (parameters: anything), computed as a fixpoint over the whole
// function; a local whose range keeps growing (a loop counter) is widened to
// "anything" after a few rounds, so the fixpoint ends. Ranges are sound because
// every op the emitter writes computes the exact i64 result: when an op returns,
// its value lies in the range computed here (a checked op that would overflow
// traps instead of returning). All bounds are exact bigints.
import { children, type Expr, type Func, type NumOp } from "@tetra/ir";

/** Inclusive bounds of a signed i64 value. */
export interface Range {
  readonly lo: bigint;
  readonly hi: bigint;
}

export const MAX_SAFE = 2n ** 53n - 1n;
const I32: Range = { lo: -(2n ** 31n), hi: 2n ** 31n - 1n };
const U32: Range = { lo: 0n, hi: 2n ** 32n - 1n };
const BITS: Range = { lo: 0n, hi: 64n };
/** How often a local's range may grow before it is widened to unknown. */
const MAX_GROWTH = 8;

/** A range within ±(2^53 − 1): the value is a JS number in canonical form. */
export const isSafe = (r: Range | undefined): r is Range => r !== undefined && r.lo >= -MAX_SAFE && r.hi <= MAX_SAFE;

const point = (v: bigint): Range => ({ lo: v, hi: v });
const hull = (a: Range, b: Range): Range => ({ lo: a.lo < b.lo ? a.lo : b.lo, hi: a.hi > b.hi ? a.hi : b.hi });
const abs = (v: bigint): bigint => (v < 0n ? -v : v);
const magnitude = (r: Range): bigint => (abs(r.lo) > abs(r.hi) ? abs(r.lo) : abs(r.hi));
/** Ranges past the safe range are of no use to the emitter; keeping them unknown also keeps the bigints small. */
const safeOrUnknown = (r: Range): Range | undefined => (isSafe(r) ? r : undefined);

function extremes(vs: readonly bigint[]): Range {
  let lo = vs[0]!;
  let hi = vs[0]!;
  for (const v of vs) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return { lo, hi };
}

/** Does `r` contain 0? */
export const hasZero = (r: Range): boolean => r.lo <= 0n && r.hi >= 0n;

/**
 * The range of `op` applied to operands in `a` (and `b`), or undefined when it is unknown or
 * leaves the safe range. For wrapping ops a result that stays safe never wrapped.
 */
export function numRange(op: NumOp, a: Range | undefined, b: Range | undefined): Range | undefined {
  switch (op) {
    case "i64.extend_i32_s":
      return I32;
    case "i64.extend_i32_u":
      return U32;
    case "i64.clz":
    case "i64.ctz":
    case "i64.popcnt":
      return BITS;
    case "i64.add":
    case "i64.add_checked":
      return a && b ? safeOrUnknown({ lo: a.lo + b.lo, hi: a.hi + b.hi }) : undefined;
    case "i64.sub":
    case "i64.sub_checked":
      return a && b ? safeOrUnknown({ lo: a.lo - b.hi, hi: a.hi - b.lo }) : undefined;
    case "i64.mul":
    case "i64.mul_checked":
      return a && b ? safeOrUnknown(extremes([a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi])) : undefined;
    case "i64.neg_checked":
      return a ? safeOrUnknown({ lo: -a.hi, hi: -a.lo }) : undefined;
    case "i64.rem_s": {
      // |a % b| < |b|, with the sign of a; b = 0 traps.
      if (b === undefined) return undefined;
      const m = magnitude(b) - 1n;
      if (m < 0n) return undefined;
      if (a !== undefined && a.lo >= 0n) return { lo: 0n, hi: a.hi < m ? a.hi : m };
      if (a !== undefined && a.hi <= 0n) return { lo: a.lo > -m ? a.lo : -m, hi: 0n };
      return { lo: -m, hi: m };
    }
    case "i64.div_s": {
      // |a / b| <= |a| (b = 0 and MIN / -1 trap).
      if (a === undefined) return undefined;
      if (a.lo >= 0n && b !== undefined && b.lo > 0n) return { lo: 0n, hi: a.hi };
      const m = magnitude(a);
      return { lo: -m, hi: m };
    }
    case "i64.and":
      // x & y with y >= 0 lies in [0, y]; the sign bit of y is clear.
      if (b !== undefined && b.lo >= 0n) return a !== undefined && a.lo >= 0n && a.hi < b.hi ? { lo: 0n, hi: a.hi } : { lo: 0n, hi: b.hi };
      if (a !== undefined && a.lo >= 0n) return { lo: 0n, hi: a.hi };
      return undefined;
    default:
      return undefined;
  }
}

/** The ranges of one function's i64 locals and expressions. */
export class I64Ranges {
  private readonly locals = new Map<string, Range | undefined>();

  constructor(f: Func) {
    for (const l of f.locals) if (l.type === "i64") this.locals.set(l.name, point(0n));
    const sets: { readonly name: string; readonly value: Expr }[] = [];
    const collect = (e: Expr): void => {
      if ((e.kind === "local.set" || e.kind === "local.tee") && this.locals.has(e.name)) sets.push(e);
      for (const c of children(e)) collect(c);
    };
    f.body.forEach(collect);
    const growth = new Map<string, number>();
    for (let changed = true; changed; ) {
      changed = false;
      for (const s of sets) {
        const cur = this.locals.get(s.name);
        if (cur === undefined) continue;
        const v = this.of(s.value);
        const next = v === undefined ? undefined : hull(cur, v);
        if (next !== undefined && next.lo === cur.lo && next.hi === cur.hi) continue;
        const n = (growth.get(s.name) ?? 0) + 1;
        growth.set(s.name, n);
        this.locals.set(s.name, n > MAX_GROWTH ? undefined : next);
        changed = true;
      }
    }
  }

  /** The range of an i64-typed expression, or undefined when nothing is known (or it may leave the safe range). */
  of(e: Expr): Range | undefined {
    switch (e.kind) {
      case "i64.const":
        return safeOrUnknown(point(e.value));
      case "local.get":
        return this.locals.get(e.name);
      case "local.tee":
        return this.locals.has(e.name) ? this.of(e.value) : undefined;
      case "num": {
        const [a, b] = e.args;
        return numRange(e.op, a === undefined ? undefined : this.of(a), b === undefined ? undefined : this.of(b));
      }
      case "select": {
        const t = this.of(e.then);
        const f = this.of(e.else);
        return t && f ? hull(t, f) : undefined;
      }
      case "if": {
        // The value of an `if` is the last node of the arm taken (branches inside leave to other labels).
        const t = e.then[e.then.length - 1];
        const f = e.else[e.else.length - 1];
        const rt = t === undefined ? undefined : this.of(t);
        const rf = f === undefined ? undefined : this.of(f);
        return rt && rf ? hull(rt, rf) : undefined;
      }
      default:
        return undefined;
    }
  }
}
