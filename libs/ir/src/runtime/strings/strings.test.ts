// Exact values of every string runtime function through the IR interpreter:
// the §7.2 examples, empty strings, offsets inside multi-byte characters,
// astral characters, the Horspool and SWAR paths, the "returns its argument"
// shortcuts, and MemoryLimitExceeded exactly at the size of the result.
import { describe, expect, it } from "vitest";
import { ModuleBuilder } from "../../builder.js";
import { parseOrThrow } from "../../parse.js";
import { print } from "../../print.js";
import { formatVerifyError, verify } from "../../verify.js";
import { useRuntime } from "../registry.js";
import { StringHarness, STRING_FNS, type ArgValue, type ResultValue } from "./harness.js";
import { STRING_RUNTIME } from "./index.js";

const h = new StringHarness();
const call = (fn: string, ...args: ArgValue[]): ResultValue => h.run([{ fn, args }])[0] as ResultValue;
const bytes = (...xs: number[]): Uint8Array => new Uint8Array(xs);

describe("string runtime module", () => {
  it("verifies-and-round-trips-through-the-text-format", () => {
    const m = new ModuleBuilder();
    for (const d of STRING_RUNTIME) useRuntime(m, d.name);
    const mod = m.finish();
    expect(verify(mod).map(formatVerifyError)).toEqual([]);
    const text = print(mod);
    expect(print(parseOrThrow(text))).toBe(text);
  });

  it("names-every-function-rt-and-documents-it", () => {
    for (const d of STRING_RUNTIME) {
      expect(d.name.startsWith("rt.")).toBe(true);
      expect(d.doc.length).toBeGreaterThan(20);
    }
    expect(new Set(STRING_FNS.map((f) => f.name)).size).toBe(STRING_FNS.length);
  });
});

describe("concat, eq, cmp", () => {
  it("concatenates-bytes", () => {
    expect(call("rt.str_concat", "ab", "cé")).toBe("abcé");
    expect(call("rt.str_concat", "", "")).toBe("");
    expect(call("rt.str_concat", "😀", "")).toBe("😀");
    expect(call("rt.str_concat", "", "ß")).toBe("ß");
  });

  it("compares-equal-bytes", () => {
    expect(call("rt.str_eq", "", "")).toBe(1);
    expect(call("rt.str_eq", "abcdefghij", "abcdefghij")).toBe(1);
    expect(call("rt.str_eq", "abcdefghij", "abcdefghik")).toBe(0);
    expect(call("rt.str_eq", "abc", "abcd")).toBe(0);
    expect(call("rt.str_eq", "é", "e\u0301")).toBe(0); // no normalisation (§5.6)
    expect(call("rt.str_eq", "x😀", "x😀")).toBe(1);
  });

  it("orders-by-code-point-not-utf16", () => {
    expect(call("rt.str_cmp", "a", "b")).toBe(-1);
    expect(call("rt.str_cmp", "b", "a")).toBe(1);
    expect(call("rt.str_cmp", "abc", "abc")).toBe(0);
    expect(call("rt.str_cmp", "ab", "abc")).toBe(-1);
    expect(call("rt.str_cmp", "", "a")).toBe(-1);
    expect(call("rt.str_cmp", "\u{1f600}", "\uffff")).toBe(1); // JS "<" says the opposite
    expect(call("rt.str_cmp", "abcdefgh-1", "abcdefgh-2")).toBe(-1); // past the first word
    expect(call("rt.str_cmp", "z", "é")).toBe(-1);
  });
});

