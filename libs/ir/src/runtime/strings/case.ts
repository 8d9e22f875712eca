// `upper` / `lower` (§7.2): full Unicode case mapping from the tables of
// case-data.ts, equal to Node's toUpperCase/toLowerCase (and to the core twin
// upperCase/lowerCase) for every input.
//
// Two phases. Phase 1 scans for the first byte that may change, 4 ASCII bytes
// at a time; a string with nothing to change there and no non-ASCII byte is
// returned as is. Phase 2 copies that prefix and converts the rest in place
// above scratch_ptr (emit.ts): 4 ASCII bytes at a time by SWAR, other
// characters through the block bitmap and a binary search of the ranges.
// Capital sigma in `lower` asks rt.final_sigma about its context.
import { CASE_END_MASK, CASE_SPECIAL, CASE_STRIDE2, SIGMA_CASED, SIGMA_IGNORABLE, SIGMA_OTHER } from "@tetra/core";
import type { FuncBuilder, Label, LocalRef, ModuleBuilder } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { lowerSegment, sigmaSegment, upperSegment, type CaseSegment, type SigmaSegment } from "./case-data.js";
import { decodeChar, encodeChar, ensureRoom, everyByte, scratchTop, strBytes, strLen, utf8Width } from "./emit.js";

interface Direction {
  /** First ASCII letter that changes: 'a' for upper, 'A' for lower. */
  readonly first: number;
  readonly segment: () => CaseSegment;
  readonly sigma: boolean;
}

/**
 * A mask with 0x80 in every byte of the ASCII i32 word x that is a letter in
 * [first, first + 26): (x + (0x80 - first)) sets bit 7 from `first` on,
 * (x + (0x80 - first - 26)) from one past the last letter; no byte carries
 * into the next because every byte of x is below 0x80.
 */
function letterMask(b: FuncBuilder, x: () => Expr, first: number): Expr {
  const from = b.i32.add(x(), b.i32.const(everyByte(0x80 - first)));
  const past = b.i32.add(x(), b.i32.const(everyByte(0x80 - first - 26)));
  return b.i32.and(b.i32.and(from, b.i32.xor(past, b.i32.const(-1))), b.i32.const(everyByte(0x80)));
}

const ASCII_BITS = everyByte(0x80);

interface Lookup {
  /** 0: unchanged, 1: maps to the code point in `mapped`, 2: maps to the [len u8][bytes] at `mapped`. */
  readonly kind: LocalRef;
  readonly mapped: LocalRef;
}

/** Looks up code point `cp` (>= 0x80) in a case segment placed at `base`. */
function lookup(b: FuncBuilder, seg: CaseSegment, base: number, cp: LocalRef, out: Lookup, tmp: readonly LocalRef[]): void {
  const k = (n: number): Expr => b.i32.const(n);
  const [lo, hi, mid, e, fl] = tmp as [LocalRef, LocalRef, LocalRef, LocalRef, LocalRef];
  b.set(out.kind, k(0));
  const blockBit = b.i32.and(
    b.i32.shrU(b.i32.load8U(b.i32.shrU(b.get(cp), k(11)), base + seg.bitmapAt), b.i32.and(b.i32.shrU(b.get(cp), k(8)), k(7))),
    k(1),
  );
  b.if(blockBit, () => {
    // The last range whose start is <= cp (entry 0 starts at or below U+0080).
    b.set(lo, k(0));
    b.set(hi, k(seg.count));
    b.loop((next) => {
      b.if(b.i32.gtU(b.i32.sub(b.get(hi), b.get(lo)), k(1)), () => {
        b.set(mid, b.i32.shrU(b.i32.add(b.get(lo), b.get(hi)), k(1)));
        b.if(
          b.i32.leU(b.i32.load(b.i32.mul(b.get(mid), k(12)), base), b.get(cp)),
          () => b.set(lo, b.get(mid)),
          () => b.set(hi, b.get(mid)),
        );
        b.br(next);
      });
    });
    b.set(e, b.i32.add(b.i32.mul(b.get(lo), k(12)), k(base)));
    b.set(fl, b.i32.load(b.get(e), 4));
    const inRange = b.i32.leU(b.get(cp), b.i32.and(b.get(fl), k(CASE_END_MASK)));
    const skipped = b.i32.and(
      b.i32.ne(b.i32.and(b.get(fl), k(CASE_STRIDE2)), k(0)),
      b.i32.and(b.i32.sub(b.get(cp), b.i32.load(b.get(e))), k(1)),
    );
    b.if(b.i32.and(inRange, b.i32.eqz(skipped)), () =>
      b.if(
        b.i32.and(b.get(fl), k(CASE_SPECIAL)),
        () => {
          b.set(out.kind, k(2));
          b.set(out.mapped, b.i32.add(b.i32.load(b.get(e), 8), k(base)));
        },
        () => {
          b.set(out.kind, k(1));
          b.set(out.mapped, b.i32.add(b.get(cp), b.i32.load(b.get(e), 8)));
        },
      ),
    );
  });
}

