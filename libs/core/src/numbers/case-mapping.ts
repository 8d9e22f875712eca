// `upper` / `lower` (LANGUAGE.md §7.2) over JavaScript strings, driven by the
// generated tables in case-tables.ts — the same tables the IR runtime library
// compiles into every target, so the tree-walk evaluator and the compiled code
// agree even on a Node whose ICU has another Unicode version. On the pinned
// Node the result equals `toUpperCase` / `toLowerCase` for every input
// (case-mapping.test.ts checks every code point and random contexts).
//
// Case mapping is per code point, except capital sigma in `lower`: Σ becomes
// final ς when it is preceded by a cased letter and not followed by one, where
// case-ignorable characters in between are skipped in both directions
// (`"ΑΣ'".toLowerCase()` = "ας'", `"ΑΣ'Α"` → "ασ'α", `"Σ"` → "σ").
import {
  CASE_END_MASK,
  CASE_SPECIAL,
  CASE_STRIDE2,
  LOWER_RANGES,
  LOWER_SPECIAL,
  SIGMA_CASED,
  SIGMA_CLASSES,
  SIGMA_IGNORABLE,
  UPPER_RANGES,
  UPPER_SPECIAL,
} from "./case-tables.js";

const CAPITAL_SIGMA = 0x3a3;

/** The mapping of `cp` in a range table: a code point, a string (one-to-many), or -1 for "unchanged". */
function mapCodePoint(ranges: readonly number[], specials: readonly string[], cp: number): number | string {
  // Binary search for the last range whose start is <= cp.
  let lo = 0;
  let hi = ranges.length / 3 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid * 3] as number) <= cp) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return -1;
  const start = ranges[found * 3] as number;
  const flags = ranges[found * 3 + 1] as number;
  const value = ranges[found * 3 + 2] as number;
  if (cp > (flags & CASE_END_MASK)) return -1;
  if ((flags & CASE_STRIDE2) !== 0 && ((cp - start) & 1) !== 0) return -1;
  if ((flags & CASE_SPECIAL) !== 0) return specials[value] as string;
  return cp + value;
}

/** The uppercase of one code point as a string (`ß` → "SS"). */
export function upperCodePoint(cp: number): string {
  const m = mapCodePoint(UPPER_RANGES, UPPER_SPECIAL, cp);
  return typeof m === "string" ? m : String.fromCodePoint(m < 0 ? cp : m);
}

/** The lowercase of one code point as a string, ignoring the sigma context (`İ` → "i̇"). */
export function lowerCodePoint(cp: number): string {
  const m = mapCodePoint(LOWER_RANGES, LOWER_SPECIAL, cp);
  return typeof m === "string" ? m : String.fromCodePoint(m < 0 ? cp : m);
}

/** The sigma-context class of a code point: SIGMA_OTHER, SIGMA_CASED or SIGMA_IGNORABLE. */
export function sigmaClass(cp: number): number {
  let lo = 0;
  let hi = SIGMA_CLASSES.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((SIGMA_CLASSES[mid] as number) >>> 2 <= cp) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return (SIGMA_CLASSES[found] as number) & 3;
}

const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

function convert(s: string, one: (cp: number, at: number) => string | undefined): string {
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const m = one(cp, i);
    if (m !== undefined) {
      parts.push(s.slice(copied, i), m);
      copied = i + width;
    }
    i += width;
  }
  if (copied === 0) return s;
  parts.push(s.slice(copied));
  return parts.join("");
}

/**
 * `upper`: full case mapping without locale tailoring (`"straße"` → "STRASSE",
 * `"ﬁle"` → "FILE", `"ŉ"` → "ʼN"). ASCII-only strings take JavaScript's
 * `toUpperCase`, whose ASCII behaviour (a–z only) no Unicode version changes.
 */
export function upperCase(s: string): string {
  if (isAscii(s)) return s.toUpperCase();
  return convert(s, (cp) => {
    const m = mapCodePoint(UPPER_RANGES, UPPER_SPECIAL, cp);
    return typeof m === "string" ? m : m < 0 ? undefined : String.fromCodePoint(m);
  });
}

/** The code point ending just before UTF-16 index `i` (i > 0), and its start index. */
function codePointBefore(s: string, i: number): [number, number] {
  const lowUnit = s.charCodeAt(i - 1);
  if (lowUnit >= 0xdc00 && lowUnit <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return [s.codePointAt(i - 2) as number, i - 2];
  }
  return [lowUnit, i - 1];
}

/**
 * Whether Σ at UTF-16 index `at` lowers to final ς: the nearest character
 * before it that is not case-ignorable is cased, and the nearest such character
 * after it is not cased (or there is none).
 */
export function isFinalSigma(s: string, at: number): boolean {
  let preceded = false;
  for (let i = at; i > 0; ) {
    const [cp, start] = codePointBefore(s, i);
    const k = sigmaClass(cp);
    if (k !== SIGMA_IGNORABLE) {
      preceded = k === SIGMA_CASED;
      break;
    }
    i = start;
  }
  if (!preceded) return false;
  for (let i = at + 1; i < s.length; ) {
    const cp = s.codePointAt(i) as number;
    const k = sigmaClass(cp);
    if (k !== SIGMA_IGNORABLE) return k !== SIGMA_CASED;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/**
 * `lower`: full case mapping with the final-sigma rule (`"ΟΔΥΣΣΕΥΣ"` →
 * "οδυσσευς", `"İ"` → "i̇"). ASCII-only strings take `toLowerCase` (A–Z only).
 */
export function lowerCase(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  return convert(s, (cp, at) => {
    if (cp === CAPITAL_SIGMA) return isFinalSigma(s, at) ? "\u03c2" : "\u03c3";
    const m = mapCodePoint(LOWER_RANGES, LOWER_SPECIAL, cp);
    return typeof m === "string" ? m : m < 0 ? undefined : String.fromCodePoint(m);
  });
}
