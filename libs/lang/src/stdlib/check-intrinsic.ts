// Typing of every standard-library operation (§7): which overload a call
// picks, the expected types it pushes into its arguments (closure parameters
// of map/filter/reduce/every/some included) and its result type. Built-in
// functions, methods and std module members share these implementations; the
// receiver or first argument is always argument 0.
import { resolveType } from "../analyze/resolve-type.js";
import type { TExpr } from "../analyze/typed-ast.js";
import type * as ast from "../ast.js";
import { joinTypes, projectedFields } from "../types/type-relations.js";
import { isNumeric, isTextable, printType, T, type Type } from "../types/type.js";
import { toFloatArg } from "./numeric-args.js";
import type { CallChecker } from "./call-checker.js";
import type { IntrinsicId } from "./intrinsics.js";

export type Impl = (c: CallChecker) => TExpr;

/** `(String, …fixed) -> result`. */
function stringOp(fn: IntrinsicId, rest: readonly Type[], result: Type): Impl {
  return (c) => {
    if (!c.count(1 + rest.length)) return c.fail();
    const s = c.arg(0);
    if (s.type.kind !== "String" && s.type.kind !== "Error") return c.mismatch(0, "String");
    return c.call(fn, [s, ...rest.map((t, i) => c.argAs(i + 1, t))], result);
  };
}

/** The list argument 0 and its element type, or undefined after reporting. */
function listArg(c: CallChecker): { xs: TExpr; element: Type } | undefined {
  const xs = c.arg(0);
  if (xs.type.kind === "List") return { xs, element: xs.type.element };
  if (xs.type.kind === "Error") return { xs, element: T.error };
  c.mismatch(0, "a List");
  return undefined;
}

function unknownElement(c: CallChecker, xs: TExpr): TExpr {
  c.a.error("ExpressionTypeUnknown", `${c.site.label} needs to know the element type, but this list is empty with no expected type`, xs.span, [
    { message: "give the list a type, for example `List<Int> xs: []`" },
  ]);
  return c.fail();
}

function listOp(fn: IntrinsicId, rest: (element: Type) => readonly Type[], result: (element: Type) => Type): Impl {
  return (c) => {
    const r = rest(T.error);
    if (!c.count(1 + r.length)) return c.fail();
    const l = listArg(c);
    if (l === undefined) return c.fail();
    return c.call(fn, [l.xs, ...rest(l.element).map((t, i) => c.argAs(i + 1, t))], result(l.element));
  };
}

/** sum / max / min / avg: `List<Int>` or `List<Float>`. */
function numericListOp(base: "list.sum" | "list.max" | "list.min" | "list.avg"): Impl {
  return (c) => {
    if (!c.count(1)) return c.fail();
    const l = listArg(c);
    if (l === undefined) return c.fail();
    if (l.element.kind === "Never") return unknownElement(c, l.xs);
    if (l.element.kind === "Error") return c.call(`${base}.int` as IntrinsicId, [l.xs], T.error);
    if (!isNumeric(l.element)) return c.mismatch(0, "List<Int> or List<Float>");
    const suffix = l.element.kind === "Int" ? "int" : "float";
    return c.call(`${base}.${suffix}` as IntrinsicId, [l.xs], l.element);
  };
}

const map: Impl = (c) => {
  if (!c.count(2)) return c.fail();
  const l = listArg(c);
  if (l === undefined) return c.fail();
  const f = c.closure(1, [l.element], undefined);
  const u = f.type.kind === "Closure" ? f.type.result : T.error;
  return c.call("list.map", [l.xs, f], T.list(u));
};

function predicateOp(fn: "list.filter" | "list.every" | "list.some"): Impl {
  return (c) => {
    if (!c.count(2)) return c.fail();
    const l = listArg(c);
    if (l === undefined) return c.fail();
    const f = c.closure(1, [l.element], T.bool);
    return c.call(fn, [l.xs, f], fn === "list.filter" ? l.xs.type : T.bool);
  };
}

