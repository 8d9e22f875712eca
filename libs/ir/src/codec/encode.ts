// The encoder generator: one IR function per shape (memoised per module),
// `(v T, out i32, indent i32) -> i32`, writing the canonical JSON text (§2.5,
// §2.6) of the value whose SLOT value is v at `out` — `indent` is the current
// depth in spaces — and returning the new end of the output, or a negative
// status (OUT_OVERFLOW, OUT_NONFINITE) that every caller returns at once.
// Layout decisions happen at generation time: record keys are sorted by code
// point here, `#internal` and closure-valued fields are dropped here, and each
// key is emitted as one constant `"key": ` piece.
import { compareCodePoints, quoteJsonString, unreachable, type FieldShape, type Shape } from "@tetra/core";
import type { FuncBuilder, LocalRef, ModuleBuilder } from "../builder.js";
import type { Expr, ValType } from "../types.js";
import { useCodecFn } from "./codec-fns.js";
import { emitSwitch } from "./decode-util.js";
import { emitCallEncoder, emitPieces, newline } from "./encode-emit.js";
import { dictOf, fieldsOf, listOf, loadSlot, slotOf, variantsOf } from "./layout-view.js";
import { shapeKey } from "./shape-key.js";

const caches = new WeakMap<ModuleBuilder, Map<string, string>>();

/** The value parameter where it is a pointer (lists, dicts); scalar encoders read "v" by name. */
const V: LocalRef = { name: "v", type: "i32" };
const OUT: LocalRef = { name: "out", type: "i32" };
const INDENT: LocalRef = { name: "indent", type: "i32" };

/** The name of the encoder of `shape` in `m`. Precondition: `encodeRefusal(shape)` is undefined. */
export function encoderFor(m: ModuleBuilder, shape: Shape): string {
  let cache = caches.get(m);
  if (cache === undefined) {
    cache = new Map();
    caches.set(m, cache);
  }
  const key = shapeKey(shape);
  const known = cache.get(key);
  if (known !== undefined) return known;
  let name = `codec.enc.${shape.kind}.${cache.size}`;
  for (let k = 1; m.has(name); k++) name = `codec.enc.${shape.kind}.${cache.size}.${k}`;
  cache.set(key, name);
  const vType: ValType = slotOf(shape).type;
  m.func(
    name,
    [
      ["v", vType],
      ["out", "i32"],
      ["indent", "i32"],
    ],
    "i32",
    (b) => buildEncoder(b, m, shape),
  );
  return name;
}

const deeper = (b: FuncBuilder) => () => b.i32.add(b.get(INDENT), b.i32.const(2));
const here = (b: FuncBuilder) => () => b.get(INDENT);

/** One projected member of an object: its quoted key and how to write its value. */
interface Member {
  readonly key: string;
  readonly shape: Shape;
  readonly value: () => Expr;
}

/** Members minus `#internal` and closure fields, sorted by code point (§2.5). */
function projected(fields: readonly FieldShape[], offsets: readonly number[], base: () => Expr, b: FuncBuilder): Member[] {
  return fields
    .map((f, i) => ({ f, off: offsets[i] as number }))
    .filter(({ f }) => f.internal !== true && f.shape.kind !== "closure")
    .sort((x, y) => compareCodePoints(x.f.name, y.f.name))
    .map(({ f, off }) => ({ key: f.name, shape: f.shape, value: () => loadSlot(b, f.shape, base(), off) }));
}

/**
 * `{`, then each member on its own line at indent + 2 as `"key": value`, then `}` at
 * indent; `{}` when there are none. `inner` is the indentation of the members.
 */
function emitObject(b: FuncBuilder, m: ModuleBuilder, members: readonly Member[], outer: () => Expr, inner: () => Expr): void {
  if (members.length === 0) {
    emitPieces(b, m, OUT, ["{}"]);
    return;
  }
  members.forEach((mem, i) => {
    emitPieces(b, m, OUT, [i === 0 ? "{" : ",", ...newline(inner), `${quoteJsonString(mem.key)}: `]);
    emitCallEncoder(b, OUT, encoderFor(m, mem.shape), mem.value(), inner());
  });
  emitPieces(b, m, OUT, [...newline(outer), "}"]);
}

/** `[`, the items one per line at `inner`, `]` at `outer`; `[]` when empty. Static item list. */
function emitFixedArray(b: FuncBuilder, m: ModuleBuilder, items: readonly { shape: Shape; value: () => Expr }[], outer: () => Expr, inner: () => Expr): void {
  if (items.length === 0) {
    emitPieces(b, m, OUT, ["[]"]);
    return;
  }
  items.forEach((item, i) => {
    emitPieces(b, m, OUT, [i === 0 ? "[" : ",", ...newline(inner)]);
    emitCallEncoder(b, OUT, encoderFor(m, item.shape), item.value(), inner());
  });
  emitPieces(b, m, OUT, [...newline(outer), "]"]);
}

/** A list or dict: `n` items in arena order, `item(i)` writes the i-th (after its line start). */
function emitDynamicSeq(b: FuncBuilder, m: ModuleBuilder, open: string, close: string, item: (i: LocalRef) => void): void {
  const n = b.local("n", "i32");
  const i = b.local("i", "i32");
  b.set(n, b.i32.load(b.get(V)));
  b.if(b.i32.eqz(b.get(n)), () => {
    emitPieces(b, m, OUT, [open + close]);
    b.ret(b.get(OUT));
  });
  emitPieces(b, m, OUT, [open]);
  b.loop((next) => {
    b.if(b.get(i), () => emitPieces(b, m, OUT, [","]));
    emitPieces(b, m, OUT, newline(deeper(b)));
    item(i);
    b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
    b.brIf(next, b.i32.ltU(b.get(i), b.get(n)));
  }, "items");
  emitPieces(b, m, OUT, [...newline(here(b)), close]);
}