describe("substring", () => {
  it("slices-bytes-on-character-boundaries", () => {
    expect(call("rt.str_substring", "café", 3n, 2n)).toBe("é");
    expect(call("rt.str_substring", "café", 0n, 3n)).toBe("caf");
    expect(call("rt.str_substring", "café", 5n, 0n)).toBe("");
    expect(call("rt.str_substring", "café", 0n, 5n)).toBe("café");
    expect(call("rt.str_substring", "a😀b", 1n, 4n)).toBe("😀");
    expect(call("rt.str_substring", "", 0n, 0n)).toBe("");
  });

  it("returns-null-for-ranges-the-caller-traps-on", () => {
    expect(call("rt.str_substring", "café", 4n, 1n)).toBe(null); // inside é
    expect(call("rt.str_substring", "café", 3n, 1n)).toBe(null); // ends inside é
    expect(call("rt.str_substring", "café", 4n, 0n)).toBe(null); // empty, but at byte 4 of é
    expect(call("rt.str_substring", "a😀b", 2n, 1n)).toBe(null);
    expect(call("rt.str_substring", "abc", -1n, 1n)).toBe(null);
    expect(call("rt.str_substring", "abc", 0n, -1n)).toBe(null);
    expect(call("rt.str_substring", "abc", 2n, 2n)).toBe(null);
    expect(call("rt.str_substring", "abc", 4n, 0n)).toBe(null);
    expect(call("rt.str_substring", "abc", 1n, 2n ** 63n - 1n)).toBe(null); // start + count overflows i64
    expect(call("rt.str_substring", "abc", 2n ** 32n, 0n)).toBe(null); // would wrap to 0 as an i32
    expect(call("rt.str_substring", "abc", 0n, 2n ** 32n + 1n)).toBe(null);
  });
});

describe("find, contains, starts_with, ends_with", () => {
  it("finds-byte-offsets", () => {
    expect(call("rt.str_find", "hello world", "wor", 0)).toBe(6);
    expect(call("rt.str_find", "héllo", "l", 0)).toBe(3);
    expect(call("rt.str_find", "aaa", "aa", 1)).toBe(1);
    expect(call("rt.str_find", "aaa", "aa", 2)).toBe(-1);
    expect(call("rt.str_find", "abc", "", 3)).toBe(3);
    expect(call("rt.str_find", "abc", "", 4)).toBe(-1);
    expect(call("rt.str_find", "abc", "a", -5)).toBe(0);
    expect(call("rt.str_find", "éa", "a", 1)).toBe(2);
    expect(call("rt.str_find", "x😀y😀", "😀", 2)).toBe(6);
    expect(call("rt.str_find", "", "a", 0)).toBe(-1);
    expect(call("rt.str_find", "ab", "abc", 0)).toBe(-1);
  });

  it("finds-in-long-haystacks-with-horspool", () => {
    const hay = "ab".repeat(400) + "needle-é" + "ab".repeat(10);
    expect(call("rt.str_find", hay, "needle-é", 0)).toBe(800);
    expect(call("rt.str_find", hay, "needle-è", 0)).toBe(-1);
    expect(call("rt.str_find", hay, "abab", 3)).toBe(4);
    expect(call("rt.str_find", hay, "b" + "ab".repeat(3), 500)).toBe(501);
    // A needle longer than 255 bytes: skips are clamped to 255.
    const long = "x".repeat(300) + "y";
    expect(call("rt.str_find", "x".repeat(1000) + "y", long, 0)).toBe(700);
    expect(call("rt.str_find", "x".repeat(1000), long, 0)).toBe(-1);
    // Matches at the very end and at the very start of the window.
    expect(call("rt.str_find", "q".repeat(300) + "wxyz", "wxyz", 0)).toBe(300);
    expect(call("rt.str_find", "wxyz" + "q".repeat(300), "wxyz", 0)).toBe(0);
  });

  it("finds-without-room-for-the-skip-table", () => {
    const hay = "ab".repeat(400) + "needle";
    expect(h.runWithScratch({ fn: "rt.str_find", args: [hay, "needle", 0] }, 16)).toBe(800);
    expect(h.runWithScratch({ fn: "rt.str_find", args: [hay, "needle", 0] }, 0)).toBe(800);
  });

  it("tests-containment-prefixes-and-suffixes", () => {
    expect(call("rt.str_contains", "abc", "")).toBe(1);
    expect(call("rt.str_contains", "", "")).toBe(1);
    expect(call("rt.str_contains", "", "a")).toBe(0);
    expect(call("rt.str_contains", "naïve", "ïv")).toBe(1);
    expect(call("rt.str_starts_with", "abc", "")).toBe(1);
    expect(call("rt.str_starts_with", "abc", "ab")).toBe(1);
    expect(call("rt.str_starts_with", "abc", "abcd")).toBe(0);
    expect(call("rt.str_starts_with", "éa", "é")).toBe(1);
    expect(call("rt.str_ends_with", "abc", "")).toBe(1);
    expect(call("rt.str_ends_with", "abc", "bc")).toBe(1);
    expect(call("rt.str_ends_with", "abc", "ab")).toBe(0);
    expect(call("rt.str_ends_with", "x😀", "😀")).toBe(1);
    expect(call("rt.str_ends_with", "", "a")).toBe(0);
  });
});

