// The host side of a native run (the run contract, run-contract.ts): plan the
// arena, fill the `io` words (abi.ts), make one native call `tetra_run`, turn
// the status into an outcome. The arena is an mmap'd region owned by the
// instance and reused across runs, seen from JS through a koffi view without
// copying; a run's output is a view of it, valid until the next run or invoke.
// Every run must start on a zeroed arena: the C runtime first zeroes the two
// ranges the previous run's write marks cover (run-contract.ts "Arena reuse";
// generated code keeps them exact even when the run trapped).
import { InternalError } from "@tetra/core";
import {
  arenaPlanner,
  MAX_MEMORY_LIMIT,
  trapOfStatus,
  type ArenaPlan,
  type Instance,
  type InvokeOutcome,
  type IrValue,
  type Module,
  type RunOptions,
  type RunOutcome,
  type ValType,
} from "@tetra/ir";
import { readFileSync } from "node:fs";
import { IO, REG, STATUS_BAD_FUNCTION, STATUS_STACK_EXHAUSTED, STATUS_UNREACHABLE } from "./abi.js";
import type { NativeArtifact } from "./artifact.js";
import { sha256 } from "./cache.js";
import { loadKoffi } from "./native-deps.js";

/** The library's three exports, as koffi functions. */
export interface NativeLibrary {
  run(fn: number, arena: bigint, io: ArrayBuffer, consts: Uint8Array, input: Uint8Array): number;
  map(size: number): bigint | null;
  unmap(ptr: bigint, size: number): void;
  view(ptr: bigint, size: number): ArrayBuffer;
}

const libraries = new Map<string, NativeLibrary>();

/**
 * Loads a library once per process (dlopen would return the same handle
 * anyway), after checking its bytes against the recorded hash so a file that
 * changed on disk since compile is never mapped.
 */
export function loadLibrary(path: string, expectedSha256: string): NativeLibrary {
  const key = `${path}#${expectedSha256}`;
  const known = libraries.get(key);
  if (known !== undefined) return known;
  const actual = sha256(readFileSync(path));
  if (actual !== expectedSha256) throw new InternalError(`native library ${path} changed since it was compiled`, { expected: expectedSha256, actual });
  const koffi = loadKoffi();
  const lib = koffi.load(path);
  const run = lib.func("int32_t tetra_run(uint32_t fn, void *arena, void *io, void *consts, void *input)") as NativeLibrary["run"];
  const map = lib.func("void *tetra_arena_map(uint64_t size)") as NativeLibrary["map"];
  const unmap = lib.func("void tetra_arena_unmap(void *p, uint64_t size)") as NativeLibrary["unmap"];
  const loaded: NativeLibrary = { run, map, unmap, view: (ptr, size) => koffi.view(ptr, size) };
  libraries.set(key, loaded);
  return loaded;
}

/** Arena mappings grow in 64 KiB steps (a page multiple on every Linux target), at least doubling. */
const MAP_STEP = 65536;

interface Mapping {
  readonly ptr: bigint;
  readonly capacity: number;
  readonly bytes: Uint8Array;
}

/**
 * A mapping is unmapped when its view's ArrayBuffer is collected, not when the
 * instance is: an outcome's output (a subarray of the view) may outlive both
 * the instance and the next growth, and must never point at unmapped memory.
 */
const unmapper = new FinalizationRegistry<{ lib: NativeLibrary; ptr: bigint; capacity: number }>((m) => m.lib.unmap(m.ptr, m.capacity));

const constantsImage = (m: Module): Uint8Array => {
  const image = new Uint8Array(m.constantsSize);
  for (const seg of m.data) image.set(seg.bytes, seg.offset);
  return image;
};

const NO_INPUT = new Uint8Array(0);

