// The IR interpreter's core: each expression is compiled once to a JS closure
// `(fr) => value`. Control flow uses a per-call frame: `br`/`return` set
// `fr.br` to the target label id (RETURN for return) and the value in `fr.val`;
// every enclosing node returns immediately while `fr.br` is set, and the
// block/loop owning the label clears it. Only nodes whose operands can branch
// out (`esc`) pay for the checks. Traps throw TrapSignal.
import { InternalError, unreachable } from "@tetra/core";
import { LOAD_OP_INFO, NUM_OP_INFO, STORE_OP_INFO } from "../op-info.js";
import { MAX_CALL_DEPTH, type RuntimeState } from "../run-contract.js";
import { bitsToF64 } from "../float-bits.js";
import type { Expr, Func, Module, Signature, ValType } from "../types.js";
import { numImpl, type Val } from "./numeric.js";
import { TrapSignal } from "./trap.js";

interface Frame {
  readonly l: Val[];
  br: number;
  val: Val | undefined;
}
type Run = (fr: Frame) => Val | undefined;
interface C {
  readonly run: Run;
  /** Can leave by a branch or return to a label outside this node. */
  readonly esc: boolean;
}

const NONE = -1;
const RETURN = -2;

/** Memory and state of the current run; the host fills it before each call. */
export interface Machine {
  mem: Uint8Array;
  dv: DataView;
  state: RuntimeState;
}

export interface CompiledFunc {
  readonly sig: Signature;
  call(args: readonly Val[]): Val | undefined;
}

const zero = (t: ValType): Val => (t === "i64" ? 0n : 0);

export function compileModule(m: Module, mc: Machine): Map<string, CompiledFunc> {
  const funcs = new Map<string, CompiledFunc>();
  const impls = new Map<string, (args: readonly Val[]) => Val | undefined>();
  for (const f of m.funcs) {
    const sig = { params: f.params.map((p) => p.type), result: f.result };
    funcs.set(f.name, { sig, call: (args) => (impls.get(f.name) as (a: readonly Val[]) => Val | undefined)(args) });
  }
  const table = m.table.map((n) => funcs.get(n) as CompiledFunc);
  for (const f of m.funcs) impls.set(f.name, compileFunc(f, funcs, table, mc));
  return funcs;
}

const sameSig = (a: Signature, b: Signature): boolean =>
  a.result === b.result && a.params.length === b.params.length && a.params.every((p, i) => p === b.params[i]);

