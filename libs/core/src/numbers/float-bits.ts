// Bit-level views of binary64 values.
//
// `floatBits`/`floatFromBits` work on the whole 64-bit pattern as a bigint (for
// the harness, which compares floats by bit pattern, and for exact rational
// arithmetic). `highWord`/`lowWord`/`fromWords` split the pattern into two
// unsigned 32-bit words; `pow.ts` does all its bit manipulation with them so
// that it stays fast (no bigint on the hot path) and so that each step maps to
// one i64 or i32 operation when ported to the IR runtime library.

const scratch = new DataView(new ArrayBuffer(8));

/** The canonical quiet NaN written to output (DESIGN §4). */
export const CANONICAL_NAN_BITS = 0x7ff8000000000000n;

/** The raw IEEE-754 bit pattern of `x` as an unsigned 64-bit bigint. */
export function floatBits(x: number): bigint {
  scratch.setFloat64(0, x);
  return scratch.getBigUint64(0);
}

/**
 * Like `floatBits`, but every NaN maps to `CANONICAL_NAN_BITS`. V8 does not
 * promise one NaN pattern (`Infinity - Infinity` is 0xFFF8000000000000 on x64),
 * so compare floats across targets with this one.
 */
export function canonicalFloatBits(x: number): bigint {
  return x !== x ? CANONICAL_NAN_BITS : floatBits(x);
}

/** The binary64 value with bit pattern `bits` (taken modulo 2^64). */
export function floatFromBits(bits: bigint): number {
  scratch.setBigUint64(0, BigInt.asUintN(64, bits));
  return scratch.getFloat64(0);
}

/** Bits 63..32 of `x` (sign, exponent, top 20 mantissa bits) as an unsigned 32-bit number. */
export function highWord(x: number): number {
  scratch.setFloat64(0, x);
  return scratch.getUint32(0);
}

/** Bits 31..0 of `x` as an unsigned 32-bit number. */
export function lowWord(x: number): number {
  scratch.setFloat64(0, x);
  return scratch.getUint32(4);
}

/** The binary64 value whose high and low words are `hi` and `lo` (each taken modulo 2^32). */
export function fromWords(hi: number, lo: number): number {
  scratch.setUint32(0, hi >>> 0);
  scratch.setUint32(4, lo >>> 0);
  return scratch.getFloat64(0);
}
