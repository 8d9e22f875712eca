// Test support: runs many string runtime calls through one IR module in one
// run, so tests pay for arena setup once per batch rather than once per call.
//
// The module holds the string runtime and an entry `$batch` that reads a
// command list from the input region, calls each function, copies each result
// into the output region and releases scratch (mark/release) after every call.
//
//   input:  [count u32][pad 4] then count commands of 32 bytes
//             [function index u32][pad 4][slot 0: 8 bytes][slot 1][slot 2]
//           then the argument objects (Strings, List<String>s, Dicts) they point to.
//   output: per call, an i32 result as [value u32]; a String as [len u32][bytes]
//           padded to 4; a List<String> as [count u32] and its Strings; a
//           null (0) String or list result as [0xFFFFFFFF].
//
// Argument objects are placed at absolute addresses: the input region starts
// at `planArena(...).inputOffset`, which does not depend on the input length.
import { InternalError } from "@tetra/core";
import type { FuncBuilder } from "../../builder.js";
import { ModuleBuilder } from "../../builder.js";
import { interpret } from "../../interp/index.js";
import { MAX_MEMORY_LIMIT, planArena, type RunOptions } from "../../run-contract.js";
import type { Expr, Module } from "../../types.js";
import { assertValid } from "../../verify.js";
import { useRuntime } from "../registry.js";

/**
 * How a slot is passed: a String, a List<String>, a Dict<String, Int>-like
 * `[len][{key, u32}...]` (a pointer), raw bytes (pointer and length), an i32 or an i64.
 */
export type ArgKind = "str" | "list" | "dict" | "bytes" | "i32" | "i64";
export type ResultKind = "i32" | "str" | "list";

export interface FnSpec {
  readonly name: string;
  readonly args: readonly ArgKind[];
  readonly result: ResultKind;
  /** i32 constants passed after the slots (a Dict's entries offset and entry size). */
  readonly extra?: readonly number[];
}

export type ArgValue = string | readonly string[] | Uint8Array | number | bigint;
export type ResultValue = number | string | readonly string[] | null;

export interface Call {
  readonly fn: string;
  readonly args: readonly ArgValue[];
}

export const STRING_FNS: readonly FnSpec[] = [
  { name: "rt.str_concat", args: ["str", "str"], result: "str" },
  { name: "rt.str_eq", args: ["str", "str"], result: "i32" },
  { name: "rt.str_cmp", args: ["str", "str"], result: "i32" },
  { name: "rt.str_substring", args: ["str", "i64", "i64"], result: "str" },
  { name: "rt.str_find", args: ["str", "str", "i32"], result: "i32" },
  { name: "rt.str_contains", args: ["str", "str"], result: "i32" },
  { name: "rt.str_starts_with", args: ["str", "str"], result: "i32" },
  { name: "rt.str_ends_with", args: ["str", "str"], result: "i32" },
  { name: "rt.str_split", args: ["str", "str"], result: "list" },
  { name: "rt.str_replace", args: ["str", "str", "str"], result: "str" },
  { name: "rt.str_upper", args: ["str"], result: "str" },
  { name: "rt.str_lower", args: ["str"], result: "str" },
  { name: "rt.str_trim", args: ["str"], result: "str" },
  { name: "rt.str_trim_start", args: ["str"], result: "str" },
  { name: "rt.str_trim_end", args: ["str"], result: "str" },
  { name: "rt.str_join", args: ["list", "str"], result: "str" },
  { name: "rt.str_from_bytes", args: ["bytes"], result: "str" },
  { name: "rt.utf8_valid", args: ["bytes"], result: "i32" },
  { name: "rt.utf8_count", args: ["bytes"], result: "i32" },
  { name: "rt.dict_find", args: ["dict", "str"], result: "i32", extra: [4, 8] },
];

const HEADER = 8;
const COMMAND = 32;
const NULL_MARK = 0xffff_ffff;

function slotArgs(b: FuncBuilder, kind: ArgKind, slot: () => Expr): Expr[] {
  switch (kind) {
    case "str":
    case "list":
    case "i32":
      return [b.i32.load(slot())];
    case "i64":
      return [b.i64.load(slot())];
    case "bytes":
      return [b.i32.load(slot()), b.i32.load(slot(), 4)];
    case "dict":
      return [b.i32.load(slot())];
    default:
      return unreachableKind(kind);
  }
}

function unreachableKind(k: never): never {
  throw new InternalError("unknown harness kind", k);
}

/** Emits: copy String `r` (non-null) to the output at `o` and advance `o`. */
function writeString(b: FuncBuilder, r: () => Expr, o: string): void {
  const len = (): Expr => b.i32.load(r());
  b.i32.store(b.get(o), len());
  b.memoryCopy(b.i32.add(b.get(o), b.i32.const(4)), b.i32.add(r(), b.i32.const(4)), len());
  b.set(o, b.i32.and(b.i32.add(b.i32.add(b.get(o), len()), b.i32.const(7)), b.i32.const(-4)));
}

