// Twin agreement: random calls (fixed seeds) through the IR interpreter and
// through the TypeScript twins in @tetra/core must give equal results
// (Strings compared as UTF-8 bytes: the harness decodes with a fatal decoder).
// About 1.2 million calls in total; the split is listed in docs/runtime-strings.md.
import {
  compareCodePoints,
  endsWithString,
  findBytes,
  findSortedKey,
  isPrimitiveTrap,
  isWellFormedUtf8,
  joinStrings,
  lowerCase,
  replaceAll,
  splitString,
  startsWithString,
  substringBytes,
  trimEnd,
  trimStart,
  trimWhiteSpace,
  upperCase,
  utf8Length,
} from "@tetra/core";
import { describe, expect, it } from "vitest";
import { standardPipeline } from "../../passes/index.js";
import { StringHarness, STRING_FNS, type ArgValue, type Call, type ResultValue } from "./harness.js";
import {
  NEAR_SPACE,
  Rng,
  WHITE_SPACE,
  randomChar,
  randomNeedle,
  randomString,
  sigmaString,
  smallAlphabetString,
} from "./random-text.js";

const harness = new StringHarness();
const BATCH = 4000;
const WS_AND_NEAR = [...WHITE_SPACE, ...NEAR_SPACE];

interface Case {
  readonly args: readonly ArgValue[];
  readonly expected: ResultValue;
}

/** The twin's value, or null when it raises a language error (the IR returns 0 then). */
function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (isPrimitiveTrap(e)) return null;
    throw e;
  }
}

/** Runs `n` generated cases of `fn` in batches; returns the first few disagreements. */
function agree(fn: string, n: number, seed: number, gen: (r: Rng) => Case, on: StringHarness = harness): string[] {
  const r = new Rng(seed);
  const bad: string[] = [];
  for (let done = 0; done < n && bad.length < 5; done += BATCH) {
    const cases: Case[] = [];
    for (let i = 0; i < Math.min(BATCH, n - done); i++) cases.push(gen(r));
    const calls: Call[] = cases.map((c) => ({ fn, args: c.args }));
    const got = on.run(calls);
    cases.forEach((c, i) => {
      if (bad.length < 5 && !sameResult(got[i] as ResultValue, c.expected)) {
        bad.push(`${fn}(${c.args.map(show).join(", ")}) = ${show(got[i])}, twin ${show(c.expected)}`);
      }
    });
  }
  return bad;
}

function sameResult(a: ResultValue, b: ResultValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function show(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (v instanceof Uint8Array) return `bytes[${[...v].map((x) => x.toString(16)).join(" ")}]`;
  return JSON.stringify(v);
}

const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);
const b01 = (x: boolean): number => (x ? 1 : 0);
const anyString = (r: Rng): string => (r.chance(25) ? smallAlphabetString(r) : randomString(r));

/** Byte offsets that matter for `s`: boundaries, insides of characters, the ends, out of range, huge. */
function offset(r: Rng, s: string): bigint {
  const n = utf8Length(s);
  const k = r.below(100);
  if (k < 60) return BigInt(r.below(n + 1));
  if (k < 70) return BigInt(n);
  if (k < 78) return BigInt(n + 1 + r.below(3));
  if (k < 86) return -BigInt(1 + r.below(3));
  return r.pick([2n ** 62n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 31n, 2n ** 32n + 1n, -(2n ** 32n)]);
}

/** A byte sequence that is valid UTF-8, or a near miss of one. */
function nearUtf8(r: Rng): Uint8Array {
  const bytes = [...new TextEncoder().encode(randomString(r))];
  const evil = [
    [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf],
    [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
    [0xff], [0xfe], [0x80], [0xbf], [0xc2], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0x9f, 0xbf], [0xee, 0x80, 0x80],
    [0xf4, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xe0, 0xa0, 0x80], [0xc2, 0x80],
  ];
  const k = r.below(100);
  if (k < 30) return new Uint8Array(bytes);
  if (k < 60) bytes.splice(r.below(bytes.length + 1), 0, ...r.pick(evil));
  else if (k < 75 && bytes.length > 0) bytes[r.below(bytes.length)] = r.below(256);
  else if (k < 90 && bytes.length > 0) bytes.length = r.below(bytes.length);
  else bytes.splice(r.below(bytes.length + 1), 0, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, ...r.pick(evil));
  return new Uint8Array(bytes);
}

