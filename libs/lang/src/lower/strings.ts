// Strings: f-strings, `+` chains and text conversion (§1.4.5, §6). A chain
// like `f"${who}: n=${n}"` or `"n=" + n + "!"` is flattened into parts; every
// non-constant part is evaluated left to right into a local, then the result
// is written ONCE at the top of scratch: each part is copied (or formatted by
// rt.int_write / rt.float_text_write) straight into place, the length is
// stored, and the exact size is allocated at the end (nothing else allocates
// in between). Before each part the room it may need is checked (constant text
// together with the part after it), so running out of memory traps
// MemoryLimitExceeded at the string's site.
import { InternalError } from "@tetra/core";
import type { Expr, LocalRef } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import type { FnCtx } from "./context.js";
import { lowerExpr } from "./expr.js";

/** Room rt.float_text_write may use (FLOAT_TEXT_MAX of the number runtime: `-5e-324` is 327 bytes). */
const FLOAT_TEXT_ROOM = 330;
/** `-9223372036854775808`. */
const INT_TEXT_ROOM = 20;

export type TextPart =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "string" | "int" | "float" | "bool"; readonly expr: TExpr };

function flatten(e: TExpr, out: TextPart[]): void {
  if (e.kind === "Binary" && e.op === "concat") {
    flatten(e.left, out);
    flatten(e.right, out);
  } else if (e.kind === "FString") {
    for (const p of e.parts) {
      if (p.kind === "Text") out.push({ kind: "text", value: p.value });
      else flatten(p.expr, out);
    }
  } else if (e.kind === "Const" && e.value.kind === "string") out.push({ kind: "text", value: e.value.value });
  else if (e.kind === "ToText") {
    const k = e.operand.type.kind;
    if (k === "Int") out.push({ kind: "int", expr: e.operand });
    else if (k === "Float") out.push({ kind: "float", expr: e.operand });
    else if (k === "Bool") out.push({ kind: "bool", expr: e.operand });
    else out.push({ kind: "string", expr: e.operand });
  } else out.push({ kind: "string", expr: e });
}

export function lowerStringBuild(c: FnCtx, e: TExpr): Expr {
  const b = c.b;
  const parts: TextPart[] = [];
  flatten(e, parts);
  const dynamic = parts.filter((p) => p.kind !== "text");
  const text = parts.filter((p) => p.kind === "text" && p.value !== "");
  if (dynamic.length === 0) return b.i32.const(c.L.m.string(parts.map((p) => (p.kind === "text" ? p.value : "")).join("")));
  if (text.length === 0 && dynamic.length === 1 && dynamic[0]!.kind === "string") return lowerExpr(c, dynamic[0]!.expr);
  const nonEmpty = parts.filter((p) => p.kind !== "text" || p.value !== "");
  if (nonEmpty.length === 2 && nonEmpty.every((p) => p.kind === "text" || p.kind === "string")) {
    // `s + "x"`, `a + b`: one rt.str_concat (it copies each side once, and shares when one is empty).
    const concat = c.L.runtime("rt.str_concat", e.span);
    const side = (p: TextPart): Expr => (p.kind === "text" ? b.i32.const(c.L.m.string(p.value)) : lowerExpr(c, (p as { expr: TExpr }).expr));
    const l = side(nonEmpty[0]!);
    const r = side(nonEmpty[1]!);
    return concat === undefined ? b.i32.const(0) : b.call(concat, [l, r], c.L.site(e.span));
  }
  const values = parts.map((p) => (p.kind === "text" ? undefined : c.let(lowerExpr(c, p.expr), p.kind === "int" ? "i64" : p.kind === "float" ? "f64" : "i32", "part")));
  const w = new TextWriter(c, c.L.site(e.span), e.span);
  parts.forEach((p, i) => {
    const v = values[i];
    if (p.kind === "text") w.text(p.value);
    else w.value(p.kind, b.get(v!));
  });
  return w.finish();
}

interface PendingText {
  readonly text: string;
  readonly bytes: Uint8Array;
}

/**
 * Writes a String in place at the aligned top of scratch. Between `new` and
 * `finish` nothing may allocate: all part values are computed beforehand.
 *
 * Constant text is buffered and written together with the next part, after ONE
 * room check for both: `f"<${i}:${j}>"` checks `cur + 1 + 20`, writes `<` and
 * `i`, checks `cur + 1 + 20`, writes `:` and `j`, checks `cur + 1`, writes `>`.
 * That is the same outcome as a check per part (each check is implied by the
 * next one up to a part of unknown length, and nothing in between can trap), so
 * `text` must be called in the same straight-line code as the part that follows
 * it. Text of up to 8 bytes is written with stores, longer text with memory.copy.
 */
export class TextWriter {
  private readonly start: LocalRef;
  private readonly cur: LocalRef;
  private pending: PendingText[] = [];

  constructor(
    private readonly c: FnCtx,
    private readonly site: number,
    private readonly span: TExpr["span"],
  ) {
    const b = c.b;
    this.start = c.let(b.i32.and(b.i32.add(b.state("scratch_ptr"), b.i32.const(3)), b.i32.const(-4)), "i32", "text");
    this.cur = c.let(b.i32.add(b.get(this.start), b.i32.const(4)), "i32", "cur");
  }

