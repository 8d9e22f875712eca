// The decoder generator: one IR function per shape (memoised per module),
// `(pos i32, end i32, dst i32) -> i32`, reading the VALIDATED JSON value that
// starts at pos (no leading whitespace), storing its slot at dst and returning
// the position just after it, or DEC_FAIL (-1) when the value does not decode
// as the shape. Failures are soft — a status, never a trap — so Option/Result
// fallbacks and "last wins" can try again; only the entry points trap.
import type { FieldShape, Shape } from "@tetra/core";
import { unreachable } from "@tetra/core";
import type { FuncBuilder, ModuleBuilder } from "../builder.js";
import type { Expr } from "../types.js";
import { buildDecodeFields } from "./decode-record.js";
import { buildDecodeBool, buildDecodeFloat, buildDecodeInt, buildDecodeString } from "./decode-scalar.js";
import { buildDecodeDict, buildDecodeElems, buildDecodeList } from "./decode-seq.js";
import { buildDecodeEnum, buildDecodeOption, buildDecodeResult } from "./decode-sum.js";
import { DEC_PARAMS, DST, END, fail, POS, type DecodeGen } from "./decode-util.js";
import { fieldsOf } from "./layout-view.js";
import { shapeKey } from "./shape-key.js";

interface Cache {
  readonly names: Map<string, string>;
  count: number;
}

const caches = new WeakMap<ModuleBuilder, Cache>();

function cacheOf(m: ModuleBuilder): Cache {
  let c = caches.get(m);
  if (c === undefined) {
    c = { names: new Map(), count: 0 };
    caches.set(m, c);
  }
  return c;
}

/** Adds (once) a function with the decoder signature, keyed by `key`. */
function memo(m: ModuleBuilder, key: string, hint: string, body: (b: FuncBuilder) => Expr): string {
  const cache = cacheOf(m);
  const known = cache.names.get(key);
  if (known !== undefined) return known;
  let name = `codec.dec.${hint}.${cache.count++}`;
  while (m.has(name)) name = `codec.dec.${hint}.${cache.count++}`;
  cache.names.set(key, name);
  m.func(name, DEC_PARAMS, "i32", body);
  return name;
}

function generator(m: ModuleBuilder): DecodeGen {
  const gen: DecodeGen = {
    decoder: (s) => memo(m, `v:${shapeKey(s)}`, s.kind, (b) => buildDecoder(b, m, s, gen)),
    elems: (shapes) => memo(m, `e:${shapes.map(shapeKey).join(",")}`, "elems", (b) => buildDecodeElems(b, shapes, gen)),
    fields: (fields: readonly FieldShape[]) =>
      memo(m, `f:${shapeKey({ kind: "record", fields })}`, "fields", (b) => buildDecodeFields(b, m, fields, gen)),
  };
  return gen;
}

/** Allocate the object of a record or tuple, fill it with `fill` (a fields/elems function), store it at dst. */
function buildInto(b: FuncBuilder, shapes: readonly Shape[], fill: string): Expr {
  const view = fieldsOf(shapes);
  const obj = b.local("obj", "i32");
  const r = b.local("r", "i32");
  b.set(obj, b.alloc("scratch", b.i32.const(view.size), view.align));
  b.set(r, b.call(fill, [b.get(POS), b.get(END), b.get(obj)]));
  b.if(b.i32.ltS(b.get(r), b.i32.const(0)), () => fail(b));
  b.i32.store(b.get(DST), b.get(obj));
  return b.get(r);
}

function buildDecoder(b: FuncBuilder, m: ModuleBuilder, s: Shape, gen: DecodeGen): Expr {
  switch (s.kind) {
    case "int":
      return buildDecodeInt(b);
    case "float":
      return buildDecodeFloat(b, m);
    case "bool":
      return buildDecodeBool(b);
    case "string":
      return buildDecodeString(b, m);
    case "list":
      return buildDecodeList(b, s.element, gen);
    case "tuple":
      return buildInto(b, s.elements, gen.elems(s.elements));
    case "dict":
      return buildDecodeDict(b, m, s.value, gen);
    case "record":
      return buildInto(
        b,
        s.fields.map((f) => f.shape),
        gen.fields(s.fields),
      );
    case "enum":
      return buildDecodeEnum(b, m, s, gen);
    case "option":
      return buildDecodeOption(b, m, s.some, gen);
    case "result":
      return buildDecodeResult(b, m, s, gen);
    case "closure":
      // decodeRefusal rejects closure shapes before any code is generated.
      b.unreachable();
      return b.i32.const(0);
    default:
      return unreachable(s);
  }
}

/**
 * The name of the decoder of `shape` in `m` (added with everything it needs).
 * Precondition: `decodeRefusal(shape)` is undefined.
 */
export function decoderFor(m: ModuleBuilder, shape: Shape): string {
  return generator(m).decoder(shape);
}
