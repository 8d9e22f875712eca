// Literals of every type, with the edge values the conformance contract is
// about: i64 MIN/MAX and the overflow boundaries, -0.0, subnormals, 1e308,
// ties in float printing, empty and non-ASCII/astral strings, keys whose
// code-point order differs from UTF-16 order. `simplest` is the shrinker's
// "smallest value of this type".
import { InternalError, unreachable } from "@tetra/core";
import type { GEntry, GExpr, GExprBody, GField, GSchema, GEnum } from "./gast.js";
import { contains, G, type GType } from "./gtype.js";
import type { Rng } from "./rng.js";

export const MAX_I64 = 2n ** 63n - 1n;
export const MIN_I64 = -(2n ** 63n);

export const INT_EDGES: readonly bigint[] = [
  0n, 1n, -1n, 2n, 3n, 7n, -7n, 10n, 100n, 255n, 256n,
  2n ** 31n - 1n, -(2n ** 31n), 2n ** 32n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 62n,
  3037000499n, -3037000500n, MAX_I64, MIN_I64, MAX_I64 - 1n, MIN_I64 + 1n,
];

export const FLOAT_EDGES: readonly number[] = [
  0, -0, 0.1, 0.2, 0.5, 1.5, 2.5, -2.5, 3, -1, 100, 1e15, 1e16, 3e20, 1e21, 1e-7, 1.5e-7, 2.5e-3, 1e-5, 1e-6,
  5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e308, 123456789.125, 1000000000000000.2,
  0.30000000000000004, 9007199254740992, 4503599627370496.5, 1 / 3, 100 / 3, 2 ** 63, -(2 ** 63), 9223372036854774784,
  12345678901234567890, 0.125, 1e300, -1e300,
];

export const STRING_POOL: readonly string[] = [
  "", "a", "abc", "hello world", "café", "ß", "straße", "ΟΔΥΣΣΕΥΣ", "ﬁle", "😀", "a😀b", "İ", "ǅ",
  "\u00a0 pad \u0085", "  pad  ", "\t\n", "a,b,,c", "x y z", '"q" \\', "${", "é\u0301", "\u0000", "日本語", "Σ",
  "ΑΣ ΑΣ", "\u{10FFFF}", "\u2028x", "ｱ", "\uFEFFz", "aaa", "-", ",", "Hello, World", "\u{1F600}\u{1F601}", "\u007f\u001f", "\u0085",
];

const CHAR_POOL: readonly string[] = [..."abcxyzABZ019 ,-_.", "é", "ß", "Σ", "ς", "😀", "\u00a0", "\u0085", "ﬁ", "İ", "\n", "\u3000", "ｱ", "€", "\u{10348}"];

/** Dict keys (arguments and literals): code-point order differs from UTF-16 order between "ｱ" and "😀". */
export const KEY_POOL: readonly string[] = ["a", "b", "z", "B", "_x", "a b", "é", "10", "9", "😀", "ｱ", "", "key", "\u00ff"];

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Keys that would be words of the language or names of built-ins if written bare. */
const RESERVED = new Set(["true", "false", "None", "Infinity", "NaN", "null", "match", "where", "for", "in", "if", "from", "as", "with", "_"]);

export function isBareKey(k: string): boolean {
  return IDENT.test(k) && !RESERVED.has(k);
}

export function intLiteral(rng: Rng): bigint {
  return rng.weighted<() => bigint>([
    [6, () => BigInt(rng.range(-10, 10))],
    [2.5, () => rng.pick(INT_EDGES)],
    [1, () => rng.i64()],
    [0.5, () => BigInt(rng.range(-1000, 1000))],
  ])();
}

export function floatLiteral(rng: Rng): number {
  return rng.weighted<() => number>([
    [4, () => rng.range(-40, 40) / 8],
    [3, () => rng.pick(FLOAT_EDGES)],
    [1, () => rng.anyFiniteDouble()],
    [0.25, () => rng.pick([NaN, Infinity, -Infinity])],
  ])();
}

