// Emitters for the generated encoders: writing a sequence of constant pieces
// and indentation with ONE capacity check, and calling an inner encoder with
// the negative-status propagation every encoder follows.
import type { FuncBuilder, LocalRef, ModuleBuilder } from "../builder.js";
import type { Expr } from "../types.js";
import { CH } from "./emit.js";
import { noRoom, OUT_OVERFLOW } from "./write-fns.js";

/** A piece of output: constant text, or `n` spaces (n an expression, evaluated twice). */
export type Piece = string | { readonly spaces: () => Expr };

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** `"\n"` then `indent` spaces: the start of a line at that depth. */
export function newline(indent: () => Expr): readonly Piece[] {
  return ["\n", { spaces: indent }];
}

/**
 * Write `pieces` at `out` (advancing it), returning OUT_OVERFLOW from the function
 * when they do not all fit. Constant text of up to 4 bytes is stored directly;
 * longer text is copied from the deduplicated constant string.
 */
export function emitPieces(b: FuncBuilder, m: ModuleBuilder, out: LocalRef, pieces: readonly Piece[]): void {
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (typeof p === "string" && typeof last === "string") merged[merged.length - 1] = last + p;
    else if (p !== "") merged.push(p);
  }
  if (merged.length === 0) return;
  let fixed = 0;
  let total: Expr | undefined;
  for (const p of merged) {
    if (typeof p === "string") fixed += utf8(p).length;
    else total = total === undefined ? p.spaces() : b.i32.add(total, p.spaces());
  }
  const need = total === undefined ? b.i32.const(fixed) : b.i32.add(total, b.i32.const(fixed));
  b.if(noRoom(b, b.get(out), need), () => b.ret(b.i32.const(OUT_OVERFLOW)));
  for (const p of merged) {
    if (typeof p !== "string") {
      b.memoryFill(b.get(out), b.i32.const(CH.space), p.spaces());
      b.set(out, b.i32.add(b.get(out), p.spaces()));
      continue;
    }
    const bytes = utf8(p);
    if (bytes.length <= 4) {
      let off = 0;
      const word = (n: number) => {
        let v = 0;
        for (let k = n - 1; k >= 0; k--) v = v * 256 + (bytes[off + k] as number);
        return v | 0;
      };
      if (bytes.length === 4) b.i32.store(b.get(out), b.i32.const(word(4)));
      else {
        if (bytes.length >= 2) {
          b.i32.store16(b.get(out), b.i32.const(word(2)));
          off = 2;
        }
        if (bytes.length % 2 === 1) b.i32.store8(b.get(out), b.i32.const(word(1)), off);
      }
    } else {
      b.memoryCopy(b.get(out), b.i32.const(m.string(p) + 4), b.i32.const(bytes.length));
    }
    b.set(out, b.i32.add(b.get(out), b.i32.const(bytes.length)));
  }
}

/** `out = enc(value, out, indent)`, returning its status from the function when negative. */
export function emitCallEncoder(b: FuncBuilder, out: LocalRef, enc: string, value: Expr, indent: Expr): void {
  b.set(out, b.call(enc, [value, b.get(out), indent]));
  b.if(b.i32.ltS(b.get(out), b.i32.const(0)), () => b.ret(b.get(out)));
}