describe("split, replace, join", () => {
  it("splits-keeping-empty-pieces", () => {
    expect(call("rt.str_split", "a,,b", ",")).toEqual(["a", "", "b"]);
    expect(call("rt.str_split", "", ",")).toEqual([""]);
    expect(call("rt.str_split", ",", ",")).toEqual(["", ""]);
    expect(call("rt.str_split", "abc", "abc")).toEqual(["", ""]);
    expect(call("rt.str_split", "abc", "x")).toEqual(["abc"]);
    expect(call("rt.str_split", "aaa", "aa")).toEqual(["", "a"]);
    expect(call("rt.str_split", "é😀é😀", "😀")).toEqual(["é", "é", ""]);
    expect(call("rt.str_split", "ab", "abc")).toEqual(["ab"]);
  });

  it("returns-null-for-an-empty-separator", () => {
    expect(call("rt.str_split", "abc", "")).toBe(null);
    expect(call("rt.str_split", "", "")).toBe(null);
  });

  it("splits-long-text-on-long-separators", () => {
    const parts = Array.from({ length: 40 }, (_, i) => "é".repeat(i) + String(i));
    expect(call("rt.str_split", parts.join("<-sep->"), "<-sep->")).toEqual(parts);
  });

  it("replaces-non-overlapping-occurrences", () => {
    expect(call("rt.str_replace", "aaa", "aa", "b")).toBe("ba");
    expect(call("rt.str_replace", "ab", "", "-")).toBe("-a-b-");
    expect(call("rt.str_replace", "😀é", "", "-")).toBe("-😀-é-"); // code points, not UTF-16 units
    expect(call("rt.str_replace", "", "", "x")).toBe("x");
    expect(call("rt.str_replace", "abc", "", "")).toBe("abc");
    expect(call("rt.str_replace", "a.b.c", ".", "")).toBe("abc");
    expect(call("rt.str_replace", "abc", "x", "y")).toBe("abc");
    expect(call("rt.str_replace", "$1 and $&", "$", "$$")).toBe("$$1 and $$&");
    expect(call("rt.str_replace", "x".repeat(600) + "needle", "needle", "pin")).toBe("x".repeat(600) + "pin");
  });

  it("joins-lists", () => {
    expect(call("rt.str_join", [], ", ")).toBe("");
    expect(call("rt.str_join", ["a"], ", ")).toBe("a");
    expect(call("rt.str_join", ["a", "b", "c"], ", ")).toBe("a, b, c");
    expect(call("rt.str_join", ["", ""], "")).toBe("");
    expect(call("rt.str_join", ["é", "😀"], "ß")).toBe("éß😀");
  });
});

describe("trim", () => {
  it("strips-the-section-7-2-white-space-set", () => {
    expect(call("rt.str_trim", "\u0085 pad \u00a0")).toBe("pad");
    expect(call("rt.str_trim", "\ufeffx")).toBe("\ufeffx"); // U+FEFF is not White_Space
    expect(call("rt.str_trim", "\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000x\t\n\u000b\f\r")).toBe("x");
    expect(call("rt.str_trim", "\u200bx\u200b")).toBe("\u200bx\u200b");
    expect(call("rt.str_trim", "\u2020x\u2005")).toBe("\u2020x"); // E2 80 A0 is a dagger, E2 80 85 a space
    expect(call("rt.str_trim", "   ")).toBe("");
    expect(call("rt.str_trim", "")).toBe("");
    expect(call("rt.str_trim_start", " \u3000a b ")).toBe("a b ");
    expect(call("rt.str_trim_end", " a b\u205f ")).toBe(" a b");
    expect(call("rt.str_trim_end", "😀 ")).toBe("😀");
    expect(call("rt.str_trim_start", " 😀")).toBe("😀");
  });
});

