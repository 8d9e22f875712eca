// The codec generator's API for lowering (docs/codec.md): emit, inside a
// function being built, the IR that decodes JSON text into arena values and
// encodes a result value as canonical JSON text. Every emitter assumes its
// shape passed `decodeRefusal` / `encodeRefusal` (check those first and report
// an Unsupported diagnostic); given a refused shape they throw InternalError.
import { InternalError, printShape, type RuntimeErrorKind, type Shape } from "@tetra/core";
import type { FuncBuilder, LocalRef, ModuleBuilder } from "../builder.js";
import type { Expr } from "../types.js";
import { useCodecFn } from "./codec-fns.js";
import { decoderFor } from "./decode.js";
import { emitDecodeMember, emitReadKey, emitSwitch, matchKey, MEMBER_FAILED } from "./decode-util.js";
import { byteAt, CH, emitSkipWs, inc, isByte } from "./emit.js";
import { encoderFor } from "./encode.js";
import { cellOf, loadSlot, slotOf } from "./layout-view.js";
import { nonFiniteScanFor, projectsFloat } from "./nonfinite-scan.js";
import { decodeRefusal, encodeRefusal } from "./support.js";
import { OUT_NONFINITE, OUT_OVERFLOW } from "./write-fns.js";

/** JSON text in the arena: `len` bytes at `ptr` (both evaluated once, first). */
export interface JsonInput {
  readonly ptr: Expr;
  readonly len: Expr;
}

function requireDecodable(shape: Shape): void {
  const r = decodeRefusal(shape);
  if (r !== undefined) throw new InternalError(`codec refused ${printShape(shape)}: ${r.message}`);
}

function requireEncodable(shape: Shape): void {
  const r = encodeRefusal(shape);
  if (r !== undefined) throw new InternalError(`codec refused ${printShape(shape)}: ${r.message}`);
}

/** Decode the value at `pos` into a fresh scratch cell; returns a local with its slot value, or traps. */
function emitDecodeAt(b: FuncBuilder, m: ModuleBuilder, shape: Shape, pos: Expr, end: LocalRef, onFail: () => void): LocalRef {
  const view = cellOf(shape);
  const cell = b.local("cell", "i32");
  const slot = b.local("arg", slotOf(shape).type);
  b.set(cell, b.alloc("scratch", b.i32.const(view.size), view.align));
  b.if(b.i32.ltS(b.call(decoderFor(m, shape), [pos, b.get(end), b.get(cell)]), b.i32.const(0)), onFail);
  b.set(slot, loadSlot(b, shape, b.get(cell)));
  return slot;
}

/**
 * Emit: check that `input` is one JSON text (as core's parseJson), decode it as
 * `shape`, and return a local holding the value's SLOT (i64 Int, f64 Float, i32 Bool
 * or pointer; an Option slot is 0 for None). Malformed text or a value that does not
 * decode traps `failure.kind` at `failure.site`.
 */
export function emitDecodeJson(
  b: FuncBuilder,
  m: ModuleBuilder,
  shape: Shape,
  input: JsonInput,
  failure: { readonly kind: RuntimeErrorKind; readonly site: number },
): LocalRef {
  requireDecodable(shape);
  const ptr = b.local("json", "i32");
  const end = b.local("json_end", "i32");
  const pos = b.local("json_pos", "i32");
  b.set(ptr, input.ptr);
  b.set(end, b.i32.add(b.get(ptr), input.len));
  b.if(b.i32.eqz(b.call(useCodecFn(m, "codec.json_valid"), [b.get(ptr), b.i32.sub(b.get(end), b.get(ptr))])), () =>
    b.trap(failure.kind, failure.site),
  );
  b.set(pos, b.get(ptr));
  emitSkipWs(b, pos, end);
  return emitDecodeAt(b, m, shape, b.get(pos), end, () => b.trap(failure.kind, failure.site));
}

export interface MainParam {
  readonly name: string;
  readonly shape: Shape;
}

export type MainArgTrap = "MissingMainArg" | "MainArgTypeMismatch" | "UnexpectedMainArg";

export interface MainArgHooks {
  /**
   * The trap site for `kind`: about parameter `index`, or about the argument object as a
   * whole (`index` undefined: malformed JSON or not an object → MainArgTypeMismatch; a
   * property naming no parameter → UnexpectedMainArg).
   */
  site(kind: MainArgTrap, index: number | undefined): number;
  /**
   * Called once per parameter, in order, right after it is decoded into `slot` (a local
   * holding its slot value) and before the next parameter is looked at: emit the
   * parameter's validation here (schema predicates; trap MainArgTypeMismatch on failure).
   */
  afterParam?(index: number, slot: LocalRef): void;
}

/**
 * Emit the `#main` argument checking of LANGUAGE.md §2.4 over the JSON object `input`,
 * in its exact order (the order of core's decodeMainArgs):
 *   0. not valid JSON, or not an object → MainArgTypeMismatch (site(kind, undefined));
 *   1. for each parameter in declaration order: absent → MissingMainArg; does not
 *      decode → MainArgTypeMismatch; then `hooks.afterParam(i, slot)`;
 *   2. a property naming no parameter → UnexpectedMainArg.
 * Duplicate properties: the last one is the argument. Returns one local per parameter
 * holding its slot value. Parameters are always required (an Option parameter too).
 */
