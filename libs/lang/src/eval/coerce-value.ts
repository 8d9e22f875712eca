// The run-time meaning of a Coerce node (typed-ast.ts): a value of static type
// `from` becomes a value of `to`. The interesting case is record → schema,
// which builds the schema value (declared order, defaults, None for absent
// Option fields) and runs the predicates in declaration order (§3.12); a false
// predicate raises `failure` (TypeMismatch, or MainReturnTypeMismatch for the
// `#main` result). Validation of decoded `#main` arguments is here too.
import { InternalError, type Value } from "@tetra/core";
import type { CoerceFailure } from "../analyze/typed-ast.js";
import { projectedFields, typeEquals } from "../types/type-relations.js";
import type { Type } from "../types/type.js";
import type { Interpreter } from "./interpreter.js";
import { RuntimeError } from "./runtime-error.js";
import { sortedByKey } from "./value-ops.js";

export function coerceValue(it: Interpreter, v: Value, from: Type, to: Type, failure: CoerceFailure): Value {
  if (from.kind === "Never" || typeEquals(from, to)) return v;
  it.charge(1);
  switch (to.kind) {
    case "List": {
      if (v.kind !== "list" || from.kind !== "List") throw misfit(v, to);
      if (from.element.kind === "Never") return v;
      it.charge(v.items.length);
      return { kind: "list", items: v.items.map((x) => coerceValue(it, x, from.element, to.element, failure)) };
    }
    case "Tuple":
      if (v.kind !== "tuple" || from.kind !== "Tuple") throw misfit(v, to);
      return { kind: "tuple", items: v.items.map((x, i) => coerceValue(it, x, from.elements[i]!, to.elements[i]!, failure)) };
    case "Option":
      if (v.kind !== "option" || from.kind !== "Option") throw misfit(v, to);
      return v.some === null ? v : { kind: "option", some: coerceValue(it, v.some, from.some, to.some, failure) };
    case "Result":
      if (v.kind !== "result" || from.kind !== "Result") throw misfit(v, to);
      return { kind: "result", isOk: v.isOk, value: coerceValue(it, v.value, v.isOk ? from.ok : from.err, v.isOk ? to.ok : to.err, failure) };
    case "Dict": {
      if (v.kind !== "record") throw misfit(v, to);
      if (from.kind === "Dict") return { kind: "record", fields: mapValues(it, v.fields, () => from.value, to.value, failure) };
      if (from.kind !== "Record") throw misfit(v, to);
      const out = new Map<string, Value>();
      for (const f of projectedFields(from.fields)) out.set(f.name, coerceValue(it, field(v, f.name), f.type, to.value, failure));
      return { kind: "record", fields: sortedByKey(out) };
    }
    case "Record": {
      if (v.kind !== "record" || from.kind !== "Record") throw misfit(v, to);
      const out = new Map<string, Value>();
      for (const f of to.fields) {
        const src = from.fields.find((x) => x.name === f.name);
        if (src !== undefined) out.set(f.name, coerceValue(it, field(v, f.name), src.type, f.type, failure));
      }
      return { kind: "record", fields: out };
    }
    case "Schema":
      if (v.kind !== "record" || from.kind !== "Record") throw misfit(v, to);
      return toSchema(it, v, from, to, failure);
    default:
      throw new InternalError(`no conversion from ${from.kind} to ${to.kind}`, to);
  }
}

function toSchema(it: Interpreter, v: Extract<Value, { kind: "record" }>, from: Extract<Type, { kind: "Record" }>, to: Extract<Type, { kind: "Schema" }>, failure: CoerceFailure): Value {
  const out = new Map<string, Value>();
  for (const sf of to.fields) {
    const src = from.fields.find((x) => x.name === sf.name && !x.internal && x.type.kind !== "Closure");
    if (src !== undefined) out.set(sf.name, coerceValue(it, field(v, sf.name), src.type, sf.type, failure));
    else if (sf.default !== undefined) out.set(sf.name, sf.default);
    else if (sf.type.kind === "Option") out.set(sf.name, { kind: "option", some: null });
    else throw new InternalError("required schema field missing at run time (the checker guarantees it)", sf.name);
  }
  const problem = checkPredicates(it, to, out, to.name);
  if (problem !== undefined) throw new RuntimeError(failure, problem);
  return { kind: "record", name: to.name, fields: out };
}

