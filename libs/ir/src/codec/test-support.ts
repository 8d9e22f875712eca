// Test support for the codec tests (not exported from the package): run the
// generated codecs on the IR interpreter and bring the results back as core
// Values, and run core's reference codec on the same input, so a test reads
//   expect(compiledDecode(shape, text)).toEqual(referenceDecode(shape, text)).
import {
  decodeArena,
  decodeJson,
  decodeMainArgs,
  floatBits,
  InternalError,
  parseJson,
  printShape,
  toCanonicalJson,
  unreachable,
  type FieldShape,
  type RuntimeErrorKind,
  type Shape,
  type Value,
} from "@tetra/core";
import { interpret } from "../interp/index.js";
import type { RunOptions } from "../run-contract.js";
import type { Module } from "../types.js";
import { assertValid } from "../verify.js";
import type { MainParam } from "./api.js";
import { decodeEntryModule, encodeEntryInput, encodeEntryModule, mainArgsEntryModule } from "./entry.js";
import { shapeKey } from "./shape-key.js";

export type DecodeOutcome = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly trap: RuntimeErrorKind };
export type EncodeOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly trap: RuntimeErrorKind };

const utf8 = new TextEncoder();
/** Every run allocates and zeroes a fresh arena: keep it small unless a test needs more. */
const SMALL: RunOptions = { memoryLimit: 1 << 20 };
const decoder = new TextDecoder("utf-8", { fatal: true });

const instances = new Map<string, ReturnType<typeof interpret> & { readonly module: Module }>();

function instance(key: string, build: () => Module): ReturnType<typeof interpret> & { readonly module: Module } {
  let inst = instances.get(key);
  if (inst === undefined) {
    const module = build();
    assertValid(module, "codec");
    inst = Object.assign(interpret(module), { module });
    instances.set(key, inst);
  }
  return inst;
}

function valueAt(inst: ReturnType<typeof interpret>, root: number, shape: Shape): Value {
  const mem = inst.machine.mem;
  const v = decodeArena(mem, { start: 8, end: mem.length }, root, shape);
  if (!v.ok) throw new InternalError(`compiled decoder wrote an invalid arena for ${printShape(shape)}: ${v.error.message}`);
  return v.value;
}

/** The compiled decoder on the IR interpreter: JSON bytes → arena → Value (via decodeArena). */
export function compiledDecode(shape: Shape, input: string | Uint8Array, options: RunOptions = SMALL): DecodeOutcome {
  const inst = instance(`dec:${shapeKey(shape)}`, () => {
    const r = decodeEntryModule(shape);
    if (!r.ok) throw new InternalError(r.error.message);
    return r.value.module;
  });
  const bytes = typeof input === "string" ? utf8.encode(input) : input;
  const out = inst.run(bytes, options);
  if (!out.ok) return { ok: false, trap: out.trap };
  const root = new DataView(out.output.buffer, out.output.byteOffset).getUint32(0, true);
  return { ok: true, value: valueAt(inst, root, shape) };
}

/** Core's reference: parseJson then decodeJson; any rejection reads as MainArgTypeMismatch. */
export function referenceDecode(shape: Shape, input: string): DecodeOutcome {
  const parsed = parseJson(input);
  if (!parsed.ok) return { ok: false, trap: "MainArgTypeMismatch" };
  const v = decodeJson(parsed.value, shape);
  return v.ok ? { ok: true, value: v.value } : { ok: false, trap: "MainArgTypeMismatch" };
}

/**
 * The compiled encoder on the IR interpreter: Value → encodeArena → IR → text.
 * `arenaShape` (same layout as `shape`) is what encodeArena sees: core's arena codec
 * refuses closures, so a closure field is given as a String field holding "".
 */
export function compiledEncode(shape: Shape, value: Value, options: RunOptions = SMALL, arenaShape: Shape = shape): EncodeOutcome {
  const inst = instance(`enc:${shapeKey(shape)}`, () => {
    const r = encodeEntryModule(shape);
    if (!r.ok) throw new InternalError(r.error.message);
    return r.value.module;
  });
  const input = encodeEntryInput(inst.module, value, arenaShape);
  if (!input.ok) throw new InternalError(input.error.message);
  const out = inst.run(input.value, options);
  if (!out.ok) return { ok: false, trap: out.trap };
  return { ok: true, text: decoder.decode(out.output) };
}

