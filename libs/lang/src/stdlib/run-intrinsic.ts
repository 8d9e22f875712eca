// The tree-walk implementations of the standard library (§7), using the
// number and text primitives of @tetra/core (which throw PrimitiveTrap with
// the §5.3 kind; the interpreter adds the call's span). Higher-order functions
// call their closure in list order and stop early only in every/some (§5.2).
import {
  ceilToInt, concatStrings, containsString, endsWithString, floatAbs, floatDiv, floatMax, floatMin, floatPow,
  floatSqrt, floorToInt, i64Abs, i64Add, i64Div, InternalError, intToFloat, lowerCase, replaceAll, roundToInt, splitString,
  startsWithString, substringBytes, trimEnd, trimStart, trimWhiteSpace, unreachable, upperCase, utf8Length, type Value,
} from "@tetra/core";
import { asBool, asFields, asFloat, asInt, asItems, asString, boolValue, languageEquals, sortedByKey, toText, typeName } from "../eval/value-ops.js";
import { RuntimeError } from "../eval/runtime-error.js";
import { projectedFields } from "../types/type-relations.js";
import type { Type } from "../types/type.js";
import type { IntrinsicId } from "./intrinsics.js";

/** What an intrinsic needs from the running interpreter. */
export interface IntrinsicHost {
  call(f: Value, args: readonly Value[]): Value;
  charge(steps: number): void;
  checkString(s: string): string;
  reserveString(units: number): void;
}

/** Lists longer than this are refused (MemoryLimitExceeded) before they are built. */
const MAX_LIST_LENGTH = 1 << 26;

const I = (value: bigint): Value => ({ kind: "int", value });
const F = (value: number): Value => ({ kind: "float", value });
const S = (value: string): Value => ({ kind: "string", value });
const L = (items: readonly Value[]): Value => ({ kind: "list", items });

const int = asInt;
const flt = asFloat;
const str = asString;
const items = asItems;
const fields = asFields;
const truth = (v: Value): boolean => asBool(v);

