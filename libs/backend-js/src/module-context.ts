// What the function emitters of one module share: identifiers of IR functions,
// the runtime helpers used so far, and the module-level pieces generated on
// demand — call wrappers (`$call_fib`, which check MAX_CALL_DEPTH after the
// arguments are evaluated, as the interpreter does), one dispatch table per
// call_indirect signature, and non-canonical NaN constants.
//
// The entry fuel of a function reached only by direct calls is charged in its
// call wrapper rather than in the function (`wrapperFuel`): V8 compiles a
// function whose first call spends its time in one long loop while that call
// is still running, before the statements in front of the loop ever ran with
// type feedback; `($fuel -= 1) < 0` at the top was then "insufficient type
// feedback" on the next call, the function was deoptimised for good and every
// later call ran the loop in the slower on-stack-replacement code
// (docs/backend-js.md "Entry fuel in the call wrapper").
import { InternalError } from "@tetra/core";
import { signatureOf, type Fuel, type Func, type Module, type ResultType, type Signature } from "@tetra/ir";
import { jsIdentifier } from "./js-names.js";

export interface IndirectCaller {
  readonly name: string;
  readonly sig: Signature;
}

const sigKey = (s: Signature): string => `${s.params.join(" ")}->${s.result}`;

export class ModuleContext {
  readonly used = new Set<string>();
  /** Functions called directly somewhere (they get a `$call_` wrapper). */
  readonly called = new Set<string>();
  readonly indirect = new Map<string, IndirectCaller>();
  /** bits → constant name, for NaNs other than the canonical one. */
  readonly nans = new Map<bigint, string>();
  /** Functions whose leading `(fuel N)` their `$call_` wrapper charges: neither in the table, the entry nor exported. */
  readonly wrapperFuel = new Map<string, Fuel>();
  private readonly funcs = new Map<string, Func>();

  constructor(readonly module: Module) {
    const enteredOtherwise = new Set([...module.table, ...module.exports, ...(module.entry === null ? [] : [module.entry])]);
    for (const f of module.funcs) {
      this.funcs.set(f.name, f);
      const first = f.body[0];
      if (first?.kind === "fuel" && !enteredOtherwise.has(f.name)) this.wrapperFuel.set(f.name, first);
    }
  }

  use(helper: string): void {
    this.used.add(helper);
  }

  func(name: string): Func {
    const f = this.funcs.get(name);
    if (f === undefined) throw new InternalError("unknown function", name);
    return f;
  }

  funcId(name: string): string {
    return jsIdentifier(this.func(name).name);
  }

  funcResult(name: string): ResultType {
    return this.func(name).result;
  }

  callWrapper(name: string): string {
    this.called.add(this.func(name).name);
    return callWrapperName(name);
  }

  indirectCaller(sig: Signature): string {
    const key = sigKey(sig);
    let c = this.indirect.get(key);
    if (c === undefined) {
      c = { name: `$call_indirect_${this.indirect.size}`, sig };
      this.indirect.set(key, c);
      this.use("$fault");
    }
    return c.name;
  }

  tableIndex(name: string): number {
    const i = this.module.table.indexOf(name);
    if (i < 0) throw new InternalError("func.ref of a function outside the table", name);
    return i;
  }

  nanConst(bits: bigint): string {
    let n = this.nans.get(bits);
    if (n === undefined) {
      n = `$nan_${this.nans.size}`;
      this.nans.set(bits, n);
      this.use("$f64_from_bits");
    }
    return n;
  }

  /** The table for one call_indirect signature: the function's identifier where it matches, else null. */
  tableFor(sig: Signature): string[] {
    return this.module.table.map((name) => (sigKey(signatureOf(this.func(name))) === sigKey(sig) ? this.funcId(name) : "null"));
  }
}

export function callWrapperName(func: string): string {
  return `$call_${jsIdentifier(func)}`;
}

/** The bit pattern of an f64 as two u32 hex literals (high, low). */
export function hexWords(bits: bigint): [string, string] {
  const hex = (n: bigint) => `0x${n.toString(16).padStart(8, "0")}`;
  return [hex(bits >> 32n), hex(bits & 0xffffffffn)];
}