/** Runs a schema's predicates over an assembled value, in declaration order; the message of the first failure. */
function checkPredicates(it: Interpreter, schema: Extract<Type, { kind: "Schema" }>, fields: ReadonlyMap<string, Value>, path: string): string | undefined {
  for (const sf of schema.fields) {
    const problem = checkPredicate(it, schema.name, sf.name, fields.get(sf.name)!, path);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** Field `field` of schema `schema` holds `v`: undefined when its predicate (if any) accepts it, else the message. */
function checkPredicate(it: Interpreter, schema: string, field: string, v: Value, path: string): string | undefined {
  const pred = it.predicate(schema, field);
  if (pred === null) return undefined;
  const ok = it.call(pred, [v]);
  if (ok.kind === "bool" && ok.value) return undefined;
  const expect = it.program.schemas.get(schema)?.fields.find((f) => f.name === field)?.expect;
  return `${path}.${field}: ${expect ?? `the value does not satisfy the predicate of ${schema}.${field}`}`;
}

/**
 * Schema validation of a decoded `#main` argument (§2.4 step 1, §3.12): every
 * schema value inside it, nested ones first within each field, in declaration
 * order. Returns the first failure message (the caller reports MainArgTypeMismatch).
 */
export function validateDecoded(it: Interpreter, v: Value, t: Type, path: string): string | undefined {
  switch (t.kind) {
    case "List":
      if (v.kind !== "list") return undefined;
      for (let i = 0; i < v.items.length; i++) {
        const p = validateDecoded(it, v.items[i]!, t.element, `${path}[${i}]`);
        if (p !== undefined) return p;
      }
      return undefined;
    case "Tuple":
      if (v.kind !== "tuple") return undefined;
      for (let i = 0; i < v.items.length; i++) {
        const p = validateDecoded(it, v.items[i]!, t.elements[i]!, `${path}[${i}]`);
        if (p !== undefined) return p;
      }
      return undefined;
    case "Dict":
      if (v.kind !== "record") return undefined;
      for (const [k, x] of v.fields) {
        const p = validateDecoded(it, x, t.value, `${path}.${k}`);
        if (p !== undefined) return p;
      }
      return undefined;
    case "Option":
      return v.kind === "option" && v.some !== null ? validateDecoded(it, v.some, t.some, path) : undefined;
    case "Result":
      return v.kind === "result" ? validateDecoded(it, v.value, v.isOk ? t.ok : t.err, path) : undefined;
    case "Enum": {
      if (v.kind !== "enum") return undefined;
      const decl = t.variants.find((x) => x.name === v.variant);
      const p = v.payload;
      if (decl?.payload.kind === "tuple" && p.kind === "tuple") {
        for (let i = 0; i < p.items.length; i++) {
          const r = validateDecoded(it, p.items[i]!, decl.payload.elements[i]!, `${path}.${v.variant}[${i}]`);
          if (r !== undefined) return r;
        }
      }
      if (decl?.payload.kind === "struct" && p.kind === "struct") {
        for (const f of decl.payload.fields) {
          const r = validateDecoded(it, p.fields.get(f.name)!, f.type, `${path}.${v.variant}.${f.name}`);
          if (r !== undefined) return r;
        }
      }
      return undefined;
    }
    case "Schema": {
      if (v.kind !== "record") return undefined;
      for (const sf of t.fields) {
        const x = v.fields.get(sf.name);
        if (x === undefined) continue;
        const problem = validateDecoded(it, x, sf.type, `${path}.${sf.name}`) ?? checkPredicate(it, t.name, sf.name, x, path);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function field(v: Extract<Value, { kind: "record" }>, name: string): Value {
  const x = v.fields.get(name);
  if (x === undefined) throw new InternalError("record field missing at run time", name);
  return x;
}

function mapValues(it: Interpreter, m: ReadonlyMap<string, Value>, from: () => Type, to: Type, failure: CoerceFailure): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [k, x] of m) out.set(k, coerceValue(it, x, from(), to, failure));
  return out;
}

function misfit(v: Value, to: Type): InternalError {
  return new InternalError(`value of kind ${v.kind} cannot be converted to ${to.kind}`);
}