/**
 * Code-point ranges where case mapping, whitespace and UTF-8 widths are
 * interesting: Latin-1 and Extended-A/B, IPA, Greek (final sigma, ΐ),
 * Cyrillic, Armenian (և → ԵՒ), Georgian, Cherokee, Latin Extended Additional
 * (ẞ), Greek Extended (ᾳ → ΑΙ), the Unicode spaces, letterlike symbols (Ω K Å),
 * Roman numerals, circled letters, Glagolitic, fullwidth, ligatures (ﬀ ﬃ),
 * Deseret and Osage (astral letters with case), Adlam.
 */
const CASE_RANGES: readonly (readonly [number, number])[] = [
  [0x00c0, 0x024f], [0x0250, 0x02af], [0x0370, 0x03ff], [0x0400, 0x052f], [0x0531, 0x0587], [0x10a0, 0x10ff],
  [0x13a0, 0x13fd], [0x1e00, 0x1eff], [0x1f00, 0x1fff], [0x2000, 0x206f], [0x2100, 0x218f], [0x24b6, 0x24e9],
  [0x2c00, 0x2c5f], [0xff01, 0xff5e], [0xfb00, 0xfb06], [0x10400, 0x1044f], [0x104b0, 0x104fb], [0x1e900, 0x1e943],
];

function caseChar(rng: Rng): string {
  const [lo, hi] = rng.pick(CASE_RANGES);
  return String.fromCodePoint(rng.range(lo, hi));
}

export function stringLiteralValue(rng: Rng): string {
  if (rng.chance(0.55)) return rng.pick(STRING_POOL);
  const n = rng.range(0, 6);
  const unicode = rng.chance(0.35);
  let s = "";
  for (let i = 0; i < n; i++) s += unicode && rng.chance(0.6) ? caseChar(rng) : rng.pick(CHAR_POOL);
  return s;
}

export function intNode(rng: Rng, value: bigint, hinted = false): GExpr {
  const radix = value >= 0n && rng.chance(0.12) ? rng.pick([16, 8, 2] as const) : 10;
  return { kind: "Int", value, radix, type: G.int, hinted };
}

export function floatNode(rng: Rng, value: number, hinted = false): GExpr {
  return { kind: "Float", value, spelling: rng.chance(0.15) ? "exp" : "short", type: G.float, hinted };
}

export function strNode(rng: Rng, value: string, hinted = false): GExpr {
  return { kind: "Str", value, style: rng.weighted([[8, "plain"], [1, "escaped"], [1, "raw"]] as const), type: G.string, hinted };
}

export function boolNode(value: boolean, hinted = false): GExpr {
  return { kind: "Bool", value, type: G.bool, hinted };
}

/** `(w where { T w: value })`: gives a context-dependent literal (`None`, `Ok(1)`, `{a: 1}` as a Dict) its type. */
export function typedWrap(name: string, t: GType, value: GExpr): GExpr {
  const binding: GField = { kind: "Field", key: name, quoted: false, declared: t, internal: false, value };
  return { kind: "Where", body: { kind: "Name", name, via: "name", quoted: false, type: t, hinted: false }, bindings: [binding], type: t, hinted: false };
}

/** Types whose literal needs the expected type of its position (§3.11, §3.4, §4.2 assignability). */
export function needsHint(t: GType): boolean {
  return t.kind === "Result" || t.kind === "Dict" || t.kind === "Schema";
}

export interface LiteralSource {
  readonly rng: Rng;
  fresh(prefix: string): string;
  schema(name: string): GSchema;
  enumDecl(name: string): GEnum;
}

/**
 * A literal of type `t` (compound literals have literal leaves). `hinted`
 * says whether the position pushes `t` in; when it does not, a type that
 * needs it is wrapped in a typed `where` binding.
 */
