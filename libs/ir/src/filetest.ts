// Cranelift-style filetests: an `.ir` fixture is a module in the text format
// whose `;` comment lines carry the expectations, so one fixture runs on the
// interpreter and on every backend (backends import these helpers and read
// libs/ir/testdata/run/*.ir in place).
//
//   ; targets: all                                   (or e.g. "interp js; wasm: why skipped")
//   ; run: @add(1, 2) == 3
//   ; run: @div(1, 0) == trap(DivisionByZero)
//   ; run: @div(1, 0) == trap(DivisionByZero, site=1)
//   ; run(fuel=10, mem=65536): @spin() == trap(StepLimitExceeded)
//   ; run: @nothing() == none
//   ; run-entry: "input bytes" == "output bytes"      (Instance.run with UTF-8 text)
//   ; error: <substring>                              (verify fixtures)
//
// Arguments and results are typed by the function's signature: i32/i64 are
// integers (decimal or 0x hex, may be negative), f64 uses the f64.const syntax
// (`1.5`, `-0`, `nan`, `inf`). f64 results compare with Object.is (NaN equals
// NaN, -0 differs from 0).
import { isRuntimeErrorKind, type RuntimeErrorKind } from "@tetra/core";
import type { Instance, InvokeOutcome, IrValue, RunOutcome } from "./backend.js";
import { bitsToF64, parseF64 } from "./float-bits.js";
import type { RunOptions } from "./run-contract.js";
import type { Module, ResultType, ValType } from "./types.js";

export type Expected =
  | { readonly kind: "value"; readonly text: string }
  | { readonly kind: "none" }
  | { readonly kind: "trap"; readonly trap: RuntimeErrorKind; readonly site: number | undefined }
  | { readonly kind: "output"; readonly text: string };

export interface RunLine {
  readonly line: number;
  readonly source: string;
  readonly options: RunOptions;
  /** The function to invoke, or null for a `run-entry` line. */
  readonly func: string | null;
  readonly args: readonly string[];
  /** The input text of a run-entry line. */
  readonly input: string;
  readonly expected: Expected;
}

const RUN = /^;\s*run(?:\(([^)]*)\))?:\s*@([A-Za-z_][A-Za-z0-9_.]*)\((.*)\)\s*==\s*(.+?)\s*$/;
const RUN_ENTRY = /^;\s*run-entry(?:\(([^)]*)\))?:\s*("(?:[^"\\]|\\.)*")\s*==\s*(.+?)\s*$/;
const TRAP = /^trap\(([A-Za-z]+)(?:,\s*site=(\d+))?\)$/;

function options(text: string | undefined, line: number): RunOptions {
  const o: { fuel?: number; memoryLimit?: number; outputCap?: number } = {};
  for (const part of (text ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "")) {
    const [k, v] = part.split("=").map((s) => s.trim());
    const n = Number(v);
    if (!Number.isInteger(n)) throw new Error(`line ${line}: bad option ${part}`);
    if (k === "fuel") o.fuel = n;
    else if (k === "mem") o.memoryLimit = n;
    else if (k === "out") o.outputCap = n;
    else throw new Error(`line ${line}: unknown option ${part}`);
  }
  return o;
}

function expected(text: string, line: number): Expected {
  const t = TRAP.exec(text);
  if (t !== null) {
    const kind = t[1] ?? "";
    if (!isRuntimeErrorKind(kind)) throw new Error(`line ${line}: unknown trap kind ${kind}`);
    return { kind: "trap", trap: kind, site: t[2] === undefined ? undefined : Number(t[2]) };
  }
  if (text === "none") return { kind: "none" };
  if (text.startsWith('"')) return { kind: "output", text: JSON.parse(text) as string };
  return { kind: "value", text };
}

