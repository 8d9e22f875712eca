// The module's own runtime: the state globals, the trap reporter, the
// call_indirect signature lookup, and the two host entry points.
//
//   prepare(input_offset, input_len, output_offset, output_cap, scratch_start, arena_size, fuel)
//     resets the arena and the runtime state for one run (the host has already
//     copied the input to input_offset). From the previous run's write marks
//     (run-contract.ts "Arena reuse"): when it wrote below input_offset
//     (low_start < input_offset, also on a fresh instance; or its scratch start
//     was below input_offset + 8, see STRADDLE) zero [0,
//     input_offset) and copy the data segments in again (passive segments, so
//     a run that overwrote constants cannot leak into the next); zero
//     [input_end, low_end) and [max(scratch_start - 8, input_end), scratch_start +
//     high_span) — the parts of what it wrote that the new input does not cover
//     (its scratch start is never below input_offset, which is the same for
//     every run; the 8 bytes below scratch_start take the stores that straddle
//     it on the fast path, memory.ts STRADDLE).
//     Then start the marks afresh and set the registers as `initialState` does.
//   run(same params) -> output_len
//     prepare, then entry(input_offset, input_len, output_offset, output_cap)
//     at call depth 1: the host's single call per run.
import type { Module, ResultType } from "@tetra/ir";
import { resultsOf, sigKey, type TableInfo } from "./func-emitter.js";
import { STRADDLE } from "./memory.js";
import { EXPORT, FUNC, GLOBAL, TABLE, exportNameOf, setLocalNames, type Binaryen, type BModule, type Ref } from "./names.js";

export const segmentName = (i: number): string => `tetra:data${i}`;

export function addGlobals(b: Binaryen, mod: BModule): void {
  for (const name of [GLOBAL.arena, GLOBAL.lowStart, GLOBAL.lowEnd, GLOBAL.highSpan, GLOBAL.scratchStart, GLOBAL.fuel]) mod.addGlobal(name, b.i64, true, mod.i64.const(0n));
  const i32s = [GLOBAL.scratch_ptr, GLOBAL.scratch_end, GLOBAL.output_ptr, GLOBAL.output_end, GLOBAL.trapKind, GLOBAL.trapSite];
  for (const name of i32s) mod.addGlobal(name, b.i32, true, mod.i32.const(0));
  mod.addGlobalExport(GLOBAL.trapKind, EXPORT.trapKind);
  mod.addGlobalExport(GLOBAL.trapSite, EXPORT.trapSite);
}

/** tetra:trap(kind, site): record the trap, then end the run with a wasm trap the host catches. */
export function addTrap(b: Binaryen, mod: BModule): void {
  const body = mod.block(
    null,
    [mod.global.set(GLOBAL.trapKind, mod.local.get(0, b.i32)), mod.global.set(GLOBAL.trapSite, mod.local.get(1, b.i32)), mod.unreachable()],
    b.unreachable,
  );
  setLocalNames(b, mod.addFunction(FUNC.trap, b.createType([b.i32, b.i32]), b.none, [], body), ["kind", "site"]);
}

/** The facts call_indirect checks against (computed before any function is emitted). */
export function tableInfo(ir: Module): TableInfo {
  const sigIds = new Map<string, number>();
  for (const k of tableSigKeys(ir)) if (!sigIds.has(k)) sigIds.set(k, sigIds.size);
  return { length: ir.table.length, sigIds, uniform: sigIds.size <= 1 };
}

function tableSigKeys(ir: Module): string[] {
  const sigOf = new Map(ir.funcs.map((f) => [f.name, sigKey({ params: f.params.map((p) => p.type), result: f.result })]));
  return ir.table.map((name) => sigOf.get(name) ?? "");
}

/** The wasm table (after the functions it names exist) and, when entries differ in signature, tetra:sig_of. */
export function addTable(b: Binaryen, mod: BModule, ir: Module, info: TableInfo): void {
  if (ir.table.length === 0) return;
  mod.addTable(TABLE, ir.table.length, ir.table.length);
  mod.addActiveElementSegment(TABLE, "tetra:elements", [...ir.table], mod.i32.const(0));
  if (!info.uniform) addSigOf(b, mod, tableSigKeys(ir).map((k) => info.sigIds.get(k) ?? -1));
}

