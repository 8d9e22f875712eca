// IR module -> binaryen module (unoptimised). The layout of every compiled module:
//   memory 0       exported "memory", 1 page initially, grown by the host to the
//                  run's arena (max 32768 pages = MAX_MEMORY_LIMIT); the IR's data
//                  segments as passive segments, copied in by `prepare`
//   globals        the runtime state (names.ts GLOBAL), trap_kind/trap_site exported
//   table          the IR's function table, when it has one
//   functions      every IR function under its own name (plus the call-depth
//                  parameter), tetra:trap, tetra:sig_of, tetra:prepare, tetra:run,
//                  and for each IR export a wrapper "tetra:export:<name>",
//                  exported as "$name", that calls it at depth 1
import { InternalError } from "@tetra/core";
import type { Module, Signature } from "@tetra/ir";
import { FuncEmitter, type ModuleInfo } from "./func-emitter.js";
import { EXPORT, MAX_PAGES, setLocalNames, type Binaryen, type BModule } from "./names.js";
import { addEntryPoints, addExports, addGlobals, addTable, addTrap, segmentName, tableInfo } from "./runtime.js";

/** The wasm features the emitted code uses (all in every current engine). */
export function features(b: Binaryen): number {
  return b.Features.MutableGlobals | b.Features.NontrappingFPToInt | b.Features.BulkMemory | b.Features.BulkMemoryOpt | b.Features.SignExt | b.Features.Multivalue;
}

/** Builds and validates the module; the caller disposes it. */
export function buildModule(b: Binaryen, ir: Module): BModule {
  const mod = new b.Module();
  try {
    mod.setFeatures(features(b));
    const segments = ir.data.map((d, i) => ({ name: segmentName(i), data: d.bytes, passive: true, offset: 0 }));
    mod.setMemory(1, MAX_PAGES, EXPORT.memory, segments);
    addGlobals(b, mod);
    addTrap(b, mod);
    const sigs = new Map<string, Signature>(ir.funcs.map((f) => [f.name, { params: f.params.map((p) => p.type), result: f.result }]));
    const table = tableInfo(ir);
    const cx: ModuleInfo = { b, mod, ir, sigs, table };
    ir.funcs.forEach((f, i) => {
      const fe = new FuncEmitter(cx, f, i);
      const body = fe.body();
      const ref = mod.addFunction(f.name, fe.params(), fe.results(), fe.vars(), body);
      setLocalNames(b, ref, fe.localNames());
    });
    addTable(b, mod, ir, table);
    addExports(b, mod, ir);
    addEntryPoints(b, mod, ir);
    if (!mod.validate()) throw new InternalError("binaryen rejected the emitted module", mod.emitText().slice(0, 4000));
    return mod;
  } catch (e) {
    mod.dispose();
    throw e;
  }
}
