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
const $NO_OPTIONS = {};
function $align8(n) { return Math.ceil(n / 8) * 8; }
/** An option as a whole number in [0, max]; negatives and NaN are 0. */
function $clamp(x, max) { return x >= 0 ? Math.min(Math.floor(x), max) : 0; }
// The last plan and what it was made from: a run with the same input length and limits reuses it.
var $plan_last = null, $plan_len = -1, $plan_fuel, $plan_memory, $plan_out;
/** planArena: the arena layout for a run, or null when it does not fit in the memory limit. */
function $plan(inputLen, options) {
  const o = options ?? $NO_OPTIONS;
  if ($plan_len === inputLen && $plan_fuel === o.fuel && $plan_memory === o.memoryLimit && $plan_out === o.outputCap) return $plan_last;
  $plan_last = $plan_of(inputLen, o);
  $plan_len = inputLen;
  $plan_fuel = o.fuel;
  $plan_memory = o.memoryLimit;
  $plan_out = o.outputCap;
  return $plan_last;
}
function $plan_of(inputLen, o) {
  const arenaSize = $clamp(o.memoryLimit ?? $DEFAULT_MEMORY_LIMIT, $MAX_MEMORY_LIMIT);
  const fuel = $clamp(o.fuel ?? $DEFAULT_FUEL, $MAX_FUEL);
  const inputOffset = $align8(Math.max($CONSTANTS_SIZE, ${CONSTANTS_BASE}));
  const outputOffset = $align8(inputOffset + inputLen);
  const outputCap =
    o.outputCap === undefined
      ? Math.max(0, Math.floor((arenaSize - outputOffset) / 16) * 8)
      : $clamp(o.outputCap, $MAX_MEMORY_LIMIT);
  const scratchStart = $align8(outputOffset + outputCap);
  if (scratchStart > arenaSize) return null;
  return { arenaSize, inputOffset, inputLen, outputOffset, outputCap, scratchStart, fuel };
}`),
  $start: helper(
    `
/**
 * buildArena + initialState. The arena buffer is reused: only [$low_start, $low_end) and
 * [$scratch_start, $high_end) can hold what the previous run wrote (run-contract.ts "Arena reuse"),
 * so just those are zeroed; the data segments are copied again only when that run wrote below the
 * input offset (into the constants), then the input goes in. A larger arena than any before gets a
 * new buffer.
 */
function $start(p, input) {
  if ($mem.length < p.arenaSize) {
    $mem = new Uint8Array(p.arenaSize);
    $dv = new DataView($mem.buffer);
    $low_start = $low_end = $high_end = $scratch_start = 0;
  } else {
    if ($low_end > $low_start) $mem.fill(0, $low_start, $low_end);
    if ($high_end > $scratch_start) $mem.fill(0, $scratch_start, $high_end);
  }
  if ($low_start < p.inputOffset) for (let i = 0; i < $DATA.length; i++) $mem.set($DATA[i][1], $DATA[i][0]);
  $mem.set(input, p.inputOffset);
  $low_start = p.inputOffset;
  $low_end = p.inputOffset + input.length;
  $scratch_start = p.scratchStart;
  $high_end = p.scratchStart;
  $size = p.arenaSize;
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
/**
 * Instance.run: entry(input_offset, input_len, output_offset, output_cap) -> output_len. The output
 * is a view of the arena, valid until the next run or invoke of this instance.
 */
function $run(input, options) {
  if ($fns.entry === null) throw new $InternalError("module has no entry");
  const p = $plan(input.length, options);
  if (p === null) return { ok: false, trap: "MemoryLimitExceeded", site: undefined };
  $start(p, input);
  try {
    const n = $fns.entry(p.inputOffset, p.inputLen, p.outputOffset, p.outputCap) >>> 0;
    if (n > p.outputCap) return { ok: false, trap: "MemoryFault", site: undefined };
    return { ok: true, output: $mem.subarray(p.outputOffset, p.outputOffset + n) };
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
