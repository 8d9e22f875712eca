// The verifier in decodeArena against hand-built hostile buffers: each test writes the
// bytes of one specific lie and checks the exact error.
import { describe, expect, it } from "vitest";
import { S, type Shape } from "../shape.js";
import { V } from "../value.js";
import { decodeArena, type DecodeArenaOptions } from "./decode-arena.js";
import { encodeArena } from "./encode-arena.js";

/** A 256-byte arena; `writes` are [offset, u32] pairs, `bytes` raw [offset, byte] pairs. */
function arena(writes: readonly (readonly [number, number])[], bytes: readonly (readonly [number, number])[] = [], size = 256): Uint8Array {
  const a = new Uint8Array(size);
  const view = new DataView(a.buffer);
  for (const [at, v] of writes) view.setUint32(at, v, true);
  for (const [at, b] of bytes) a[at] = b;
  return a;
}

function decodeError(a: Uint8Array, root: number, shape: Shape, start = 8, end = a.length, options: DecodeArenaOptions = {}) {
  const r = decodeArena(a, { start, end }, root, shape, options);
  if (r.ok) throw new Error("expected an arena error");
  return { kind: r.error.kind, message: r.error.message };
}

describe("region and root checks", () => {
  it("rejects-a-region-outside-the-arena", () => {
    expect(decodeError(arena([]), 8, S.string, 8, 300)).toEqual({
      kind: "InvalidRegion",
      message: "$: region [8, 300) is not inside the arena of 256 bytes",
    });
    expect(decodeError(arena([]), 8, S.string, 20, 10).kind).toBe("InvalidRegion");
    expect(decodeError(arena([]), 8.5, S.string).message).toBe("$: root 8.5 is not a u32 offset");
  });

  it("rejects-a-null-root-except-for-options", () => {
    expect(decodeError(arena([]), 0, S.string)).toEqual({ kind: "NullPointer", message: "$: null pointer where a String is required" });
    expect(decodeArena(arena([]), { start: 8, end: 256 }, 0, S.option(S.string))).toEqual({ ok: true, value: V.none });
  });

  it("rejects-objects-outside-the-region", () => {
    expect(decodeError(arena([]), 4, S.string)).toEqual({
      kind: "OutOfRegion",
      message: "$: String at 4 (size 4) is outside the region [8, 256)",
    });
    expect(decodeError(arena([]), 8, S.tuple(S.int, S.int), 8, 20).message).toBe(
      "$: Tuple<Int, Int> at 8 (size 16) is outside the region [8, 20)",
    );
  });
});

describe("object checks", () => {
  it("rejects-huge-lengths-without-wrapping", () => {
    expect(decodeError(arena([[8, 0xffffffff]]), 8, S.string)).toEqual({
      kind: "OutOfRegion",
      message: "$: String at 8 (size 4294967299) is outside the region [8, 256)",
    });
    expect(decodeError(arena([[8, 0xffffffff]]), 8, S.list(S.int)).message).toBe(
      "$: List<Int> at 8 (size 34359738368) is outside the region [8, 256)",
    );
  });

  it("rejects-misaligned-objects", () => {
    expect(decodeError(arena([[12, 0]]), 12, S.list(S.int))).toEqual({ kind: "Misaligned", message: "$: List<Int> at 12 is not aligned to 8" });
    expect(decodeError(arena([]), 9, S.string)).toEqual({ kind: "Misaligned", message: "$: String at 9 is not aligned to 4" });
  });

  it("rejects-bool-bytes-other-than-0-and-1", () => {
    expect(decodeError(arena([[8, 2]], [[12, 1], [13, 7]]), 8, S.list(S.bool))).toEqual({
      kind: "InvalidBool",
      message: "$[1]: Bool byte at 13 is 7, not 0 or 1",
    });
  });

  it("rejects-tags-outside-the-variants", () => {
    expect(decodeError(arena([], [[8, 2]]), 8, S.result(S.int, S.string))).toEqual({
      kind: "InvalidTag",
      message: "$: tag 2 at 8 is not a variant of Result<Int, String> (2 variants)",
    });
  });

  it("rejects-null-pointers-in-non-option-slots", () => {
    expect(decodeError(arena([[8, 1], [12, 0]]), 8, S.list(S.string))).toEqual({
      kind: "NullPointer",
      message: "$[0]: null pointer where a String is required",
    });
  });

  it("accepts-null-in-option-slots", () => {
    expect(decodeArena(arena([[8, 1], [12, 0]]), { start: 8, end: 256 }, 8, S.list(S.option(S.string)))).toEqual({
      ok: true,
      value: V.list([V.none]),
    });
  });
});

