// Arena access: every load and store checks `u32(addr) + offset + size <= arena
// size` in exact integer arithmetic (a JS number holds it without wrapping) and
// traps MemoryFault otherwise (docs/ir.md "Memory"). Accesses go through a
// DataView with explicit little-endian flags, so the result never depends on
// the host's byte order and needs no alignment. The bump allocators and the
// bulk ops (memory.copy / memory.fill) sit here too. Every write widens the
// write marks of its region (run-contract.ts "Arena reuse"): [$low_start,
// $low_end) below the run's scratch start, $high_end from it on.
import type { LoadOp, StoreOp } from "@tetra/ir";
import { helper, type Helper } from "./helper.js";

function load(name: string, bytes: number, read: string, deps: readonly string[] = []): Helper {
  return helper(
    `
function ${name}(addr, offset, site) {
  const p = (addr >>> 0) + offset;
  if (p + ${bytes} > $size) $fault(site);
  return ${read};
}`,
    ["$fault", "$state", ...deps],
  );
}

/** The write-mark update for a write of [start, end). */
function mark(start: string, end: string): string {
  return `if (${start} < $scratch_start) { if (${end} > $low_end) $low_end = ${end}; if (${start} < $low_start) $low_start = ${start}; } else if (${end} > $high_end) $high_end = ${end};`;
}

function store(name: string, bytes: number, write: string, deps: readonly string[] = []): Helper {
  return helper(
    `
function ${name}(addr, offset, v, site) {
  const p = (addr >>> 0) + offset;
  if (p + ${bytes} > $size) $fault(site);
  ${mark("p", `p + ${bytes}`)}
  ${write}
}`,
    ["$fault", "$state", ...deps],
  );
}

function alloc(name: string, ptr: string, end: string): Helper {
  return helper(
    `
function ${name}(align, size, site) {
  const p = Math.ceil(${ptr} / align) * align;
  const next = p + (size >>> 0);
  if (next > ${end}) $trap("MemoryLimitExceeded", site);
  ${ptr} = next;
  return p | 0;
}`,
    ["$Trap", "$state"],
  );
}

export const LOAD_HELPERS = {
  "i32.load": load("$i32_load", 4, "$dv.getInt32(p, true)"),
  "i32.load8_u": load("$i32_load8_u", 1, "$dv.getUint8(p)"),
  "i32.load8_s": load("$i32_load8_s", 1, "$dv.getInt8(p)"),
  "i32.load16_u": load("$i32_load16_u", 2, "$dv.getUint16(p, true)"),
  "i32.load16_s": load("$i32_load16_s", 2, "$dv.getInt16(p, true)"),
  "i64.load": load("$i64_load", 8, "$i64_join($dv.getInt32(p + 4, true), $dv.getUint32(p, true))", ["$i64_join"]),
  "f64.load": load("$f64_load", 8, "$dv.getFloat64(p, true)"),
} as const satisfies Record<LoadOp, Helper>;

export const STORE_HELPERS = {
  "i32.store": store("$i32_store", 4, "$dv.setInt32(p, v, true);"),
  "i32.store8": store("$i32_store8", 1, "$dv.setUint8(p, v & 0xff);"),
  "i32.store16": store("$i32_store16", 2, "$dv.setUint16(p, v & 0xffff, true);"),
  "i64.store": store("$i64_store", 8, "$i64_split(v);\n  $dv.setUint32(p, $L, true);\n  $dv.setInt32(p + 4, $H, true);", ["$i64_split"]),
  // Any NaN is stored as the canonical 0x7FF8000000000000.
  "f64.store": store(
    "$f64_store",
    8,
    "if (v !== v) {\n    $dv.setUint32(p, 0, true);\n    $dv.setUint32(p + 4, 0x7ff80000, true);\n  } else $dv.setFloat64(p, v, true);",
  ),
} as const satisfies Record<StoreOp, Helper>;

export const MEMORY_HELPERS: Readonly<Record<string, Helper>> = {
  $memory_copy: helper(
    `
// Both ranges are checked before any byte moves; copyWithin is overlap-safe (memmove).
function $memory_copy(dst, src, len, site) {
  const d = dst >>> 0, s = src >>> 0, n = len >>> 0;
  if (d + n > $size || s + n > $size) $fault(site);
  ${mark("d", "d + n")}
  $mem.copyWithin(d, s, s + n);
}`,
    ["$fault", "$state"],
  ),
  $memory_fill: helper(
    `
function $memory_fill(dst, byte, len, site) {
  const d = dst >>> 0, n = len >>> 0;
  if (d + n > $size) $fault(site);
  ${mark("d", "d + n")}
  $mem.fill(byte & 0xff, d, d + n);
}`,
    ["$fault", "$state"],
  ),
  $alloc_scratch: alloc("$alloc_scratch", "$scratch_ptr", "$scratch_end"),
  $alloc_output: alloc("$alloc_output", "$output_ptr", "$output_end"),
};
