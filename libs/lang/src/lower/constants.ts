// Constant values (literals and folded subtrees, §4.2) as IR: scalars are
// immediates, strings are deduplicated data segments (`m.string`), and any
// composite constant (`[1, 2, 3]` folded by the analyzer, a schema `#default`)
// is encoded once by core's encodeArena straight into the constants region,
// so using it costs no allocation at run time.
import { floatBits, InternalError, type Value } from "@tetra/core";
import type { Expr, FuncBuilder, ModuleBuilder } from "@tetra/ir";
import { encodeArena } from "@tetra/core";
import type { Type } from "../types/type.js";
import type { FnCtx } from "./context.js";
import { shapeOf } from "./layout.js";

export function lowerConst(c: FnCtx, value: Value, type: Type): Expr {
  return constExpr(c.b, c.L.m, value, type);
}

export function constExpr(b: FuncBuilder, m: ModuleBuilder, value: Value, type: Type): Expr {
  switch (value.kind) {
    case "int":
      return b.i64.const(value.value);
    case "float":
      return b.f64.bits(floatBits(value.value));
    case "bool":
      return b.i32.const(value.value ? 1 : 0);
    case "string":
      return b.i32.const(m.string(value.value));
    case "option":
      if (value.some === null) return b.i32.const(0);
      return b.i32.const(constObject(m, value, type));
    case "closure":
      throw new InternalError("a closure constant", value);
    default:
      return b.i32.const(constObject(m, value, type));
  }
}

/** Places a composite constant in the constants region; returns its slot value (a pointer). */
function constObject(m: ModuleBuilder, value: Value, type: Type): number {
  // The builder places data at the next offset aligned as asked; a one-byte pad
  // fixes that offset before encoding, so the absolute pointers inside are right.
  const pad = m.data(new Uint8Array(1), 8);
  const base = pad + 8;
  const r = encodeArena(value, shapeOf(type), base);
  if (!r.ok) throw new InternalError("constant has no arena layout", r.error);
  const at = m.data(r.value.bytes, 8);
  if (at !== base) throw new InternalError("constant placed at an unexpected offset", { at, base });
  return r.value.root;
}
