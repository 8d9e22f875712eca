// Test support: deterministic random text for the twin-agreement tests. The
// palette over-represents what string code gets wrong: every White_Space
// character and its look-alikes, case-special letters (ß, İ, ŉ, ǅ, Σ and the
// case-ignorable marks around it), 2/3/4-byte characters, plus uniformly
// random scalar values.

/** xorshift32 with a fixed seed: the same sequence on every run. */
export class Rng {
  private x: number;
  constructor(seed: number) {
    this.x = seed >>> 0 || 1;
  }
  next(): number {
    let x = this.x;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    this.x = x >>> 0;
    return this.x;
  }
  /** Uniform in [0, n). */
  below(n: number): number {
    return this.next() % n;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.below(xs.length)] as T;
  }
  chance(percent: number): boolean {
    return this.below(100) < percent;
  }
}

export const WHITE_SPACE = [
  "\t", "\n", "\u000b", "\f", "\r", " ", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003",
  "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f",
  "\u3000",
];
/** Not White_Space, but close in bytes or in other definitions of "space". */
export const NEAR_SPACE = ["\ufeff", "\u200b", "\u180e", "\u00ad", "\u2020", "\u2030", "\u1681", "\u3001", "\u0086", "\u00a1", "\u205e"];

const ASCII = [..."abcxyzABCXYZ019 ,.:;'-_/\\\"`^~|"];
const TWO = [..."éÉßΣσςıİµÿŉǅǆǄʰʼΩΐΰΆά\u0300\u0301\u0345\u0308ÆæØø"];
const THREE = [..."ﬁﬃẞΩKⱥȺაᲐᎠꭰ中€‘’ῷẖᾈᾀ\u2126\u1e9e\u0130\u20ac\u3042\ufb01\u1f88"];
const FOUR = ["\u{10400}", "\u{10428}", "\u{1f600}", "\u{1d504}", "\u{1f3fb}", "\u{e0001}", "\u{1e900}", "\u{1e922}", "\u{10ffff}", "\u{16e40}"];

/** One random character (a code point as a string), weighted toward the tricky ones. */
export function randomChar(r: Rng): string {
  const k = r.below(100);
  if (k < 30) return r.pick(ASCII);
  if (k < 42) return r.pick(WHITE_SPACE);
  if (k < 46) return r.pick(NEAR_SPACE);
  if (k < 64) return r.pick(TWO);
  if (k < 78) return r.pick(THREE);
  if (k < 88) return r.pick(FOUR);
  let cp = r.below(0x110000);
  if (cp >= 0xd800 && cp <= 0xdfff) cp += 0x800;
  return String.fromCodePoint(cp);
}

/** A random string of mostly short length (0..12 code points), sometimes longer. */
export function randomString(r: Rng, maxLen = 12): string {
  const n = r.chance(5) ? r.below(maxLen * 25) : r.below(maxLen + 1);
  let s = "";
  for (let i = 0; i < n; i++) s += randomChar(r);
  return s;
}

const SMALL = ["a", "b", "é", "\u{1f600}", ",", " ", "ab", "Σ"];

/** A string over a tiny alphabet, so that searches find many occurrences. */
export function smallAlphabetString(r: Rng, maxLen = 16): string {
  const n = r.chance(4) ? r.below(600) : r.below(maxLen + 1);
  let s = "";
  for (let i = 0; i < n; i++) s += r.pick(SMALL);
  return s;
}

/** A needle for `s`: often a piece of s itself (on code-point boundaries), else a short random string. */
export function randomNeedle(r: Rng, s: string): string {
  const k = r.below(100);
  const cps = [...s];
  if (k < 45 && cps.length > 0) {
    const a = r.below(cps.length);
    const b = a + 1 + r.below(Math.min(cps.length - a, 6));
    return cps.slice(a, b).join("");
  }
  if (k < 60) return "";
  if (k < 85) return smallAlphabetString(r, 3);
  return randomString(r, 3);
}

/** Text in which Σ meets cased letters, case-ignorable marks and word ends in every order. */
export function sigmaString(r: Rng): string {
  const parts = ["Σ", "Σ", "Σ", "Α", "a", "ß", "'", ".", ":", "\u0301", "\u0345", "\u00ad", "\u{1f3fb}", "\u{10400}", " ", "1", "ʰ", "İ", "-", "\u200d"];
  const n = r.below(10);
  let s = "";
  for (let i = 0; i < n; i++) s += r.chance(80) ? r.pick(parts) : randomChar(r);
  return s;
}