export function runIntrinsic(fn: IntrinsicId, args: readonly Value[], argTypes: readonly Type[], host: IntrinsicHost): Value {
  const [a, b, c] = args;
  switch (fn) {
    case "string.len":
      return I(BigInt(utf8Length(str(a))));
    case "string.is_empty":
      return boolValue(str(a) === "");
    case "string.concat":
      host.reserveString(str(a).length + str(b).length);
      return S(concatStrings(str(a), str(b)));
    case "string.substring":
      return S(substringBytes(str(a), int(b), int(c)));
    case "string.starts_with":
      return boolValue(startsWithString(str(a), str(b)));
    case "string.ends_with":
      return boolValue(endsWithString(str(a), str(b)));
    case "string.contains":
      return boolValue(containsString(str(a), str(b)));
    case "string.upper":
      return S(host.checkString(upperCase(str(a))));
    case "string.lower":
      return S(host.checkString(lowerCase(str(a))));
    case "string.trim":
      return S(trimWhiteSpace(str(a)));
    case "string.trim_start":
      return S(trimStart(str(a)));
    case "string.trim_end":
      return S(trimEnd(str(a)));
    case "string.split": {
      const parts = splitString(str(a), str(b));
      host.charge(parts.length);
      return L(parts.map(S));
    }
    case "string.replace": {
      // Upper bound of the result: every position may take `to`.
      const s = str(a);
      const from = str(b);
      const to = str(c);
      const pieces = from === "" ? s.length + 1 : Math.floor(s.length / from.length);
      host.reserveString(s.length + pieces * to.length);
      return S(replaceAll(s, from, to));
    }
    case "list.len":
      return I(BigInt(items(a).length));
    case "list.is_empty":
      return boolValue(items(a).length === 0);
    case "list.map": {
      const xs = items(a);
      const out = new Array<Value>(xs.length);
      for (let i = 0; i < xs.length; i++) out[i] = host.call(b!, [xs[i]!]);
      return L(out);
    }
    case "list.filter": {
      const out: Value[] = [];
      for (const x of items(a)) if (truth(host.call(b!, [x]))) out.push(x);
      return L(out);
    }
    case "list.reduce": {
      let acc = b!;
      for (const x of items(a)) acc = host.call(c!, [acc, x]);
      return acc;
    }
    case "list.contains":
      return boolValue(items(a).some((x) => languageEquals(x, b!, () => host.charge(1))));
    case "list.join": {
      const xs = items(a);
      host.charge(xs.length);
      const parts = xs.map(toText);
      host.reserveString(parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * str(b).length);
      return S(parts.join(str(b)));
    }
    case "list.sum.int": {
      let total = 0n;
      for (const x of items(a)) total = i64Add(total, int(x));
      return I(total);
    }
    case "list.sum.float": {
      let total = 0.0;
      for (const x of items(a)) total += flt(x);
      return F(total);
    }
    case "list.max.int":
    case "list.min.int":
    case "list.max.float":
    case "list.min.float":
      return best(fn, items(a));
    case "list.every":
      for (const x of items(a)) if (!truth(host.call(b!, [x]))) return boolValue(false);
      return boolValue(true);
    case "list.some":
      for (const x of items(a)) if (truth(host.call(b!, [x]))) return boolValue(true);
      return boolValue(false);
    case "list.unique": {
      const xs = items(a);
      for (let i = 0; i < xs.length; i++) {
        host.charge(i);
        for (let j = 0; j < i; j++) if (languageEquals(xs[i]!, xs[j]!, () => host.charge(1))) return boolValue(false);
      }
      return boolValue(true);
    }
    case "list.avg.int": {
      const xs = items(a);
      let total = 0n;
      for (const x of xs) total = i64Add(total, int(x));
      return I(i64Div(total, BigInt(xs.length)));
    }
    case "list.avg.float": {
      const xs = items(a);
      let total = 0.0;
      for (const x of xs) total += flt(x);
      return F(floatDiv(total, intToFloat(BigInt(xs.length))));
    }
    case "list.first":
    case "list.last": {
      const xs = items(a);
      const v = fn === "list.first" ? xs[0] : xs[xs.length - 1];
      if (v === undefined) throw new RuntimeError("IndexOutOfBounds", `${fn === "list.first" ? "first" : "last"} of an empty list`);
      return v;
    }
    case "dict.len":
      return I(BigInt(fields(a).size));
    case "dict.keys":
      return L([...sortedByKey(fields(a)).keys()].map(S));
    case "dict.values":
      return L([...sortedByKey(fields(a)).values()]);
    case "dict.has_key":
      return boolValue(fields(a).has(str(b)));
    case "record.len":
      return I(BigInt(recordKeys(argTypes[0]).length));
    case "record.has_key":
      return boolValue(recordKeys(argTypes[0]).includes(str(b)));
    case "range": {
      const start = int(a);
      const end = int(b);
      const n = end > start ? end - start : 0n;
      host.charge(Number(n));
      if (n > BigInt(MAX_LIST_LENGTH)) throw new RuntimeError("MemoryLimitExceeded", `range of ${n} elements exceeds the evaluator's limit`);
      const out: Value[] = [];
      for (let i = 0n; i < n; i++) out.push(I(start + i));
      return L(out);
    }
    case "type":
      return S(typeName(a!));
    case "abs.int":
      return I(i64Abs(int(a)));
    case "abs.float":
      return F(floatAbs(flt(a)));
    case "min.int":
      return int(a) < int(b) ? a! : b!;
    case "max.int":
      return int(a) > int(b) ? a! : b!;
    case "min.float":
      return F(floatMin(flt(a), flt(b)));
    case "max.float":
      return F(floatMax(flt(a), flt(b)));
    case "clamp.int": {
      const v = int(a);
      return v < int(b) ? b! : v > int(c) ? c! : a!;
    }
    case "clamp.float": {
      const v = flt(a);
      return v < flt(b) ? b! : v > flt(c) ? c! : a!;
    }
    case "floor.int":
    case "ceil.int":
    case "round.int":
      return I(int(a));
    case "floor.float":
      return I(floorToInt(flt(a)));
    case "ceil.float":
      return I(ceilToInt(flt(a)));
    case "round.float":
      return I(roundToInt(flt(a)));
    case "sqrt":
      return F(floatSqrt(flt(a)));
    case "pow":
      return F(floatPow(flt(a), flt(b)));
    default:
      return unreachable(fn);
  }
}

/** max/min (§7.3): the first element, replaced when a later one is strictly better; [] is EmptyList. */
function best(fn: "list.max.int" | "list.min.int" | "list.max.float" | "list.min.float", xs: readonly Value[]): Value {
  const first = xs[0];
  if (first === undefined) throw new RuntimeError("EmptyList", `${fn.includes("max") ? "max" : "min"} of an empty list`);
  const isMax = fn.startsWith("list.max");
  let current = first;
  for (const x of xs) {
    const better = fn.endsWith("int") ? (isMax ? int(x) > int(current) : int(x) < int(current)) : isMax ? flt(x) > flt(current) : flt(x) < flt(current);
    if (better) current = x;
  }
  return current;
}

/** The projected keys of a record or schema type (what `len` and `has_key` count on records). */
function recordKeys(t: Type | undefined): readonly string[] {
  if (t?.kind === "Record") return projectedFields(t.fields).map((f) => f.name);
  if (t?.kind === "Schema") return t.fields.map((f) => f.name);
  throw new InternalError("record operation on a non-record type", t?.kind);
}
