// The generator of case-tables.ts: asks this Node's own `toUpperCase` /
// `toLowerCase` about every Unicode scalar value and writes compact tables.
// §7.2 defines `upper`/`lower` as JavaScript's result "for the Unicode version
// pinned by the project"; committing the generated file is that pin, and
// case-tables.test.ts regenerates it and fails when this Node disagrees
// (`UPDATE_GOLDEN=1` re-blesses after a deliberate Node/ICU upgrade).
//
// Three tables per direction-independent encoding (documented in
// case-tables.ts's header, which this file writes):
//   * mapping ranges — `[start, endAndFlags, value]` triples sorted by start;
//   * special (one-to-many) mappings — `ß` → "SS", `ﬁ` → "FI", `İ` → "i̇";
//   * sigma context classes — what V8 (ICU's u_strToLower) sees around Σ.
//
// The sigma classes are measured, not taken from the Unicode property files,
// because V8's rule is what §7.2 pins: for a character c, `c + "Σ"` lowers to
// a final ς iff c is "cased" (and not case-ignorable), and `"A" + c + "Σ"`
// lowers to ς iff c is cased or case-ignorable (the scan skips it). U+0345
// COMBINING YPOGEGRAMMENI is both Cased and Case_Ignorable in Unicode; ICU
// skips it, so it is class "ignorable" here. The forward direction is measured
// too and must agree with the backward one (checked while generating).

// The encoding constants; written into case-tables.ts too (the generated file is
// self-contained, and case-mapping.ts reads them from there).
const CASE_STRIDE2 = 0x100_0000;
const CASE_SPECIAL = 0x200_0000;
const SIGMA_OTHER = 0;
const SIGMA_CASED = 1;
const SIGMA_IGNORABLE = 2;

interface Mapping {
  readonly cp: number;
  /** The mapped string when it is not a single code point. */
  readonly special: string | undefined;
  readonly delta: number;
}

function isScalar(cp: number): boolean {
  return cp < 0xd800 || cp > 0xdfff;
}

function mappings(convert: (s: string) => string): Mapping[] {
  const out: Mapping[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (!isScalar(cp)) continue;
    const ch = String.fromCodePoint(cp);
    const m = convert(ch);
    if (m === ch) continue;
    const cps = [...m];
    if (cps.length === 1) out.push({ cp, special: undefined, delta: (m.codePointAt(0) as number) - cp });
    else out.push({ cp, special: m, delta: 0 });
  }
  return out;
}

/**
 * Greedy run encoding. A run is either consecutive code points with one delta
 * (`ａ`..`ｚ` → `Ａ`..`Ｚ`, stride 1) or every other code point with one delta
 * (`ā ă ą …` → `Ā Ă Ą …`, stride 2) where the code points in between are
 * unmapped, so ranges never overlap and a binary search finds the one range
 * that can contain a code point.
 */
function encodeRanges(ms: readonly Mapping[]): { ranges: number[]; specials: string[] } {
  const byCp = new Map(ms.map((m) => [m.cp, m]));
  const ranges: number[] = [];
  const specials: string[] = [];
  const sameDelta = (cp: number, delta: number): boolean => {
    const m = byCp.get(cp);
    return m !== undefined && m.special === undefined && m.delta === delta;
  };
  for (let i = 0; i < ms.length; ) {
    const m = ms[i] as Mapping;
    if (m.special !== undefined) {
      ranges.push(m.cp, m.cp | CASE_SPECIAL, specials.length);
      specials.push(m.special);
      i++;
      continue;
    }
    let end1 = m.cp;
    while (sameDelta(end1 + 1, m.delta)) end1++;
    let end2 = m.cp;
    while (!byCp.has(end2 + 1) && sameDelta(end2 + 2, m.delta)) end2 += 2;
    const count1 = end1 - m.cp + 1;
    const count2 = (end2 - m.cp) / 2 + 1;
    const stride2 = count2 > count1;
    const end = stride2 ? end2 : end1;
    ranges.push(m.cp, end | (stride2 ? CASE_STRIDE2 : 0), m.delta);
    i += stride2 ? count2 : count1;
  }
  return { ranges, specials };
}

function sigmaClassOf(c: string): { back: number; fwd: number } {
  const S = "\u03a3";
  const FINAL = "\u03c2";
  const MEDIAL = "\u03c3";
  const back = (c + S).toLowerCase().endsWith(FINAL)
    ? SIGMA_CASED
    : ("A" + c + S).toLowerCase().endsWith(FINAL)
      ? SIGMA_IGNORABLE
      : SIGMA_OTHER;
  const fwd = ("A" + S + c).toLowerCase().startsWith("a" + MEDIAL)
    ? SIGMA_CASED
    : ("A" + S + c + "A").toLowerCase().startsWith("a" + MEDIAL)
      ? SIGMA_IGNORABLE
      : SIGMA_OTHER;
  return { back, fwd };
}

