// Records, schemas and struct-variant payloads: an object whose declared fields
// are decoded by name into the record at `dst` (the caller allocated it).
//
// One pass over the members with a state per field (0 absent, 1 decoded,
// 2 failed). Undeclared properties are skipped (§2.4 Decision). A value that
// fails to decode does not fail the record at once: it is skipped and the field
// marked failed, because a later duplicate key replaces it ("last wins":
// `{"a": "x", "a": 1}` for {a: Int} is {a: 1}; core never decodes the "x").
// After the object: a failed field fails the record; an absent one takes its
// `#default`, else None for an Option field, else the record fails.
import type { FieldShape } from "@tetra/core";
import type { FuncBuilder, ModuleBuilder } from "../builder.js";
import type { Expr } from "../types.js";
import { useCodecFn } from "./codec-fns.js";
import { emitConstSlot } from "./const-value.js";
import { DST, emitDecodeMember, emitReadKey, emitSwitch, END, fail, failUnless, matchKey, MEMBER_ABSENT, MEMBER_FAILED, POS, type DecodeGen } from "./decode-util.js";
import { byteAt, CH, emitSkipWs, inc, isByte } from "./emit.js";
import { fieldsOf, storeSlot } from "./layout-view.js";

export function buildDecodeFields(b: FuncBuilder, m: ModuleBuilder, fields: readonly FieldShape[], gen: DecodeGen): Expr {
  const view = fieldsOf(fields.map((f) => f.shape));
  const states = fields.map((f) => b.local(`st_${f.name.replace(/[^A-Za-z0-9_]/g, "_")}`, "i32"));
  const decoders = fields.map((f) => gen.decoder(f.shape));
  const kp = b.local("kp", "i32");
  const klen = b.local("klen", "i32");
  const idx = b.local("idx", "i32");
  const mark = b.local("mark", "i32");
  const r = b.local("r", "i32");
  const c = b.local("c", "i32");
  const skip = () => b.set(POS, b.call(useCodecFn(m, "codec.skip"), [b.get(POS), b.get(END)]));
  failUnless(b, isByte(b, byteAt(b, POS), CH.lbrace));
  inc(b, POS);
  emitSkipWs(b, POS, END);
  b.if(
    isByte(b, byteAt(b, POS), CH.rbrace),
    () => inc(b, POS),
    () =>
      b.loop((next) => {
        b.set(mark, b.state("scratch_ptr"));
        emitReadKey(b, m, POS, END, kp, klen);
        b.set(idx, matchKey(b, m, kp, klen, fields.map((f) => f.name)));
        b.setState("scratch_ptr", b.get(mark)); // an escaped key's bytes are no longer needed
        emitSkipWs(b, POS, END);
        inc(b, POS); // ':'
        emitSkipWs(b, POS, END);
        emitSwitch(
          b,
          b.get(idx),
          fields.map((_f, i) => () =>
            emitDecodeMember(b, m, decoders[i]!, { pos: POS, end: END, dst: b.i32.add(b.get(DST), b.i32.const(view.offsets[i]!)) }, states[i]!, mark, r),
          ),
          skip,
        );
        emitSkipWs(b, POS, END);
        b.set(c, byteAt(b, POS));
        inc(b, POS);
        b.if(isByte(b, b.get(c), CH.comma), () => {
          emitSkipWs(b, POS, END);
          b.br(next);
        });
      }, "members"),
  );
  fields.forEach((f, i) => {
    const st = states[i]!;
    b.if(b.i32.eq(b.get(st), b.i32.const(MEMBER_FAILED)), () => fail(b));
    b.if(b.i32.eq(b.get(st), b.i32.const(MEMBER_ABSENT)), () => {
      const at = () => b.i32.add(b.get(DST), b.i32.const(view.offsets[i]!));
      if (f.default !== undefined) storeSlot(b, f.shape, at(), emitConstSlot(b, m, f.shape, f.default));
      else if (f.shape.kind === "option") b.i32.store(at(), b.i32.const(0));
      else fail(b);
    });
  });
  return b.get(POS);
}
