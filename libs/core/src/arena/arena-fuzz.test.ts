// Corruption fuzzing of decodeArena: encoded buffers of random shapes and values get
// bit flips, truncations, random pointers, huge lengths and random roots; the decoder
// must return a value or an ArenaError — never throw, never hang. Fixed seeds; the whole
// run is timed (it must stay far below the 20 s the brief allows).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shapedValueArb, shapeArb } from "../testing/arbitraries.js";
import type { ArenaErrorKind } from "./arena-error.js";
import { decodeArena } from "./decode-arena.js";
import { encodeArena } from "./encode-arena.js";

/** mulberry32: a tiny deterministic PRNG, so every corruption is reproducible from the seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = new Set<ArenaErrorKind>([
  "InvalidRegion",
  "NullPointer",
  "OutOfRegion",
  "Misaligned",
  "InvalidBool",
  "InvalidTag",
  "InvalidUtf8",
  "UnsortedDictKeys",
  "WorkLimitExceeded",
  "DepthLimitExceeded",
]);

interface Tally {
  ok: number;
  errors: Map<string, number>;
}

function check(arena: Uint8Array, start: number, end: number, root: number, shape: Parameters<typeof decodeArena>[3], tally: Tally, what: string): void {
  let r: ReturnType<typeof decodeArena>;
  try {
    r = decodeArena(arena, { start, end }, root, shape);
  } catch (e) {
    throw new Error(`decodeArena threw on ${what}: ${String(e)}`);
  }
  if (r.ok) tally.ok++;
  else {
    if (!KINDS.has(r.error.kind)) throw new Error(`unexpected error kind ${r.error.kind} on ${what}`);
    tally.errors.set(r.error.kind, (tally.errors.get(r.error.kind) ?? 0) + 1);
  }
}

describe("decodeArena under corruption", () => {
  it("never-throws-or-hangs-on-12000-corrupted-buffers", () => {
    const started = performance.now();
    const samples = fc.sample(shapedValueArb("arena", 3), { seed: 424242, numRuns: 250 });
    const random = prng(1337);
    const int = (n: number) => Math.floor(random() * n);
    const tally: Tally = { ok: 0, errors: new Map() };
    let corruptions = 0;
    samples.forEach(({ shape, value }, sample) => {
      const base = 8 + int(57);
      const enc = encodeArena(value, shape, base);
      if (!enc.ok) throw new Error(enc.error.message);
      const { bytes, root } = enc.value;
      for (let c = 0; c < 48; c++) {
        const arena = new Uint8Array(base + bytes.length + 32);
        arena.set(bytes, base);
        for (let i = base + bytes.length; i < arena.length; i++) arena[i] = int(256);
        const view = new DataView(arena.buffer);
        let end = base + bytes.length;
        let r = root;
        const kind = int(6);
        const at = base + int(Math.max(1, bytes.length));
        const at4 = base + 4 * int(Math.max(1, Math.floor(bytes.length / 4)));
        switch (kind) {
          case 0: // bit flips
            for (let k = 1 + int(3); k > 0; k--) {
              const p = base + int(Math.max(1, bytes.length));
              if (p < arena.length) arena[p]! ^= 1 << int(8);
            }
            break;
          case 1: // truncation
            end = base + int(Math.max(1, bytes.length));
            break;
          case 2: // a random pointer
            if (at4 + 4 <= arena.length) view.setUint32(at4, int(arena.length + 16), true);
            break;
          case 3: // a random byte
            if (at < arena.length) arena[at] = int(256);
            break;
          case 4: // a random root
            r = int(arena.length + 8);
            break;
          default: // a huge length
            if (at4 + 4 <= arena.length) view.setUint32(at4, 0xfffffff0 + int(16), true);
        }
        check(arena, base, end, r, shape, tally, `sample ${sample}, corruption ${c} (kind ${kind})`);
        corruptions++;
      }
    });
    const seconds = (performance.now() - started) / 1000;
    expect(corruptions).toBe(12_000);
    // Sanity: the corruptions do hit the verifier, and some still decode.
    expect(tally.ok).toBeGreaterThan(500);
    expect([...tally.errors.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(3000);
    for (const kind of ["OutOfRegion", "Misaligned", "InvalidBool", "InvalidTag", "InvalidUtf8", "NullPointer"]) {
      expect(tally.errors.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
    expect(seconds).toBeLessThan(20);
  });

  it("never-throws-on-random-bytes-under-random-shapes", () => {
    const shapes = fc.sample(shapeArb("arena", 4), { seed: 777, numRuns: 500 });
    const random = prng(4242);
    const tally: Tally = { ok: 0, errors: new Map() };
    shapes.forEach((shape, i) => {
      for (let k = 0; k < 4; k++) {
        const arena = new Uint8Array(16 + Math.floor(random() * 240));
        // Small u32 values make plausible pointers and lengths.
        for (let j = 0; j < arena.length; j++) arena[j] = random() < 0.6 ? Math.floor(random() * arena.length) : Math.floor(random() * 256);
        check(arena, 8, arena.length, 8 + 8 * Math.floor(random() * 4), shape, tally, `random shape ${i}.${k}`);
      }
    });
    expect(tally.ok + [...tally.errors.values()].reduce((a, b) => a + b, 0)).toBe(2000);
  });
});
