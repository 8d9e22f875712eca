// Float → text (LANGUAGE.md §6.2) and Float → JSON (§6.3) on top of
// rt.f64_shortest. Twins: `formatFloatText` / `formatFloatJson` (@tetra/core).
//
// Both writers put the sign, then let rt.f64_shortest write the k digits
// right there, then move the digits into the layout with memory.copy
// (overlap-safe) and fill the zeros: `0.001` is written as "1", moved right
// by 4 and prefixed with "0.00". Lengths: text ≤ 327 bytes (`-5e-324` is
// "-0." + 323 zeros + "5"), JSON ≤ 24 bytes ("-2.2250738585072014e-308").
import type { FuncBuilder, LocalRef } from "../../builder.js";
import type { Expr } from "../../types.js";
import type { RuntimeDef } from "../registry.js";
import { c32, c64, temp } from "./emit.js";

/** Room the text writer may use at dst; rt.float_to_text allocates this much and gives back the rest. */
export const FLOAT_TEXT_MAX = 330;
/** Room the JSON writer may use at dst. */
export const FLOAT_JSON_MAX = 32;

const ASCII = { minus: 45, dot: 46, zero: 48, e: 101 } as const;

const ABS_MASK = 0x7fff_ffff_ffff_ffffn;
const INF_BITS = 0x7ff0_0000_0000_0000n;

/** Stores the ASCII bytes of `s` at `at`, `at + 1`, … */
function storeAscii(b: FuncBuilder, at: () => Expr, s: string): void {
  for (let i = 0; i < s.length; i++) b.i32.store8(at(), c32(b, s.charCodeAt(i)), i);
}

/** Locals shared by both writers: bits of |x|, the digit start p (after the sign), digits k, point n. */
interface Parts {
  readonly abs: LocalRef;
  readonly p: LocalRef;
  readonly k: LocalRef;
  readonly n: LocalRef;
}

/** Sign handling and locals; the caller emits the special cases, then `shortest`. */
function begin(b: FuncBuilder): Parts {
  const bits = temp(b, "bits", "i64", b.i64.reinterpretF64(b.get("x")));
  const abs = temp(b, "abs", "i64", b.i64.and(b.get(bits), c64(b, ABS_MASK)));
  const p = temp(b, "p", "i32", b.get("dst"));
  // a sign for every negative value, -0 included (NaN is canonical, so positive)
  b.if(b.i64.ltS(b.get(bits), c64(b, 0)), () => {
    b.i32.store8(b.get(p), c32(b, ASCII.minus));
    b.set(p, b.i32.add(b.get(p), c32(b, 1)));
  });
  return { abs, p, k: b.local("k", "i32"), n: b.local("n", "i32") };
}

/** Writes the shortest digits at p; sets k and n (value = 0.d1…dk × 10^n). */
function shortest(b: FuncBuilder, parts: Parts, tiesUp: number): void {
  const r = temp(b, "packed", "i32", b.call("rt.f64_shortest", [b.get(parts.abs), c32(b, tiesUp), b.get(parts.p)]));
  b.set(parts.k, b.i32.and(b.get(r), c32(b, 31)));
  b.set(parts.n, b.i32.shrS(b.get(r), c32(b, 5)));
}

/** "0." then −n zeros then the k digits (n ≤ 0): moves the digits right by 2 − n. Returns the end. */
function leadingZeros(b: FuncBuilder, { p, k, n }: Parts): Expr {
  const gap = temp(b, "gap", "i32", b.i32.sub(c32(b, 2), b.get(n)));
  b.memoryCopy(b.i32.add(b.get(p), b.get(gap)), b.get(p), b.get(k));
  storeAscii(b, () => b.get(p), "0.");
  b.memoryFill(b.i32.add(b.get(p), c32(b, 2)), c32(b, ASCII.zero), b.i32.sub(c32(b, 0), b.get(n)));
  return b.i32.add(b.i32.add(b.get(p), b.get(gap)), b.get(k));
}

