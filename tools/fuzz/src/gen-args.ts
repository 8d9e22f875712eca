// JSON arguments that decode to the `#main` parameter types (§2.4), in all
// the accepted spellings: integers beyond 2^53, floats written as integers
// (`2` for 2.0), with exponents or with more digits than a double holds,
// `-0.0`, subnormals; Option as `null` / `"None"` / `{"None": null}` /
// `{"Some": x}` / bare; enums as a string or `{"V": …}`; schemas with absent
// optional fields and undeclared extra properties; \u-escaped text.
// `mutateArgs` sometimes breaks them, since MissingMainArg, UnexpectedMainArg
// and MainArgTypeMismatch are compared too.
import { InternalError, unreachable } from "@tetra/core";
import type { Gen } from "./gen-context.js";
import { floatLiteral, intLiteral, isBareKey, KEY_POOL, stringLiteralValue } from "./gen-literals.js";
import type { GType } from "./gtype.js";
import { J, type JVal } from "./json-value.js";
import type { Rng } from "./rng.js";

function intText(rng: Rng): string {
  if (rng.chance(0.02)) return "-0";
  return intLiteral(rng).toString();
}

/** A JSON number spelling of a finite double, chosen among equivalent texts. */
export function floatJsonText(rng: Rng, x: number): string {
  if (Object.is(x, -0)) return rng.pick(["-0.0", "-0", "-0e0", "-0.000"]);
  const short = String(x);
  return rng.weighted<() => string>([
    [5, () => short],
    [1, () => x.toExponential().replace("e+", rng.chance(0.5) ? "e" : "E+")],
    [1, () => (Number.isInteger(x) && Math.abs(x) < 1e21 ? (rng.chance(0.5) ? BigInt(x).toString() : `${BigInt(x)}.0`) : short)],
    [0.7, () => (Math.abs(x) < 1e21 && Math.abs(x) >= 1e-6 ? trimZeros(x.toFixed(20 + rng.int(30))) : short)],
  ])();
}

/** "2.5000" → "2.5", "2.000" → "2.0" (a JSON number needs a digit after the point). */
function trimZeros(s: string): string {
  const t = s.replace(/0+$/, "");
  return t.endsWith(".") ? `${t}0` : t;
}

/** Decimal texts that are not the shortest form of any double: they test correct rounding. */
function oddFloatText(rng: Rng): string {
  return rng.weighted<() => string>([
    [2, () => `${rng.range(0, 9)}.${Array.from({ length: rng.range(15, 30) }, () => rng.range(0, 9)).join("")}`],
    [1, () => `${rng.range(1, 9)}e${rng.range(-330, 310)}`],
    [0.5, () => rng.pick(["1e400", "-1e400", "1e-400", "2.4703282292062327e-324", "2.4703282292062328e-324", "9007199254740993", "0.1e1", "1E5", "1.7976931348623158e308"])],
  ])();
}

export function genArg(g: Gen, t: GType): JVal {
  const rng = g.rng;
  switch (t.kind) {
    case "Int":
      return J.num(intText(rng));
    case "Float":
      return J.num(rng.chance(0.12) ? oddFloatText(rng) : floatJsonText(rng, finite(floatLiteral(rng))));
    case "Bool":
      return J.bool(rng.chance(0.5));
    case "String":
      if (rng.chance(0.03)) return J.raw(rng.pick(SURROGATE_TEXTS));
      return J.str(stringLiteralValue(rng), rng.chance(0.2));
    case "List":
      return J.arr(Array.from({ length: rng.weighted([[2, 0], [3, 1], [3, 2], [2, 3], [1, 4], [0.3, 8]]) }, () => genArg(g, t.el)));
    case "Tuple":
      return J.arr(t.els.map((x) => genArg(g, x)));
    case "Dict": {
      const keys = rng.shuffle(KEY_POOL).slice(0, rng.weighted([[1, 0], [3, 1], [3, 2], [2, 3]]));
      const entries: (readonly [string, JVal])[] = keys.map((k) => [k, genArg(g, t.value)]);
      if (entries.length > 0 && rng.chance(0.08)) entries.push([entries[0]![0], genArg(g, t.value)]);
      return J.obj(entries);
    }
    case "Option":
      return optionArg(g, t.some);
    case "Result": {
      const ok = rng.chance(0.6);
      const payload = genArg(g, ok ? t.ok : t.err);
      const wrap = isScalar(ok ? t.ok : t.err) && rng.chance(0.3);
      return J.obj([[ok ? "Ok" : "Err", wrap ? J.obj([[ok ? "value" : "error", payload]]) : payload]]);
    }
    case "Schema": {
      const s = g.schema(t.name);
      const entries: (readonly [string, JVal])[] = [];
      for (const f of s.fields) {
        const optional = f.default !== undefined || f.type.kind === "Option";
        if (optional && rng.chance(0.4)) continue;
        if (!optional && rng.chance(0.01)) continue;
        entries.push([f.name, genArg(g, f.type)]);
      }
      if (rng.chance(0.12)) entries.push([rng.pick(["extra", "é", "_x"]), genArg(g, { kind: "Int" })]);
      return J.obj(rng.shuffle(entries));
    }
    case "Enum": {
      const v = rng.pick(g.enumDecl(t.name).variants);
      switch (v.kind) {
        case "unit":
          return rng.weighted<() => JVal>([
            [4, () => J.str(v.name)],
            [1, () => J.obj([[v.name, J.obj([])]])],
            [1, () => J.obj([[v.name, J.null]])],
          ])();
        case "tuple":
          return J.obj([[v.name, J.arr(v.types.map((x) => genArg(g, x)))]]);
        case "struct":
          return J.obj([[v.name, J.obj(rng.shuffle(v.fields.map((f) => [f.name, genArg(g, f.type)] as const)))]]);
        default:
          return unreachable(v);
      }
    }
    case "Record":
    case "Closure":
      throw new InternalError(`not a parameter type: ${t.kind}`);
    default:
      return unreachable(t);
  }
}