export function emitDecodeMainArgs(
  b: FuncBuilder,
  m: ModuleBuilder,
  params: readonly MainParam[],
  input: JsonInput,
  hooks: MainArgHooks,
): readonly LocalRef[] {
  for (const p of params) requireDecodable(p.shape);
  const ptr = b.local("args", "i32");
  const end = b.local("args_end", "i32");
  const pos = b.local("args_pos", "i32");
  const kp = b.local("args_kp", "i32");
  const klen = b.local("args_klen", "i32");
  const mark = b.local("args_mark", "i32");
  const c = b.local("args_c", "i32");
  const unexpected = b.local("args_unexpected", "i32");
  const r = b.local("args_r", "i32");
  // Per parameter: its cell (allocated up front) and its MEMBER_* state (0 = MEMBER_ABSENT).
  const cells = params.map((_p, i) => b.local(`arg${i}_cell`, "i32"));
  const states = params.map((_p, i) => b.local(`arg${i}_state`, "i32"));
  b.set(ptr, input.ptr);
  b.set(end, b.i32.add(b.get(ptr), input.len));
  const malformed = () => b.trap("MainArgTypeMismatch", hooks.site("MainArgTypeMismatch", undefined));
  b.if(b.i32.eqz(b.call(useCodecFn(m, "codec.json_valid"), [b.get(ptr), b.i32.sub(b.get(end), b.get(ptr))])), malformed);
  b.set(pos, b.get(ptr));
  emitSkipWs(b, pos, end);
  b.if(b.i32.eqz(isByte(b, byteAt(b, pos), CH.lbrace)), malformed);
  params.forEach((p, i) => {
    const view = cellOf(p.shape);
    b.set(cells[i] as LocalRef, b.alloc("scratch", b.i32.const(view.size), view.align));
  });
  // One pass over the members that decodes each parameter's value where it stands (a
  // duplicate decodes again: the last one wins) and only records failures, so that the
  // errors below come in parameter order, as core reports them. A value that does not
  // decode gives its scratch back and is skipped. (Decoding in document order means a
  // run that exceeds the memory limit while decoding reports MemoryLimitExceeded before
  // an earlier parameter's MissingMainArg; resource limits are the one outcome this
  // order may change, and every compiled target runs this same IR.)
  inc(b, pos);
  emitSkipWs(b, pos, end);
  b.if(b.i32.eqz(isByte(b, byteAt(b, pos), CH.rbrace)), () =>
    b.loop((next) => {
      b.set(mark, b.state("scratch_ptr"));
      emitReadKey(b, m, pos, end, kp, klen);
      b.set(c, matchKey(b, m, kp, klen, params.map((p) => p.name)));
      b.setState("scratch_ptr", b.get(mark));
      emitSkipWs(b, pos, end);
      inc(b, pos); // ':'
      emitSkipWs(b, pos, end);
      emitSwitch(
        b,
        b.get(c),
        params.map((p, i) => () =>
          emitDecodeMember(b, m, decoderFor(m, p.shape), { pos, end, dst: b.get(cells[i] as LocalRef) }, states[i] as LocalRef, mark, r),
        ),
        () => {
          b.set(unexpected, b.i32.const(1));
          b.set(pos, b.call(useCodecFn(m, "codec.skip"), [b.get(pos), b.get(end)]));
        },
      );
      emitSkipWs(b, pos, end);
      b.set(c, byteAt(b, pos));
      inc(b, pos);
      b.if(isByte(b, b.get(c), CH.comma), () => {
        emitSkipWs(b, pos, end);
        b.br(next);
      });
    }, "args"),
  );
  const slots = params.map((p, i) => {
    const st = states[i] as LocalRef;
    b.if(b.i32.eqz(b.get(st)), () => b.trap("MissingMainArg", hooks.site("MissingMainArg", i)));
    b.if(b.i32.eq(b.get(st), b.i32.const(MEMBER_FAILED)), () => b.trap("MainArgTypeMismatch", hooks.site("MainArgTypeMismatch", i)));
    const slot = b.local("arg", slotOf(p.shape).type);
    b.set(slot, loadSlot(b, p.shape, b.get(cells[i] as LocalRef)));
    hooks.afterParam?.(i, slot);
    return slot;
  });
  b.if(b.get(unexpected), () => b.trap("UnexpectedMainArg", hooks.site("UnexpectedMainArg", undefined)));
  return slots;
}

/**
 * Emit: write the canonical JSON text (§2.5, §2.6) of the value whose slot value is
 * `slot` at the output pointer and advance it; returns an expression for the number of
 * bytes written. A NaN or infinite Float anywhere in the projected value traps
 * NonFiniteFloat at `site`; otherwise text longer than the room left in the output
 * region traps MemoryLimitExceeded at `site`.
 */
export function emitEncodeResult(b: FuncBuilder, m: ModuleBuilder, shape: Shape, slot: Expr, site: number): Expr {
  requireEncodable(shape);
  const start = b.local("json_start", "i32");
  const end = b.local("json_end", "i32");
  const v = b.local("result", slotOf(shape).type);
  b.set(v, slot);
  b.set(start, b.state("output_ptr"));
  b.set(end, b.call(encoderFor(m, shape), [b.get(v), b.get(start), b.i32.const(0)]));
  b.if(b.i32.eq(b.get(end), b.i32.const(OUT_NONFINITE)), () => b.trap("NonFiniteFloat", site));
  b.if(b.i32.eq(b.get(end), b.i32.const(OUT_OVERFLOW)), () => {
    if (projectsFloat(shape)) b.if(b.call(nonFiniteScanFor(m, shape), [b.get(v)]), () => b.trap("NonFiniteFloat", site));
    b.trap("MemoryLimitExceeded", site);
  });
  b.setState("output_ptr", b.get(end));
  return b.i32.sub(b.get(end), b.get(start));
}