describe("upper, lower", () => {
  it("maps-one-to-many-and-astral", () => {
    expect(call("rt.str_upper", "straße")).toBe("STRASSE");
    expect(call("rt.str_upper", "ﬁle")).toBe("FILE");
    expect(call("rt.str_upper", "ŉ")).toBe("\u02bcN");
    expect(call("rt.str_upper", "\u0390")).toBe("\u0399\u0308\u0301");
    expect(call("rt.str_upper", "\u{10428}x")).toBe("\u{10400}X");
    expect(call("rt.str_upper", "ǆ ǅ")).toBe("Ǆ Ǆ");
    expect(call("rt.str_upper", "hello, world 123")).toBe("HELLO, WORLD 123");
    expect(call("rt.str_upper", "")).toBe("");
    expect(call("rt.str_lower", "İ")).toBe("i\u0307");
    expect(call("rt.str_lower", "ẞ")).toBe("ß");
    expect(call("rt.str_lower", "HELLO, World")).toBe("hello, world");
    expect(call("rt.str_lower", "\u{10400}")).toBe("\u{10428}");
    expect(call("rt.str_lower", "ȺⱯ")).toBe("ⱥɐ"); // 2 → 3 bytes
    expect(call("rt.str_upper", "ⱥɐ")).toBe("ȺⱯ"); // 3 → 2 and 2 → 3 bytes
  });

  it("applies-the-final-sigma-rule-like-v8", () => {
    expect(call("rt.str_lower", "ΟΔΥΣΣΕΥΣ")).toBe("οδυσσευς");
    expect(call("rt.str_lower", "Σ")).toBe("σ");
    expect(call("rt.str_lower", "ΑΣ")).toBe("ας");
    expect(call("rt.str_lower", "ΑΣ ΒΣ")).toBe("ας βς");
    expect(call("rt.str_lower", "ΑΣ'")).toBe("ας'");
    expect(call("rt.str_lower", "ΑΣ'Α")).toBe("ασ'α");
    expect(call("rt.str_lower", "Α'Σ")).toBe("α'ς");
    expect(call("rt.str_lower", "'Σ")).toBe("'σ");
    expect(call("rt.str_lower", "1Σ")).toBe("1σ");
    expect(call("rt.str_lower", "ΑΣ\u0345Α")).toBe("ασ\u0345α"); // U+0345 is skipped, not cased
    expect(call("rt.str_lower", "\u{10400}Σ")).toBe("\u{10428}ς");
    expect(call("rt.str_lower", "A" + "\u0301".repeat(300) + "Σ")).toBe("a" + "\u0301".repeat(300) + "ς");
  });

  it("returns-ascii-strings-with-nothing-to-change-unchanged", () => {
    expect(call("rt.str_upper", "ABC 123 ,.")).toBe("ABC 123 ,.");
    expect(call("rt.str_lower", "abc 123 ,.")).toBe("abc 123 ,.");
  });
});