/** Inserts "." after the first `at` digits (0 < at < k): moves the rest right by one. Returns the end. */
function insertPoint(b: FuncBuilder, { p, k }: Parts, at: () => Expr): Expr {
  const split = temp(b, "split", "i32", b.i32.add(b.get(p), at()));
  b.memoryCopy(b.i32.add(b.get(split), c32(b, 1)), b.get(split), b.i32.sub(b.get(k), at()));
  b.i32.store8(b.get(split), c32(b, ASCII.dot));
  return b.i32.add(b.i32.add(b.get(p), b.get(k)), c32(b, 1));
}

const floatTextWrite: RuntimeDef = {
  name: "rt.float_text_write",
  params: [
    ["x", "f64"],
    ["dst", "i32"],
  ],
  result: "i32",
  deps: ["rt.f64_shortest"],
  doc: `writes the §6.2 text of x at dst (room for ${FLOAT_TEXT_MAX} bytes): NaN, inf, -inf, -0, else positional digits; returns the byte count`,
  build(b) {
    const parts = begin(b);
    const { abs, p, k, n } = parts;
    const len = (end: Expr): Expr => b.i32.sub(end, b.get("dst"));
    b.if(b.i64.gtU(b.get(abs), c64(b, INF_BITS)), () => {
      storeAscii(b, () => b.get("dst"), "NaN");
      b.ret(c32(b, 3));
    });
    b.if(b.i64.eq(b.get(abs), c64(b, INF_BITS)), () => {
      storeAscii(b, () => b.get(p), "inf");
      b.ret(len(b.i32.add(b.get(p), c32(b, 3))));
    });
    b.if(b.i64.eqz(b.get(abs)), () => {
      storeAscii(b, () => b.get(p), "0");
      b.ret(len(b.i32.add(b.get(p), c32(b, 1))));
    });
    shortest(b, parts, 1);
    b.if(b.i32.leS(b.get(n), c32(b, 0)), () => b.ret(len(leadingZeros(b, parts))));
    b.if(b.i32.ltS(b.get(n), b.get(k)), () => b.ret(len(insertPoint(b, parts, () => b.get(n)))));
    // n ≥ k: the digits, then n − k zeros, no point
    b.memoryFill(b.i32.add(b.get(p), b.get(k)), c32(b, ASCII.zero), b.i32.sub(b.get(n), b.get(k)));
    return len(b.i32.add(b.get(p), b.get(n)));
  },
};