/** The locals of a case function (`h`/`n`: the input bytes, `i`: input offset, `q`: output cursor). */
interface CaseLocals {
  readonly h: LocalRef;
  readonly n: LocalRef;
  readonly i: LocalRef;
  readonly x: LocalRef;
  readonly c: LocalRef;
  readonly q: LocalRef;
  readonly src: LocalRef;
  readonly cp: LocalRef;
  readonly w: LocalRef;
  readonly need: LocalRef;
  readonly out: Lookup;
  readonly tmp: readonly LocalRef[];
}

function caseLocals(b: FuncBuilder): CaseLocals {
  const l = (name: string): LocalRef => b.local(name, "i32");
  return {
    h: l("h"),
    n: l("n"),
    i: l("i"),
    x: l("x"),
    c: l("c"),
    q: l("q"),
    src: l("src"),
    cp: l("cp"),
    w: l("w"),
    need: l("need"),
    out: { kind: l("kind"), mapped: l("mapped") },
    tmp: ["lo", "hi", "mid", "e", "fl"].map(l),
  };
}

const isLetter = (b: FuncBuilder, dir: Direction, byte: Expr): Expr =>
  b.i32.ltU(b.i32.sub(byte, b.i32.const(dir.first)), b.i32.const(26));

/**
 * Phase 1: leaves `i` at the first byte that may change (an ASCII letter to
 * flip or any non-ASCII byte); returns `s` itself when there is none.
 */
function emitFirstChange(b: FuncBuilder, v: CaseLocals, dir: Direction): void {
  const k = (n: number): Expr => b.i32.const(n);
  const add = (l: LocalRef, e: Expr): void => b.set(l, b.i32.add(b.get(l), e));
  b.block((found) => {
    b.loop((next) => {
      b.if(b.i32.leU(b.i32.add(b.get(v.i), k(4)), b.get(v.n)), () => {
        b.set(v.x, b.i32.load(b.i32.add(b.get(v.h), b.get(v.i))));
        b.if(b.i32.eqz(b.i32.and(b.get(v.x), k(ASCII_BITS))), () => {
          b.set(v.c, letterMask(b, () => b.get(v.x), dir.first));
          b.if(b.i32.eqz(b.get(v.c)), () => {
            add(v.i, k(4));
            b.br(next);
          });
          add(v.i, b.i32.shrU(b.i32.ctz(b.get(v.c)), k(3)));
          b.br(found);
        });
      });
      b.if(b.i32.geU(b.get(v.i), b.get(v.n)), () => b.ret(b.get("s")));
      b.set(v.c, b.i32.load8U(b.i32.add(b.get(v.h), b.get(v.i))));
      b.brIf(found, b.i32.or(b.i32.geU(b.get(v.c), k(0x80)), isLetter(b, dir, b.get(v.c))));
      add(v.i, k(1));
      b.br(next);
    });
  });
}

/** Phase 2 for the ASCII byte `c` at `src`: 4 bytes at once when they are all ASCII, else this one. */
function emitAsciiStep(b: FuncBuilder, v: CaseLocals, dir: Direction, next: Label): void {
  const k = (n: number): Expr => b.i32.const(n);
  const add = (l: LocalRef, e: Expr): void => b.set(l, b.i32.add(b.get(l), e));
  // Only tried at an ASCII byte, so text without ASCII pays nothing for it.
  b.if(b.i32.leU(b.i32.add(b.get(v.i), k(4)), b.get(v.n)), () => {
    b.set(v.x, b.i32.load(b.get(v.src)));
    b.if(b.i32.eqz(b.i32.and(b.get(v.x), k(ASCII_BITS))), () => {
      ensureRoom(b, b.i32.add(b.get(v.q), k(4)));
      // Flip bit 5 (0x20) of every letter: 0x80 >> 2.
      b.i32.store(b.get(v.q), b.i32.xor(b.get(v.x), b.i32.shrU(letterMask(b, () => b.get(v.x), dir.first), k(2))));
      add(v.i, k(4));
      add(v.q, k(4));
      b.br(next);
    });
  });
  ensureRoom(b, b.i32.add(b.get(v.q), k(1)));
  b.i32.store8(b.get(v.q), b.i32.xor(b.get(v.c), b.i32.shl(isLetter(b, dir, b.get(v.c)), k(5))));
  add(v.i, k(1));
  add(v.q, k(1));
  b.br(next);
}