describe("utf8 and dict helpers", () => {
  it("validates-utf8", () => {
    expect(call("rt.utf8_valid", bytes())).toBe(1);
    expect(call("rt.utf8_valid", new TextEncoder().encode("héllo 😀 wörld, long ascii run"))).toBe(1);
    expect(call("rt.utf8_valid", bytes(0xc0, 0x80))).toBe(0); // overlong NUL
    expect(call("rt.utf8_valid", bytes(0xe0, 0x9f, 0xbf))).toBe(0); // overlong
    expect(call("rt.utf8_valid", bytes(0xed, 0xa0, 0x80))).toBe(0); // U+D800
    expect(call("rt.utf8_valid", bytes(0xed, 0x9f, 0xbf))).toBe(1); // U+D7FF
    expect(call("rt.utf8_valid", bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(call("rt.utf8_valid", bytes(0xf4, 0x8f, 0xbf, 0xbf))).toBe(1); // U+10FFFF
    expect(call("rt.utf8_valid", bytes(0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x80))).toBe(0);
    expect(call("rt.utf8_valid", bytes(0xe2, 0x82))).toBe(0); // truncated
    expect(call("rt.utf8_valid", bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0);
  });

  it("counts-code-points", () => {
    expect(call("rt.utf8_count", new TextEncoder().encode("héllo😀"))).toBe(6);
    expect(call("rt.utf8_count", bytes())).toBe(0);
  });

  it("makes-strings-from-bytes", () => {
    expect(call("rt.str_from_bytes", new TextEncoder().encode("ß😀"))).toBe("ß😀");
    expect(call("rt.str_from_bytes", bytes())).toBe("");
  });

  it("finds-dict-keys-by-binary-search", () => {
    const keys = ["", "a", "b", "é", "\uffff", "\u{1f600}"]; // code-point order
    keys.forEach((k, i) => expect(call("rt.dict_find", keys, k)).toBe(i));
    expect(call("rt.dict_find", keys, "c")).toBe(-1);
    expect(call("rt.dict_find", [], "a")).toBe(-1);
  });
});

describe("memory limits", () => {
  // The result object is [len u32][bytes]: it needs 4 + len free scratch bytes.
  it("traps-exactly-when-the-result-does-not-fit", () => {
    const cases: [string, ArgValue[], string][] = [
      ["rt.str_concat", ["abc", "déf"], "abcdéf"],
      ["rt.str_upper", ["straße"], "STRASSE"],
      ["rt.str_lower", ["ΑΣ İ"], "ας i\u0307"],
      ["rt.str_replace", ["a-b-c", "-", "--"], "a--b--c"],
      ["rt.str_replace", ["ab", "", "-"], "-a-b-"],
      ["rt.str_join", [["x", "y"], "+"], "x+y"],
      ["rt.str_trim", [" x "], "x"],
      ["rt.str_substring", ["hello", 1n, 3n], "ell"],
    ];
    for (const [fn, args, expected] of cases) {
      const need = 4 + new TextEncoder().encode(expected).length;
      expect(h.runWithScratch({ fn, args }, need)).toBe(expected);
      expect(h.runWithScratch({ fn, args }, need - 1)).toEqual({ trap: "MemoryLimitExceeded" });
    }
  });

  it("needs-room-for-pieces-and-list-when-splitting", () => {
    // Pieces "a", "b" as [len][bytes] padded to 8 bytes each, then [2][p][p].
    expect(h.runWithScratch({ fn: "rt.str_split", args: ["a,b", ","] }, 16 + 12)).toEqual(["a", "b"]);
    expect(h.runWithScratch({ fn: "rt.str_split", args: ["a,b", ","] }, 16 + 11)).toEqual({ trap: "MemoryLimitExceeded" });
  });

  it("allocates-nothing-when-returning-an-argument", () => {
    expect(h.runWithScratch({ fn: "rt.str_upper", args: ["ABC"] }, 0)).toBe("ABC");
    expect(h.runWithScratch({ fn: "rt.str_trim", args: ["x"] }, 0)).toBe("x");
    expect(h.runWithScratch({ fn: "rt.str_replace", args: ["abc", "x", "y"] }, 0)).toBe("abc");
    expect(h.runWithScratch({ fn: "rt.str_concat", args: ["abc", ""] }, 0)).toBe("abc");
    expect(h.runWithScratch({ fn: "rt.str_substring", args: ["abc", 0n, 3n] }, 0)).toBe("abc");
    expect(h.runWithScratch({ fn: "rt.str_join", args: [["abc"], ","] }, 0)).toBe("abc");
    expect(h.runWithScratch({ fn: "rt.str_split", args: ["abc", ","] }, 8)).toEqual(["abc"]);
  });
});