export function literal(src: LiteralSource, t: GType, hinted: boolean, pick: (t: GType) => GExpr = (x) => literal(src, x, true)): GExpr {
  const rng = src.rng;
  if (!hinted && needsHint(t)) return typedWrap(src.fresh("w"), t, literal(src, t, true, pick));
  const node = (e: GExprBody): GExpr => ({ ...e, type: t, hinted }) as GExpr;
  switch (t.kind) {
    case "Int":
      return intNode(rng, intLiteral(rng), hinted);
    case "Float":
      return floatNode(rng, floatLiteral(rng), hinted);
    case "Bool":
      return boolNode(rng.chance(0.5), hinted);
    case "String":
      return strNode(rng, stringLiteralValue(rng), hinted);
    case "List": {
      const n = hinted ? rng.weighted([[1, 0], [3, 1], [2, 2], [1, 3]]) : rng.range(1, 3);
      // Elements of an unhinted list are checked without an expected type.
      // Schema or Dict elements are typed one by one (see gen-collection.ts listLiteral).
      const itemHint = hinted && !contains(t.el, (x) => x.kind === "Dict" || x.kind === "Schema");
      return node({ kind: "List", items: Array.from({ length: n }, () => ({ spread: false, expr: itemHint ? pick(t.el) : literal(src, t.el, false, pick) })) });
    }
    case "Tuple":
      return node({ kind: "Tuple", items: t.els.map((x) => (hinted ? pick(x) : literal(src, x, false, pick))) });
    case "Option":
      if (hinted && rng.chance(0.4)) return node({ kind: "None" });
      return node({ kind: "Call", fn: "Some", args: [hinted ? pick(t.some) : literal(src, t.some, false, pick)] });
    case "Result": {
      const ok = rng.chance(0.6);
      return node({ kind: "Call", fn: ok ? "Ok" : "Err", args: [pick(ok ? t.ok : t.err)] });
    }
    case "Dict": {
      const keys = rng.shuffle(KEY_POOL).slice(0, rng.weighted([[1, 0], [3, 1], [2, 2], [1, 3]]));
      return node({ kind: "Dict", entries: keys.map((k) => ({ kind: "Field", key: k, quoted: !isBareKey(k) || rng.chance(0.2), internal: false, value: pick(t.value) })) });
    }
    case "Schema":
      return schemaLiteral(src, src.schema(t.name), hinted, pick, rng.chance(0.5));
    case "Enum":
      return variantLiteral(src, t.name, src.enumDecl(t.name), hinted, pick, undefined);
    case "Record":
      return node({
        kind: "Dict",
        entries: t.fields.map((f): GEntry => ({ kind: "Field", key: f.name, quoted: !isBareKey(f.name), internal: f.internal, value: f.type.kind === "Closure" ? literal(src, f.type, false, pick) : literal(src, f.type, false, pick) })),
      });
    case "Closure": {
      const params = t.params.map((p) => ({ name: src.fresh("p"), type: p }));
      return node({ kind: "Closure", params, result: t.result, body: pick(t.result) });
    }
    default:
      return unreachable(t);
  }
}

/** A dict literal for a schema: every required field, optional ones when `withOptional`. */
export function schemaLiteral(src: LiteralSource, s: GSchema, hinted: boolean, pick: (t: GType) => GExpr, withOptional: boolean): GExpr {
  const entries: GEntry[] = [];
  for (const f of s.fields) {
    const optional = f.default !== undefined || f.type.kind === "Option";
    if (optional && !withOptional && !src.rng.chance(0.3)) continue;
    entries.push({ kind: "Field", key: f.name, quoted: false, internal: false, value: pick(f.type) });
  }
  if (!hinted) throw new InternalError("schema literal without an expected type");
  return { kind: "Dict", entries: src.rng.shuffle(entries), type: G.schema(s.name), hinted };
}

/** `E.V`, `E.V(a, b)` or `E.V { f: x }`; `variant` picks one (random when undefined). */
export function variantLiteral(src: LiteralSource, enumName: string, e: GEnum, hinted: boolean, pick: (t: GType) => GExpr, variant: number | undefined): GExpr {
  const v = e.variants[variant ?? src.rng.int(e.variants.length)]!;
  const t = G.enumT(enumName);
  switch (v.kind) {
    case "unit":
      return { kind: "Variant", enumName, variant: v.name, payload: { kind: "unit" }, type: t, hinted };
    case "tuple":
      return { kind: "Variant", enumName, variant: v.name, payload: { kind: "tuple", items: v.types.map(pick) }, type: t, hinted };
    case "struct":
      return { kind: "Variant", enumName, variant: v.name, payload: { kind: "struct", fields: src.rng.shuffle(v.fields).map((f) => ({ name: f.name, value: pick(f.type) })) }, type: t, hinted };
    default:
      return unreachable(v);
  }
}