function buildModule(fns: readonly FnSpec[], transform: (m: Module) => Module): Module {
  const m = new ModuleBuilder();
  for (const f of fns) useRuntime(m, f.name);
  m.func(
    "batch",
    [
      ["in", "i32"],
      ["in_len", "i32"],
      ["out", "i32"],
      ["out_cap", "i32"],
    ],
    "i32",
    (b) => {
      const k = (n: number): Expr => b.i32.const(n);
      const count = b.local("count", "i32");
      const c = b.local("c", "i32");
      const cmd = b.local("cmd", "i32");
      const fn = b.local("fn", "i32");
      const r = b.local("r", "i32");
      const mark = b.local("mark", "i32");
      const j = b.local("j", "i32");
      b.local("o", "i32");
      b.set(count, b.i32.load(b.get("in")));
      b.set("o", b.get("out"));
      b.set(mark, b.state("scratch_ptr"));
      b.loop((next) => {
        b.if(b.i32.ltU(b.get(c), b.get(count)), () => {
          b.set(cmd, b.i32.add(b.i32.add(b.get("in"), k(HEADER)), b.i32.mul(b.get(c), k(COMMAND))));
          b.set(fn, b.i32.load(b.get(cmd)));
          fns.forEach((f, index) => {
            b.if(b.i32.eq(b.get(fn), k(index)), () => {
              const args = f.args.flatMap((kind, s) => slotArgs(b, kind, () => b.i32.add(b.get(cmd), k(8 + 8 * s))));
              for (const x of f.extra ?? []) args.push(k(x));
              b.set(r, b.call(f.name, args));
              switch (f.result) {
                case "i32":
                  b.i32.store(b.get("o"), b.get(r));
                  b.set("o", b.i32.add(b.get("o"), k(4)));
                  break;
                case "str":
                case "list":
                  b.if(
                    b.i32.eqz(b.get(r)),
                    () => {
                      b.i32.store(b.get("o"), k(NULL_MARK));
                      b.set("o", b.i32.add(b.get("o"), k(4)));
                    },
                    () => {
                      if (f.result === "str") {
                        writeString(b, () => b.get(r), "o");
                        return;
                      }
                      b.i32.store(b.get("o"), b.i32.load(b.get(r)));
                      b.set("o", b.i32.add(b.get("o"), k(4)));
                      b.set(j, k(0));
                      b.loop((each) => {
                        b.if(b.i32.ltU(b.get(j), b.i32.load(b.get(r))), () => {
                          writeString(b, () => b.i32.load(b.i32.add(b.get(r), b.i32.shl(b.get(j), k(2))), 4), "o");
                          b.set(j, b.i32.add(b.get(j), k(1)));
                          b.br(each);
                        });
                      });
                    },
                  );
                  break;
                default:
                  unreachableKind(f.result);
              }
            });
          });
          b.setState("scratch_ptr", b.get(mark));
          b.set(c, b.i32.add(b.get(c), k(1)));
          b.br(next);
        });
      });
      return b.i32.sub(b.get("o"), b.get("out"));
    },
  );
  m.entry("batch");
  const module = transform(m.finish());
  assertValid(module, "string harness");
  return module;
}

/** Input bytes under construction; objects are deduplicated by content. */
class InputWriter {
  private bytes = new Uint8Array(1 << 16);
  private dv = new DataView(this.bytes.buffer);
  length = 0;
  private readonly strings = new Map<string, number>();

  constructor(private readonly base: number) {}

  reserve(n: number): number {
    const at = this.length;
    this.ensure(at + n);
    this.length = at + n;
    return at;
  }
  u32(at: number, v: number): void {
    this.dv.setUint32(at, v >>> 0, true);
  }
  i64(at: number, v: bigint): void {
    this.dv.setBigInt64(at, v, true);
  }
  /** Absolute address of a String `[len][bytes]`. */
  string(s: string): number {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    const addr = this.bytesObject(new TextEncoder().encode(s), true);
    this.strings.set(s, addr);
    return addr;
  }
  /** Absolute address of the raw bytes (withLength: preceded by their u32 length). */
  bytesObject(u: Uint8Array, withLength: boolean): number {
    const at = this.reserve(((withLength ? 4 : 0) + u.length + 3) & ~3);
    if (withLength) this.u32(at, u.length);
    this.bytes.set(u, at + (withLength ? 4 : 0));
    return this.base + at;
  }
  list(xs: readonly string[]): number {
    const ptrs = xs.map((x) => this.string(x));
    const at = this.reserve(4 + 4 * xs.length);
    this.u32(at, xs.length);
    ptrs.forEach((p, i) => this.u32(at + 4 + 4 * i, p));
    return this.base + at;
  }
  /** Dict<String, Int>-like: `[len][{key ptr, value u32}...]`, keys as given (sorted by the caller). */
  dict(keys: readonly string[]): number {
    const ptrs = keys.map((x) => this.string(x));
    const at = this.reserve(4 + 8 * keys.length);
    this.u32(at, keys.length);
    ptrs.forEach((p, i) => {
      this.u32(at + 4 + 8 * i, p);
      this.u32(at + 8 + 8 * i, i);
    });
    return this.base + at;
  }
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
  private ensure(n: number): void {
    if (n <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(n, this.bytes.length * 2));
    next.set(this.bytes);
    this.bytes = next;
    this.dv = new DataView(this.bytes.buffer);
  }
}

