// Complete modules around the generated codecs, for tests, the differential
// harness and anyone who wants "a JSON decoder/encoder for this shape" as a
// stand-alone program. Each has the run-contract entry
// `entry(input_offset, input_len, output_offset, output_cap) -> output_len`.
import { encodeArena, err, InternalError, ok, type ArenaError, type Result, type Shape, type Value } from "@tetra/core";
import { ModuleBuilder, type FuncBuilder, type LocalRef } from "../builder.js";
import { planArena } from "../run-contract.js";
import type { Expr, Module } from "../types.js";
import { emitDecodeJson, emitDecodeMainArgs, emitEncodeResult, type MainParam } from "./api.js";
import { cellOf, loadSlot, storeSlot } from "./layout-view.js";
import { decodeRefusal, encodeRefusal, type CodecRefusal } from "./support.js";

const ENTRY_PARAMS = [
  ["in", "i32"],
  ["len", "i32"],
  ["out", "i32"],
  ["cap", "i32"],
] as const;

function entryModule(body: (b: FuncBuilder, m: ModuleBuilder) => Expr): Module {
  const m = new ModuleBuilder();
  m.func("entry", ENTRY_PARAMS, "i32", (b) => body(b, m));
  m.entry("entry");
  return m.finish();
}

/** Write the u32 `v` as the next 4 output bytes. */
function emitOutputU32(b: FuncBuilder, v: Expr): void {
  b.i32.store(b.alloc("output", b.i32.const(4), 1), v);
}

/**
 * A module whose run decodes its input (one JSON text) as `shape` and outputs the
 * root pointer as 4 little-endian bytes: the `{value: T}` box for Int/Float/Bool,
 * the object pointer otherwise (0 for a None root). The decoded value stays in the
 * arena (read it with core's decodeArena). Malformed or mistyped input traps
 * MainArgTypeMismatch at the site this returns as `site`.
 */
export function decodeEntryModule(shape: Shape): Result<{ readonly module: Module; readonly site: number }, CodecRefusal> {
  const refusal = decodeRefusal(shape);
  if (refusal !== undefined) return err(refusal);
  let site = 0;
  const module = entryModule((b, m) => {
    site = m.site();
    const slot = emitDecodeJson(b, m, shape, { ptr: b.get("in"), len: b.get("len") }, { kind: "MainArgTypeMismatch", site });
    emitOutputU32(b, rootOf(b, shape, slot));
    return b.i32.const(4);
  });
  return ok({ module, site });
}

/** The root pointer of a decoded value: its slot, or for Int/Float/Bool a fresh `{value: T}` box. */
function rootOf(b: FuncBuilder, shape: Shape, slot: LocalRef): Expr {
  if (shape.kind !== "int" && shape.kind !== "float" && shape.kind !== "bool") return b.get(slot);
  const view = cellOf(shape);
  const box = b.local("box", "i32");
  b.set(box, b.alloc("scratch", b.i32.const(view.size), view.align));
  storeSlot(b, shape, b.get(box), b.get(slot));
  return b.get(box);
}

/**
 * A module whose run writes the canonical JSON text of a value given as an arena
 * region: the input is `[root u32][4 zero bytes][region]`, where the region was
 * encoded (by core's encodeArena) at `input_offset + 8` — `encodeEntryInput` builds it.
 * NonFiniteFloat and output overflow trap at the site returned.
 */
export function encodeEntryModule(shape: Shape): Result<{ readonly module: Module; readonly site: number }, CodecRefusal> {
  const refusal = encodeRefusal(shape);
  if (refusal !== undefined) return err(refusal);
  let site = 0;
  const module = entryModule((b, m) => {
    site = m.site();
    const root = b.local("root", "i32");
    b.set(root, b.i32.load(b.get("in")));
    const boxed = shape.kind === "int" || shape.kind === "float" || shape.kind === "bool";
    return emitEncodeResult(b, m, shape, boxed ? loadSlot(b, shape, b.get(root)) : b.get(root), site);
  });
  return ok({ module, site });
}

/** The input of an encodeEntryModule run for `value` (encodeArena at input_offset + 8). */
export function encodeEntryInput(module: Module, value: Value, shape: Shape): Result<Uint8Array, ArenaError> {
  const probe = planArena(module, 0);
  if (probe === "MemoryLimitExceeded") throw new InternalError("the default arena plan of an empty input cannot fail");
  const base = probe.inputOffset + 8;
  const region = encodeArena(value, shape, base);
  if (!region.ok) return region;
  const input = new Uint8Array(8 + region.value.bytes.length);
  new DataView(input.buffer).setUint32(0, region.value.root, true);
  input.set(region.value.bytes, 8);
  return ok(input);
}

/**
 * A module whose run checks `#main` arguments (emitDecodeMainArgs) and outputs each
 * parameter's root pointer (4 bytes each, as decodeEntryModule). Trap sites: one per
 * (kind, parameter) pair, listed in `sites` as `"MissingMainArg:0"`, `"UnexpectedMainArg:*"`.
 */
export function mainArgsEntryModule(
  params: readonly MainParam[],
): Result<{ readonly module: Module; readonly sites: ReadonlyMap<number, string> }, CodecRefusal> {
  for (const p of params) {
    const refusal = decodeRefusal(p.shape);
    if (refusal !== undefined) return err(refusal);
  }
  const sites = new Map<number, string>();
  const module = entryModule((b, m) => {
    const known = new Map<string, number>();
    const slots = emitDecodeMainArgs(b, m, params, { ptr: b.get("in"), len: b.get("len") }, {
      site(kind, index) {
        const key = `${kind}:${index ?? "*"}`;
        let s = known.get(key);
        if (s === undefined) {
          s = m.site();
          known.set(key, s);
          sites.set(s, key);
        }
        return s;
      },
    });
    params.forEach((p, i) => emitOutputU32(b, rootOf(b, p.shape, slots[i] as LocalRef)));
    return b.i32.const(4 * params.length);
  });
  return ok({ module, sites });
}