export function instantiateNative(artifact: NativeArtifact): Instance {
  const module = artifact.module;
  const lib = loadLibrary(artifact.library, artifact.libraryHash);
  const consts = constantsImage(module);
  const plan = arenaPlanner(module);
  const maxArgs = Math.max(4, ...module.funcs.map((f) => f.params.length));
  const io = new ArrayBuffer(8 * (IO.args + maxArgs));
  const u32 = new Uint32Array(io);
  const i32 = new Int32Array(io);
  const f64 = new Float64Array(io);
  const big = new BigInt64Array(io);
  let mapping: Mapping | undefined;
  /** The plan whose read-only words (and entry arguments) `io` holds; undefined after an invoke. */
  let written: ArenaPlan | undefined;

  const word = (i: number, n: number): void => {
    // A non-negative integer below 2^53 as a little-endian 64-bit word, without BigInt.
    u32[2 * i] = n % 4294967296;
    u32[2 * i + 1] = Math.floor(n / 4294967296);
  };
  const readWord = (i: number): number => (u32[2 * i] as number) + (u32[2 * i + 1] as number) * 4294967296;

  /** What the next run must zero first (IO.zeroLow* / zeroHigh*): assume everything until a run reports its marks. */
  const assumeAllWritten = (size: number): void => {
    word(IO.zeroLowStart, 0);
    word(IO.zeroLowEnd, size);
    word(IO.zeroHighStart, 0);
    word(IO.zeroHighEnd, 0);
  };
  assumeAllWritten(0);

  const arena = (size: number): Mapping => {
    if (mapping !== undefined && mapping.capacity >= size) return mapping;
    // The old mapping (if any) is dropped, not unmapped: views of it may still be alive (see unmapper).
    const grown = mapping === undefined ? 0 : Math.min(2 * mapping.capacity, MAX_MEMORY_LIMIT);
    const capacity = Math.max(MAP_STEP, grown, Math.ceil(size / MAP_STEP) * MAP_STEP);
    const ptr = lib.map(capacity);
    if (ptr === null || ptr === 0n) throw new InternalError(`cannot map a native arena of ${capacity} bytes`);
    const bytes = new Uint8Array(lib.view(ptr, capacity));
    unmapper.register(bytes.buffer, { lib, ptr, capacity });
    mapping = { ptr, capacity, bytes };
    assumeAllWritten(0); // a fresh mapping reads as zero
    return mapping;
  };

  const setArg = (i: number, t: ValType, v: IrValue): void => {
    switch (t) {
      case "i32": {
        const x = Number(v) | 0;
        i32[2 * (IO.args + i)] = x;
        i32[2 * (IO.args + i) + 1] = x < 0 ? -1 : 0;
        return;
      }
      case "i64":
        big[IO.args + i] = BigInt.asIntN(64, BigInt(v));
        return;
      case "f64":
        f64[IO.args + i] = Number(v);
        return;
    }
  };

  /** The words a plan decides that no run changes (the C runtime copies the registers back unchanged). */
  const writePlan = (p: ArenaPlan): void => {
    word(REG.scratch_end, p.arenaSize);
    word(REG.output_end, p.outputOffset + p.outputCap);
    word(REG.arenaSize, p.arenaSize);
    word(REG.scratchStart, p.scratchStart);
    word(IO.inputOffset, p.inputOffset);
    word(IO.inputLen, p.inputLen);
  };

  /** Makes the native call for a plan (the arguments are already in io) and returns the status. */
  const call = (fn: number, p: ArenaPlan, m: Mapping, input: Uint8Array): number => {
    word(REG.fuel, p.fuel);
    word(REG.scratch_ptr, p.scratchStart);
    word(REG.output_ptr, p.outputOffset);
    // The constants image is copied only when the last run wrote below the input offset (or the mapping is new).
    word(IO.constsLen, readWord(IO.zeroLowStart) < p.inputOffset ? consts.length : 0);
    word(REG.lowStart, p.inputOffset);
    word(REG.lowEnd, p.inputOffset + p.inputLen);
    word(REG.highEnd, p.scratchStart);
    const status = lib.run(fn, m.ptr, io, consts, input);
    // Generated code wrote the marks back whatever the status (a trap block flushes them first);
    // 253..255 are internal errors, after which nothing is assumed.
    if (status < STATUS_STACK_EXHAUSTED) {
      word(IO.zeroLowStart, readWord(REG.lowStart));
      word(IO.zeroLowEnd, Math.min(readWord(REG.lowEnd), m.capacity));
      word(IO.zeroHighStart, p.scratchStart);
      word(IO.zeroHighEnd, Math.min(readWord(REG.highEnd), m.capacity));
    } else assumeAllWritten(Math.min(p.arenaSize, m.capacity));
    return status;
  };
  const trapped = (status: number): { ok: false; trap: NonNullable<ReturnType<typeof trapOfStatus>>; site: number } => {
    if (status === STATUS_UNREACHABLE) throw new InternalError("unreachable executed in native code");
    if (status === STATUS_BAD_FUNCTION) throw new InternalError("native library has no such function");
    if (status === STATUS_STACK_EXHAUSTED) throw new InternalError("native stack exhausted below MAX_CALL_DEPTH");
    const trap = trapOfStatus(status);
    if (trap === undefined) throw new InternalError("unknown native status", status);
    return { ok: false, trap, site: i32[2 * IO.site] as number };
  };

  const dispatch = (name: string): number => {
    const fn = artifact.functions[name];
    if (fn === undefined) throw new InternalError("no exported function", name);
    return fn;
  };

  const exported = new Map(module.funcs.filter((f) => module.exports.includes(f.name)).map((f) => [f.name, f]));

  return {
    run(input, options = {}): RunOutcome {
      if (module.entry === null) throw new InternalError("module has no entry");
      const entryFn = dispatch(module.entry);
      const p = plan(input.length, options);
      if (p === "MemoryLimitExceeded") return { ok: false, trap: "MemoryLimitExceeded", site: undefined };
      const m = arena(p.arenaSize);
      if (written !== p) {
        writePlan(p);
        word(IO.args, p.inputOffset);
        word(IO.args + 1, p.inputLen);
        word(IO.args + 2, p.outputOffset);
        word(IO.args + 3, p.outputCap);
        written = p;
      }
      const status = call(entryFn, p, m, input);
      if (status !== 0) return trapped(status);
      const n = (i32[2 * IO.result] as number) >>> 0;
      if (n > p.outputCap) return { ok: false, trap: "MemoryFault", site: undefined };
      return { ok: true, output: m.bytes.subarray(p.outputOffset, p.outputOffset + n) };
    },
    invoke(name, args, options = {}): InvokeOutcome {
      const f = exported.get(name);
      if (f === undefined) throw new InternalError("no exported function", name);
      if (args.length !== f.params.length) throw new InternalError(`$${name} takes ${f.params.length} argument(s)`, args);
      const fn = dispatch(name);
      const p = plan(0, options);
      if (p === "MemoryLimitExceeded") return { ok: false, trap: "MemoryLimitExceeded", site: undefined };
      const m = arena(p.arenaSize);
      writePlan(p);
      written = undefined; // the argument words are the invoke's
      f.params.forEach((q, i) => setArg(i, q.type, args[i] as IrValue));
      const status = call(fn, p, m, NO_INPUT);
      if (status !== 0) return trapped(status);
      switch (f.result) {
        case "none":
          return { ok: true, value: undefined };
        case "i32":
          return { ok: true, value: i32[2 * IO.result] as number };
        case "i64":
          return { ok: true, value: big[IO.result] as bigint };
        case "f64":
          return { ok: true, value: f64[IO.result] as number };
      }
    },
  };
}
