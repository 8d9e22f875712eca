// String primitives with the language's UTF-8 byte semantics (LANGUAGE.md
// §5.6, §7.2), operating on JavaScript (UTF-16) strings.
//
// Lengths and offsets are UTF-8 byte counts (`utf8Length("café")` = 5). Where a
// UTF-16 operation gives the same answer as the byte operation we use it: in
// well-formed strings, UTF-8 and UTF-16 are both self-synchronising, so an
// occurrence of `t` in `s` as code units is exactly an occurrence as bytes
// (`includes`, `startsWith`, `split` are safe). What differs is counting,
// offsets and ordering (`"\u{1F600}" < "\uFFFF"` in UTF-16 but not by code
// point), which are implemented here. A lone surrogate (never produced by the
// UTF-8 decoder) is counted as the 3 bytes of U+FFFD, as TextEncoder writes it.

import { PrimitiveTrap } from "./trap.js";

/** UTF-8 byte length of a BMP code point that is not a surrogate. */
function bmpBytes(u: number): number {
  if (u < 0x80) return 1;
  if (u < 0x800) return 2;
  return 3;
}

function isHighSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function isLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/**
 * UTF-8 bytes of the code point starting at UTF-16 index i. It spans two units
 * exactly when it is 4 bytes (a surrogate pair), one unit otherwise.
 */
function charBytesAt(s: string, i: number): number {
  const u = s.charCodeAt(i);
  if (u < 0xd800 || u > 0xdfff) return bmpBytes(u);
  if (isHighSurrogate(u) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) return 4;
  return 3; // lone surrogate → U+FFFD
}

/** `len(s)`: the number of UTF-8 bytes (`"café"` → 5, `"😀"` → 4). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const bytes = charBytesAt(s, i);
    n += bytes;
    i += bytes === 4 ? 2 : 1;
  }
  return n;
}

/**
 * UTF-16 index of byte offset `byte`, or -1 when `byte` falls inside a
 * character. `byte` must be in [0, utf8Length(s)].
 */
function unitIndexOfByte(s: string, byte: number): number {
  let b = 0;
  let i = 0;
  while (b < byte && i < s.length) {
    const bytes = charBytesAt(s, i);
    b += bytes;
    i += bytes === 4 ? 2 : 1;
  }
  return b === byte ? i : -1;
}

/**
 * `s.substring(start, count)`: the bytes [start, start + count) (§7.2 decision).
 * IndexOutOfBounds when start < 0, count < 0, start + count > len, or either end
 * is inside a character: `"café".substring(3, 2)` = "é" but
 * `"café".substring(4, 1)` traps (byte 4 is the middle of é). count 0 gives "".
 */
export function substringBytes(s: string, start: bigint, count: bigint): string {
  const len = BigInt(utf8Length(s));
  if (start < 0n || count < 0n || start + count > len) {
    throw new PrimitiveTrap("IndexOutOfBounds", "substring");
  }
  const from = unitIndexOfByte(s, Number(start));
  const to = unitIndexOfByte(s, Number(start + count));
  if (from < 0 || to < 0) throw new PrimitiveTrap("IndexOutOfBounds", "substring");
  return s.slice(from, to);
}

/**
 * `s.split(sep)`: every non-overlapping occurrence, left to right, n occurrences
 * → n + 1 pieces with empty ones kept (`"a,,b"` → ["a", "", "b"], `""` → [""]).
 * UnsupportedOperator for an empty separator. JS `split` with a string
 * separator has exactly these semantics.
 */
export function splitString(s: string, sep: string): string[] {
  if (sep === "") throw new PrimitiveTrap("UnsupportedOperator", "split");
  return s.split(sep);
}

/**
 * `s.replace(from, to)`: every non-overlapping occurrence, left to right
 * (`"aaa".replace("aa", "b")` = "ba"). An empty `from` matches before every code
 * point and at the end (`"ab".replace("", "-")` = "-a-b-"; `"😀"` gets 2 dashes,
 * not the 3 that UTF-16 units would give). Uses split/join, not
 * `String#replaceAll`, which would expand `$&`, `$1`… in `to`.
 */
export function replaceAll(s: string, from: string, to: string): string {
  if (from !== "") return s.split(from).join(to);
  let out = to;
  for (const ch of s) out += ch + to; // for-of iterates code points
  return out;
}

/**
 * The Unicode White_Space property, exactly as §7.2 lists it: U+0009–U+000D,
 * U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
 * U+205F, U+3000. All are BMP code points, so one UTF-16 unit each.
 * JS `trim` differs: it also strips U+FEFF and keeps U+0085.
 */
