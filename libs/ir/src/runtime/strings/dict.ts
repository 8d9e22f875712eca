// Key lookup in a Dict<String, V> (docs/abi.md: `[len u32]`, then entries
// `{key: String, value: V}` sorted by key bytes), for `d[k]`, `d.k` on Dict
// values and `has_key` (§3.2, §7.6).
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";

const dictFind: RuntimeDef = {
  name: "rt.dict_find",
  params: [
    ["dict", "i32"],
    ["key", "i32"],
    ["entries_at", "i32"],
    ["entry_size", "i32"],
  ],
  result: "i32",
  deps: ["rt.str_cmp"],
  doc:
    "the index of the entry whose key equals key (binary search; entries start at dict + entries_at, " +
    "entry_size bytes each, key pointer first), or -1 (caller traps VariableNotFound or yields false)",
  build(b) {
    const k = (n: number): Expr => b.i32.const(n);
    const lo = b.local("lo", "i32");
    const hi = b.local("hi", "i32");
    const mid = b.local("mid", "i32");
    const c = b.local("c", "i32");
    b.set(hi, b.i32.load(b.get("dict")));
    b.loop((next) => {
      b.if(b.i32.ltU(b.get(lo), b.get(hi)), () => {
        b.set(mid, b.i32.shrU(b.i32.add(b.get(lo), b.get(hi)), k(1)));
        const entry = b.i32.add(b.i32.add(b.get("dict"), b.get("entries_at")), b.i32.mul(b.get(mid), b.get("entry_size")));
        b.set(c, b.call("rt.str_cmp", [b.i32.load(entry), b.get("key")]));
        b.if(b.i32.eqz(b.get(c)), () => b.ret(b.get(mid)));
        b.if(
          b.i32.ltS(b.get(c), k(0)),
          () => b.set(lo, b.i32.add(b.get(mid), k(1))),
          () => b.set(hi, b.get(mid)),
        );
        b.br(next);
      });
    });
    return k(-1);
  },
};

export const DICT_STRING_RUNTIME: readonly RuntimeDef[] = [dictFind];
