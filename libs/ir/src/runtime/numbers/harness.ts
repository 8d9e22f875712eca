// Test support: one module holding every number runtime function (all
// exported) on the IR interpreter, and a batch entry that runs many calls in
// one `run`, so tests pay for arena setup (a zeroed arena plus ~18 KB of
// constant tables) once per batch rather than once per call.
//
//   input:  [count u32][pad 4], then `count` commands of 24 bytes
//             [function index u32][pad 4][a: 8 bytes][b: 8 bytes]
//           then raw bytes the parse commands point into
//             (a = offset into the input region | length << 32).
//   output: per command, a String or written text as [len u32][bytes] padded
//           to 4 (len 0xFFFFFFFF for a null String / a −1 write), an f64
//           result as its 8-byte bit pattern (NaN canonical).
// Scratch is released after every command (mark/release), as lowering's
// callers would not, so batches stay small.
import { InternalError, unreachable } from "@tetra/core";
import type { IrValue } from "../../backend.js";
import { ModuleBuilder, type FuncBuilder } from "../../builder.js";
import { interpret } from "../../interp/index.js";
import { planArena } from "../../run-contract.js";
import type { Expr, Module } from "../../types.js";
import { assertValid } from "../../verify.js";
import { useRuntime } from "../registry.js";
import { NUMBER_RUNTIME } from "./index.js";

/** How the batch entry calls each function and what it writes back. */
type Shape =
  | { readonly kind: "str"; readonly arg: "i64" | "f64" }
  | { readonly kind: "write"; readonly arg: "i64" | "f64" }
  | { readonly kind: "f64"; readonly args: 1 | 2 }
  | { readonly kind: "parse" };

export const BATCH_FNS = {
  "rt.int_to_str": { kind: "str", arg: "i64" },
  "rt.int_write": { kind: "write", arg: "i64" },
  "rt.float_to_text": { kind: "str", arg: "f64" },
  "rt.float_text_write": { kind: "write", arg: "f64" },
  "rt.float_to_json": { kind: "str", arg: "f64" },
  "rt.float_json_write": { kind: "write", arg: "f64" },
  "rt.parse_float": { kind: "parse" },
  "rt.pow": { kind: "f64", args: 2 },
  "rt.fmod": { kind: "f64", args: 2 },
} as const satisfies Record<string, Shape>;

export type BatchFn = keyof typeof BATCH_FNS;

export interface Command {
  readonly fn: BatchFn;
  /** i64 argument (bigint), f64 argument (number), or the parse text (ASCII). */
  readonly a: bigint | number | string;
  readonly b?: number;
}

/** A text result (null for a null String or a −1 write), or an f64 bit pattern. */
export type Outcome = string | null | bigint;

const SCRATCH = 64 * 1024;
const MAX_TEXT = 336;

export class NumberHarness {
  readonly module: Module;
  private readonly inst: ReturnType<typeof interpret>;
  private readonly fns: readonly BatchFn[];

  /** `transform` rewrites the finished module first (e.g. the standard pass pipeline). */
  constructor(transform: (m: Module) => Module = (m) => m) {
    const m = new ModuleBuilder();
    for (const d of NUMBER_RUNTIME) useRuntime(m, d.name);
    this.fns = (Object.keys(BATCH_FNS) as BatchFn[]).filter((f) => m.has(f));
    m.func("batch", [["in", "i32"], ["in_len", "i32"], ["out", "i32"], ["cap", "i32"]], "i32", (b) =>
      emitBatch(b, this.fns),
    );
    m.entry("batch");
    for (const d of NUMBER_RUNTIME) m.export(d.name);
    this.module = transform(m.finish());
    assertValid(this.module, "number runtime test module");
    this.inst = interpret(this.module);
  }

  /** Invokes one exported function directly (a fresh arena per call: slow, for spot checks). */
  invoke(name: string, args: readonly IrValue[]): IrValue | undefined {
    const r = this.inst.invoke(name, args, { memoryLimit: 256 * 1024 });
    if (!r.ok) throw new Error(`${name}(${args.join(", ")}) trapped ${r.trap}`);
    return r.value;
  }

  /** The String at `ptr` in the arena of the last invoke. */
  str(ptr: number): string {
    const mem = this.inst.machine.mem;
    const len = new DataView(mem.buffer).getUint32(ptr, true);
    return latin1(mem.subarray(ptr + 4, ptr + 4 + len));
  }

  /** Runs the commands, `chunk` per run, and returns one outcome per command. */
  run(commands: readonly Command[], chunk = 2000): Outcome[] {
    const out: Outcome[] = [];
    for (let i = 0; i < commands.length; i += chunk) out.push(...this.runBatch(commands.slice(i, i + chunk)));
    return out;
  }