export function isWhiteSpace(u: number): boolean {
  if (u <= 0x20) return u === 0x20 || (u >= 0x09 && u <= 0x0d);
  if (u < 0x85) return false;
  return (
    u === 0x85 ||
    u === 0xa0 ||
    u === 0x1680 ||
    (u >= 0x2000 && u <= 0x200a) ||
    u === 0x2028 ||
    u === 0x2029 ||
    u === 0x202f ||
    u === 0x205f ||
    u === 0x3000
  );
}

/** `trim_start`: removes leading White_Space characters. */
export function trimStart(s: string): string {
  let i = 0;
  while (i < s.length && isWhiteSpace(s.charCodeAt(i))) i++;
  return s.slice(i);
}

/** `trim_end`: removes trailing White_Space characters. */
export function trimEnd(s: string): string {
  let j = s.length;
  while (j > 0 && isWhiteSpace(s.charCodeAt(j - 1))) j--;
  return s.slice(0, j);
}

/** `trim`: both ends (`"\u0085 pad \u00a0"` → "pad"; `"\ufeffx"` stays). */
export function trimWhiteSpace(s: string): string {
  return trimEnd(trimStart(s));
}

/**
 * Code-point order (= UTF-8 byte order): negative, 0 or positive. Used for
 * sorting object keys (§2.5). JS `<` compares UTF-16 units and puts U+1F600
 * (units D83D DE00) before U+FFFF. On the first differing unit we shift the
 * ranges so that surrogates (code points ≥ U+10000) sort above U+E000–U+FFFF:
 * the classic fix-up used by ICU's u_strcmpCodePointOrder.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixUp(x) - fixUp(y);
  }
  return a.length - b.length;
}

function fixUp(u: number): number {
  if (u >= 0xe000) return u - 0x800; // E000–FFFF → D800–F7FF
  if (u >= 0xd800) return u + 0x2000; // surrogates → F800–FFFF
  return u;
}

/** `s.contains(t)`: substring test on bytes; "" is contained in everything. */
export function containsString(s: string, t: string): boolean {
  return s.includes(t);
}

/** `starts_with`: byte-prefix test; "" is a prefix of everything. */
export function startsWithString(s: string, prefix: string): boolean {
  return s.startsWith(prefix);
}

/** `ends_with`: byte-suffix test; "" is a suffix of everything. */
export function endsWithString(s: string, suffix: string): boolean {
  return s.endsWith(suffix);
}

/** `a + b` on strings (`rt.str_concat`). */
export function concatStrings(a: string, b: string): string {
  return a + b;
}

/** `==` on strings: exact code-point equality, which is UTF-16 equality for well-formed strings. */
export function equalStrings(a: string, b: string): boolean {
  return a === b;
}

/** UTF-16 index of the first character boundary at or after byte offset `byte` (in [0, len]). */
function unitIndexAtOrAfterByte(s: string, byte: number): number {
  let b = 0;
  let i = 0;
  while (b < byte && i < s.length) {
    const bytes = charBytesAt(s, i);
    b += bytes;
    i += bytes === 4 ? 2 : 1;
  }
  return i;
}

/**
 * `rt.str_find`: the byte index of the first occurrence of `t` in `s` that
 * starts at or after byte `from`, or -1. A negative `from` counts as 0; a
 * `from` beyond the end finds nothing. The empty string occurs at every byte
 * offset, so `findBytes("é", "", 1)` = 1 even though 1 is inside `é`; a
 * non-empty `t` starts on a character boundary, so a `from` inside a character
 * behaves like the next boundary (`findBytes("éa", "a", 1)` = 2).
 */
export function findBytes(s: string, t: string, from: number): number {
  const start = Math.max(0, from);
  if (start > utf8Length(s)) return -1;
  if (t === "") return start;
  const at = s.indexOf(t, unitIndexAtOrAfterByte(s, start));
  return at < 0 ? -1 : utf8Length(s.slice(0, at));
}

/** `xs.join(sep)` for a List<String> (`rt.str_join`); `[]` gives "". */
export function joinStrings(xs: readonly string[], sep: string): string {
  return xs.join(sep);
}

/**
 * Binary search of `key` among `keys` sorted in code-point order (a
 * Dict<String, V>'s entries, docs/abi.md): its index, or -1 (`rt.dict_find`).
 */
export function findSortedKey(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareCodePoints(keys[mid] as string, key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
