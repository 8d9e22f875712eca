// Exact values of the string twins (LANGUAGE.md §5.6, §7.2): UTF-8 byte
// lengths and offsets over JavaScript strings, including empty strings,
// offsets inside multi-byte characters and astral characters.
import { describe, expect, it } from "vitest";
import {
  compareCodePoints,
  concatStrings,
  containsString,
  endsWithString,
  equalStrings,
  findBytes,
  findSortedKey,
  isWhiteSpace,
  joinStrings,
  replaceAll,
  splitString,
  startsWithString,
  substringBytes,
  trimEnd,
  trimStart,
  trimWhiteSpace,
  utf8Length,
} from "./text.js";
import { PrimitiveTrap } from "./trap.js";

function trapKind(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (e instanceof PrimitiveTrap) return e.kind;
    throw e;
  }
}

describe("utf8Length", () => {
  it("counts-utf8-bytes", () => {
    expect(utf8Length("")).toBe(0);
    expect(utf8Length("café")).toBe(5);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("a\u0800\uffff")).toBe(7);
    expect(utf8Length("\u07ff")).toBe(2);
  });
});

describe("substringBytes", () => {
  it("slices-on-boundaries", () => {
    expect(substringBytes("café", 3n, 2n)).toBe("é");
    expect(substringBytes("café", 0n, 5n)).toBe("café");
    expect(substringBytes("café", 5n, 0n)).toBe("");
    expect(substringBytes("a😀b", 1n, 4n)).toBe("😀");
    expect(substringBytes("", 0n, 0n)).toBe("");
  });

  it("traps-index-out-of-bounds", () => {
    expect(trapKind(() => substringBytes("café", 4n, 1n))).toBe("IndexOutOfBounds");
    expect(trapKind(() => substringBytes("café", 4n, 0n))).toBe("IndexOutOfBounds");
    expect(trapKind(() => substringBytes("a😀", 2n, 1n))).toBe("IndexOutOfBounds");
    expect(trapKind(() => substringBytes("abc", -1n, 1n))).toBe("IndexOutOfBounds");
    expect(trapKind(() => substringBytes("abc", 0n, -1n))).toBe("IndexOutOfBounds");
    expect(trapKind(() => substringBytes("abc", 2n, 2n))).toBe("IndexOutOfBounds");
    expect(trapKind(() => substringBytes("abc", 1n, 2n ** 63n - 1n))).toBe("IndexOutOfBounds");
  });
});

describe("search", () => {
  it("finds-byte-offsets", () => {
    expect(findBytes("héllo", "l", 0)).toBe(3);
    expect(findBytes("éa", "a", 1)).toBe(2);
    expect(findBytes("é", "", 1)).toBe(1);
    expect(findBytes("abc", "", 3)).toBe(3);
    expect(findBytes("abc", "", 4)).toBe(-1);
    expect(findBytes("abc", "a", -2)).toBe(0);
    expect(findBytes("x😀y😀", "😀", 2)).toBe(6);
    expect(findBytes("aaa", "aa", 1)).toBe(1);
    expect(findBytes("", "a", 0)).toBe(-1);
  });

  it("tests-containment-prefixes-and-suffixes", () => {
    expect(containsString("abc", "")).toBe(true);
    expect(containsString("naïve", "ïv")).toBe(true);
    expect(containsString("", "a")).toBe(false);
    expect(startsWithString("abc", "")).toBe(true);
    expect(startsWithString("éa", "é")).toBe(true);
    expect(startsWithString("ab", "abc")).toBe(false);
    expect(endsWithString("x😀", "😀")).toBe(true);
    expect(endsWithString("abc", "ab")).toBe(false);
  });
});

describe("split, replace, join, concat, equality", () => {
  it("splits-keeping-empty-pieces", () => {
    expect(splitString("a,,b", ",")).toEqual(["a", "", "b"]);
    expect(splitString("", ",")).toEqual([""]);
    expect(splitString("aaa", "aa")).toEqual(["", "a"]);
    expect(splitString("é😀é", "😀")).toEqual(["é", "é"]);
    expect(trapKind(() => splitString("abc", ""))).toBe("UnsupportedOperator");
  });

  it("replaces-every-occurrence-literally", () => {
    expect(replaceAll("aaa", "aa", "b")).toBe("ba");
    expect(replaceAll("ab", "", "-")).toBe("-a-b-");
    expect(replaceAll("😀", "", "-")).toBe("-😀-");
    expect(replaceAll("", "", "x")).toBe("x");
    expect(replaceAll("a$b", "$", "$&$1")).toBe("a$&$1b");
  });

  it("joins-concatenates-and-compares", () => {
    expect(joinStrings([], ", ")).toBe("");
    expect(joinStrings(["a", "b"], "ß")).toBe("aßb");
    expect(concatStrings("a", "😀")).toBe("a😀");
    expect(equalStrings("é", "e\u0301")).toBe(false);
    expect(equalStrings("é", "é")).toBe(true);
  });
});

describe("trim", () => {
  it("uses-the-white-space-property-not-js-trim", () => {
    expect(trimWhiteSpace("\u0085 pad \u00a0")).toBe("pad");
    expect(trimWhiteSpace("\ufeffx\ufeff")).toBe("\ufeffx\ufeff");
    expect(trimStart(" \u3000a ")).toBe("a ");
    expect(trimEnd(" a\u205f\u2029")).toBe(" a");
    expect(trimWhiteSpace("")).toBe("");
    expect(trimWhiteSpace(" \t\n")).toBe("");
  });

  it("classifies-exactly-the-listed-code-points", () => {
    const listed = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
    for (let u = 0x2000; u <= 0x200a; u++) listed.push(u);
    const found: number[] = [];
    for (let u = 0; u <= 0xffff; u++) if (isWhiteSpace(u)) found.push(u);
    expect(found).toEqual([...listed].sort((a, b) => a - b));
  });
});

describe("code-point order", () => {
  it("orders-astral-above-the-bmp", () => {
    expect(Math.sign(compareCodePoints("\u{1f600}", "\uffff"))).toBe(1);
    expect(Math.sign(compareCodePoints("\ue000", "\u{10000}"))).toBe(-1);
    expect(Math.sign(compareCodePoints("ab", "abc"))).toBe(-1);
    expect(compareCodePoints("é", "é")).toBe(0);
  });

  it("finds-keys-in-sorted-lists", () => {
    const keys = ["", "a", "é", "\uffff", "\u{1f600}"];
    keys.forEach((k, i) => expect(findSortedKey(keys, k)).toBe(i));
    expect(findSortedKey(keys, "b")).toBe(-1);
    expect(findSortedKey([], "b")).toBe(-1);
  });

  it("agrees-with-utf8-byte-order-on-random-pairs", () => {
    let x = 12345;
    const next = (): number => {
      x = (x * 1103515245 + 12345) >>> 0;
      return x >>> 8;
    };
    const pool = ["a", "é", "\uffff", "\ue000", "\u{10000}", "\u{1f600}", "\u{10ffff}", "z"];
    const enc = new TextEncoder();
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: next() % 4 }, () => pool[next() % pool.length]).join("");
      const t = Array.from({ length: next() % 4 }, () => pool[next() % pool.length]).join("");
      const a = enc.encode(s);
      const b = enc.encode(t);
      let byteOrder = a.length - b.length;
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        if (a[i] !== b[i]) {
          byteOrder = (a[i] as number) - (b[i] as number);
          break;
        }
      }
      expect(Math.sign(compareCodePoints(s, t))).toBe(Math.sign(byteOrder));
    }
  });
});
