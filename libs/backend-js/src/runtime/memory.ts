// Arena access: every load and store checks `u32(addr) + offset + size <= arena
// size` in exact integer arithmetic (a JS number holds it without wrapping) and
// traps MemoryFault otherwise (docs/ir.md "Memory"). Accesses go through a
// DataView with explicit little-endian flags, so the result never depends on
// the host's byte order and needs no alignment. The emitter writes loads and
// stores at their site (`inlineLoad`, `inlineStore`). The bump allocators and the bulk ops (memory.copy /
// memory.fill) sit here too. Every write widens the write marks of its region
// (run-contract.ts "Arena reuse"): [$low_start, $low_end) below the run's
// scratch start, $high_end from it on — unless it lies inside what the marks
// already cover (`uncovered`).
import type { LoadOp, StoreOp } from "@tetra/ir";
import { helper, type Helper } from "./helper.js";

interface LoadRead {
  readonly bytes: number;
  /** The read at the checked byte address `p` (a JS name). */
  readonly read: (p: string) => string;
  readonly deps: readonly string[];
}

const LOAD_READS = {
  "i32.load": { bytes: 4, read: (p) => `$dv.getInt32(${p}, true)`, deps: [] },
  "i32.load8_u": { bytes: 1, read: (p) => `$dv.getUint8(${p})`, deps: [] },
  "i32.load8_s": { bytes: 1, read: (p) => `$dv.getInt8(${p})`, deps: [] },
  "i32.load16_u": { bytes: 2, read: (p) => `$dv.getUint16(${p}, true)`, deps: [] },
  "i32.load16_s": { bytes: 2, read: (p) => `$dv.getInt16(${p}, true)`, deps: [] },
  "i64.load": { bytes: 8, read: (p) => `$i64_join($dv.getInt32(${p} + 4, true), $dv.getUint32(${p}, true))`, deps: ["$i64_join"] },
  "f64.load": { bytes: 8, read: (p) => `$dv.getFloat64(${p}, true)`, deps: [] },
} as const satisfies Record<LoadOp, LoadRead>;

/**
 * A load written at its site, as one JS expression: `(($a = (pos >>> 0) + 1) + 1 > $size ?
 * $fault(0) : $dv.getUint8($a))`, with the function's address temp `$a`. The codec functions
 * hold dozens of loads, and as calls to per-op helpers (what the emitter did before) they
 * exhausted V8's cumulative inlining budget, so many stayed real calls (dropping the helpers' bounds check made pricing 12 % faster).
 * `$a` is read right after it is assigned, so nested loads cannot disturb each other.
 */
export function inlineLoad(op: LoadOp, addr: string, offset: number, site: number, temp: string): { code: string; deps: readonly string[] } {
  const { bytes, read, deps } = LOAD_READS[op];
  return { code: `(${temp} = ${byteAddress(addr, offset)}) + ${bytes} > $size ? $fault(${site}) : ${read(temp)}`, deps: ["$fault", "$state", ...deps] };
}

/** `u32(addr) + offset` as a JS number (exact: at most 2^32 - 1 + 2^32 - 1). */
function byteAddress(addr: string, offset: number): string {
  return offset === 0 ? `${addr} >>> 0` : `(${addr} >>> 0) + ${offset}`;
}

/** The write-mark update for a write of [start, end). */
function mark(start: string, end: string): string {
  return `if (${start} < $scratch_start) { if (${end} > $low_end) $low_end = ${end}; if (${start} < $low_start) $low_start = ${start}; } else if (${end} > $high_end) $high_end = ${end};`;
}

/**
 * The test that sends a write of [start, end) to `$write`: it is neither inside [$scratch_start,
 * $high_end) nor inside [$low_start, $low_end). Those windows are already covered by the marks and
 * lie inside the arena (a mark only grows to the end of a write that passed the bounds check or of
 * an allocation, see `alloc`), so a write inside one needs no bounds check and no mark update.
 */
function uncovered(start: string, end: string): string {
  return `(${start} < $scratch_start || ${end} > $high_end) && (${start} < $low_start || ${end} > $low_end)`;
}

interface StoreWrite {
  readonly bytes: number;
  /** The write of `v` at the checked byte address `p` (both JS names), as statements. */
  readonly write: (p: string, v: string) => string;
  readonly deps: readonly string[];
}

