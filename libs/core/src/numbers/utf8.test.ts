// isWellFormedUtf8 against exact byte sequences and against the WHATWG
// decoder in fatal mode (which rejects exactly the ill-formed sequences of
// Unicode Table 3-7) on every 1- and 2-byte sequence, the 3-byte sequences
// around the continuation range and random 4-byte ones.
import { describe, expect, it } from "vitest";
import { isWellFormedUtf8 } from "./utf8.js";

const b = (...xs: number[]): Uint8Array => new Uint8Array(xs);
const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decoderAccepts(u: Uint8Array): boolean {
  try {
    fatal.decode(u);
    return true;
  } catch {
    return false;
  }
}

describe("isWellFormedUtf8", () => {
  it("accepts-well-formed-text", () => {
    expect(isWellFormedUtf8(b())).toBe(true);
    expect(isWellFormedUtf8(new TextEncoder().encode("héllo 😀 \u{10ffff} \ud7ff \ue000"))).toBe(true);
    expect(isWellFormedUtf8(b(0xef, 0xbb, 0xbf))).toBe(true); // a BOM is a character like any other
  });

  it("rejects-overlongs-surrogates-and-truncation", () => {
    expect(isWellFormedUtf8(b(0xc0, 0x80))).toBe(false);
    expect(isWellFormedUtf8(b(0xc1, 0xbf))).toBe(false);
    expect(isWellFormedUtf8(b(0xe0, 0x9f, 0xbf))).toBe(false);
    expect(isWellFormedUtf8(b(0xed, 0xa0, 0x80))).toBe(false);
    expect(isWellFormedUtf8(b(0xf0, 0x8f, 0xbf, 0xbf))).toBe(false);
    expect(isWellFormedUtf8(b(0xf4, 0x90, 0x80, 0x80))).toBe(false);
    expect(isWellFormedUtf8(b(0xf5, 0x80, 0x80, 0x80))).toBe(false);
    expect(isWellFormedUtf8(b(0x80))).toBe(false);
    expect(isWellFormedUtf8(b(0xe2, 0x82))).toBe(false);
    expect(isWellFormedUtf8(b(0x41, 0xff))).toBe(false);
  });

  it("checks-only-the-given-range", () => {
    const u = b(0xff, 0x41, 0x42, 0xc3);
    expect(isWellFormedUtf8(u, 1, 3)).toBe(true);
    expect(isWellFormedUtf8(u, 1, 4)).toBe(false);
  });

  it("agrees-with-the-fatal-decoder-on-short-sequences", () => {
    const bad: string[] = [];
    const check = (u: Uint8Array): void => {
      if (isWellFormedUtf8(u) !== decoderAccepts(u) && bad.length < 5) bad.push([...u].map((x) => x.toString(16)).join(" "));
    };
    for (let x = 0; x < 256; x++) {
      check(b(x));
      for (let y = 0; y < 256; y++) check(b(x, y));
    }
    // Three-byte forms: every 3-byte lead (and F0, F4) with second and third
    // bytes around the continuation range 80..BF.
    for (let x = 0xe0; x <= 0xf4; x++) {
      for (let y = 0x78; y < 0xc8; y++) for (let z = 0x78; z < 0xc8; z++) check(b(x, y, z));
    }
    let seed = 7;
    for (let k = 0; k < 50_000; k++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const v = seed;
      check(b(0xf0 + (v & 7), 0x80 + ((v >>> 3) & 0x3f) - ((v >>> 9) & 1) * 0x10, 0x80 + ((v >>> 10) & 0x3f), 0x7f + ((v >>> 16) & 0x41)));
    }
    expect(bad).toEqual([]);
  });
});