/**
 * `xs.reduce(init, f)`: U is the type of init, f is Closure<U, T, U>. When f is
 * a closure literal with a typed accumulator (`(List<Int> acc, x) => …`), that
 * type is the expected type of init, so `xs.reduce([], …)` works.
 */
const reduce: Impl = (c) => {
  if (!c.count(3)) return c.fail();
  const l = listArg(c);
  if (l === undefined) return c.fail();
  const src = c.site.args[2];
  let accHint: Type | undefined;
  if (src?.kind === "ast" && src.expr.kind === "Closure") {
    const p0 = src.expr.params[0];
    if (src.expr.result !== undefined) accHint = resolveHint(c, src.expr.result);
    else if (p0?.type !== undefined) accHint = resolveHint(c, p0.type);
  }
  const init0 = c.arg(1, accHint);
  const u = accHint ?? init0.type;
  const init = accHint === undefined ? init0 : c.argAs(1, accHint);
  const f = c.closure(2, [u, l.element], u);
  return c.call("list.reduce", [l.xs, init, f], u);
};

function resolveHint(c: CallChecker, t: ast.TypeExpr): Type | undefined {
  // Resolved silently: the closure check resolves (and reports on) the same syntax.
  const saved = c.a.diagnostics.length;
  const r = resolveType(c.a, t, c.a.namedType);
  c.a.diagnostics.length = saved;
  return r.kind === "Error" ? undefined : r;
}

const contains: Impl = (c) => {
  if (!c.count(2)) return c.fail();
  const l = listArg(c);
  if (l === undefined) return c.fail();
  const x = l.element.kind === "Never" ? c.arg(1) : c.argAs(1, l.element);
  return c.call("list.contains", [l.xs, x], T.bool);
};

const join: Impl = (c) => {
  if (!c.count(2)) return c.fail();
  const l = listArg(c);
  if (l === undefined) return c.fail();
  if (l.element.kind === "Never") return unknownElement(c, l.xs);
  if (!isTextable(l.element) && l.element.kind !== "Error") return c.mismatch(0, "a list of Int, Float, Bool or String");
  return c.call("list.join", [l.xs, c.argAs(1, T.string)], T.string);
};

/** `len(x)` / `x.len()`: String, List, Dict or record. */
function lenOf(allowed: readonly Type["kind"][]): Impl {
  return (c) => {
    if (!c.count(1)) return c.fail();
    const x = c.arg(0);
    const k = x.type.kind;
    if (k === "Error") return c.call("list.len", [x], T.int);
    if (!allowed.includes(k)) return c.mismatch(0, allowed.length === 1 ? printKind(allowed[0]!) : "a String, List or Dict");
    const fn: IntrinsicId = k === "String" ? "string.len" : k === "List" ? "list.len" : k === "Dict" ? "dict.len" : "record.len";
    return c.call(fn, [x], T.int);
  };
}

function printKind(k: Type["kind"]): string {
  return k === "List" ? "a List" : k === "Dict" ? "a Dict" : k;
}

const hasKey: Impl = (c) => {
  if (!c.count(2)) return c.fail();
  const d = c.arg(0);
  const k = d.type.kind;
  if (k !== "Dict" && k !== "Record" && k !== "Schema" && k !== "Error") return c.mismatch(0, "a Dict");
  return c.call(k === "Dict" ? "dict.has_key" : "record.has_key", [d, c.argAs(1, T.string)], T.bool);
};

function dictOp(fn: "dict.keys" | "dict.values"): Impl {
  return (c) => {
    if (!c.count(1)) return c.fail();
    const d = asDict(c, 0);
    if (d === undefined) return c.fail();
    const t = d.type;
    if (t.kind !== "Dict") return c.call(fn, [d], T.error);
    return c.call(fn, [d], fn === "dict.keys" ? T.list(T.string) : T.list(t.value));
  };
}