/** The shrinker's smallest expression of type `t` (deterministic). */
export function simplest(src: Omit<LiteralSource, "rng">, t: GType, hinted: boolean): GExpr {
  const pick = (x: GType) => simplest(src, x, true);
  const node = (e: GExprBody): GExpr => ({ ...e, type: t, hinted }) as GExpr;
  if (!hinted && needsHint(t)) return typedWrap(src.fresh("zz"), t, simplest(src, t, true));
  switch (t.kind) {
    case "Int":
      return { kind: "Int", value: 0n, radix: 10, type: t, hinted };
    case "Float":
      return { kind: "Float", value: 0, spelling: "short", type: t, hinted };
    case "Bool":
      return boolNode(false, hinted);
    case "String":
      return { kind: "Str", value: "", style: "plain", type: t, hinted };
    case "List":
      return hinted ? node({ kind: "List", items: [] }) : node({ kind: "List", items: [{ spread: false, expr: simplest(src, t.el, false) }] });
    case "Tuple":
      return node({ kind: "Tuple", items: t.els.map((x) => simplest(src, x, hinted)) });
    case "Option":
      return hinted ? node({ kind: "None" }) : node({ kind: "Call", fn: "Some", args: [simplest(src, t.some, false)] });
    case "Result":
      return node({ kind: "Call", fn: "Ok", args: [pick(t.ok)] });
    case "Dict":
      return node({ kind: "Dict", entries: [] });
    case "Schema": {
      const s = src.schema(t.name);
      const entries: GEntry[] = s.fields
        .filter((f) => f.default === undefined && f.type.kind !== "Option")
        .map((f) => ({ kind: "Field", key: f.name, quoted: false, internal: false, value: pick(f.type) }));
      return node({ kind: "Dict", entries });
    }
    case "Enum": {
      const e = src.enumDecl(t.name);
      const unit = e.variants.findIndex((v) => v.kind === "unit");
      const v = e.variants[unit >= 0 ? unit : 0]!;
      if (v.kind === "unit") return node({ kind: "Variant", enumName: t.name, variant: v.name, payload: { kind: "unit" } });
      if (v.kind === "tuple") return node({ kind: "Variant", enumName: t.name, variant: v.name, payload: { kind: "tuple", items: v.types.map(pick) } });
      return node({ kind: "Variant", enumName: t.name, variant: v.name, payload: { kind: "struct", fields: v.fields.map((f) => ({ name: f.name, value: pick(f.type) })) } });
    }
    case "Record":
      return node({ kind: "Dict", entries: t.fields.map((f) => ({ kind: "Field", key: f.name, quoted: !isBareKey(f.name), internal: f.internal, value: simplest(src, f.type, false) })) });
    case "Closure":
      return node({ kind: "Closure", params: t.params.map((p, i) => ({ name: `zp${i}`, type: p })), result: t.result, body: simplest(src, t.result, true) });
    default:
      return unreachable(t);
  }
}

/** Whether `e` is already as simple as `simplest` would make it (the shrinker skips those). */
export function isSimplest(e: GExpr): boolean {
  switch (e.kind) {
    case "Int":
      return e.value === 0n;
    case "Float":
      return Object.is(e.value, 0);
    case "Bool":
      return !e.value;
    case "Str":
      return e.value === "";
    case "None":
      return true;
    case "List":
      return e.items.length === 0 || (e.items.length === 1 && !e.items[0]!.spread && isSimplest(e.items[0]!.expr));
    case "Dict":
      return e.entries.length === 0 && e.type.kind !== "Record";
    case "Name":
      return false;
    default:
      return false;
  }
}