function compileFunc(
  f: Func,
  funcs: ReadonlyMap<string, CompiledFunc>,
  table: readonly CompiledFunc[],
  mc: Machine,
): (args: readonly Val[]) => Val | undefined {
  const slots = new Map<string, number>();
  [...f.params, ...f.locals].forEach((v, i) => slots.set(v.name, i));
  const init = f.locals.map((l) => zero(l.type));
  const labels = new Map<string, number>();
  const slot = (name: string): number => {
    const s = slots.get(name);
    if (s === undefined) throw new InternalError("unknown local", name);
    return s;
  };
  const labelId = (name: string): number => {
    let id = labels.get(name);
    if (id === undefined) {
      id = labels.size;
      labels.set(name, id);
    }
    return id;
  };

  const fault = (site: number): never => {
    throw new TrapSignal("MemoryFault", site);
  };
  /** The checked start address of an access of `n` bytes at addr + offset. */
  const address = (addr: Val | undefined, offset: number, n: number, site: number): number => {
    const a = ((addr as number) >>> 0) + offset;
    return a + n <= mc.mem.length ? a : fault(site);
  };
  const range = (start: Val | undefined, len: Val | undefined, site: number): [number, number] => {
    const s = (start as number) >>> 0;
    const e = s + ((len as number) >>> 0);
    return e <= mc.mem.length ? [s, e] : fault(site);
  };
  const callWith = (callee: CompiledFunc, args: Val[], site: number): Val | undefined => {
    if (mc.state.depth >= MAX_CALL_DEPTH) throw new TrapSignal("MemoryLimitExceeded", site);
    mc.state.depth++;
    const r = callee.call(args);
    mc.state.depth--;
    return r;
  };

  /** Evaluate operands left to right; undefined when one of them branched out. */
  const many = (cs: readonly C[]): ((fr: Frame) => Val[] | undefined) => {
    const runs = cs.map((c) => c.run);
    if (!cs.some((c) => c.esc)) return (fr) => runs.map((r) => r(fr) as Val);
    return (fr) => {
      const out: Val[] = [];
      for (const r of runs) {
        out.push(r(fr) as Val);
        if (fr.br !== NONE) return undefined;
      }
      return out;
    };
  };
  /** A node computing `op` from its operands' values. */
  const node = (cs: readonly C[], op: (vs: Val[]) => Val | undefined): C => {
    const esc = cs.some((c) => c.esc);
    const [a, b] = cs;
    if (!esc && cs.length === 1 && a !== undefined) {
      const ra = a.run;
      return { run: (fr) => op([ra(fr) as Val]), esc };
    }
    if (!esc && cs.length === 2 && a !== undefined && b !== undefined) {
      const ra = a.run;
      const rb = b.run;
      return { run: (fr) => op([ra(fr) as Val, rb(fr) as Val]), esc };
    }
    const all = many(cs);
    return {
      run: (fr) => {
        const vs = all(fr);
        return vs === undefined ? undefined : op(vs);
      },
      esc,
    };
  };
  const seq = (es: readonly Expr[]): C => {
    const cs = es.map(compile);
    const runs = cs.map((c) => c.run);
    const esc = cs.some((c) => c.esc);
    if (runs.length === 1 && runs[0] !== undefined) return { run: runs[0], esc };
    return {
      run: (fr) => {
        let v: Val | undefined;
        for (const r of runs) {
          v = r(fr);
          if (fr.br !== NONE) return undefined;
        }
        return v;
      },
      esc,
    };
  };

  function compile(e: Expr): C {
    switch (e.kind) {
      case "i32.const":
      case "i64.const": {
        const v = e.value;
        return { run: () => v, esc: false };
      }
      case "f64.const": {
        const v = bitsToF64(e.bits);
        return { run: () => v, esc: false };
      }
      case "local.get": {
        const s = slot(e.name);
        return { run: (fr) => fr.l[s], esc: false };
      }
      case "local.set":
      case "local.tee":
        return setter(slot(e.name), compile(e.value), e.kind === "local.tee");
      case "block": {
        const id = labelId(e.label);
        const body = seq(e.body).run;
        // A `none` block left by `br`/`br_if`/`br_table` has no value; `fr.val`
        // may still hold one from an earlier value-carrying branch.
        const valued = e.type !== "none";
        return {
          run: (fr) => {
            const v = body(fr);
            if (fr.br === id) {
              fr.br = NONE;
              return valued ? fr.val : undefined;
            }
            return v;
          },
          esc: true,
        };
      }
      case "frame": {
        const id = labelId(e.label);
        const body = seq(e.body).run;
        const { site } = e;
        const valued = e.type !== "none";
        // Only fall-through and `br label` leave a frame (verify), so depth is restored on every exit but a trap.
        return {
          run: (fr) => {
            if (mc.state.depth >= MAX_CALL_DEPTH) throw new TrapSignal("MemoryLimitExceeded", site);
            mc.state.depth++;
            let v = body(fr);
            mc.state.depth--;
            if (fr.br === id) {
              fr.br = NONE;
              v = valued ? fr.val : undefined;
            }
            return v;
          },
          esc: true,
        };
      }
      case "loop": {
        const id = labelId(e.label);
        const body = seq(e.body).run;
        return {
          run: (fr) => {
            for (;;) {
              const v = body(fr);
              if (fr.br !== id) return v;
              fr.br = NONE;
            }
          },
          esc: true,
        };
      }
      case "if": {
        const c = compile(e.cond);
        const cond = c.run;
        const t = seq(e.then).run;
        const f = seq(e.else).run;
        return {
          run: (fr) => {
            const v = cond(fr);
            if (c.esc && fr.br !== NONE) return undefined;
            return v !== 0 ? t(fr) : f(fr);
          },
          esc: true,
        };
      }
      case "br": {
        const id = labelId(e.label);
        if (e.value === undefined)
          return {
            run: (fr) => {
              fr.br = id;
              return undefined;
            },
            esc: true,
          };
        const v = compile(e.value);
        return {
          run: (fr) => {
            const x = v.run(fr);
            if (fr.br !== NONE) return undefined;
            fr.val = x;
            fr.br = id;
            return undefined;
          },
          esc: true,
        };
      }
      case "br_if": {
        const id = labelId(e.label);
        const c = compile(e.cond).run;
        return {
          run: (fr) => {
            const v = c(fr);
            if (fr.br === NONE && v !== 0) fr.br = id;
            return undefined;
          },
          esc: true,
        };
      }
      case "br_table": {
        const ids = e.labels.map(labelId);
        const dflt = labelId(e.default);
        const idx = compile(e.index).run;
        return {
          run: (fr) => {
            const v = idx(fr);
            if (fr.br !== NONE) return undefined;
            fr.br = ids[(v as number) >>> 0] ?? dflt;
            return undefined;
          },
          esc: true,
        };
      }
      case "return": {
        const v = e.value === undefined ? undefined : compile(e.value).run;
        return {
          run: (fr) => {
            if (v !== undefined) {
              const x = v(fr);
              if (fr.br !== NONE) return undefined;
              fr.val = x;
            } else fr.val = undefined; // not a value an earlier branch left
            fr.br = RETURN;
            return undefined;
          },
          esc: true,
        };
      }
      case "trap": {
        const { trap, site } = e;
        return {
          run: () => {
            throw new TrapSignal(trap, site);
          },
          esc: false,
        };
      }
      case "unreachable":
        return {
          run: () => {
            throw new InternalError(`unreachable executed in $${f.name}`);
          },
          esc: false,
        };
      case "drop":
        return node([compile(e.value)], () => undefined);
      case "select":
        return node([compile(e.then), compile(e.else), compile(e.cond)], (vs) => (vs[2] !== 0 ? vs[0] : vs[1]));
      case "call": {
        const callee = funcs.get(e.func);
        if (callee === undefined) throw new InternalError("unknown function", e.func);
        const site = e.site;
        return node(e.args.map(compile), (vs) => callWith(callee, vs, site));
      }
      case "call_indirect": {
        const { sig, site } = e;
        return node([...e.args.map(compile), compile(e.index)], (vs) => {
          const i = (vs.pop() as number) >>> 0;
          const callee = table[i];
          if (callee === undefined || !sameSig(callee.sig, sig)) return fault(site);
          return callWith(callee, vs, site);
        });
      }
      case "func.ref": {
        const i = tableIndexOf(e.func);
        return { run: () => i, esc: false };
      }
      case "fuel": {
        const { amount, site } = e;
        return {
          run: () => {
            if (mc.state.fuel < amount) throw new TrapSignal("StepLimitExceeded", site);
            mc.state.fuel -= amount;
            return undefined;
          },
          esc: false,
        };
      }
      case "load": {
        const { offset, site } = e;
        const n = LOAD_OP_INFO[e.op].bytes;
        const read = loader(e.op, mc);
        return node([compile(e.addr)], (vs) => read(address(vs[0], offset, n, site)));
      }
      case "store": {
        const { offset, site } = e;
        const n = STORE_OP_INFO[e.op].bytes;
        const write = storer(e.op, mc);
        return node([compile(e.addr), compile(e.value)], (vs) => {
          write(address(vs[0], offset, n, site), vs[1] as Val);
          return undefined;
        });
      }
      case "memory.copy": {
        const site = e.site;
        return node([compile(e.dst), compile(e.src), compile(e.len)], (vs) => {
          const [d] = range(vs[0], vs[2], site);
          const [s, end] = range(vs[1], vs[2], site);
          mc.mem.copyWithin(d, s, end);
          return undefined;
        });
      }
      case "memory.fill": {
        const site = e.site;
        return node([compile(e.dst), compile(e.value), compile(e.len)], (vs) => {
          const [d, end] = range(vs[0], vs[2], site);
          mc.mem.fill((vs[1] as number) & 0xff, d, end);
          return undefined;
        });
      }
      case "alloc": {
        const { align, site } = e;
        const [ptr, end] = e.region === "scratch" ? (["scratch_ptr", "scratch_end"] as const) : (["output_ptr", "output_end"] as const);
        return node([compile(e.size)], (vs) => {
          const p = Math.ceil(mc.state[ptr] / align) * align;
          const next = p + ((vs[0] as number) >>> 0);
          if (next > mc.state[end]) throw new TrapSignal("MemoryLimitExceeded", site);
          mc.state[ptr] = next;
          return p | 0;
        });
      }
      case "state.get": {
        const reg = e.reg;
        return { run: () => mc.state[reg] | 0, esc: false };
      }
      case "state.set": {
        const reg = e.reg;
        return node([compile(e.value)], (vs) => {
          mc.state[reg] = (vs[0] as number) >>> 0;
          return undefined;
        });
      }
      case "num": {
        const impl = numImpl(e.op);
        const site = e.site;
        const cs = e.args.map(compile);
        const [a, b] = cs;
        const unary = NUM_OP_INFO[e.op].operands.length === 1;
        if (!cs.some((c) => c.esc) && a !== undefined) {
          const ra = a.run;
          if (unary) return { run: (fr) => impl(ra(fr) as Val, site as unknown as Val, undefined), esc: false };
          if (b !== undefined) {
            const rb = b.run;
            return { run: (fr) => impl(ra(fr) as Val, rb(fr) as Val, site), esc: false };
          }
        }
        return node(cs, (vs) => (unary ? impl(vs[0] as Val, site as unknown as Val, undefined) : impl(vs[0] as Val, vs[1] as Val, site)));
      }
      default:
        return unreachable(e);
    }
  }

  function setter(s: number, v: C, tee: boolean): C {
    const r = v.run;
    return {
      run: (fr) => {
        const x = r(fr) as Val;
        if (v.esc && fr.br !== NONE) return undefined;
        fr.l[s] = x;
        return tee ? x : undefined;
      },
      esc: v.esc,
    };
  }
  function tableIndexOf(name: string): number {
    const callee = funcs.get(name);
    return callee === undefined ? -1 : table.indexOf(callee);
  }

  const body = seq(f.body).run;
  return (args) => {
    const fr: Frame = { l: [...args, ...init], br: NONE, val: undefined };
    const v = body(fr);
    return fr.br === RETURN ? fr.val : v;
  };
}