/**
 * String texts with surrogate escapes: valid pairs (also in upper-case hex),
 * and lone or reversed surrogates, which have no UTF-8 form; every target must
 * treat them the same way.
 */
const SURROGATE_TEXTS: readonly string[] = ['"\\uD83D\\uDE00"', '"x\\ud83d\\ude00y"', '"\\ud800"', '"a\\udc00b"', '"\\ude00\\ud83d"', '"\\ud83d"', '"\\u00E9\\u0000"'];

function finite(x: number): number {
  return Number.isFinite(x) ? x : 1.5;
}

function isScalar(t: GType): boolean {
  return t.kind === "Int" || t.kind === "Float" || t.kind === "Bool" || t.kind === "String" || t.kind === "List";
}

function optionArg(g: Gen, some: GType): JVal {
  const rng = g.rng;
  if (rng.chance(0.35)) return rng.weighted<JVal>([[4, J.null], [1, J.str("None")], [1, J.obj([["None", J.null]])], [1, J.obj([["None", J.obj([])]])]]);
  const x = genArg(g, some);
  // A bare payload is read as Some(payload) only when it cannot be one of the other forms.
  const objectLike = some.kind === "Dict" || some.kind === "Schema" || some.kind === "Enum" || some.kind === "Option" || some.kind === "Result";
  return rng.weighted<() => JVal>([
    [objectLike ? 0 : 3, () => x],
    [3, () => J.obj([["Some", x]])],
    [isScalar(some) && some.kind !== "List" ? 0.7 : 0, () => J.obj([["Some", J.obj([["value", x]])]])],
  ])();
}

export interface Param {
  readonly name: string;
  readonly type: GType;
}

export function genArgs(g: Gen, params: readonly Param[]): JVal {
  const rng = g.rng;
  const entries: (readonly [string, JVal])[] = params.map((p) => [p.name, genArg(g, p.type)] as const);
  // A parameter given twice: the last value wins (DESIGN §6).
  if (params.length > 0 && rng.chance(0.03)) {
    const p = rng.pick(params);
    entries.unshift([p.name, genArg(g, p.type)]);
  }
  return J.obj(rng.chance(0.2) ? rng.shuffle(entries) : entries, rng.chance(0.05));
}

/** Whitespace around the argument object (valid), or text that makes it malformed. */
export function argsPad(g: Gen): readonly [string, string] | undefined {
  const rng = g.rng;
  if (!rng.chance(0.04)) return undefined;
  return rng.weighted<readonly [string, string]>([
    [3, [rng.pick(["\n", " \t", "\r\n", "  "]), rng.pick(["\n", " ", "\r\n\t", ""])]],
    [1, ["\uFEFF", ""]],
    [1, ["", rng.pick([",", " x", "}", "//c", "\u0000", " {}"])]],
  ]);
}

/** Break the argument object in one of the ways §2.4 classifies. */
export function mutateArgs(g: Gen, params: readonly Param[], args: JVal): JVal {
  const rng = g.rng;
  if (args.kind !== "obj") return args;
  const entries = [...args.entries];
  const how = rng.weighted<string>([
    [params.length > 0 ? 1 : 0, "drop"],
    [1, "extra"],
    [params.length > 0 ? 2 : 0, "wrong"],
  ]);
  if (how === "drop") entries.splice(rng.int(entries.length), 1);
  else if (how === "extra") entries.push([rng.pick(["extra", "zz", isBareKey("b") ? "b" : "q"]), J.num("1")]);
  else {
    const i = rng.int(entries.length);
    entries[i] = [
      entries[i]![0],
      rng.pick([
        J.str("x"), J.num("1.5"), J.num("1e2"), J.num("1.0"), J.num("1e0"), J.num("9223372036854775808"), J.num("-9223372036854775809"),
        J.bool(true), J.arr([]), J.obj([]), J.null, J.num("-0.0"), J.raw("01"), J.raw("+1"), J.raw(".5"), J.raw("1."), J.raw("-"),
        J.raw("0x10"), J.raw("NaN"), J.raw("Infinity"), J.raw("tru"), J.raw('"open'), J.raw("'x'"), J.raw("[1,]"), J.raw("1e99999"),
      ]),
    ];
  }
  return J.obj(entries);
}