describe("UTF-8 checks", () => {
  const cases: readonly (readonly [string, readonly number[]])[] = [
    ["overlong-encoding", [0xc0, 0x80]],
    ["encoded-surrogate", [0xed, 0xa0, 0x80]],
    ["code-point-above-10ffff", [0xf4, 0x90, 0x80, 0x80]],
    ["stray-continuation-byte", [0x80]],
    ["truncated-sequence", [0xe2, 0x82]],
    ["invalid-lead-byte", [0xff]],
  ];
  for (const [name, bytes] of cases) {
    it(`rejects-${name}`, () => {
      const a = arena([[8, bytes.length + 1]], [[12, 0x61], ...bytes.map((b, i) => [13 + i, b] as const)]);
      expect(decodeError(a, 8, S.string)).toEqual({ kind: "InvalidUtf8", message: "$: String at 8 has invalid UTF-8 at byte 13" });
    });
  }

  it("accepts-the-extremes-of-each-length", () => {
    const bytes = [0x7f, 0xc2, 0x80, 0xef, 0xbf, 0xbf, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf];
    const a = arena([[8, bytes.length]], bytes.map((b, i) => [12 + i, b] as const));
    expect(decodeArena(a, { start: 8, end: 256 }, 8, S.string)).toEqual({ ok: true, value: V.string("\u007f\u0080\uFFFF\u{10000}\u{10FFFF}") });
  });
});

describe("dict checks", () => {
  // Dict<String, Bool> at 8: [len][entries @12, stride 8: key ptr u32, value u8].
  function dict(keys: readonly number[]): Uint8Array {
    const writes: [number, number][] = [[8, keys.length]];
    keys.forEach((k, i) => writes.push([12 + i * 8, k]));
    // strings "a" at 64 and "b" at 72
    writes.push([64, 1], [72, 1]);
    return arena(writes, [[68, 0x61], [76, 0x62]]);
  }

  it("accepts-strictly-increasing-keys", () => {
    expect(decodeArena(dict([64, 72]), { start: 8, end: 256 }, 8, S.dict(S.bool))).toEqual({
      ok: true,
      value: V.record({ a: V.bool(false), b: V.bool(false) }),
    });
  });

  it("rejects-decreasing-or-duplicate-keys", () => {
    expect(decodeError(dict([72, 64]), 8, S.dict(S.bool))).toEqual({
      kind: "UnsortedDictKeys",
      message: '$.a: dict key "a" at entry 1 is not greater than the key before it',
    });
    expect(decodeError(dict([64, 64]), 8, S.dict(S.bool)).kind).toBe("UnsortedDictKeys");
  });
});

describe("hostile sharing and nesting", () => {
  it("decodes-shared-sub-objects", () => {
    // List<String> of three pointers to one string.
    const a = arena([[8, 3], [12, 64], [16, 64], [20, 64], [64, 1]], [[68, 0x7a]]);
    expect(decodeArena(a, { start: 8, end: 256 }, 8, S.list(S.string))).toEqual({
      ok: true,
      value: V.list([V.string("z"), V.string("z"), V.string("z")]),
    });
  });

  it("decodes-an-exponential-dag-in-linear-work", () => {
    // 40 nested List levels, each a list of two pointers to the level below: 2^40 paths.
    const levels = 40;
    let shape: Shape = S.list(S.int);
    const writes: [number, number][] = [[8, 0]]; // level 0: an empty List<Int> at 8
    for (let k = 1; k <= levels; k++) {
      const at = 8 + k * 16;
      writes.push([at, 2], [at + 4, at - 16], [at + 8, at - 16]);
      shape = S.list(shape);
    }
    const a = arena(writes, [], 8 + (levels + 1) * 16);
    const started = performance.now();
    const r = decodeArena(a, { start: 8, end: a.length }, 8 + levels * 16, shape);
    expect(r.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("terminates-on-a-self-pointer", () => {
    // A List<List<List<Int>>> whose element points back at itself: each level reads the
    // same bytes as a smaller shape, so it ends at List<Int> (len 1, element 0 at 16).
    const a = arena([[8, 1], [12, 8]]);
    const r = decodeArena(a, { start: 8, end: 256 }, 8, S.list(S.list(S.list(S.int))));
    expect(r).toEqual({ ok: true, value: V.list([V.list([V.list([V.int(0)])])]) });
  });

  it("stops-at-the-work-budget", () => {
    const a = arena([[8, 3], [12, 64], [16, 64], [20, 64], [64, 1]], [[68, 0x7a]]);
    // list 16 units + string 5 + memo hit 1 = 22; the second memo hit passes the budget.
    expect(decodeError(a, 8, S.list(S.string), 8, 256, { workBudget: 22 })).toEqual({
      kind: "WorkLimitExceeded",
      message: "$[2]: decoding needs more than 22 work units (too much sharing for a region of this size)",
    });
  });

  it("stops-at-the-depth-limit", () => {
    const shape = S.option(S.option(S.option(S.option(S.int))));
    const enc = encodeArena(V.some(V.some(V.some(V.some(V.int(1))))), shape, 8);
    if (!enc.ok) throw new Error(enc.error.message);
    const a = new Uint8Array(8 + enc.value.bytes.length);
    a.set(enc.value.bytes, 8);
    expect(decodeArena(a, { start: 8, end: a.length }, enc.value.root, shape).ok).toBe(true);
    expect(decodeError(a, enc.value.root, shape, 8, a.length, { maxDepth: 3 })).toEqual({
      kind: "DepthLimitExceeded",
      message: "$: pointers nested deeper than 3",
    });
  });

  it("refuses-closure-shapes", () => {
    expect(decodeError(arena([]), 8, S.list(S.closure([], S.int)))).toEqual({
      kind: "UnsupportedShape",
      message: "$[]: the arena codec does not handle closures (Closure<Int>)",
    });
  });
});
