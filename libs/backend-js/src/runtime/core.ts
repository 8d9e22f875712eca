// Helpers every generated module contains: the trap signal, the per-run state
// registers (docs/ir.md "Runtime state") and the arena views. The driver
// (driver.ts) resets all of them at the start of each run or invoke.
import { helper, type Helper } from "./helper.js";

export const CORE_HELPERS: Readonly<Record<string, Helper>> = {
  $InternalError: helper(`
// A bug in Tetra (an \`unreachable\` op reached, a stack overflow below MAX_CALL_DEPTH); never a trap.
// The host passes its own class (@tetra/core's InternalError in-process); a standalone module has this one.
const $InternalError = ($host && $host.InternalError) || class InternalError extends Error {
  constructor(message, detail) {
    super(detail === undefined ? message : message + ": " + JSON.stringify(detail, (k, x) => (typeof x === "bigint" ? x + "n" : x)));
    this.name = "InternalError";
  }
};`),
  $Trap: helper(`
// A runtime error of the program: caught by $run / $invoke and returned as { ok: false, trap, site }.
class $Trap {
  constructor(kind, site) { this.kind = kind; this.site = site; }
}
function $trap(kind, site) { throw new $Trap(kind, site); }`),
  $state: helper(`
// Per-run state: the arena, its views and size, and the runtime registers. The arena buffer is
// reused by every run (it only grows); $size is this run's arena size, which bounds every access.
// Three write marks say what the next run must zero (run-contract.ts "Arena reuse"): writes that
// started below $scratch_start lie in [$low_start, $low_end) (the input included), the others in
// [$scratch_start, $high_end). $low_start = 0 on a fresh buffer, so the first run copies the data in.
// \`var\`, not \`let\`: the IR functions reach these through their closure, and every access to a
// closure's \`let\` checks that it is initialized (the temporal dead zone); a \`var\` has no such check.
// pricing (docs/performance.md) ran 10 % faster with \`var\` for the registers read on every step.
var $mem = new Uint8Array(0), $dv = new DataView($mem.buffer), $size = 0;
var $low_start = 0, $low_end = 0, $high_end = 0, $scratch_start = 0;
var $depth = 0;
var $scratch_ptr = 0, $scratch_end = 0, $output_ptr = 0, $output_end = 0;
const $MAX_CALL_DEPTH = 1000;
// Fuel = $fuel + $fuel_reserve. "(fuel N)" is "if (($fuel -= N) < 0) $refuel(site)": $fuel stays a small
// integer (a V8 Smi, no allocation per decrement) and $refuel moves the next chunk over from the reserve.
var $fuel = 0, $fuel_reserve = 0;
const $FUEL_CHUNK = 1 << 29;
function $set_fuel(total) {
  // \`| 0\`: Math.min of a double may come back boxed, and $fuel must be an int32 from the start.
  $fuel = Math.min(total, $FUEL_CHUNK) | 0;
  $fuel_reserve = total - $fuel;
}
/** $fuel went negative: the run had fewer than N units left iff the total is now below zero. */
function $refuel(site) {
  const total = $fuel + $fuel_reserve;
  if (total < 0) $trap("StepLimitExceeded", site);
  $set_fuel(total);
}`, ["$Trap"]),
  $unreachable: helper(
    `
function $unreachable(func) { throw new $InternalError("unreachable executed in $" + func); }`,
    ["$InternalError"],
  ),
  $fault: helper(
    `
function $fault(site) { throw new $Trap("MemoryFault", site); }`,
    ["$Trap"],
  ),
  $select: helper(`
// (select then else cond): all three operands are evaluated (as arguments), in order.
function $select(a, b, c) { return c !== 0 ? a : b; }`),
  $bits: helper(`
// Scratch view for moving f64 bit patterns (copysign, reinterpret, NaN constants).
const $bits = new DataView(new ArrayBuffer(8));`),
  $f64_from_bits: helper(
    `
function $f64_from_bits(hi, lo) { $bits.setUint32(4, hi, true); $bits.setUint32(0, lo, true); return $bits.getFloat64(0, true); }`,
    ["$bits"],
  ),
};