/** One module with the given runtime functions, reused for every batch. */
export class StringHarness {
  readonly module: Module;
  private readonly instance: ReturnType<typeof interpret>;
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    private readonly fns: readonly FnSpec[] = STRING_FNS,
    private readonly options: RunOptions = { memoryLimit: 8 << 20, outputCap: 3 << 20 },
    /** Applied to the module before it runs (e.g. the standard pass pipeline). */
    transform: (m: Module) => Module = (m) => m,
  ) {
    this.module = buildModule(fns, transform);
    this.instance = interpret(this.module);
    this.index = new Map(fns.map((f, i) => [f.name, i]));
  }

  /** Runs the calls in one batch; returns each call's result, or the run's trap. */
  run(calls: readonly Call[]): ResultValue[] {
    const plan = planArena(this.module, 0, this.options);
    if (plan === "MemoryLimitExceeded") throw new InternalError("harness arena too small", this.options);
    const w = new InputWriter(plan.inputOffset);
    const head = w.reserve(HEADER + COMMAND * calls.length);
    w.u32(head, calls.length);
    calls.forEach((call, c) => {
      const f = this.spec(call.fn);
      const at = head + HEADER + COMMAND * c;
      w.u32(at, this.index.get(call.fn) as number);
      f.args.forEach((kind, s) => this.writeArg(w, at + 8 + 8 * s, kind, call.args[s]));
    });
    const out = this.instance.run(w.finish(), this.options);
    if (!out.ok) throw new InternalError(`string harness run trapped ${out.trap}`, out.site);
    return this.decode(calls, out.output);
  }

  /**
   * Runs a single call in an arena whose scratch region has exactly `scratch`
   * free bytes (the entry itself allocates nothing); a trap is returned as a value.
   */
  runWithScratch(call: Call, scratch: number): ResultValue | { trap: string } {
    const outputCap = 1 << 16;
    const plan0 = planArena(this.module, 0, { outputCap });
    if (plan0 === "MemoryLimitExceeded") throw new InternalError("harness arena too small", outputCap);
    const w = new InputWriter(plan0.inputOffset);
    const head = w.reserve(HEADER + COMMAND);
    w.u32(head, 1);
    w.u32(head + HEADER, this.index.get(call.fn) as number);
    this.spec(call.fn).args.forEach((kind, s) => this.writeArg(w, head + HEADER + 8 + 8 * s, kind, call.args[s]));
    const input = w.finish();
    const plan = planArena(this.module, input.length, { outputCap, memoryLimit: MAX_MEMORY_LIMIT });
    if (plan === "MemoryLimitExceeded") throw new InternalError("harness arena too small", input.length);
    const out = this.instance.run(input, { outputCap, memoryLimit: plan.scratchStart + scratch });
    if (!out.ok) return { trap: out.trap };
    return this.decode([call], out.output)[0] as ResultValue;
  }

  private spec(name: string): FnSpec {
    const i = this.index.get(name);
    if (i === undefined) throw new InternalError("function not in the harness", name);
    return this.fns[i] as FnSpec;
  }

  private writeArg(w: InputWriter, at: number, kind: ArgKind, v: ArgValue | undefined): void {
    switch (kind) {
      case "str":
        w.u32(at, w.string(v as string));
        return;
      case "list":
        w.u32(at, w.list(v as readonly string[]));
        return;
      case "dict":
        w.u32(at, w.dict(v as readonly string[]));
        return;
      case "bytes": {
        const u = v as Uint8Array;
        w.u32(at, w.bytesObject(u, false));
        w.u32(at + 4, u.length);
        return;
      }
      case "i32":
        w.u32(at, v as number);
        return;
      case "i64":
        w.i64(at, v as bigint);
        return;
      default:
        unreachableKind(kind);
    }
  }

  private decode(calls: readonly Call[], out: Uint8Array): ResultValue[] {
    const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
    const dec = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    let o = 0;
    const str = (): string => {
      const len = dv.getUint32(o, true);
      const s = dec.decode(out.subarray(o + 4, o + 4 + len));
      o = (o + 4 + len + 3) & ~3;
      return s;
    };
    return calls.map((call) => {
      const f = this.spec(call.fn);
      const head = dv.getUint32(o, true);
      switch (f.result) {
        case "i32":
          o += 4;
          return head | 0;
        case "str":
          if (head === NULL_MARK) {
            o += 4;
            return null;
          }
          return str();
        case "list": {
          o += 4;
          if (head === NULL_MARK) return null;
          const xs: string[] = [];
          for (let i = 0; i < head; i++) xs.push(str());
          return xs;
        }
        default:
          return unreachableKind(f.result);
      }
    });
  }
}
