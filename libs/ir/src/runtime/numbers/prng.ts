// Test support: a seeded xorshift64* generator of 64-bit patterns (bigint).
export function prng(seed: bigint): () => bigint {
  let s = BigInt.asUintN(64, seed === 0n ? 1n : seed);
  return () => {
    s ^= s >> 12n;
    s ^= BigInt.asUintN(64, s << 25n);
    s ^= s >> 27n;
    return BigInt.asUintN(64, s * 0x2545f4914f6cdd1dn);
  };
}