/**
 * tetra:sig_of(i) -> the signature id of table[i], or -1 past the end: a
 * br_table into one block per signature id. For ids [0, 1, 0]:
 *   (block $out (block $s1 (block $s0 (br_table $s0 $s1 $s0 $out (local.get 0)))
 *     (return (i32.const 0))) (return (i32.const 1))) (i32.const -1)
 */
function addSigOf(b: Binaryen, mod: BModule, ids: readonly number[]): void {
  const count = Math.max(...ids) + 1;
  const label = (id: number) => `s${id}`;
  let e: Ref = mod.switch(ids.map(label), "out", mod.local.get(0, b.i32));
  for (let id = 0; id < count; id++) e = mod.block(null, [mod.block(label(id), [e], b.none), mod.return(mod.i32.const(id))], b.unreachable);
  const body = mod.block(null, [mod.block("out", [e], b.none), mod.i32.const(-1)], b.i32);
  setLocalNames(b, mod.addFunction(FUNC.sigOf, b.createType([b.i32]), b.i32, [], body), ["index"]);
}

const RUN_PARAM_NAMES = ["input_offset", "input_len", "output_offset", "output_cap", "scratch_start", "arena_size", "fuel"];
const RUN_PARAMS = RUN_PARAM_NAMES.length;

export function addEntryPoints(b: Binaryen, mod: BModule, ir: Module): void {
  const params = b.createType([b.i32, b.i32, b.i32, b.i32, b.i32, b.i32, b.f64]);
  const p = (i: number) => mod.local.get(i, i === 6 ? b.f64 : b.i32);
  const [input, inputLen, output, outputCap, scratch, arena, fuel] = [0, 1, 2, 3, 4, 5, 6];
  const inputEnd = RUN_PARAMS; // locals
  const highStart = RUN_PARAMS + 1;
  const end64 = () => mod.i64.extend_u(mod.local.get(inputEnd, b.i32));
  const g = (name: string) => mod.global.get(name, b.i64);
  const straddle = () => mod.i64.add(end64(), mod.i64.const(STRADDLE));
  /** memory.fill [from, to) with zeroes when to > from (i64 offsets inside the memory). */
  const zero = (from: () => Ref, to: () => Ref): Ref =>
    mod.if(mod.i64.gt_u(to(), from()), mod.memory.fill(mod.i32.wrap(from()), mod.i32.const(0), mod.i32.wrap(mod.i64.sub(to(), from()))));
  // Also when the previous scratch start was less than 8 bytes above the input offset (empty
  // input, no output region): a store straddling it on the fast path may have hit the constants.
  const input64 = () => mod.i64.extend_u(p(input));
  const restoreConstants = mod.if(
    mod.i32.or(mod.i64.lt_u(g(GLOBAL.lowStart), input64()), mod.i64.lt_u(g(GLOBAL.scratchStart), mod.i64.add(input64(), mod.i64.const(STRADDLE)))),
    mod.block(
      null,
      [
        mod.memory.fill(mod.i32.const(0), mod.i32.const(0), p(input)),
        ...ir.data.map((d, i) => mod.memory.init(segmentName(i), mod.i32.const(d.offset), mod.i32.const(0), mod.i32.const(d.bytes.length))),
      ],
      b.none,
    ),
  );
  const body = [
    restoreConstants,
    mod.local.set(inputEnd, mod.i32.add(p(input), p(inputLen))),
    zero(end64, () => g(GLOBAL.lowEnd)),
    // max(scratch_start - 8, input_end), as max(scratch_start, input_end + 8) - 8: nothing wraps.
    mod.local.set(highStart, mod.i64.sub(mod.select(mod.i64.gt_u(g(GLOBAL.scratchStart), straddle()), g(GLOBAL.scratchStart), straddle()), mod.i64.const(STRADDLE))),
    zero(() => mod.local.get(highStart, b.i64), () => mod.i64.add(g(GLOBAL.scratchStart), g(GLOBAL.highSpan))),
    mod.global.set(GLOBAL.lowStart, mod.i64.extend_u(p(input))),
    mod.global.set(GLOBAL.lowEnd, end64()),
    mod.global.set(GLOBAL.scratchStart, mod.i64.extend_u(p(scratch))),
    mod.global.set(GLOBAL.highSpan, mod.i64.const(0n)),
    mod.global.set(GLOBAL.arena, mod.i64.extend_u(p(arena))),
    mod.global.set(GLOBAL.scratch_ptr, p(scratch)),
    mod.global.set(GLOBAL.scratch_end, p(arena)),
    mod.global.set(GLOBAL.output_ptr, p(output)),
    mod.global.set(GLOBAL.output_end, mod.i32.add(p(output), p(outputCap))),
    mod.global.set(GLOBAL.fuel, mod.i64.trunc_u_sat.f64(p(fuel))),
    mod.global.set(GLOBAL.trapKind, mod.i32.const(0)),
    mod.global.set(GLOBAL.trapSite, mod.i32.const(0)),
  ];
  setLocalNames(b, mod.addFunction(FUNC.prepare, params, b.none, [b.i32, b.i64], mod.block(null, body, b.none)), [...RUN_PARAM_NAMES, "input_end", "high_start"]);
  mod.addFunctionExport(FUNC.prepare, EXPORT.prepare);
  if (ir.entry === null) return;
  const args = Array.from({ length: RUN_PARAMS }, (_, i) => p(i));
  const entry = mod.call(ir.entry, [p(input), p(inputLen), p(output), p(outputCap), mod.i32.const(1), mod.global.get(GLOBAL.fuel, b.i64)], resultsOf(b, "i32"));
  const run = mod.block(null, [mod.call(FUNC.prepare, args, b.none), fuelBack(b, mod, entry, "i32", RUN_PARAMS)], b.i32);
  setLocalNames(b, mod.addFunction(FUNC.run, params, b.i32, [resultsOf(b, "i32")], run), [...RUN_PARAM_NAMES, "results"]);
  mod.addFunctionExport(FUNC.run, EXPORT.run);
}

