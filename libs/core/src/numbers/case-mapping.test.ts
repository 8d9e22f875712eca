// The table-driven case mapping against this Node's toUpperCase/toLowerCase:
// every code point alone, every code point next to Σ, and random strings
// (fixed seed) dense in sigma, cased, case-ignorable and astral characters.
import { describe, expect, it } from "vitest";
import { isFinalSigma, lowerCase, lowerCodePoint, sigmaClass, upperCase, upperCodePoint } from "./case-mapping.js";
import { SIGMA_CASED, SIGMA_IGNORABLE, SIGMA_OTHER } from "./case-tables.js";

/** xorshift32: a tiny deterministic generator for the random contexts. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

function* scalars(): Generator<number> {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield cp;
}

/** Characters whose case behaviour is special, plus representatives of each sigma class. */
const TRICKY = [
  "Σ", "σ", "ς", "A", "a", "ß", "ẞ", "ﬁ", "ﬃ", "İ", "ı", "i", "I", "ŉ", "ǅ", "ǈ", "µ", "ÿ", "ΐ", "ΰ",
  "\u0345", "\u0300", "\u0301", "'", ".", ":", "^", "`", "\u00ad", "\u00b7", "\u02b0", "\u02bc", "\u200d",
  "\u2019", "\ufe13", "\u{1f3fb}", "\u{e0001}", "\u{10400}", "\u{10428}", "\u{1e900}", "\u{1d400}",
  "Ω", "K", "Å", "ⱥ", "Ⱥ", "ɐ", "Ᵹ", "ꞵ", "Ꭰ", "ꭰ", "ა", "Ა", " ", "\u00a0", "1", "-", "😀", "中", "é",
];

function randomContext(next: () => number): string {
  const n = next() % 9;
  let s = "";
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r % 4 === 0) {
      let cp = next() % 0x110000;
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x3a3;
      s += String.fromCodePoint(cp);
    } else s += TRICKY[r % TRICKY.length] as string;
  }
  return s;
}

describe("case mapping", () => {
  it("maps-documented-examples-exactly", () => {
    expect(upperCase("straße")).toBe("STRASSE");
    expect(upperCase("ﬁle")).toBe("FILE");
    expect(upperCase("ŉ")).toBe("ʼN");
    expect(upperCase("\u0390")).toBe("\u0399\u0308\u0301");
    expect(upperCase("ǆ ǅ")).toBe("Ǆ Ǆ");
    expect(upperCase("\u{10428}x")).toBe("\u{10400}X");
    expect(lowerCase("İ")).toBe("i\u0307");
    expect(lowerCase("ΟΔΥΣΣΕΥΣ")).toBe("οδυσσευς");
    expect(lowerCase("Σ")).toBe("σ");
    expect(lowerCase("ΑΣ")).toBe("ας");
    expect(lowerCase("ΑΣ'")).toBe("ας'");
    expect(lowerCase("ΑΣ'Α")).toBe("ασ'α");
    expect(lowerCase("Α'Σ")).toBe("α'ς");
    expect(lowerCase("1Σ")).toBe("1σ");
    expect(lowerCase("ΑΣ1")).toBe("ας1");
    expect(lowerCase("ΑΣ\u0345")).toBe("ας\u0345");
    expect(lowerCase("ΑΣ\u0345Α")).toBe("ασ\u0345α");
    expect(upperCase("")).toBe("");
    expect(lowerCase("")).toBe("");
    expect(upperCase("abc-XYZ")).toBe("ABC-XYZ");
    expect(lowerCase("abc-XYZ")).toBe("abc-xyz");
  });

  it("classifies-sigma-context-characters", () => {
    expect(sigmaClass(0x41)).toBe(SIGMA_CASED);
    expect(sigmaClass(0x3a3)).toBe(SIGMA_CASED);
    expect(sigmaClass(0x27)).toBe(SIGMA_IGNORABLE);
    expect(sigmaClass(0x2e)).toBe(SIGMA_IGNORABLE);
    expect(sigmaClass(0x345)).toBe(SIGMA_IGNORABLE);
    expect(sigmaClass(0x31)).toBe(SIGMA_OTHER);
    expect(sigmaClass(0x20)).toBe(SIGMA_OTHER);
    expect(sigmaClass(0x10ffff)).toBe(SIGMA_OTHER);
    expect(isFinalSigma("ΑΣ", 1)).toBe(true);
    expect(isFinalSigma("ΑΣΑ", 1)).toBe(false);
  });

  it("agrees-with-node-on-every-code-point-alone", () => {
    const bad: string[] = [];
    for (const cp of scalars()) {
      const ch = String.fromCodePoint(cp);
      if (upperCodePoint(cp) !== ch.toUpperCase() || upperCase(ch) !== ch.toUpperCase()) bad.push(`upper U+${cp.toString(16)}`);
      if (lowerCodePoint(cp) !== ch.toLowerCase() || lowerCase(ch) !== ch.toLowerCase()) bad.push(`lower U+${cp.toString(16)}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("agrees-with-node-on-every-code-point-around-sigma", () => {
    const bad: string[] = [];
    for (const cp of scalars()) {
      const c = String.fromCodePoint(cp);
      for (const s of [c + "Σ", "A" + c + "Σ", "AΣ" + c, "AΣ" + c + "A"]) {
        if (lowerCase(s) !== s.toLowerCase()) bad.push(JSON.stringify(s));
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("agrees-with-node-on-random-strings", () => {
    const next = rng(0x5eed_ca5e);
    const bad: string[] = [];
    for (let k = 0; k < 300_000; k++) {
      const s = randomContext(next);
      if (upperCase(s) !== s.toUpperCase()) bad.push(`upper ${JSON.stringify(s)}`);
      if (lowerCase(s) !== s.toLowerCase()) bad.push(`lower ${JSON.stringify(s)}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("scans-long-case-ignorable-runs-around-sigma", () => {
    const marks = "\u0301".repeat(5000);
    for (const s of ["A" + marks + "Σ", "AΣ" + marks, "AΣ" + marks + "B", marks + "Σ" + marks]) {
      expect(lowerCase(s)).toBe(s.toLowerCase());
    }
    expect(lowerCase("AΣ" + marks).startsWith("aς")).toBe(true);
    expect(lowerCase("AΣ" + marks + "B").startsWith("aσ")).toBe(true);
  });
});