/**
 * Argument i as a `Dict<String, V>`: a record or schema value whose projected
 * fields share one type converts to it (`dict.keys({ zeta: 1, alpha: 2 })`).
 */
function asDict(c: CallChecker, i: number): TExpr | undefined {
  const x = c.arg(i);
  const t = x.type;
  if (t.kind === "Dict" || t.kind === "Error") return x;
  if (t.kind === "Record" || t.kind === "Schema") {
    const fields = t.kind === "Record" ? projectedFields(t.fields) : t.fields;
    let v: Type | undefined = T.never;
    for (const f of fields) v = v === undefined ? undefined : joinTypes(v, f.type);
    if (v !== undefined) return c.argAs(i, T.dict(v));
    c.mismatch(i, "a Dict<String, V>, or a record whose fields all have one type");
    return undefined;
  }
  c.mismatch(i, "a Dict<String, V>");
  return undefined;
}

// ------------------------------------------------------------------ numbers (§7.4)

function numberOp(base: "abs" | "floor" | "ceil" | "round"): Impl {
  return (c) => {
    if (!c.count(1)) return c.fail();
    const x = c.arg(0);
    const k = x.type.kind;
    if (k === "Error") return c.call(`${base}.int` as IntrinsicId, [x], T.error);
    if (k !== "Int" && k !== "Float") return c.mismatch(0, "Int or Float");
    const result = base === "abs" ? x.type : T.int;
    return c.call(`${base}.${k === "Int" ? "int" : "float"}` as IntrinsicId, [x], result);
  };
}

/** min/max (2 args) and clamp (3 args): all Int or all Float (*Decision*: no mixing). */
function sameNumberOp(base: "min" | "max" | "clamp", arity: number): Impl {
  return (c) => {
    if (!c.count(arity)) return c.fail();
    const xs = Array.from({ length: arity }, (_, i) => c.arg(i));
    const first = xs.find((x) => x.type.kind !== "Error");
    if (first === undefined) return c.call(`${base}.int` as IntrinsicId, xs, T.error);
    if (!isNumeric(first.type)) return c.mismatch(xs.indexOf(first), "Int or Float");
    const bad = xs.findIndex((x) => x.type.kind !== first.type.kind && x.type.kind !== "Error");
    if (bad >= 0) return c.mismatch(bad, `${printType(first.type)} (all arguments of ${c.site.label} must have one type)`);
    return c.call(`${base}.${first.type.kind === "Int" ? "int" : "float"}` as IntrinsicId, xs, first.type);
  };
}

const sqrt: Impl = (c) => {
  if (!c.count(1)) return c.fail();
  const x = toFloatArg(c, 0);
  return x === undefined ? c.fail() : c.call("sqrt", [x], T.float);
};

const pow: Impl = (c) => {
  if (!c.count(2)) return c.fail();
  const x = toFloatArg(c, 0);
  const y = toFloatArg(c, 1);
  return x === undefined || y === undefined ? c.fail() : c.call("pow", [x, y], T.float);
};

const range: Impl = (c) => {
  if (!c.count(1, 2)) return c.fail();
  if (c.argCount === 1) {
    const end = c.argAs(0, T.int);
    const zero: TExpr = { kind: "Const", value: { kind: "int", value: 0n }, type: T.int, span: c.site.span };
    return c.call("range", [zero, end], T.list(T.int));
  }
  return c.call("range", [c.argAs(0, T.int), c.argAs(1, T.int)], T.list(T.int));
};

const typeOf: Impl = (c) => {
  if (!c.count(1)) return c.fail();
  return c.call("type", [c.arg(0)], T.string);
};

// ------------------------------------------------------------------ tables