/** `[start << 2 | class, ...]`: each class holds from its start up to the next entry's start. */
function sigmaClasses(): number[] {
  const out: number[] = [];
  let current = -1;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    // Surrogates are not scalar values; they continue the run before them
    // (no string the decoder produces contains one).
    if (!isScalar(cp)) continue;
    const { back, fwd } = sigmaClassOf(String.fromCodePoint(cp));
    if (back !== fwd) {
      throw new Error(`sigma context of U+${cp.toString(16)} differs before (${back}) and after (${fwd}) Σ`);
    }
    if (back !== current) {
      out.push(cp * 4 + back);
      current = back;
    }
  }
  return out;
}

const hex = (x: number): string => `0x${x.toString(16)}`;

function rangeLines(xs: readonly number[]): string {
  const lines: string[] = [];
  for (let i = 0; i < xs.length; i += 6) {
    const triples: string[] = [];
    for (let j = i; j < Math.min(i + 6, xs.length); j += 3) {
      triples.push(`${hex(xs[j] as number)}, ${hex(xs[j + 1] as number)}, ${xs[j + 2] as number}`);
    }
    lines.push(`  ${triples.join(",   ")},`);
  }
  return lines.join("\n");
}

function sigmaLines(xs: readonly number[]): string {
  const lines: string[] = [];
  for (let i = 0; i < xs.length; i += 10) lines.push(`  ${xs.slice(i, i + 10).map(hex).join(", ")},`);
  return lines.join("\n");
}

function stringLines(xs: readonly string[]): string {
  const esc = (s: string): string =>
    [...s].map((ch) => `\\u{${(ch.codePointAt(0) as number).toString(16)}}`).join("");
  return xs.map((s) => `  "${esc(s)}",`).join("\n");
}

/** The full text of case-tables.ts for this Node. */
export function generateCaseTables(): string {
  const upper = encodeRanges(mappings((s) => s.toUpperCase()));
  const lower = encodeRanges(mappings((s) => s.toLowerCase()));
  const sigma = sigmaClasses();
  const unicode = process.versions.unicode ?? "unknown";
  return `// GENERATED by case-tables-gen.ts — do not edit. Regenerate (only after a deliberate Node/ICU upgrade):
//   cd libs/core && UPDATE_GOLDEN=1 npx vitest run src/numbers/case-tables.test.ts
// Source: String#toUpperCase / String#toLowerCase of Node's ICU, Unicode ${unicode}, over every scalar value.
//
// Mapping ranges are triples [start, endAndFlags, value], sorted by start, never overlapping:
//   end = endAndFlags & CASE_END_MASK (inclusive); a code point cp in [start, end] maps when
//   CASE_STRIDE2 is clear or (cp - start) is even; then, with CASE_SPECIAL set, cp maps to the
//   string *_SPECIAL[value] (a one-to-many mapping; start = end), else to cp + value.
//   Code points in no range map to themselves.
// SIGMA_CLASSES is [start * 4 + class, ...]: class SIGMA_OTHER, SIGMA_CASED or SIGMA_IGNORABLE
//   (skipped when looking for a cased letter around Σ), valid from start up to the next entry's start.

export const CASE_TABLES_UNICODE = "${unicode}";
export const CASE_END_MASK = ${hex(0x1fffff)};
export const CASE_STRIDE2 = ${hex(CASE_STRIDE2)};
export const CASE_SPECIAL = ${hex(CASE_SPECIAL)};
export const SIGMA_OTHER = ${SIGMA_OTHER};
export const SIGMA_CASED = ${SIGMA_CASED};
export const SIGMA_IGNORABLE = ${SIGMA_IGNORABLE};

export const UPPER_RANGES: readonly number[] = [
${rangeLines(upper.ranges)}
];

export const UPPER_SPECIAL: readonly string[] = [
${stringLines(upper.specials)}
];

export const LOWER_RANGES: readonly number[] = [
${rangeLines(lower.ranges)}
];

export const LOWER_SPECIAL: readonly string[] = [
${stringLines(lower.specials)}
];

export const SIGMA_CLASSES: readonly number[] = [
${sigmaLines(sigma)}
];
`;
}