/** Writes the lookup result for the `w`-byte character at `src` and advances `q`. */
function emitWriteMapping(b: FuncBuilder, v: CaseLocals): void {
  const k = (n: number): Expr => b.i32.const(n);
  const put = (bytes: Expr, write: () => void): void => {
    b.set(v.need, bytes);
    ensureRoom(b, b.i32.add(b.get(v.q), b.get(v.need)));
    write();
    b.set(v.q, b.i32.add(b.get(v.q), b.get(v.need)));
  };
  b.if(
    b.i32.eqz(b.get(v.out.kind)),
    () => put(b.get(v.w), () => b.memoryCopy(b.get(v.q), b.get(v.src), b.get(v.need))),
    () =>
      b.if(
        b.i32.eq(b.get(v.out.kind), k(1)),
        () => put(utf8Width(b, b.get(v.out.mapped)), () => encodeChar(b, v.q, v.out.mapped)),
        () =>
          put(b.i32.load8U(b.get(v.out.mapped)), () =>
            b.memoryCopy(b.get(v.q), b.i32.add(b.get(v.out.mapped), k(1)), b.get(v.need)),
          ),
      ),
  );
}

function caseDef(name: string, dir: Direction, doc: string): RuntimeDef {
  return {
    name,
    params: [["s", "i32"]],
    result: "i32",
    deps: dir.sigma ? ["rt.final_sigma"] : [],
    doc,
    build(b: FuncBuilder, m: ModuleBuilder) {
      const seg = dir.segment();
      const base = m.data(seg.bytes, 4);
      const k = (n: number): Expr => b.i32.const(n);
      const v = caseLocals(b);
      const p0 = b.local("p0", "i32");
      const r = b.local("r", "i32");
      b.set(v.h, strBytes(b, b.get("s")));
      b.set(v.n, strLen(b, b.get("s")));
      emitFirstChange(b, v, dir);

      // Phase 2: copy the unchanged prefix, convert the rest in place.
      b.set(p0, scratchTop(b));
      b.set(v.q, b.i32.add(b.get(p0), k(4)));
      ensureRoom(b, b.i32.add(b.get(v.q), b.get(v.i)));
      b.memoryCopy(b.get(v.q), b.get(v.h), b.get(v.i));
      b.set(v.q, b.i32.add(b.get(v.q), b.get(v.i)));
      b.block((done) => {
        b.loop((next) => {
          b.brIf(done, b.i32.geU(b.get(v.i), b.get(v.n)));
          b.set(v.src, b.i32.add(b.get(v.h), b.get(v.i)));
          b.set(v.c, b.i32.load8U(b.get(v.src)));
          b.if(b.i32.ltU(b.get(v.c), k(0x80)), () => emitAsciiStep(b, v, dir, next));
          decodeChar(b, v.src, v.cp, v.w);
          const tableLookup = (): void => lookup(b, seg, base, v.cp, v.out, v.tmp);
          if (dir.sigma) {
            b.if(
              b.i32.eq(b.get(v.cp), k(0x3a3)),
              () => {
                // Σ → final ς (U+03C2) or σ (U+03C3) by its context in the original string.
                b.set(v.out.kind, k(1));
                b.set(v.out.mapped, b.i32.sub(k(0x3c3), b.call("rt.final_sigma", [b.get(v.h), b.get(v.n), b.get(v.i)])));
              },
              tableLookup,
            );
          } else tableLookup();
          emitWriteMapping(b, v);
          b.set(v.i, b.i32.add(b.get(v.i), b.get(v.w)));
          b.br(next);
        });
      });
      b.set(r, b.alloc("scratch", b.i32.sub(b.get(v.q), b.get(p0)), 4));
      b.i32.store(b.get(r), b.i32.sub(b.i32.sub(b.get(v.q), b.get(p0)), k(4)));
      return b.get(r);
    },
  };
}

