// The standard library's operations (§7) as one table. Every call of a
// built-in function, a String/List/Dict method or a std module member
// resolves to one IntrinsicId; the three spellings share it
// (`s.upper()`, `string.upper(s)` → "string.upper", receiver first). Overloads
// are separate ids (`abs.int`, `abs.float`). `traps` lists the runtime errors
// an implementation must raise.
import type { RuntimeErrorKind } from "@tetra/core";

export interface IntrinsicInfo {
  /** Parameter and result types in §3.6 syntax; `T`, `U` are bound per call. */
  readonly signature: string;
  readonly doc: string;
  readonly traps: readonly RuntimeErrorKind[];
}

const i = (signature: string, doc: string, traps: readonly RuntimeErrorKind[] = []): IntrinsicInfo => ({ signature, doc, traps });

export const INTRINSICS = {
  "string.len": i("(String) -> Int", "UTF-8 byte length"),
  "string.is_empty": i("(String) -> Bool", "byte length is 0"),
  "string.concat": i("(String, String) -> String", "same as +"),
  "string.substring": i("(String, Int start, Int count) -> String", "bytes [start, start+count)", ["IndexOutOfBounds"]),
  "string.starts_with": i("(String, String) -> Bool", "byte prefix test"),
  "string.ends_with": i("(String, String) -> Bool", "byte suffix test"),
  "string.contains": i("(String, String) -> Bool", "substring test"),
  "string.upper": i("(String) -> String", "full Unicode upper case"),
  "string.lower": i("(String) -> String", "full Unicode lower case (final sigma)"),
  "string.trim": i("(String) -> String", "strip White_Space both ends"),
  "string.trim_start": i("(String) -> String", "strip leading White_Space"),
  "string.trim_end": i("(String) -> String", "strip trailing White_Space"),
  "string.split": i("(String, String sep) -> List<String>", "split on every occurrence", ["UnsupportedOperator"]),
  "string.replace": i("(String, String from, String to) -> String", "replace every occurrence"),
  "list.len": i("(List<T>) -> Int", "element count (also `count`)"),
  "list.is_empty": i("(List<T>) -> Bool", "no elements"),
  "list.map": i("(List<T>, Closure<T, U>) -> List<U>", "apply in order"),
  "list.filter": i("(List<T>, Closure<T, Bool>) -> List<T>", "keep where true"),
  "list.reduce": i("(List<T>, U, Closure<U, T, U>) -> U", "fold left"),
  "list.contains": i("(List<T>, T) -> Bool", "language equality =="),
  "list.join": i("(List<T>, String) -> String", "text of each element (§6) joined; T is Int, Float, Bool or String"),
  "list.sum.int": i("(List<Int>) -> Int", "checked left-to-right sum; [] is 0", ["NumericOverflow"]),
  "list.sum.float": i("(List<Float>) -> Float", "IEEE sum from 0.0, left to right"),
  "list.max.int": i("(List<Int>) -> Int", "first maximum", ["EmptyList"]),
  "list.max.float": i("(List<Float>) -> Float", "replace when x > best", ["EmptyList"]),
  "list.min.int": i("(List<Int>) -> Int", "first minimum", ["EmptyList"]),
  "list.min.float": i("(List<Float>) -> Float", "replace when x < best", ["EmptyList"]),
  "list.every": i("(List<T>, Closure<T, Bool>) -> Bool", "stops at the first false"),
  "list.some": i("(List<T>, Closure<T, Bool>) -> Bool", "stops at the first true"),
  "list.unique": i("(List<T>) -> Bool", "no two elements equal under =="),
  "list.avg.int": i("(List<Int>) -> Int", "sum / len with Int division", ["NumericOverflow", "DivisionByZero"]),
  "list.avg.float": i("(List<Float>) -> Float", "sum / len", ["DivisionByZero"]),
  "list.first": i("(List<T>) -> T", "element 0", ["IndexOutOfBounds"]),
  "list.last": i("(List<T>) -> T", "the final element", ["IndexOutOfBounds"]),
  "dict.len": i("(Dict<String, V>) -> Int", "key count"),
  "dict.keys": i("(Dict<String, V>) -> List<String>", "keys in code-point order"),
  "dict.values": i("(Dict<String, V>) -> List<V>", "values in key order"),
  "dict.has_key": i("(Dict<String, V>, String) -> Bool", "key present"),
  "record.len": i("(record) -> Int", "number of projected fields"),
  "record.has_key": i("(record, String) -> Bool", "a projected field of that name exists"),
  range: i("(Int start, Int end) -> List<Int>", "start, start+1, …, end-1 (`range(n)` is range(0, n))"),
  type: i("(T) -> String", "the type's name: Int, Float, String, Bool, List, Tuple, Dict, Closure"),
  "abs.int": i("(Int) -> Int", "absolute value", ["NumericOverflow"]),
  "abs.float": i("(Float) -> Float", "clears the sign bit"),
  "min.int": i("(Int, Int) -> Int", "a < b ? a : b"),
  "min.float": i("(Float, Float) -> Float", "a < b ? a : b"),
  "max.int": i("(Int, Int) -> Int", "a > b ? a : b"),
  "max.float": i("(Float, Float) -> Float", "a > b ? a : b"),
  "clamp.int": i("(Int, Int, Int) -> Int", "v < lo ? lo : (v > hi ? hi : v)"),
  "clamp.float": i("(Float, Float, Float) -> Float", "v < lo ? lo : (v > hi ? hi : v)"),
  "floor.int": i("(Int) -> Int", "identity"),
  "floor.float": i("(Float) -> Int", "round down, saturate"),
  "ceil.int": i("(Int) -> Int", "identity"),
  "ceil.float": i("(Float) -> Int", "round up, saturate"),
  "round.int": i("(Int) -> Int", "identity"),
  "round.float": i("(Float) -> Int", "nearest, ties to even, saturate"),
  sqrt: i("(Float) -> Float", "IEEE square root (Int arguments arrive as IntToFloat)"),
  pow: i("(Float, Float) -> Float", "C pow (Int arguments arrive as IntToFloat)"),
} as const satisfies Record<string, IntrinsicInfo>;

export type IntrinsicId = keyof typeof INTRINSICS;
