// The case-mapping tables of @tetra/core (generated from Node's own
// toUpperCase/toLowerCase, see libs/core/src/numbers/case-tables-gen.ts) laid
// out as arena bytes for the IR runtime. One data segment per direction:
//
//   +0                 ranges: count × 12 bytes, sorted by start
//                        [start u32][endAndFlags u32][value i32]
//                        value = delta, or for CASE_SPECIAL the offset of the
//                        replacement from the segment start
//   +poolAt            replacements: [len u8][utf-8 bytes] each ("SS" for ß)
//   +bitmapAt          one bit per 256-code-point block (4352 bits): set when
//                        some code point of the block maps, so CJK, emoji and
//                        most other text skip the binary search
//
// The sigma segment is the core SIGMA_CLASSES array as u32s, followed by a
// bitmap like the one above (a clear bit: every code point of the block is
// SIGMA_OTHER, most of the code space, so no search is needed) and by the
// class of each code point below U+0100 as one byte (the letters next to Σ in
// most text, and the ASCII case-ignorables ' . : ^ `).
import {
  CASE_END_MASK,
  CASE_SPECIAL,
  CASE_STRIDE2,
  InternalError,
  LOWER_RANGES,
  LOWER_SPECIAL,
  SIGMA_CLASSES,
  SIGMA_OTHER,
  UPPER_RANGES,
  UPPER_SPECIAL,
} from "@tetra/core";

export interface CaseSegment {
  readonly bytes: Uint8Array;
  /** Number of 12-byte range entries. */
  readonly count: number;
  readonly bitmapAt: number;
}

const BLOCKS = 0x110000 >> 8;

function encode(ranges: readonly number[], specials: readonly string[]): CaseSegment {
  const count = ranges.length / 3;
  if ((ranges[0] ?? Infinity) > 0x80) throw new InternalError("case table must start at or below U+0080", ranges[0]);
  const utf8 = specials.map((s) => new TextEncoder().encode(s));
  const poolAt = count * 12;
  const poolLen = utf8.reduce((n, u) => n + 1 + u.length, 0);
  const bitmapAt = poolAt + poolLen;
  const bytes = new Uint8Array(bitmapAt + BLOCKS / 8);
  const dv = new DataView(bytes.buffer);
  const specialAt: number[] = [];
  let at = poolAt;
  for (const u of utf8) {
    specialAt.push(at);
    bytes[at] = u.length;
    bytes.set(u, at + 1);
    at += 1 + u.length;
  }
  for (let e = 0; e < count; e++) {
    const start = ranges[e * 3] as number;
    const flags = ranges[e * 3 + 1] as number;
    const value = ranges[e * 3 + 2] as number;
    dv.setUint32(e * 12, start, true);
    dv.setUint32(e * 12 + 4, flags, true);
    dv.setInt32(e * 12 + 8, (flags & CASE_SPECIAL) !== 0 ? (specialAt[value] as number) : value, true);
    const end = flags & CASE_END_MASK;
    const step = (flags & CASE_STRIDE2) !== 0 ? 2 : 1;
    for (let cp = start; cp <= end; cp += step) {
      const at = bitmapAt + (cp >> 11);
      bytes[at] = (bytes[at] as number) | (1 << ((cp >> 8) & 7));
    }
  }
  return { bytes, count, bitmapAt };
}

let upper: CaseSegment | undefined;
let lower: CaseSegment | undefined;
let sigma: SigmaSegment | undefined;

export interface SigmaSegment {
  readonly bytes: Uint8Array;
  /** Number of u32 entries. */
  readonly count: number;
  readonly bitmapAt: number;
  /** Offset of the 256 class bytes of U+0000..U+00FF. */
  readonly latin1At: number;
}

export function upperSegment(): CaseSegment {
  upper ??= encode(UPPER_RANGES, UPPER_SPECIAL);
  return upper;
}

export function lowerSegment(): CaseSegment {
  lower ??= encode(LOWER_RANGES, LOWER_SPECIAL);
  return lower;
}

/** SIGMA_CLASSES as little-endian u32s (`start * 4 + class`), then the block bitmap. */
export function sigmaSegment(): SigmaSegment {
  if (sigma === undefined) {
    const count = SIGMA_CLASSES.length;
    const bitmapAt = count * 4;
    const latin1At = bitmapAt + BLOCKS / 8;
    const bytes = new Uint8Array(latin1At + 256);
    const dv = new DataView(bytes.buffer);
    SIGMA_CLASSES.forEach((v, i) => {
      dv.setUint32(i * 4, v, true);
      const end = i + 1 < count ? ((SIGMA_CLASSES[i + 1] as number) >>> 2) - 1 : 0x10ffff;
      for (let cp = v >>> 2; cp <= Math.min(end, 0xff); cp++) bytes[latin1At + cp] = v & 3;
      if ((v & 3) === SIGMA_OTHER) return;
      for (let block = (v >>> 2) >> 8; block <= end >> 8; block++) {
        bytes[bitmapAt + (block >> 3)] = (bytes[bitmapAt + (block >> 3)] as number) | (1 << (block & 7));
      }
    });
    sigma = { bytes, count, bitmapAt, latin1At };
  }
  return sigma;
}
