// Building a `Dict<String, V>` value at run time from entries in source order,
// a later key replacing an earlier one (§3.3: `{ ...stock, pear: 0 }`). The
// result keeps the ABI's invariant: entries sorted by key bytes, keys unique.
// `$dict.put.<V>` inserts one entry by binary search (rt.str_cmp).
import type { Expr } from "@tetra/ir";
import { printType, type Type } from "../types/type.js";
import type { FnCtx, Lowerer } from "./context.js";
import { dictView, loadSlot, storeSlot, valTypeOf } from "./layout.js";

export type DictEntrySource =
  | { readonly kind: "one"; readonly key: string; readonly value: () => Expr; readonly valueType: Type }
  | { readonly kind: "dict"; readonly dict: () => Expr; readonly valueType: Type };

/** Emits the build; returns the dict pointer. `convert(v, from)` turns a source value into a V. */
export function buildDictFromEntries(c: FnCtx, value: Type, sources: readonly DictEntrySource[], site: number, convert: (v: Expr, from: Type) => Expr): Expr {
  const b = c.b;
  const view = dictView(value);
  const put = dictPutFn(c.L, value);
  let cap: Expr = b.i32.const(sources.filter((s) => s.kind === "one").length);
  for (const s of sources) if (s.kind === "dict") cap = b.i32.add(cap, b.i32.load(s.dict()));
  const n = c.let(cap, "i32", "cap");
  const out = c.let(b.alloc("scratch", b.i32.add(b.i32.const(view.header), b.i32.mul(b.get(n), b.i32.const(view.stride))), view.align, site), "i32", "dict");
  b.i32.store(b.get(out), b.i32.const(0));
  for (const s of sources) {
    if (s.kind === "one") {
      b.callVoid(put, [b.get(out), b.i32.const(c.L.m.string(s.key)), convert(s.value(), s.valueType)], site);
      continue;
    }
    const sv = dictView(s.valueType);
    const src = c.let(s.dict(), "i32", "src");
    const i = c.temp("i32", "i");
    b.set(i, b.i32.const(0));
    b.block((done) =>
      b.loop((next) => {
        b.brIf(done, b.i32.geU(b.get(i), b.i32.load(b.get(src))));
        const at = c.let(b.i32.add(b.i32.add(b.get(src), b.i32.const(sv.header)), b.i32.mul(b.get(i), b.i32.const(sv.stride))), "i32", "at");
        const v = convert(loadSlot(b, s.valueType, b.get(at), sv.valueOffset), s.valueType);
        b.callVoid(put, [b.get(out), b.i32.load(b.get(at)), v], site);
        b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
        b.br(next);
      }),
    );
  }
  return b.get(out);
}

/** `$dict.put.<V>(d, key, value)`: insert or replace, keeping the entries sorted. */
function dictPutFn(L: Lowerer, value: Type): string {
  const key = `dictput:${printType(value)}`;
  const known = L.helpers.get(key);
  if (known !== undefined) return known;
  const name = L.uniqueName(`dict.put.${printType(value).replace(/[^A-Za-z0-9_]/g, "_")}`);
  L.helpers.set(key, name);
  const cmp = L.runtime("rt.str_cmp", undefined)!;
  const view = dictView(value);
  const vt = valTypeOf(value);
  L.m.func(name, [["d", "i32"], ["k", "i32"], ["v", vt]], "none", (b) => {
    const lo = b.local("lo", "i32");
    const hi = b.local("hi", "i32");
    const mid = b.local("mid", "i32");
    const r = b.local("r", "i32");
    const entry = (i: Expr): Expr => b.i32.add(b.i32.add(b.get("d"), b.i32.const(view.header)), b.i32.mul(i, b.i32.const(view.stride)));
    b.set(hi, b.i32.load(b.get("d")));
    b.block((found) => {
      b.loop((next) => {
        b.brIf(found, b.i32.geU(b.get(lo), b.get(hi)));
        b.set(mid, b.i32.shrU(b.i32.add(b.get(lo), b.get(hi)), b.i32.const(1)));
        b.set(r, b.call(cmp, [b.i32.load(entry(b.get(mid))), b.get("k")]));
        b.if(b.i32.eqz(b.get(r)), () => {
          storeSlot(b, value, entry(b.get(mid)), b.get("v"), view.valueOffset);
          b.ret();
        });
        b.if(b.i32.ltS(b.get(r), b.i32.const(0)), () => b.set(lo, b.i32.add(b.get(mid), b.i32.const(1))), () => b.set(hi, b.get(mid)));
        b.br(next);
      });
    });
    const len = b.local("len", "i32");
    b.set(len, b.i32.load(b.get("d")));
    b.memoryCopy(entry(b.i32.add(b.get(lo), b.i32.const(1))), entry(b.get(lo)), b.i32.mul(b.i32.sub(b.get(len), b.get(lo)), b.i32.const(view.stride)));
    b.i32.store(entry(b.get(lo)), b.get("k"));
    storeSlot(b, value, entry(b.get(lo)), b.get("v"), view.valueOffset);
    b.i32.store(b.get("d"), b.i32.add(b.get(len), b.i32.const(1)));
  });
  return name;
}
