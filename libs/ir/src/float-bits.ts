// Exact f64 <-> bit-pattern conversion and the text form of f64 constants.
// Numbers go through a shared DataView so no NaN payload or -0 is lost.

const view = new DataView(new ArrayBuffer(8));

/** The IEEE-754 bit pattern of x as an unsigned 64-bit bigint. */
export function f64Bits(x: number): bigint {
  view.setFloat64(0, x, true);
  return view.getBigUint64(0, true);
}

/** The f64 with this bit pattern (a NaN's payload may not survive later JS arithmetic). */
export function bitsToF64(bits: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, bits), true);
  return view.getFloat64(0, true);
}

export const CANONICAL_NAN_BITS = 0x7ff8000000000000n;

/**
 * Text of an f64 constant: `1.5`, `-0`, `inf`, `-inf`, `nan` (the canonical quiet
 * NaN) or `nan:0x7ff4000000000001` (any other NaN, by its full bit pattern).
 * Finite values use JavaScript's shortest round-trip form, which parses back to the same bits.
 */
export function formatF64(bits: bigint): string {
  const x = bitsToF64(bits);
  if (Number.isNaN(x)) return bits === CANONICAL_NAN_BITS ? "nan" : `nan:0x${bits.toString(16).padStart(16, "0")}`;
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (Object.is(x, -0)) return "-0";
  return String(x);
}

/** Inverse of formatF64 (also accepts any JS number literal text); undefined when malformed. */
export function parseF64(text: string): bigint | undefined {
  if (text === "nan") return CANONICAL_NAN_BITS;
  if (text === "inf") return f64Bits(Infinity);
  if (text === "-inf") return f64Bits(-Infinity);
  const m = /^nan:0x([0-9a-f]{16})$/.exec(text);
  if (m !== null) {
    const bits = BigInt(`0x${m[1] ?? ""}`);
    return Number.isNaN(bitsToF64(bits)) ? bits : undefined;
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  return f64Bits(Number(text));
}