/** The run lines of a fixture. */
export function parseRunLines(source: string): RunLine[] {
  const out: RunLine[] = [];
  source.split("\n").forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trim();
    if (!/^;\s*run/.test(s)) return;
    const m = RUN.exec(s);
    if (m !== null) {
      const args = (m[3] ?? "").split(",").map((a) => a.trim()).filter((a) => a !== "");
      out.push({ line, source: s, options: options(m[1], line), func: m[2] ?? "", args, input: "", expected: expected(m[4] ?? "", line) });
      return;
    }
    const e = RUN_ENTRY.exec(s);
    if (e === null) throw new Error(`line ${line}: malformed run line: ${s}`);
    const input = JSON.parse(e[2] ?? '""') as string;
    out.push({ line, source: s, options: options(e[1], line), func: null, args: [], input, expected: expected(e[3] ?? "", line) });
  });
  return out;
}

/** `; error: ...` expectations of a verify fixture. */
export function parseErrorLines(source: string): string[] {
  return source
    .split("\n")
    .map((l) => /^;\s*error:\s*(.+?)\s*$/.exec(l.trim())?.[1])
    .filter((x): x is string => x !== undefined);
}

function literal(t: ValType, text: string): IrValue {
  if (t === "f64") {
    const bits = parseF64(text);
    if (bits === undefined) throw new Error(`bad f64 literal ${text}`);
    return bitsToF64(bits);
  }
  const neg = text.startsWith("-");
  const v = BigInt(neg ? text.slice(1) : text) * (neg ? -1n : 1n);
  return t === "i64" ? BigInt.asIntN(64, v) : Number(BigInt.asIntN(32, v));
}

function showValue(t: ResultType, v: IrValue | undefined): string {
  if (v === undefined) return "none";
  if (t === "f64" && typeof v === "number") return Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "nan" : v === Infinity ? "inf" : v === -Infinity ? "-inf" : String(v);
  return String(v);
}

function showOutcome(o: InvokeOutcome | RunOutcome, t: ResultType): string {
  if (!o.ok) return `trap(${o.trap}${o.site === undefined ? "" : `, site=${o.site}`})`;
  if ("output" in o) return JSON.stringify(new TextDecoder().decode(o.output));
  return showValue(t, o.value);
}

function matches(exp: Expected, o: InvokeOutcome | RunOutcome, t: ResultType): boolean {
  switch (exp.kind) {
    case "trap":
      return !o.ok && o.trap === exp.trap && (exp.site === undefined || o.site === exp.site);
    case "none":
      return o.ok && "value" in o && o.value === undefined;
    case "output":
      return o.ok && "output" in o && new TextDecoder().decode(o.output) === exp.text;
    case "value": {
      if (!o.ok || !("value" in o) || o.value === undefined) return false;
      if (t === "none") return false;
      return Object.is(literal(t, exp.text), o.value);
    }
  }
}

/** Run one line; returns undefined on success or a message describing the mismatch. */
export function checkRunLine(module: Module, instance: Instance, rl: RunLine): string | undefined {
  if (rl.func === null) {
    const o = instance.run(new TextEncoder().encode(rl.input), rl.options);
    return matches(rl.expected, o, "none") ? undefined : `line ${rl.line}: ${rl.source}\n  got: ${showOutcome(o, "none")}`;
  }
  const f = module.funcs.find((x) => x.name === rl.func);
  if (f === undefined) return `line ${rl.line}: no function $${rl.func}`;
  if (f.params.length !== rl.args.length) return `line ${rl.line}: $${rl.func} takes ${f.params.length} argument(s)`;
  const args = f.params.map((p, i) => literal(p.type, rl.args[i] ?? ""));
  const o = instance.invoke(rl.func, args, rl.options);
  return matches(rl.expected, o, f.result) ? undefined : `line ${rl.line}: ${rl.source}\n  got: ${showOutcome(o, f.result)}`;
}

/** The module with every function exported (fixtures call any function by name). */
export function exportAll(m: Module): Module {
  return { ...m, exports: m.funcs.map((f) => f.name) };
}
