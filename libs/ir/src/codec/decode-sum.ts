// Option, Result and enum decoders: the §2.4 rows whose JSON form is chosen by
// looking at the value first. The rules copy core's decode-json.ts exactly:
//   * Option<T>: `null`, `"None"` (after unescaping), and a one-property object
//     {"None": null} / {"None": {}} are None; a one-property {"Some": x} is
//     Some(x as T), else, when x is {"value": y}, Some(y as T) — never the plain
//     row; anything else is Some(value as T).
//   * Result<T, E>: one property "Ok" / "Err" with the same fallback through
//     {"value": y} / {"error": y}; anything else is a mismatch.
//   * enum: a string naming a unit variant, or a one-property object naming a
//     variant: unit takes null or {}, tuple an array of its arity, struct an
//     object (record rules).
// "One property" means one distinct key after "last wins" (emitSoleMember).
// Backtracking (x failed, try {"value": y}) releases the scratch the failed
// attempt allocated and re-reads the text: the text is valid, so only the
// shape can make an attempt fail.
import type { Shape } from "@tetra/core";
import type { FuncBuilder, LocalRef, ModuleBuilder } from "../builder.js";
import type { Expr } from "../types.js";
import { useCodecFn } from "./codec-fns.js";
import { DEC_FAIL, DST, emitReadKey, emitSoleMember, emitSwitch, END, fail, failUnless, isEmptyObjectAt, matchKey, POS, type DecodeGen } from "./decode-util.js";
import { byteAt, CH, isByte } from "./emit.js";
import { ESCAPE_FLAG, POS_MASK } from "./json-read.js";
import { cellOf, variantsOf } from "./layout-view.js";

/** Little-endian word of the bytes "None". */
const NONE_WORD = 0x656e6f4e;

interface Sole {
  readonly idx: LocalRef;
  readonly val: LocalRef;
  readonly objEnd: LocalRef;
}

function soleLocals(b: FuncBuilder): Sole {
  return { idx: b.local("idx", "i32"), val: b.local("val", "i32"), objEnd: b.local("objEnd", "i32") };
}

/** `null` or `{}` at `at`: the payload of None and of a unit variant. */
function isNullOrEmpty(b: FuncBuilder, at: LocalRef): Expr {
  return b.i32.or(isByte(b, byteAt(b, at), CH.lowerN), isEmptyObjectAt(b, at, END));
}

/**
 * Decode the value at `val` as `shape` into `into`; on failure, when that value is
 * the one-property object {wrapperKey: y}, decode y instead. Fails the function otherwise.
 */
function emitWrapped(b: FuncBuilder, m: ModuleBuilder, gen: DecodeGen, shape: Shape, val: LocalRef, into: Expr, wrapperKey: string): void {
  const dec = gen.decoder(shape);
  const addr = b.local("into", "i32");
  const mark = b.local("wmark", "i32");
  const r = b.local("wr", "i32");
  b.set(addr, into);
  b.set(mark, b.state("scratch_ptr"));
  b.set(r, b.call(dec, [b.get(val), b.get(END), b.get(addr)]));
  b.if(b.i32.ltS(b.get(r), b.i32.const(0)), () => {
    b.setState("scratch_ptr", b.get(mark));
    failUnless(b, isByte(b, byteAt(b, val), CH.lbrace));
    const inner = soleLocals(b);
    emitSoleMember(b, m, b.get(val), END, [wrapperKey], inner);
    failUnless(b, b.i32.eqz(b.get(inner.idx)));
    b.set(r, b.call(dec, [b.get(inner.val), b.get(END), b.get(addr)]));
    b.if(b.i32.ltS(b.get(r), b.i32.const(0)), () => fail(b));
  });
}

/** Allocate a cell {value: T} and store its pointer at dst (Some). */
function allocCell(b: FuncBuilder, some: Shape): LocalRef {
  const view = cellOf(some);
  const cell = b.local("cell", "i32");
  b.set(cell, b.alloc("scratch", b.i32.const(view.size), view.align));
  return cell;
}