function loader(op: keyof typeof LOAD_OP_INFO, mc: Machine): (a: number) => Val {
  switch (op) {
    case "i32.load":
      return (a) => mc.dv.getInt32(a, true);
    case "i32.load8_u":
      return (a) => mc.dv.getUint8(a);
    case "i32.load8_s":
      return (a) => mc.dv.getInt8(a);
    case "i32.load16_u":
      return (a) => mc.dv.getUint16(a, true);
    case "i32.load16_s":
      return (a) => mc.dv.getInt16(a, true);
    case "i64.load":
      return (a) => mc.dv.getBigInt64(a, true);
    case "f64.load":
      return (a) => mc.dv.getFloat64(a, true);
    default:
      return unreachable(op);
  }
}

function storer(op: keyof typeof STORE_OP_INFO, mc: Machine): (a: number, v: Val) => void {
  switch (op) {
    case "i32.store":
      return (a, v) => mc.dv.setInt32(a, v as number, true);
    case "i32.store8":
      return (a, v) => mc.dv.setUint8(a, (v as number) & 0xff);
    case "i32.store16":
      return (a, v) => mc.dv.setUint16(a, (v as number) & 0xffff, true);
    case "i64.store":
      return (a, v) => mc.dv.setBigInt64(a, v as bigint, true);
    case "f64.store":
      return (a, v) => {
        if (Number.isNaN(v)) mc.dv.setBigUint64(a, 0x7ff8000000000000n, true);
        else mc.dv.setFloat64(a, v as number, true);
      };
    default:
      return unreachable(op);
  }
}