export function referenceEncode(shape: Shape, value: Value): EncodeOutcome {
  const r = toCanonicalJson(value, shape);
  return r.ok ? { ok: true, text: r.value } : { ok: false, trap: r.error.kind };
}

export type MainArgsOutcome =
  | { readonly ok: true; readonly values: readonly Value[] }
  | { readonly ok: false; readonly trap: RuntimeErrorKind; readonly where: string };

const mainSites = new Map<string, ReadonlyMap<number, string>>();

/** The compiled #main argument checking: trap kind plus which (kind, parameter) site. */
export function compiledMainArgs(params: readonly MainParam[], input: string | Uint8Array): MainArgsOutcome {
  const key = `main:${params.map((p) => `${JSON.stringify(p.name)}=${shapeKey(p.shape)}`).join(";")}`;
  const inst = instance(key, () => {
    const r = mainArgsEntryModule(params);
    if (!r.ok) throw new InternalError(r.error.message);
    mainSites.set(key, r.value.sites);
    return r.value.module;
  });
  const sites = mainSites.get(key) ?? new Map<number, string>();
  const bytes = typeof input === "string" ? utf8.encode(input) : input;
  const out = inst.run(bytes, SMALL);
  if (!out.ok) {
    const where = out.site === undefined ? "" : (sites.get(out.site) ?? `site ${out.site}`);
    return { ok: false, trap: out.trap, where };
  }
  const dv = new DataView(out.output.buffer, out.output.byteOffset);
  return { ok: true, values: params.map((p, i) => valueAt(inst, dv.getUint32(4 * i, true), p.shape)) };
}

/** Core's decodeMainArgs, with MalformedArguments read as MainArgTypeMismatch (a compiled run has no such trap). */
export function referenceMainArgs(params: readonly MainParam[], input: string): MainArgsOutcome {
  const r = decodeMainArgs(params as readonly FieldShape[], input);
  if (!r.ok) {
    const trap = r.error.kind === "MalformedArguments" ? "MainArgTypeMismatch" : r.error.kind;
    return { ok: false, trap, where: r.error.path };
  }
  return { ok: true, values: params.map((p) => r.value.get(p.name) as Value) };
}

/**
 * An exact, order-sensitive text of a value (map order, floats by bit pattern, NaN
 * canonical) — `toEqual` on Maps ignores entry order, which matters for dicts.
 */
export function valueText(v: Value): string {
  switch (v.kind) {
    case "int":
      return `${v.value}`;
    case "float":
      return Number.isNaN(v.value) ? "f:nan" : `f:${floatBits(v.value).toString(16)}`;
    case "bool":
      return `${v.value}`;
    case "string":
      return JSON.stringify(v.value);
    case "list":
    case "tuple":
      return `${v.kind}[${v.items.map(valueText).join(",")}]`;
    case "record":
      return `${v.name ?? ""}{${[...v.fields].map(([k, x]) => `${JSON.stringify(k)}:${valueText(x)}`).join(",")}}`;
    case "enum": {
      const p = v.payload;
      const body =
        p.kind === "unit" ? "" : p.kind === "tuple" ? `(${p.items.map(valueText).join(",")})` : `{${[...p.fields].map(([k, x]) => `${JSON.stringify(k)}:${valueText(x)}`).join(",")}}`;
      return `${v.enumName}.${v.variant}${body}`;
    }
    case "option":
      return v.some === null ? "None" : `Some(${valueText(v.some)})`;
    case "result":
      return `${v.isOk ? "Ok" : "Err"}(${valueText(v.value)})`;
    case "closure":
      return "closure";
    default:
      return unreachable(v);
  }
}

/** Outcome text for comparisons: `ok <value text>` or `trap <kind>`. */
export function decodeOutcomeText(o: DecodeOutcome): string {
  return o.ok ? `ok ${valueText(o.value)}` : `trap ${o.trap}`;
}
