// The host side of the run contract (libs/ir/src/run-contract.ts), written out
// in every generated module so that a standalone ES module needs nothing from
// @tetra/*: plan the arena, copy constants and input, reset the runtime state,
// call the entry (or an export) and turn a trap into `{ ok: false, trap, site }`.
// `planArena` is mirrored line by line; driver.test.ts checks the two agree.
//
// The driver refers to `$fns` (built by the module's inner scope: the entry
// function and the exports table) and to `$CONSTANTS_SIZE` / `$DATA`, which
// emit-module.ts writes from the module.
import { CONSTANTS_BASE, DEFAULT_FUEL, DEFAULT_MEMORY_LIMIT, MAX_FUEL, MAX_MEMORY_LIMIT } from "@tetra/ir";
import { helper, type Helper } from "./helper.js";

export const DRIVER_HELPERS: Readonly<Record<string, Helper>> = {
  $plan: helper(`
const $DEFAULT_MEMORY_LIMIT = ${DEFAULT_MEMORY_LIMIT};
const $MAX_MEMORY_LIMIT = ${MAX_MEMORY_LIMIT};
const $DEFAULT_FUEL = ${DEFAULT_FUEL};
const $MAX_FUEL = ${MAX_FUEL};
function $align8(n) { return Math.ceil(n / 8) * 8; }
/** planArena: the arena layout for a run, or null when it does not fit in the memory limit. */
function $plan(inputLen, options) {
  const o = options ?? {};
  const arenaSize = Math.min(Math.max(Math.floor(o.memoryLimit ?? $DEFAULT_MEMORY_LIMIT), 0), $MAX_MEMORY_LIMIT);
  const fuel = Math.min(Math.max(Math.floor(o.fuel ?? $DEFAULT_FUEL), 0), $MAX_FUEL);
  const inputOffset = $align8(Math.max($CONSTANTS_SIZE, ${CONSTANTS_BASE}));
  const outputOffset = $align8(inputOffset + inputLen);
  const outputCap =
    o.outputCap === undefined
      ? Math.max(0, Math.floor((arenaSize - outputOffset) / 16) * 8)
      : Math.min(Math.max(Math.floor(o.outputCap), 0), $MAX_MEMORY_LIMIT);
  const scratchStart = $align8(outputOffset + outputCap);
  if (scratchStart > arenaSize) return null;
  return { arenaSize, inputOffset, inputLen, outputOffset, outputCap, scratchStart, fuel };
}`),
  $start: helper(
    `
/**
 * buildArena + initialState: an all-zero arena with the data segments and the input. The previous
 * run's arena is reused when it has the same size: only [0, $hw) can be non-zero, so that is cleared.
 */
function $start(p, input) {
  if ($mem.length === p.arenaSize) $mem.fill(0, 0, $hw);
  else {
    $mem = new Uint8Array(p.arenaSize);
    $dv = new DataView($mem.buffer);
  }
  $hw = 0;
  for (const [offset, bytes] of $DATA) {
    $mem.set(bytes, offset);
    $hw = Math.max($hw, offset + bytes.length);
  }
  $mem.set(input, p.inputOffset);
  $hw = Math.max($hw, p.inputOffset + input.length);
  $size = $mem.length;
  $set_fuel(p.fuel);
  $depth = 1;
  $scratch_ptr = p.scratchStart;
  $scratch_end = p.arenaSize;
  $output_ptr = p.outputOffset;
  $output_end = p.outputOffset + p.outputCap;
}`,
    ["$state"],
  ),
  $caught: helper(
    `
function $caught(e) {
  if (e instanceof $Trap) return { ok: false, trap: e.kind, site: e.site };
  if (e instanceof RangeError && /call stack/i.test(e.message))
    throw new $InternalError("stack overflow below MAX_CALL_DEPTH (depth " + $depth + ")");
  throw e;
}`,
    ["$Trap", "$InternalError", "$state"],
  ),
  $run: helper(
    `
/** Instance.run: entry(input_offset, input_len, output_offset, output_cap) -> output_len. */
function $run(input, options) {
  if ($fns.entry === null) throw new $InternalError("module has no entry");
  const p = $plan(input.length, options);
  if (p === null) return { ok: false, trap: "MemoryLimitExceeded", site: undefined };
  $start(p, input);
  try {
    const n = $fns.entry(p.inputOffset, p.inputLen, p.outputOffset, p.outputCap) >>> 0;
    if (n > p.outputCap) return { ok: false, trap: "MemoryFault", site: undefined };
    return { ok: true, output: $mem.slice(p.outputOffset, p.outputOffset + n) };
  } catch (e) {
    return $caught(e);
  }
}`,
    ["$plan", "$start", "$caught"],
  ),
  $invoke: helper(
    `
/** Instance.invoke: i32 args as numbers (taken | 0), i64 as bigint, f64 as number; i64 results are bigints. */
function $invoke(name, args, options) {
  const f = $exported.get(name);
  if (f === undefined) throw new $InternalError("no exported function", name);
  if (args.length !== f.params.length) throw new $InternalError("$" + name + " takes " + f.params.length + " argument(s)", args);
  const vals = f.params.map((t, i) => $to_val(t, args[i]));
  const p = $plan(0, options);
  if (p === null) return { ok: false, trap: "MemoryLimitExceeded", site: undefined };
  $start(p, $NO_INPUT);
  try {
    const v = f.fn(...vals);
    return { ok: true, value: f.result === "none" ? undefined : f.result === "i64" ? BigInt(v) : v };
  } catch (e) {
    return $caught(e);
  }
}
const $NO_INPUT = new Uint8Array(0);
function $to_val(t, v) {
  if (t === "i32") return Number(v) | 0;
  if (t === "i64") return $i64_of(BigInt.asIntN(64, BigInt(v)));
  return Number(v);
}`,
    ["$plan", "$start", "$caught", "$i64_base"],
  ),
  $bytes: helper(`
/** Data segment bytes, written as a latin-1 string (one char per byte). */
function $bytes(s) {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}`),
};