const STRING: Readonly<Record<string, Impl>> = {
  length: stringOp("string.len", [], T.int),
  len: stringOp("string.len", [], T.int),
  is_empty: stringOp("string.is_empty", [], T.bool),
  concat: stringOp("string.concat", [T.string], T.string),
  substring: stringOp("string.substring", [T.int, T.int], T.string),
  starts_with: stringOp("string.starts_with", [T.string], T.bool),
  ends_with: stringOp("string.ends_with", [T.string], T.bool),
  contains: stringOp("string.contains", [T.string], T.bool),
  upper: stringOp("string.upper", [], T.string),
  lower: stringOp("string.lower", [], T.string),
  trim: stringOp("string.trim", [], T.string),
  trim_start: stringOp("string.trim_start", [], T.string),
  trim_end: stringOp("string.trim_end", [], T.string),
  split: stringOp("string.split", [T.string], T.list(T.string)),
  replace: stringOp("string.replace", [T.string, T.string], T.string),
};

const LIST: Readonly<Record<string, Impl>> = {
  length: lenOf(["List"]),
  len: lenOf(["List"]),
  is_empty: listOp("list.is_empty", () => [], () => T.bool),
  map,
  filter: predicateOp("list.filter"),
  reduce,
  contains,
  join,
  sum: numericListOp("list.sum"),
  max: numericListOp("list.max"),
  min: numericListOp("list.min"),
  every: predicateOp("list.every"),
  some: predicateOp("list.some"),
  unique: listOp("list.unique", () => [], () => T.bool),
};

const DICT: Readonly<Record<string, Impl>> = { keys: dictOp("dict.keys"), values: dictOp("dict.values"), has_key: hasKey, len: lenOf(["Dict"]) };
const RECORD: Readonly<Record<string, Impl>> = { has_key: hasKey, len: lenOf(["Record", "Schema"]), keys: DICT.keys!, values: DICT.values! };

/** Methods by receiver type; undefined when the receiver has no methods. */
export function methodTable(t: Type): Readonly<Record<string, Impl>> | undefined {
  switch (t.kind) {
    case "String":
      return STRING;
    case "List":
      return LIST;
    case "Dict":
      return DICT;
    case "Record":
    case "Schema":
      return RECORD;
    default:
      return undefined;
  }
}

export const BUILTINS: Readonly<Record<string, Impl>> = {
  len: lenOf(["String", "List", "Dict", "Record", "Schema"]),
  count: lenOf(["List"]),
  range,
  type: typeOf,
  abs: numberOp("abs"),
  min: sameNumberOp("min", 2),
  max: sameNumberOp("max", 2),
  clamp: sameNumberOp("clamp", 3),
  floor: numberOp("floor"),
  ceil: numberOp("ceil"),
  round: numberOp("round"),
  sqrt,
  pow,
  starts_with: STRING.starts_with!,
  ends_with: STRING.ends_with!,
  trim: STRING.trim!,
  trim_start: STRING.trim_start!,
  trim_end: STRING.trim_end!,
  every: LIST.every!,
  some: LIST.some!,
  unique: LIST.unique!,
};

const firstOrLast = (fn: "list.first" | "list.last"): Impl => listOp(fn, () => [], (el) => el);

export const MODULE_MEMBERS: ReadonlyMap<string, Readonly<Record<string, Impl>>> = new Map([
  [
    "std/list",
    {
      map,
      filter: LIST.filter!,
      reduce,
      contains,
      sum: LIST.sum!,
      avg: numericListOp("list.avg"),
      len: lenOf(["List"]),
      first: firstOrLast("list.first"),
      last: firstOrLast("list.last"),
    },
  ],
  ["std/math", { abs: BUILTINS.abs!, min: BUILTINS.min!, max: BUILTINS.max!, clamp: BUILTINS.clamp! }],
  ["std/string", { split: STRING.split!, replace: STRING.replace!, upper: STRING.upper!, lower: STRING.lower!, contains: STRING.contains!, join }],
  ["std/dict", { keys: DICT.keys!, values: DICT.values!, has_key: hasKey }],
]);
