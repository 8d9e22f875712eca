// 128-bit approximations of 10^q for q = −342..325, shared by Ryū
// (rt.f64_shortest) and the Eisel–Lemire-style fast path of rt.parse_float.
//
// Entry q is a u128 U with 2^127 ≤ U < 2^128 and 10^q ≈ U · 2^B(q), where
// B(q) = floor(log2 10^q) − 127 = ((q · 217706) >> 16) − 127 (checked below
// for every q). The rounding direction is part of the contract:
//   q ≥ 0: U = ⌊5^q · 2^(128 − bitlen 5^q)⌋, truncated (exact for q ≤ 55);
//   q < 0: U = ⌊2^(bitlen 5^−q + 127) / 5^−q⌋ + 1, always above the true value.
// Ryū needs exactly these directions (its forward table is truncated, its
// inverse table rounded up; with 128 instead of Ryū's 125 bits the products
// lie between Ryū's and the exact ones, so every floor it takes is the same),
// and the parser's error bounds assume them (docs/runtime-numbers.md).
//
// Layout in the data segment: 16 bytes per entry, low u64 then high u64,
// little-endian, entry q at offset (q − POW10_MIN) · 16. 668 entries = 10,688 bytes.
import { InternalError } from "@tetra/core";
import type { ModuleBuilder } from "../../builder.js";
import { placeOnce, u64Bytes } from "./emit.js";

export const POW10_MIN = -342;
export const POW10_MAX = 325;

const bitLength = (v: bigint): number => v.toString(2).length;

/** U(q) as a bigint (see the header). */
export function pow10Mantissa(q: number): bigint {
  if (q >= 0) {
    const v = 5n ** BigInt(q);
    const len = bitLength(v);
    return len <= 128 ? v << BigInt(128 - len) : v >> BigInt(len - 128);
  }
  const v = 5n ** BigInt(-q);
  return (1n << BigInt(bitLength(v) + 127)) / v + 1n;
}

/** B(q): 10^q ≈ U(q) · 2^B(q). */
export function pow10Exponent(q: number): number {
  return ((q * 217706) >> 16) - 127;
}

function tableBytes(): Uint8Array {
  const words: bigint[] = [];
  for (let q = POW10_MIN; q <= POW10_MAX; q++) {
    const u = pow10Mantissa(q);
    if (u < 1n << 127n || u >= 1n << 128n) throw new InternalError("pow10 mantissa out of range", q);
    // B(q) formula against the exact binary exponent of 10^q
    const exact = q >= 0 ? q + bitLength(5n ** BigInt(q)) - 128 : q - bitLength(5n ** BigInt(-q)) - 127;
    if (pow10Exponent(q) !== exact) throw new InternalError("pow10 exponent formula fails", q);
    words.push(u & 0xffff_ffff_ffff_ffffn, u >> 64n);
  }
  return u64Bytes(words);
}

/** The table's arena offset in `m` (placed on first use). */
export function pow10Table(m: ModuleBuilder): number {
  return placeOnce(m, "pow10-u128", 8, tableBytes);
}