  /** Checks room for the buffered text and `room` more bytes, then writes the text. */
  private flush(room: Expr | undefined): void {
    const b = this.c.b;
    const texts = this.pending;
    this.pending = [];
    const bytes = texts.reduce((n, t) => n + t.bytes.length, 0);
    if (room === undefined && bytes === 0) return;
    const need = room === undefined ? b.i32.const(bytes) : bytes === 0 ? room : b.i32.add(b.i32.const(bytes), room);
    b.if(b.i32.gtU(b.i32.add(b.get(this.cur), need), b.state("scratch_end")), () => b.trap("MemoryLimitExceeded", this.site));
    let at = 0;
    for (const t of texts) {
      this.writeConst(t, at);
      at += t.bytes.length;
    }
    if (at > 0) b.set(this.cur, b.i32.add(b.get(this.cur), b.i32.const(at)));
  }

  /** Constant text at `cur + at`: little-endian stores of 4, 2 and 1 bytes up to 8 bytes, else a copy from the constant. */
  private writeConst(t: PendingText, at: number): void {
    const b = this.c.b;
    const bytes = t.bytes;
    if (bytes.length > 8) {
      b.memoryCopy(b.i32.add(b.get(this.cur), b.i32.const(at)), b.i32.const(this.c.L.m.string(t.text) + 4), b.i32.const(bytes.length), this.site);
      return;
    }
    let k = 0;
    for (const size of [4, 2, 1] as const) {
      for (; k + size <= bytes.length; k += size) {
        let v = 0;
        for (let j = size - 1; j >= 0; j--) v = v * 256 + bytes[k + j]!;
        if (size === 4) b.i32.store(b.get(this.cur), b.i32.const(v | 0), at + k);
        else if (size === 2) b.i32.store16(b.get(this.cur), b.i32.const(v), at + k);
        else b.i32.store8(b.get(this.cur), b.i32.const(v), at + k);
      }
    }
  }

  private copy(src: Expr, len: Expr): void {
    const b = this.c.b;
    b.memoryCopy(b.get(this.cur), src, len, this.site);
    b.set(this.cur, b.i32.add(b.get(this.cur), len));
  }

  /** Constant text: buffered until the next part or `finish` (see the class comment). */
  text(s: string): void {
    if (s !== "") this.pending.push({ text: s, bytes: new TextEncoder().encode(s) });
  }

  /** A String pointer's bytes. `s` must be pure (it is read twice). */
  string(s: Expr): void {
    const b = this.c.b;
    const p = this.c.let(s, "i32", "s");
    const len = this.c.let(b.i32.load(b.get(p)), "i32", "slen");
    this.flush(b.get(len));
    this.copy(b.i32.add(b.get(p), b.i32.const(4)), b.get(len));
  }

  value(kind: "string" | "int" | "float" | "bool", v: Expr): void {
    const b = this.c.b;
    const L = this.c.L;
    switch (kind) {
      case "string":
        return this.string(v);
      case "bool":
        return this.string(b.select(b.i32.const(L.m.string("true")), b.i32.const(L.m.string("false")), v));
      case "int": {
        const fn = L.runtime("rt.int_write", this.span);
        if (fn === undefined) return;
        this.flush(b.i32.const(INT_TEXT_ROOM));
        b.set(this.cur, b.i32.add(b.get(this.cur), b.call(fn, [v, b.get(this.cur)], this.site)));
        return;
      }
      case "float": {
        const fn = L.runtime("rt.float_text_write", this.span);
        if (fn === undefined) return;
        this.flush(b.i32.const(FLOAT_TEXT_ROOM));
        b.set(this.cur, b.i32.add(b.get(this.cur), b.call(fn, [v, b.get(this.cur)], this.site)));
        return;
      }
      default:
        throw new InternalError("unknown text part", kind);
    }
  }

  /** Stores the length and allocates exactly the bytes written; yields the String. */
  finish(): Expr {
    const b = this.c.b;
    this.flush(undefined);
    const len = this.c.let(b.i32.sub(b.i32.sub(b.get(this.cur), b.get(this.start)), b.i32.const(4)), "i32", "len");
    b.i32.store(b.get(this.start), b.get(len));
    return b.alloc("scratch", b.i32.add(b.get(len), b.i32.const(4)), 4, this.site);
  }
}

export function lowerToText(c: FnCtx, e: Extract<TExpr, { kind: "ToText" }>): Expr {
  const b = c.b;
  const x = lowerExpr(c, e.operand);
  switch (e.operand.type.kind) {
    case "Int": {
      const fn = c.L.runtime("rt.int_to_str", e.span);
      return fn === undefined ? b.i32.const(0) : b.call(fn, [x], c.L.site(e.span));
    }
    case "Float": {
      const fn = c.L.runtime("rt.float_to_text", e.span);
      return fn === undefined ? b.i32.const(0) : b.call(fn, [x], c.L.site(e.span));
    }
    case "Bool":
      return b.select(b.i32.const(c.L.m.string("true")), b.i32.const(c.L.m.string("false")), x);
    default:
      return x;
  }
}