describe("string runtime agrees with its TypeScript twins", () => {
  it("agrees-on-concat-eq-cmp", () => {
    expect(agree("rt.str_concat", 50_000, 1, (r) => {
      const a = anyString(r);
      const b = anyString(r);
      return { args: [a, b], expected: a + b };
    })).toEqual([]);
    expect(agree("rt.str_eq", 60_000, 2, (r) => {
      const a = anyString(r);
      const b = r.chance(40) ? a : r.chance(50) ? a + randomChar(r) : anyString(r);
      return { args: [a, b], expected: b01(a === b) };
    })).toEqual([]);
    expect(agree("rt.str_cmp", 70_000, 3, (r) => {
      const a = anyString(r);
      const cps = [...a];
      // Often a shared prefix, so the first difference is deep inside (past 8-byte words).
      const b = r.chance(60) ? cps.slice(0, r.below(cps.length + 1)).join("") + (r.chance(70) ? randomString(r, 4) : "") : anyString(r);
      return { args: [a, b], expected: sign(compareCodePoints(a, b)) };
    })).toEqual([]);
  });

  it("agrees-on-substring", () => {
    expect(agree("rt.str_substring", 110_000, 4, (r) => {
      const s = anyString(r);
      const start = offset(r, s);
      const count = r.chance(50) ? offset(r, s) : BigInt(r.below(6));
      return { args: [s, start, count], expected: orNull(() => substringBytes(s, start, count)) };
    })).toEqual([]);
  });

  it("agrees-on-find-contains-starts-ends", () => {
    expect(agree("rt.str_find", 100_000, 5, (r) => {
      const s = anyString(r);
      const t = randomNeedle(r, s);
      const from = r.below(utf8Length(s) + 4) - 2;
      return { args: [s, t, from], expected: findBytes(s, t, from) };
    })).toEqual([]);
    expect(agree("rt.str_contains", 50_000, 6, (r) => {
      const s = anyString(r);
      const t = randomNeedle(r, s);
      return { args: [s, t], expected: b01(s.includes(t)) };
    })).toEqual([]);
    expect(agree("rt.str_starts_with", 40_000, 7, (r) => {
      const s = anyString(r);
      const t = r.chance(50) ? [...s].slice(0, r.below(5)).join("") : randomNeedle(r, s);
      return { args: [s, t], expected: b01(startsWithString(s, t)) };
    })).toEqual([]);
    expect(agree("rt.str_ends_with", 40_000, 8, (r) => {
      const s = anyString(r);
      const t = r.chance(50) ? [...s].slice(-1 - r.below(5)).join("") : randomNeedle(r, s);
      return { args: [s, t], expected: b01(endsWithString(s, t)) };
    })).toEqual([]);
  });

  it("agrees-on-split-replace-join", () => {
    expect(agree("rt.str_split", 90_000, 9, (r) => {
      const s = anyString(r);
      const sep = randomNeedle(r, s);
      return { args: [s, sep], expected: orNull(() => splitString(s, sep)) };
    })).toEqual([]);
    expect(agree("rt.str_replace", 90_000, 10, (r) => {
      const s = anyString(r);
      const from = randomNeedle(r, s);
      const to = r.chance(30) ? "" : randomString(r, 3);
      return { args: [s, from, to], expected: replaceAll(s, from, to) };
    })).toEqual([]);
    expect(agree("rt.str_join", 50_000, 11, (r) => {
      const xs = Array.from({ length: r.below(6) }, () => anyString(r));
      const sep = r.chance(30) ? "" : randomString(r, 2);
      return { args: [xs, sep], expected: joinStrings(xs, sep) };
    })).toEqual([]);
  }, 180_000);

  it("agrees-on-long-haystacks-and-needles", () => {
    // Haystacks of 256+ bytes and needles of 4+ bytes take the Horspool loop
    // (also inside split and replace, whose skip table sits above their output).
    const long = (r: Rng): string => {
      const alphabet = r.chance(50) ? ["ab", "a", "b", "é", "😀"] : ["x", "y", "xy", "ß", " ", "\u3000"];
      let s = "";
      for (let n = 100 + r.below(400); n > 0; n--) s += r.pick(alphabet);
      return s;
    };
    const needle = (r: Rng, s: string): string => {
      const cps = [...s];
      if (r.chance(20)) return randomString(r, 6) + "ab";
      const a = r.below(cps.length);
      return cps.slice(a, a + 3 + r.below(r.chance(10) ? 300 : 8)).join("");
    };
    expect(agree("rt.str_find", 8000, 21, (r) => {
      const s = long(r);
      const t = needle(r, s);
      const from = r.below(utf8Length(s) + 1);
      return { args: [s, t, from], expected: findBytes(s, t, from) };
    })).toEqual([]);
    expect(agree("rt.str_split", 4000, 22, (r) => {
      const s = long(r);
      const sep = needle(r, s);
      return { args: [s, sep], expected: orNull(() => splitString(s, sep)) };
    })).toEqual([]);
    expect(agree("rt.str_replace", 4000, 23, (r) => {
      const s = long(r);
      const from = needle(r, s);
      const to = randomString(r, 3);
      return { args: [s, from, to], expected: replaceAll(s, from, to) };
    })).toEqual([]);
  });

  it("agrees-on-upper-lower", () => {
    expect(agree("rt.str_upper", 110_000, 12, (r) => {
      const s = r.chance(20) ? sigmaString(r) : anyString(r);
      const expected = upperCase(s);
      if (expected !== s.toUpperCase()) throw new Error(`twin upper differs from Node on ${JSON.stringify(s)}`);
      return { args: [s], expected };
    })).toEqual([]);
    expect(agree("rt.str_lower", 130_000, 13, (r) => {
      const s = r.chance(50) ? sigmaString(r) : anyString(r);
      const expected = lowerCase(s);
      if (expected !== s.toLowerCase()) throw new Error(`twin lower differs from Node on ${JSON.stringify(s)}`);
      return { args: [s], expected };
    })).toEqual([]);
  }, 180_000);

  it("agrees-on-trim", () => {
    const padded = (r: Rng): string => {
      let s = anyString(r);
      for (let k = r.below(4); k > 0; k--) s = (r.chance(70) ? r.pick(WS_AND_NEAR) : randomChar(r)) + s;
      for (let k = r.below(4); k > 0; k--) s += r.chance(70) ? r.pick(WS_AND_NEAR) : randomChar(r);
      return s;
    };
    expect(agree("rt.str_trim", 50_000, 14, (r) => {
      const s = padded(r);
      return { args: [s], expected: trimWhiteSpace(s) };
    })).toEqual([]);
    expect(agree("rt.str_trim_start", 35_000, 15, (r) => {
      const s = padded(r);
      return { args: [s], expected: trimStart(s) };
    })).toEqual([]);
    expect(agree("rt.str_trim_end", 35_000, 16, (r) => {
      const s = padded(r);
      return { args: [s], expected: trimEnd(s) };
    })).toEqual([]);
  });

  it("agrees-on-utf8-bytes-and-dict-lookup", () => {
    expect(agree("rt.utf8_valid", 80_000, 17, (r) => {
      const u = nearUtf8(r);
      return { args: [u], expected: b01(isWellFormedUtf8(u)) };
    })).toEqual([]);
    expect(agree("rt.utf8_count", 25_000, 18, (r) => {
      const s = anyString(r);
      return { args: [new TextEncoder().encode(s)], expected: [...s].length };
    })).toEqual([]);
    expect(agree("rt.str_from_bytes", 10_000, 19, (r) => {
      const s = anyString(r);
      return { args: [new TextEncoder().encode(s)], expected: s };
    })).toEqual([]);
    expect(agree("rt.dict_find", 40_000, 20, (r) => {
      const keys = [...new Set(Array.from({ length: r.below(12) }, () => randomString(r, 3)))].sort(compareCodePoints);
      const key = keys.length > 0 && r.chance(60) ? r.pick(keys) : randomString(r, 3);
      return { args: [keys, key], expected: findSortedKey(keys, key) };
    })).toEqual([]);
  });

  it("agrees-after-the-standard-pass-pipeline", () => {
    // What compiled targets run: fold, dce and fuel on every function. A short
    // pass over every function with fresh seeds.
    const piped = new StringHarness(STRING_FNS, undefined, (m) => standardPipeline(m));
    const gens: readonly [string, (r: Rng) => Case][] = [
      ["rt.str_upper", (r) => { const s = anyString(r); return { args: [s], expected: upperCase(s) }; }],
      ["rt.str_lower", (r) => { const s = sigmaString(r); return { args: [s], expected: lowerCase(s) }; }],
      ["rt.str_find", (r) => { const s = anyString(r); const t = randomNeedle(r, s); return { args: [s, t, 0], expected: findBytes(s, t, 0) }; }],
      ["rt.str_split", (r) => { const s = anyString(r); const t = randomNeedle(r, s); return { args: [s, t], expected: orNull(() => splitString(s, t)) }; }],
      ["rt.str_replace", (r) => { const s = anyString(r); const t = randomNeedle(r, s); return { args: [s, t, "~"], expected: replaceAll(s, t, "~") }; }],
      ["rt.str_trim", (r) => { const s = r.pick(WS_AND_NEAR) + anyString(r) + r.pick(WS_AND_NEAR); return { args: [s], expected: trimWhiteSpace(s) }; }],
      ["rt.str_cmp", (r) => { const a = anyString(r); const b = anyString(r); return { args: [a, b], expected: sign(compareCodePoints(a, b)) }; }],
      ["rt.str_substring", (r) => { const s = anyString(r); const a = offset(r, s); const c = offset(r, s); return { args: [s, a, c], expected: orNull(() => substringBytes(s, a, c)) }; }],
      ["rt.utf8_valid", (r) => { const u = nearUtf8(r); return { args: [u], expected: b01(isWellFormedUtf8(u)) }; }],
      ["rt.str_join", (r) => { const xs = [anyString(r), anyString(r)]; return { args: [xs, ","], expected: joinStrings(xs, ",") }; }],
    ];
    gens.forEach(([fn, gen], k) => expect(agree(fn, 4000, 100 + k, gen, piped)).toEqual([]));
  });
});
