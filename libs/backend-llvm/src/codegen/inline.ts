// Which runtime-library functions the native build always inlines. A call
// costs the callee's prologue and epilogue, its fuel and stack checks, and the
// write-back and reload of fuel and the write marks around it (they live in
// registers between calls): ~40 instructions on x86-64, as much as the whole
// body of rt.int_write for a five-digit Int (two calls per element of the
// strings kernel). LLVM's inliner keeps int_write out of line even with
// `inlinehint`, so the straight-line runtime functions — no loop, no indirect
// call, and calls only to other straight-line ones, so bounded in size — are
// marked `alwaysinline` (codegen/attributes.ts). Functions with loops stay out
// of line: their bodies dwarf the call.
import { walkFunc, type Func, type Module } from "@tetra/ir";
import { funcSymbol } from "../layout.js";

/** The symbols of the straight-line `rt.*` functions of every module of a batch. */
export function alwaysInlined(modules: readonly Module[]): Set<string> {
  const out = new Set<string>();
  modules.forEach((m, k) => {
    const byName = new Map(m.funcs.map((f) => [f.name, f]));
    const memo = new Map<string, boolean>();
    const straight = (f: Func): boolean => {
      const known = memo.get(f.name);
      if (known !== undefined) return known;
      memo.set(f.name, false); // a cycle is not straight-line
      let ok = true;
      walkFunc(f, (e) => {
        if (e.kind === "loop" || e.kind === "call_indirect") ok = false;
        else if (e.kind === "call") {
          const g = byName.get(e.func);
          if (g === undefined || !g.name.startsWith("rt.") || !straight(g)) ok = false;
        }
      });
      memo.set(f.name, ok);
      return ok;
    };
    for (const f of m.funcs) if (f.name.startsWith("rt.") && straight(f)) out.add(funcSymbol(k, f.name));
  });
  return out;
}