function buildEncoder(b: FuncBuilder, m: ModuleBuilder, s: Shape): Expr {
  const v = (): Expr => b.get("v");
  switch (s.kind) {
    case "int":
      return b.call(useCodecFn(m, "codec.write_int"), [v(), b.get(OUT)]);
    case "float":
      return b.call(useCodecFn(m, "codec.write_float"), [v(), b.get(OUT)]);
    case "string":
      return b.call(useCodecFn(m, "codec.write_str"), [v(), b.get(OUT)]);
    case "bool":
      b.if(v(), () => emitPieces(b, m, OUT, ["true"]), () => emitPieces(b, m, OUT, ["false"]));
      return b.get(OUT);
    case "list": {
      const view = listOf(s.element);
      const enc = encoderFor(m, s.element);
      emitDynamicSeq(b, m, "[", "]", (i) => {
        const at = b.i32.add(b.get(V), b.i32.add(b.i32.const(view.header), b.i32.mul(b.get(i), b.i32.const(view.stride))));
        emitCallEncoder(b, OUT, enc, loadSlot(b, s.element, at), deeper(b)());
      });
      return b.get(OUT);
    }
    case "tuple": {
      const view = fieldsOf(s.elements);
      emitFixedArray(
        b,
        m,
        s.elements.map((e, i) => ({ shape: e, value: () => loadSlot(b, e, v(), view.offsets[i]) })),
        here(b),
        deeper(b),
      );
      return b.get(OUT);
    }
    case "dict": {
      if (s.value.kind === "closure") {
        // §2.5: closure-valued entries are omitted — here, all of them.
        emitPieces(b, m, OUT, ["{}"]);
        return b.get(OUT);
      }
      const view = dictOf(s.value);
      const enc = encoderFor(m, s.value);
      const writeStr = useCodecFn(m, "codec.write_str");
      const ent = b.local("ent", "i32");
      emitDynamicSeq(b, m, "{", "}", (i) => {
        b.set(ent, b.i32.add(b.get(V), b.i32.add(b.i32.const(view.header), b.i32.mul(b.get(i), b.i32.const(view.stride)))));
        b.set(OUT, b.call(writeStr, [b.i32.load(b.get(ent)), b.get(OUT)]));
        b.if(b.i32.ltS(b.get(OUT), b.i32.const(0)), () => b.ret(b.get(OUT)));
        emitPieces(b, m, OUT, [": "]);
        emitCallEncoder(b, OUT, enc, loadSlot(b, s.value, b.get(ent), view.valueOffset), deeper(b)());
      });
      return b.get(OUT);
    }
    case "record": {
      const view = fieldsOf(s.fields.map((f) => f.shape));
      emitObject(b, m, projected(s.fields, view.offsets, v, b), here(b), deeper(b));
      return b.get(OUT);
    }
    case "option": {
      b.if(b.i32.eqz(v()), () => {
        emitPieces(b, m, OUT, ["null"]);
        b.ret(b.get(OUT));
      });
      return b.call(encoderFor(m, s.some), [loadSlot(b, s.some, v()), b.get(OUT), b.get(INDENT)]);
    }
    case "result": {
      const views = variantsOf(s);
      const arm = (tag: number, name: string, inner: string, shape: Shape) => () => {
        const at = (views[tag] as { payloadOffset: number }).payloadOffset;
        const member: Member = { key: inner, shape, value: () => loadSlot(b, shape, v(), at) };
        const plus = (k: number) => () => b.i32.add(b.get(INDENT), b.i32.const(k));
        emitPieces(b, m, OUT, ["{", ...newline(plus(2)), `${quoteJsonString(name)}: `]);
        emitObject(b, m, [member], plus(2), plus(4));
        emitPieces(b, m, OUT, [...newline(here(b)), "}"]);
      };
      emitSwitch(b, b.i32.load8U(v()), [arm(0, "Ok", "value", s.ok), arm(1, "Err", "error", s.err)], () => b.unreachable());
      return b.get(OUT);
    }
    case "enum": {
      const views = variantsOf(s);
      emitSwitch(
        b,
        b.i32.load8U(v()),
        s.variants.map((variant, tag) => () => {
          const view = views[tag] as (typeof views)[number];
          const payload = () => b.i32.add(v(), b.i32.const(view.payloadOffset));
          emitPieces(b, m, OUT, ["{", ...newline(deeper(b)), `${quoteJsonString(variant.name)}: `]);
          const p = variant.payload;
          switch (p.kind) {
            case "unit":
              emitPieces(b, m, OUT, ["{}"]);
              break;
            case "tuple":
              emitFixedArray(
                b,
                m,
                p.elements.map((e, i) => ({ shape: e, value: () => loadSlot(b, e, payload(), view.payload.offsets[i]) })),
                deeper(b),
                () => b.i32.add(b.get(INDENT), b.i32.const(4)),
              );
              break;
            case "struct":
              emitObject(b, m, projected(p.fields, view.payload.offsets, payload, b), deeper(b), () => b.i32.add(b.get(INDENT), b.i32.const(4)));
              break;
            default:
              unreachable(p);
          }
          emitPieces(b, m, OUT, [...newline(here(b)), "}"]);
        }),
        () => b.unreachable(),
      );
      return b.get(OUT);
    }
    case "closure":
      // encodeRefusal rejects closures outside fields before any code is generated.
      b.unreachable();
      return b.i32.const(0);
    default:
      return unreachable(s);
  }
}