  private runBatch(commands: readonly Command[]): Outcome[] {
    const texts: Uint8Array[] = [];
    let extra = 0;
    for (const c of commands) {
      if (typeof c.a === "string") {
        texts.push(ascii(c.a));
        extra += c.a.length;
      }
    }
    const input = new Uint8Array(8 + 24 * commands.length + extra);
    const view = new DataView(input.buffer);
    view.setUint32(0, commands.length, true);
    let textAt = 8 + 24 * commands.length;
    let t = 0;
    let outCap = 0;
    commands.forEach((c, i) => {
      const at = 8 + 24 * i;
      const index = this.fns.indexOf(c.fn);
      if (index < 0) throw new InternalError("no such batch function", c.fn);
      view.setUint32(at, index, true);
      if (typeof c.a === "string") {
        const bytes = texts[t++] ?? new Uint8Array(0);
        input.set(bytes, textAt);
        view.setBigUint64(at + 8, BigInt(textAt) | (BigInt(bytes.length) << 32n), true);
        textAt += bytes.length;
      } else if (typeof c.a === "bigint") view.setBigInt64(at + 8, c.a, true);
      else view.setFloat64(at + 8, c.a, true);
      view.setFloat64(at + 16, c.b ?? 0, true);
      outCap += 4 + MAX_TEXT;
    });
    const plan = planArena(this.module, input.length, { outputCap: outCap, memoryLimit: 1 << 30 });
    if (plan === "MemoryLimitExceeded") throw new InternalError("batch does not fit");
    const r = this.inst.run(input, { outputCap: outCap, memoryLimit: plan.scratchStart + SCRATCH });
    if (!r.ok) throw new Error(`batch trapped ${r.trap}`);
    return decode(r.output, commands);
  }
}

function ascii(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

function decode(output: Uint8Array, commands: readonly Command[]): Outcome[] {
  const view = new DataView(output.buffer, output.byteOffset, output.byteLength);
  const res: Outcome[] = [];
  let at = 0;
  for (const c of commands) {
    const shape: Shape = BATCH_FNS[c.fn];
    if (shape.kind === "f64" || shape.kind === "parse") {
      res.push(view.getBigUint64(at, true));
      at += 8;
      continue;
    }
    const len = view.getUint32(at, true);
    if (len === 0xffffffff) {
      res.push(null);
      at += 4;
      continue;
    }
    res.push(latin1(output.subarray(at + 4, at + 4 + len)));
    at += 4 + ((len + 3) & ~3);
  }
  return res;
}

/** The batch entry: decode each command, call, copy the result to the output region. */
function emitBatch(b: FuncBuilder, fns: readonly BatchFn[]): Expr {
  const c = (n: number): Expr => b.i32.const(n);
  const i = b.local("i", "i32");
  const cmd = b.local("cmd", "i32");
  const o = b.local("o", "i32");
  const mark = b.local("mark", "i32");
  const r = b.local("r", "i32");
  const n = b.local("n", "i32");
  b.set(o, b.get("out"));
  b.block((done) => {
    b.loop((next) => {
      b.brIf(done, b.i32.geU(b.get(i), b.i32.load(b.get("in"))));
      b.set(cmd, b.i32.add(b.i32.add(b.get("in"), c(8)), b.i32.mul(b.get(i), c(24))));
      b.set(mark, b.state("scratch_ptr"));
      const fnIndex = b.i32.load(b.get(cmd));
      const argA = (t: "i64" | "f64"): Expr => (t === "i64" ? b.i64.load(b.get(cmd), 8) : b.f64.load(b.get(cmd), 8));
      const argB = (): Expr => b.f64.load(b.get(cmd), 16);
      const textOut = (len: Expr): void => {
        b.set(n, len);
        b.i32.store(b.get(o), b.get(n));
        b.if(
          b.i32.eq(b.get(n), c(-1)),
          () => b.set(o, b.i32.add(b.get(o), c(4))),
          () => b.set(o, b.i32.add(b.get(o), b.i32.and(b.i32.add(b.get(n), c(7)), c(-4)))),
        );
      };
      const f64Out = (v: Expr): void => {
        b.i64.store(b.get(o), b.i64.reinterpretF64(v));
        b.set(o, b.i32.add(b.get(o), c(8)));
      };
      fns.forEach((name, k) => {
        b.if(b.i32.eq(fnIndex, c(k)), () => {
          const shape: Shape = BATCH_FNS[name];
          switch (shape.kind) {
            case "str":
              b.set(r, b.call(name, [argA(shape.arg)]));
              b.if(
                b.i32.eqz(b.get(r)),
                () => textOut(c(-1)),
                () => {
                  b.memoryCopy(b.i32.add(b.get(o), c(4)), b.i32.add(b.get(r), c(4)), b.i32.load(b.get(r)));
                  textOut(b.i32.load(b.get(r)));
                },
              );
              break;
            case "write":
              textOut(b.call(name, [argA(shape.arg), b.i32.add(b.get(o), c(4))]));
              break;
            case "f64":
              f64Out(b.call(name, shape.args === 2 ? [argA("f64"), argB()] : [argA("f64")]));
              break;
            case "parse": {
              const word = b.i64.load(b.get(cmd), 8);
              const at = b.i32.add(b.get("in"), b.i32.wrapI64(word));
              const len = b.i32.wrapI64(b.i64.shrU(b.i64.load(b.get(cmd), 8), b.i64.const(32)));
              f64Out(b.call(name, [at, len]));
              break;
            }
            default:
              return unreachable(shape);
          }
        });
      });
      b.setState("scratch_ptr", b.get(mark));
      b.set(i, b.i32.add(b.get(i), c(1)));
      b.br(next);
    });
  });
  return b.i32.sub(b.get(o), b.get("out"));
}