const floatJsonWrite: RuntimeDef = {
  name: "rt.float_json_write",
  params: [
    ["x", "f64"],
    ["dst", "i32"],
  ],
  result: "i32",
  deps: ["rt.f64_shortest", "rt.u64_digits", "rt.u64_write_back"],
  doc: `writes the §6.3 JSON number for x at dst (room for ${FLOAT_JSON_MAX} bytes) and returns its length, or -1 for NaN/±inf (the caller traps NonFiniteFloat)`,
  build(b) {
    const bits = b.i64.and(b.i64.reinterpretF64(b.get("x")), c64(b, ABS_MASK));
    b.if(b.i64.geU(bits, c64(b, INF_BITS)), () => b.ret(c32(b, -1)));
    const parts = begin(b);
    const { abs, p, k, n } = parts;
    const len = (end: Expr): Expr => b.i32.sub(end, b.get("dst"));
    b.if(b.i64.eqz(b.get(abs)), () => {
      storeAscii(b, () => b.get(p), "0.0");
      b.ret(len(b.i32.add(b.get(p), c32(b, 3))));
    });
    shortest(b, parts, 0);
    const le16 = (): Expr => b.i32.leS(b.get(n), c32(b, 16));
    // n ≥ k and n ≤ 16: digits, n − k zeros, ".0"
    b.if(b.i32.and(b.i32.geS(b.get(n), b.get(k)), le16()), () => {
      b.memoryFill(b.i32.add(b.get(p), b.get(k)), c32(b, ASCII.zero), b.i32.sub(b.get(n), b.get(k)));
      storeAscii(b, () => b.i32.add(b.get(p), b.get(n)), ".0");
      b.ret(len(b.i32.add(b.i32.add(b.get(p), b.get(n)), c32(b, 2))));
    });
    // 0 < n ≤ 16 (so n < k): a point inside the digits
    b.if(b.i32.and(b.i32.gtS(b.get(n), c32(b, 0)), le16()), () => b.ret(len(insertPoint(b, parts, () => b.get(n)))));
    // −5 < n ≤ 0: "0.", −n zeros, digits
    b.if(b.i32.and(b.i32.gtS(b.get(n), c32(b, -5)), b.i32.leS(b.get(n), c32(b, 0))), () =>
      b.ret(len(leadingZeros(b, parts))),
    );
    // exponent form: "d" or "d1.d2…dk", then "e", then n − 1
    const q = temp(
      b,
      "q",
      "i32",
      b.ifValue(
        "i32",
        b.i32.eq(b.get(k), c32(b, 1)),
        () => b.i32.add(b.get(p), c32(b, 1)),
        () => insertPoint(b, parts, () => c32(b, 1)),
      ),
    );
    b.i32.store8(b.get(q), c32(b, ASCII.e));
    b.set(q, b.i32.add(b.get(q), c32(b, 1)));
    const e = temp(b, "e", "i32", b.i32.sub(b.get(n), c32(b, 1)));
    b.if(b.i32.ltS(b.get(e), c32(b, 0)), () => {
      b.i32.store8(b.get(q), c32(b, ASCII.minus));
      b.set(q, b.i32.add(b.get(q), c32(b, 1)));
      b.set(e, b.i32.sub(c32(b, 0), b.get(e)));
    });
    const digits = temp(b, "e_digits", "i32", b.call("rt.u64_digits", [b.i64.extendI32U(b.get(e))]));
    b.callVoid("rt.u64_write_back", [b.i64.extendI32U(b.get(e)), b.i32.add(b.get(q), b.get(digits))]);
    return len(b.i32.add(b.get(q), b.get(digits)));
  },
};

/** `name(x) -> String`: allocates `room` bytes, writes, gives back the unused tail (mark/release). */
function toString(name: string, writer: string, room: number, doc: string, nullable: boolean): RuntimeDef {
  return {
    name,
    params: [["x", "f64"]],
    result: "i32",
    deps: [writer],
    doc,
    build(b) {
      const s = temp(b, "s", "i32", b.alloc("scratch", c32(b, room + 4), 4));
      const n = temp(b, "n", "i32", b.call(writer, [b.get("x"), b.i32.add(b.get(s), c32(b, 4))]));
      if (nullable) {
        b.if(b.i32.ltS(b.get(n), c32(b, 0)), () => {
          b.setState("scratch_ptr", b.get(s));
          b.ret(c32(b, 0));
        });
      }
      b.i32.store(b.get(s), b.get(n));
      b.setState("scratch_ptr", b.i32.add(b.i32.add(b.get(s), c32(b, 4)), b.get(n)));
      return b.get(s);
    },
  };
}

const floatToText = toString(
  "rt.float_to_text",
  "rt.float_text_write",
  FLOAT_TEXT_MAX,
  `the §6.2 text of x as a new String (needs ${FLOAT_TEXT_MAX + 4} bytes of scratch room, keeps only the String)`,
  false,
);

const floatToJson = toString(
  "rt.float_to_json",
  "rt.float_json_write",
  FLOAT_JSON_MAX,
  "the §6.3 JSON number for x as a new String, or 0 for NaN/±inf (the caller traps NonFiniteFloat)",
  true,
);

export const FLOAT_TEXT_RUNTIME: readonly RuntimeDef[] = [floatTextWrite, floatJsonWrite, floatToText, floatToJson];