/** Stores the fuel a call of an IR function left in `tetra:fuel` and yields its value; `tupleLocal` holds the results when there is a value. */
function fuelBack(b: Binaryen, mod: BModule, call: Ref, result: ResultType, tupleLocal: number): Ref {
  if (result === "none") return mod.global.set(GLOBAL.fuel, call);
  const t = resultsOf(b, result);
  const tuple = () => mod.local.get(tupleLocal, t);
  const vt = result === "i32" ? b.i32 : result === "i64" ? b.i64 : b.f64;
  return mod.block(null, [mod.local.set(tupleLocal, call), mod.global.set(GLOBAL.fuel, mod.tuple.extract(tuple(), 1)), mod.tuple.extract(tuple(), 0)], vt);
}

/** "$name" exports: the IR function at call depth 1 (the entry frame of an invoke). */
export function addExports(b: Binaryen, mod: BModule, ir: Module): void {
  const byName = new Map(ir.funcs.map((f) => [f.name, f]));
  for (const name of ir.exports) {
    const f = byName.get(name);
    if (f === undefined) continue;
    const types = f.params.map((p) => (p.type === "i32" ? b.i32 : p.type === "i64" ? b.i64 : b.f64));
    const result = f.result === "none" ? b.none : f.result === "i32" ? b.i32 : f.result === "i64" ? b.i64 : b.f64;
    const wrapper = `tetra:export:${name}`;
    const args = [...types.map((t, i) => mod.local.get(i, t)), mod.i32.const(1), mod.global.get(GLOBAL.fuel, b.i64)];
    const body = fuelBack(b, mod, mod.call(name, args, resultsOf(b, f.result)), f.result, types.length);
    const vars = f.result === "none" ? [] : [resultsOf(b, f.result)];
    setLocalNames(b, mod.addFunction(wrapper, b.createType(types), result, vars, body), [...f.params.map((p) => p.name), ...(vars.length > 0 ? ["results"] : [])]);
    mod.addFunctionExport(wrapper, exportNameOf(name));
  }
}