/** Sets `cls` to the sigma class of `cp` from the sigma segment placed at `base`. */
function sigmaClassOf(b: FuncBuilder, seg: SigmaSegment, base: number, cp: LocalRef, cls: LocalRef, tmp: readonly LocalRef[]): void {
  const k = (n: number): Expr => b.i32.const(n);
  const [lo, hi, mid] = tmp as [LocalRef, LocalRef, LocalRef];
  const search = (): void => {
    b.set(cls, k(SIGMA_OTHER));
    const blockBit = b.i32.and(
      b.i32.shrU(b.i32.load8U(b.i32.shrU(b.get(cp), k(11)), base + seg.bitmapAt), b.i32.and(b.i32.shrU(b.get(cp), k(8)), k(7))),
      k(1),
    );
    b.if(blockBit, () => {
      b.set(lo, k(0));
      b.set(hi, k(seg.count));
      b.loop((next) => {
        b.if(b.i32.gtU(b.i32.sub(b.get(hi), b.get(lo)), k(1)), () => {
          b.set(mid, b.i32.shrU(b.i32.add(b.get(lo), b.get(hi)), k(1)));
          b.if(
            b.i32.leU(b.i32.shrU(b.i32.load(b.i32.shl(b.get(mid), k(2)), base), k(2)), b.get(cp)),
            () => b.set(lo, b.get(mid)),
            () => b.set(hi, b.get(mid)),
          );
          b.br(next);
        });
      });
      b.set(cls, b.i32.and(b.i32.load(b.i32.shl(b.get(lo), k(2)), base), k(3)));
    });
  };
  b.if(b.i32.ltU(b.get(cp), k(0x100)), () => b.set(cls, b.i32.load8U(b.get(cp), base + seg.latin1At)), search);
}

const finalSigma: RuntimeDef = {
  name: "rt.final_sigma",
  params: [
    ["h", "i32"],
    ["n", "i32"],
    ["i", "i32"],
  ],
  result: "i32",
  deps: [],
  doc:
    "1 when the Σ at byte i of the n UTF-8 bytes at h lowers to final ς: the nearest non-case-ignorable " +
    "character before it is cased and the nearest one after it is not (V8/ICU's rule), else 0",
  build(b, m) {
    const seg = sigmaSegment();
    const base = m.data(seg.bytes, 4);
    const k = (n: number): Expr => b.i32.const(n);
    const j = b.local("j", "i32");
    const at = b.local("at", "i32");
    const cp = b.local("cp", "i32");
    const w = b.local("w", "i32");
    const cls = b.local("cls", "i32");
    const tmp = ["lo", "hi", "mid"].map((t) => b.local(t, "i32"));
    const classify = (): void => sigmaClassOf(b, seg, base, cp, cls, tmp);
    // Backwards from Σ over case-ignorable characters: the first other one must be cased.
    b.set(j, b.get("i"));
    b.loop((next) => {
      b.if(b.i32.eqz(b.get(j)), () => b.ret(k(0)));
      b.set(j, b.i32.sub(b.get(j), k(1)));
      b.loop((back) => {
        b.if(
          b.i32.and(
            b.i32.gtU(b.get(j), k(0)),
            b.i32.eq(b.i32.and(b.i32.load8U(b.i32.add(b.get("h"), b.get(j))), k(0xc0)), k(0x80)),
          ),
          () => {
            b.set(j, b.i32.sub(b.get(j), k(1)));
            b.br(back);
          },
        );
      });
      b.set(at, b.i32.add(b.get("h"), b.get(j)));
      decodeChar(b, at, cp, w);
      classify();
      b.brIf(next, b.i32.eq(b.get(cls), k(SIGMA_IGNORABLE)));
      b.if(b.i32.ne(b.get(cls), k(SIGMA_CASED)), () => b.ret(k(0)));
    });
    // Forwards from after Σ (2 bytes, CE A3): the first non-ignorable one must not be cased.
    b.set(j, b.i32.add(b.get("i"), k(2)));
    b.loop((next) => {
      b.if(b.i32.geU(b.get(j), b.get("n")), () => b.ret(k(1)));
      b.set(at, b.i32.add(b.get("h"), b.get(j)));
      decodeChar(b, at, cp, w);
      classify();
      b.set(j, b.i32.add(b.get(j), b.get(w)));
      b.brIf(next, b.i32.eq(b.get(cls), k(SIGMA_IGNORABLE)));
    });
    return b.i32.ne(b.get(cls), k(SIGMA_CASED));
  },
};

export const CASE_STRING_RUNTIME: readonly RuntimeDef[] = [
  caseDef("rt.str_upper", { first: 0x61, segment: upperSegment, sigma: false }, "full Unicode uppercase of s (ß → SS), as Node's toUpperCase; s itself when ASCII with no a–z"),
  caseDef(
    "rt.str_lower",
    { first: 0x41, segment: lowerSegment, sigma: true },
    "full Unicode lowercase of s (İ → i̇, final-sigma rule), as Node's toLowerCase; s itself when ASCII with no A–Z",
  ),
  finalSigma,
];
