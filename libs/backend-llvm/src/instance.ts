// The host side of a native run (the run contract, run-contract.ts): plan the
// arena, fill the `io` words (abi.ts), make one native call `tetra_run`, turn
// the status into an outcome. The arena is an mmap'd region owned by the
// instance and reused across runs, seen from JS through a koffi view without
// copying. Every run must start on a zeroed arena: the C runtime first zeroes
// `[0, dirty)`, where dirty is the previous run's `written` bound (the end of
// its constants, input, stores, copies and fills) — or the whole previous arena
// when that run trapped.
import { InternalError } from "@tetra/core";
import {
  planArena,
  trapOfStatus,
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

/** Arena mappings grow in 64 KiB steps (a page multiple on every Linux target). */
const MAP_STEP = 65536;

interface Mapping {
  readonly ptr: bigint;
  readonly capacity: number;
  readonly bytes: Uint8Array;
}

const unmapper = new FinalizationRegistry<{ lib: NativeLibrary; ptr: bigint; capacity: number }>((m) => m.lib.unmap(m.ptr, m.capacity));

const constantsImage = (m: Module): Uint8Array => {
  const image = new Uint8Array(m.constantsSize);
  for (const seg of m.data) image.set(seg.bytes, seg.offset);
  return image;
};

export function instantiateNative(artifact: NativeArtifact): Instance {
  const module = artifact.module;
  const lib = loadLibrary(artifact.library, artifact.libraryHash);
  const consts = constantsImage(module);
  const maxArgs = Math.max(4, ...module.funcs.map((f) => f.params.length));
  const io = new ArrayBuffer(8 * (IO.args + maxArgs));
  const u32 = new Uint32Array(io);
  const i32 = new Int32Array(io);
  const f64 = new Float64Array(io);
  const big = new BigInt64Array(io);
  const token = {};
  let mapping: Mapping | undefined;
  /** Bytes at the arena's start the next run must zero first (what the last run could touch). */
  let dirty = 0;

  const word = (i: number, n: number): void => {
    // A non-negative integer below 2^53 as a little-endian 64-bit word, without BigInt.
    u32[2 * i] = n % 4294967296;
    u32[2 * i + 1] = Math.floor(n / 4294967296);
  };
  const readWord = (i: number): number => (u32[2 * i] as number) + (u32[2 * i + 1] as number) * 4294967296;

  const arena = (size: number): Mapping => {
    if (mapping !== undefined && mapping.capacity >= size) return mapping;
    if (mapping !== undefined) {
      unmapper.unregister(token);
      lib.unmap(mapping.ptr, mapping.capacity);
      mapping = undefined;
    }
    const capacity = Math.max(MAP_STEP, Math.ceil(size / MAP_STEP) * MAP_STEP);
    const ptr = lib.map(capacity);
    if (ptr === null || ptr === 0n) throw new InternalError(`cannot map a native arena of ${capacity} bytes`);
    mapping = { ptr, capacity, bytes: new Uint8Array(lib.view(ptr, capacity)) };
    unmapper.register(instance, { lib, ptr, capacity }, token);
    dirty = 0; // a fresh mapping reads as zero
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

  /** Plans the arena, makes the native call and returns the status (or a host-raised trap). */
  const call = (fn: number, input: Uint8Array, options: RunOptions, setArgs: (plan: Exclude<ReturnType<typeof planArena>, string>) => void) => {
    const plan = planArena(module, input.length, options);
    if (plan === "MemoryLimitExceeded") return { plan: undefined, status: -1 } as const;
    const m = arena(plan.arenaSize);
    word(REG.fuel, plan.fuel);
    word(REG.scratch_ptr, plan.scratchStart);
    word(REG.scratch_end, plan.arenaSize);
    word(REG.output_ptr, plan.outputOffset);
    word(REG.output_end, plan.outputOffset + plan.outputCap);
    word(REG.arenaSize, plan.arenaSize);
    word(REG.written, Math.max(consts.length, plan.inputOffset + input.length));
    word(IO.dirty, Math.min(dirty, m.capacity));
    word(IO.constsLen, consts.length);
    word(IO.inputOffset, plan.inputOffset);
    word(IO.inputLen, input.length);
    setArgs(plan);
    // Until the run returns normally, assume it wrote anywhere (a trap loses
    // generated code's cached `written`; an internal error throws).
    dirty = plan.arenaSize;
    const status = lib.run(fn, m.ptr, io, consts, input);
    if (status === 0) dirty = Math.min(readWord(REG.written), plan.arenaSize);
    return { plan, status, bytes: m.bytes } as const;
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

  const instance: Instance = {
    run(input, options = {}): RunOutcome {
      if (module.entry === null) throw new InternalError("module has no entry");
      const r = call(dispatch(module.entry), input, options, (plan) => {
        setArg(0, "i32", plan.inputOffset);
        setArg(1, "i32", plan.inputLen);
        setArg(2, "i32", plan.outputOffset);
        setArg(3, "i32", plan.outputCap);
      });
      if (r.plan === undefined) return { ok: false, trap: "MemoryLimitExceeded", site: undefined };
      if (r.status !== 0) return trapped(r.status);
      const n = (i32[2 * IO.result] as number) >>> 0;
      if (n > r.plan.outputCap) return { ok: false, trap: "MemoryFault", site: undefined };
      return { ok: true, output: r.bytes.slice(r.plan.outputOffset, r.plan.outputOffset + n) };
    },
    invoke(name, args, options = {}): InvokeOutcome {
      const f = exported.get(name);
      if (f === undefined) throw new InternalError("no exported function", name);
      if (args.length !== f.params.length) throw new InternalError(`$${name} takes ${f.params.length} argument(s)`, args);
      const r = call(dispatch(name), new Uint8Array(0), options, () => f.params.forEach((p, i) => setArg(i, p.type, args[i] as IrValue)));
      if (r.plan === undefined) return { ok: false, trap: "MemoryLimitExceeded", site: undefined };
      if (r.status !== 0) return trapped(r.status);
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
  return instance;
}