const STORE_WRITES = {
  "i32.store": { bytes: 4, write: (p, v) => `$dv.setInt32(${p}, ${v}, true);`, deps: [] },
  "i32.store8": { bytes: 1, write: (p, v) => `$dv.setUint8(${p}, ${v} & 0xff);`, deps: [] },
  "i32.store16": { bytes: 2, write: (p, v) => `$dv.setUint16(${p}, ${v} & 0xffff, true);`, deps: [] },
  "i64.store": { bytes: 8, write: (p, v) => `$i64_split(${v}); $dv.setUint32(${p}, $L, true); $dv.setInt32(${p} + 4, $H, true);`, deps: ["$i64_split"] },
  // Any NaN is stored as the canonical 0x7FF8000000000000.
  "f64.store": {
    bytes: 8,
    write: (p, v) => `if (${v} !== ${v}) { $dv.setUint32(${p}, 0, true); $dv.setUint32(${p} + 4, 0x7ff80000, true); } else $dv.setFloat64(${p}, ${v}, true);`,
    deps: [],
  },
} as const satisfies Record<StoreOp, StoreWrite>;

/**
 * A store written at its site (as `inlineLoad`, for the same reason), as statements: `address`
 * puts the checked address into the function's store temp `$w`; `checkAndWrite(v)` is the
 * covered-window test and the write. IR order is address, value, check, so the caller evaluates
 * the value in between, into a local, a literal or a temp (f64.store reads it twice).
 */
export function inlineStore(
  op: StoreOp,
  addr: string,
  offset: number,
  site: number,
  temp: string,
): { address: string; checkAndWrite: (value: string) => string[]; deps: readonly string[] } {
  const { bytes, write, deps } = STORE_WRITES[op];
  const end = `${temp} + ${bytes}`;
  return {
    address: `${temp} = ${byteAddress(addr, offset)};`,
    checkAndWrite: (v) => [`if (${uncovered(temp, end)}) $write(${temp}, ${end}, ${site});`, write(temp, v)],
    deps: ["$write", "$state", ...deps],
  };
}

/**
 * `alloc` widens the window of its region to the end of the block (the run contract allows
 * it: a fresh arena is zero there, so zeroing a block nobody wrote changes nothing), so that the
 * writes filling freshly allocated memory take the fast path of `uncovered`. The block ends at
 * most at the region's end, inside the arena.
 */
function alloc(name: string, ptr: string, end: string, mark: string): Helper {
  return helper(
    `
function ${name}(align, size, site) {
  const p = Math.ceil(${ptr} / align) * align;
  const next = p + (size >>> 0);
  if (next > ${end}) $trap("MemoryLimitExceeded", site);
  ${ptr} = next;
  if (next > ${mark}) ${mark} = next;
  return p | 0;
}`,
    ["$Trap", "$state"],
  );
}

/**
 * Bulk ops up to this many bytes move byte by byte: `copyWithin` and `fill` are calls into the
 * runtime whose fixed cost is many byte stores (the JSON encoder fills 2-6 bytes of indent and
 * copies 7-18-byte keys, dozens of times per call).
 */
const SHORT_BULK = 32;

export const MEMORY_HELPERS: Readonly<Record<string, Helper>> = {
  $memory_copy: helper(
    `
// Both ranges are checked before any byte moves; both ways of moving them are overlap-safe (memmove).
function $memory_copy(dst, src, len, site) {
  const d = dst >>> 0, s = src >>> 0, n = len >>> 0;
  if (s + n > $size) $fault(site);
  if (${uncovered("d", "d + n")}) $write(d, d + n, site);
  if (n > ${SHORT_BULK}) $mem.copyWithin(d, s, s + n);
  else if (d <= s) for (let i = 0; i < n; i++) $mem[d + i] = $mem[s + i];
  else for (let i = n - 1; i >= 0; i--) $mem[d + i] = $mem[s + i];
}`,
    ["$fault", "$write", "$state"],
  ),
  $memory_fill: helper(
    `
function $memory_fill(dst, byte, len, site) {
  const d = dst >>> 0, n = len >>> 0;
  if (${uncovered("d", "d + n")}) $write(d, d + n, site);
  if (n > ${SHORT_BULK}) $mem.fill(byte & 0xff, d, d + n);
  else for (let i = 0; i < n; i++) $mem[d + i] = byte;
}`,
    ["$write", "$state"],
  ),
  // The slow path of every write: the bounds check, then the marks.
  $write: helper(
    `
function $write(start, end, site) {
  if (end > $size) $fault(site);
  ${mark("start", "end")}
}`,
    ["$fault", "$state"],
  ),
  $alloc_scratch: alloc("$alloc_scratch", "$scratch_ptr", "$scratch_end", "$high_end"),
  $alloc_output: alloc("$alloc_output", "$output_ptr", "$output_end", "$low_end"),
};