export function buildDecodeOption(b: FuncBuilder, m: ModuleBuilder, some: Shape, gen: DecodeGen): Expr {
  const c = b.local("c", "i32");
  const r = b.local("r", "i32");
  const q = b.local("q", "i32");
  const tmp = b.local("tmp", "i32");
  const none = (next: Expr) => {
    b.i32.store(b.get(DST), b.i32.const(0));
    b.ret(next);
  };
  b.set(c, byteAt(b, POS));
  b.if(isByte(b, b.get(c), CH.lowerN), () => none(b.i32.add(b.get(POS), b.i32.const(4))));
  b.if(isByte(b, b.get(c), CH.quote), () => {
    b.set(r, b.call(useCodecFn(m, "codec.str_end"), [b.i32.add(b.get(POS), b.i32.const(1)), b.get(END)]));
    b.set(q, b.i32.and(b.get(r), b.i32.const(POS_MASK)));
    b.if(
      b.i32.and(b.get(r), b.i32.const(ESCAPE_FLAG)),
      () => {
        // "\u004Eone" is "None" too: compare the decoded bytes, then release them.
        b.set(tmp, b.alloc("scratch", b.i32.sub(b.get(q), b.get(POS)), 1));
        const e = b.call(useCodecFn(m, "codec.str_unescape"), [b.i32.add(b.get(POS), b.i32.const(1)), b.get(q), b.get(tmp)]);
        b.set(r, b.i32.sub(e, b.get(tmp)));
        b.setState("scratch_ptr", b.get(tmp));
        b.if(b.i32.eq(b.get(r), b.i32.const(4)), () => {
          b.if(b.i32.eq(b.i32.load(b.get(tmp)), b.i32.const(NONE_WORD)), () => none(b.i32.add(b.get(q), b.i32.const(1))));
        });
      },
      () =>
        b.if(b.i32.eq(b.i32.sub(b.get(q), b.get(POS)), b.i32.const(5)), () => {
          b.if(b.i32.eq(b.i32.load(b.get(POS), 1), b.i32.const(NONE_WORD)), () => none(b.i32.add(b.get(q), b.i32.const(1))));
        }),
    );
  });
  b.if(isByte(b, b.get(c), CH.lbrace), () => {
    const sole = soleLocals(b);
    emitSoleMember(b, m, b.get(POS), END, ["None", "Some"], sole);
    b.if(b.i32.eqz(b.get(sole.idx)), () => {
      b.if(isNullOrEmpty(b, sole.val), () => none(b.get(sole.objEnd)));
    });
    b.if(b.i32.eq(b.get(sole.idx), b.i32.const(1)), () => {
      const cell = allocCell(b, some);
      emitWrapped(b, m, gen, some, sole.val, b.get(cell), "value");
      b.i32.store(b.get(DST), b.get(cell));
      b.ret(b.get(sole.objEnd));
    });
  });
  const cell = allocCell(b, some);
  b.set(r, b.call(gen.decoder(some), [b.get(POS), b.get(END), b.get(cell)]));
  b.if(b.i32.ltS(b.get(r), b.i32.const(0)), () => fail(b));
  b.i32.store(b.get(DST), b.get(cell));
  return b.get(r);
}

export function buildDecodeResult(b: FuncBuilder, m: ModuleBuilder, shape: Shape & { readonly kind: "result" }, gen: DecodeGen): Expr {
  const variants = variantsOf(shape);
  failUnless(b, isByte(b, byteAt(b, POS), CH.lbrace));
  const sole = soleLocals(b);
  emitSoleMember(b, m, b.get(POS), END, ["Ok", "Err"], sole);
  const arm = (tag: number, payload: Shape, wrapperKey: string) => () => {
    const view = variants[tag]!;
    const obj = b.local("obj", "i32");
    b.set(obj, b.alloc("scratch", b.i32.const(view.size), view.align));
    b.i32.store8(b.get(obj), b.i32.const(tag));
    emitWrapped(b, m, gen, payload, sole.val, b.i32.add(b.get(obj), b.i32.const(view.payloadOffset)), wrapperKey);
    b.i32.store(b.get(DST), b.get(obj));
    b.ret(b.get(sole.objEnd));
  };
  emitSwitch(b, b.get(sole.idx), [arm(0, shape.ok, "value"), arm(1, shape.err, "error")], () => fail(b));
  return b.i32.const(DEC_FAIL); // every switch arm returns
}

export function buildDecodeEnum(b: FuncBuilder, m: ModuleBuilder, shape: Shape & { readonly kind: "enum" }, gen: DecodeGen): Expr {
  const variants = shape.variants;
  const views = variantsOf(shape);
  const names = variants.map((v) => v.name);
  const c = b.local("c", "i32");
  const kp = b.local("kp", "i32");
  const klen = b.local("klen", "i32");
  const mark = b.local("mark", "i32");
  const r = b.local("r", "i32");
  const alloc = (tag: number): LocalRef => {
    const view = views[tag]!;
    const obj = b.local("obj", "i32");
    b.set(obj, b.alloc("scratch", b.i32.const(view.size), view.align));
    b.i32.store8(b.get(obj), b.i32.const(tag));
    return obj;
  };
  const done = (obj: LocalRef, next: Expr) => {
    b.i32.store(b.get(DST), b.get(obj));
    b.ret(next);
  };
  b.set(c, byteAt(b, POS));
  b.if(isByte(b, b.get(c), CH.quote), () => {
    // "Red": a unit variant by name
    b.set(mark, b.state("scratch_ptr"));
    emitReadKey(b, m, POS, END, kp, klen);
    b.set(r, matchKey(b, m, kp, klen, names));
    b.setState("scratch_ptr", b.get(mark));
    emitSwitch(
      b,
      b.get(r),
      variants.map((v, tag) => () => {
        if (v.payload.kind !== "unit") fail(b);
        else done(alloc(tag), b.get(POS));
      }),
      () => fail(b),
    );
  });
  failUnless(b, isByte(b, b.get(c), CH.lbrace));
  const sole = soleLocals(b);
  emitSoleMember(b, m, b.get(POS), END, names, sole);
  emitSwitch(
    b,
    b.get(sole.idx),
    variants.map((v, tag) => () => {
      const view = views[tag]!;
      switch (v.payload.kind) {
        case "unit":
          failUnless(b, isNullOrEmpty(b, sole.val));
          done(alloc(tag), b.get(sole.objEnd));
          return;
        case "tuple":
        case "struct": {
          const obj = alloc(tag);
          const fn = v.payload.kind === "tuple" ? gen.elems(v.payload.elements) : gen.fields(v.payload.fields);
          b.set(r, b.call(fn, [b.get(sole.val), b.get(END), b.i32.add(b.get(obj), b.i32.const(view.payloadOffset))]));
          b.if(b.i32.ltS(b.get(r), b.i32.const(0)), () => fail(b));
          done(obj, b.get(sole.objEnd));
          return;
        }
      }
    }),
    () => fail(b),
  );
  return b.i32.const(DEC_FAIL); // every switch arm returns
}
