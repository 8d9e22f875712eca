// Small emitters shared by the codec generators: byte constants of JSON text,
// inline whitespace skipping, word-at-a-time (SWAR) byte tests, and the
// definition type of the generic codec functions (registered in codec-fns.ts).
import type { FuncBuilder, LocalRef, ModuleBuilder } from "../builder.js";
import type { Expr, ResultType, ValType } from "../types.js";

/** ASCII bytes the JSON grammar cares about. */
export const CH = {
  tab: 0x09,
  lf: 0x0a,
  cr: 0x0d,
  space: 0x20,
  quote: 0x22,
  plus: 0x2b,
  comma: 0x2c,
  minus: 0x2d,
  dot: 0x2e,
  slash: 0x2f,
  zero: 0x30,
  nine: 0x39,
  colon: 0x3a,
  upperE: 0x45,
  lbracket: 0x5b,
  backslash: 0x5c,
  rbracket: 0x5d,
  lowerA: 0x61,
  lowerB: 0x62,
  lowerE: 0x65,
  lowerF: 0x66,
  lowerN: 0x6e,
  lowerR: 0x72,
  lowerT: 0x74,
  lowerU: 0x75,
  lbrace: 0x7b,
  rbrace: 0x7d,
} as const;

/** Little-endian words of the JSON literals: load32 at "true" is 0x65757274. */
export const WORD = {
  true: 0x65757274,
  null: 0x6c6c756e,
  /** "fals"; "false" is this word then the byte 'e'. */
  fals: 0x736c6166,
} as const;

export function inc(b: FuncBuilder, v: LocalRef, n: number | Expr = 1): void {
  b.set(v, b.i32.add(b.get(v), typeof n === "number" ? b.i32.const(n) : n));
}

export function byteAt(b: FuncBuilder, pos: LocalRef, offset = 0): Expr {
  return b.i32.load8U(b.get(pos), offset);
}

export function isByte(b: FuncBuilder, value: Expr, byte: number): Expr {
  return b.i32.eq(value, b.i32.const(byte));
}

/** `lo <= value <= hi` with one unsigned compare (value evaluated once). */
export function inRange(b: FuncBuilder, value: Expr, lo: number, hi: number): Expr {
  return b.i32.leU(b.i32.sub(value, b.i32.const(lo)), b.i32.const(hi - lo));
}

const wsLocals = new WeakMap<FuncBuilder, LocalRef>();

/**
 * Advance `pos` over JSON whitespace (space, \t, \n, \r), never past `end`.
 * "exact" tests for those four bytes (the validator, on untrusted text); "validated"
 * takes any byte <= 0x20 as whitespace, which is the same thing on text the
 * validator accepted (outside strings no other such byte can occur).
 */
export function emitSkipWs(b: FuncBuilder, pos: LocalRef, end: LocalRef, mode: "exact" | "validated" = "validated"): void {
  let c = wsLocals.get(b);
  if (c === undefined) {
    c = b.local("ws", "i32");
    wsLocals.set(b, c);
  }
  const ws = c;
  b.block((done) => {
    b.loop((again) => {
      b.brIf(done, b.i32.geU(b.get(pos), b.get(end)));
      b.set(ws, byteAt(b, pos));
      const isWs =
        mode === "validated"
          ? b.i32.leU(b.get(ws), b.i32.const(CH.space))
          : // 0x20 or 0x09, 0x0a, 0x0d: (c == 0x20) | ((c - 9) <=u 1) | (c == 0x0d)
            b.i32.or(b.i32.or(isByte(b, b.get(ws), CH.space), inRange(b, b.get(ws), CH.tab, CH.lf)), isByte(b, b.get(ws), CH.cr));
      b.brIf(done, b.i32.eqz(isWs));
      inc(b, pos);
      b.br(again);
    }, "ws");
  }, "ws_done");
}

/** Nonzero iff some byte of the i32 word `w` (an expression read once per use) is zero (exact, as a boolean). */
export function hasZeroByte(b: FuncBuilder, w: () => Expr): Expr {
  return b.i32.and(b.i32.and(b.i32.sub(w(), b.i32.const(0x01010101)), b.i32.xor(w(), b.i32.const(-1))), b.i32.const(0x80808080));
}

/** Nonzero iff some byte of `w` is unsigned-below `n` (1 <= n <= 128; exact as a boolean). */
export function hasByteBelow(b: FuncBuilder, w: () => Expr, n: number): Expr {
  return b.i32.and(b.i32.and(b.i32.sub(w(), b.i32.const(0x01010101 * n)), b.i32.xor(w(), b.i32.const(-1))), b.i32.const(0x80808080));
}

/** Nonzero iff some byte of `w` equals `byte`. */
export function hasByte(b: FuncBuilder, w: () => Expr, byte: number): Expr {
  return hasZeroByte(b, () => b.i32.xor(w(), b.i32.const(0x01010101 * byte)));
}

/** `pos < end && pred(byte at pos)` without reading at `end`. */
export function peek(b: FuncBuilder, pos: LocalRef, end: LocalRef, pred: (c: Expr) => Expr): Expr {
  return b.ifValue("i32", b.i32.ltU(b.get(pos), b.get(end)), () => pred(byteAt(b, pos)), () => b.i32.const(0));
}

/**
 * Emit the word-at-a-time fast path of a string scan: advance `pos` by 4 while the
 * 4 bytes at pos hold none of the bytes `interesting` tests for. OR-s the high bits
 * of skipped bytes into `high` when given (non-ASCII needs a UTF-8 check).
 */
export function emitWordSkip(b: FuncBuilder, pos: LocalRef, end: LocalRef, interesting: (w: () => Expr) => Expr, high?: LocalRef): void {
  const w = b.local("w", "i32");
  b.block((slow) => {
    b.loop((fast) => {
      b.brIf(slow, b.i32.gtU(b.i32.add(b.get(pos), b.i32.const(4)), b.get(end)));
      b.set(w, b.i32.load(b.get(pos)));
      b.brIf(slow, interesting(() => b.get(w)));
      if (high !== undefined) b.set(high, b.i32.or(b.get(high), b.i32.and(b.get(w), b.i32.const(0x80808080))));
      inc(b, pos, 4);
      b.br(fast);
    }, "word");
  });
}

// ---- generic codec functions -------------------------------------------------

/** A shape-independent codec function (JSON scanning, string escaping); see codec-fns.ts. */
export interface CodecFnDef {
  readonly name: string;
  readonly params: readonly (readonly [string, ValType])[];
  readonly result: ResultType;
  /** Functions this one calls: codec functions ("codec.") or runtime functions ("rt."). */
  readonly deps: readonly string[];
  readonly build: (b: FuncBuilder, m: ModuleBuilder) => Expr | void;
}
