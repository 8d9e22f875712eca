// A small seeded PRNG (sfc32, seeded through splitmix32) so that a program is
// a pure function of (campaign seed, program index): `--seed 7 --count 1
// --skip 41` regenerates program 41 of seed 7 exactly, on any machine.
// Math.random is never used.

/** splitmix32 step: spreads a 32-bit seed over the sfc32 state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** The seed of program `index` of campaign `seed`: distinct streams per program. */
export function programSeed(seed: number, index: number): number {
  const st = { s: (seed ^ Math.imul(index + 1, 0x27d4eb2d)) | 0 };
  splitmix32(st);
  return splitmix32(st);
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const st = { s: seed | 0 };
    this.a = splitmix32(st);
    this.b = splitmix32(st);
    this.c = splitmix32(st);
    this.d = splitmix32(st);
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, n) for 1 <= n <= 2^32. */
  int(n: number): number {
    if (n <= 1) return 0;
    return Math.floor((this.u32() / 4294967296) * n);
  }

  /** Uniform in [lo, hi] (inclusive). */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.u32() / 4294967296 < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError("pick from an empty list");
    return xs[this.int(xs.length)]!;
  }

  /** One of the choices, by weight; choices with weight 0 are never taken. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    let total = 0;
    for (const [w] of choices) total += w;
    if (total <= 0) throw new RangeError("weighted pick with no positive weight");
    let r = (this.u32() / 4294967296) * total;
    for (const [w, x] of choices) {
      if (w <= 0) continue;
      if (r < w) return x;
      r -= w;
    }
    return choices.filter(([w]) => w > 0).at(-1)![1];
  }

  /** A uniformly random 64-bit signed integer. */
  i64(): bigint {
    return BigInt.asIntN(64, (BigInt(this.u32()) << 32n) | BigInt(this.u32()));
  }

  /** A double from 64 random bits: any finite value, subnormals included (NaN/inf are redrawn). */
  anyFiniteDouble(): number {
    const view = new DataView(new ArrayBuffer(8));
    for (;;) {
      view.setUint32(0, this.u32());
      view.setUint32(4, this.u32());
      const x = view.getFloat64(0);
      if (Number.isFinite(x)) return x;
    }
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}
