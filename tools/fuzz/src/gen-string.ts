// Productions for String: `+` with conversions of Int/Float/Bool (§6),
// f-strings (plain and raw), every CORE function of §7.2 in its method,
// function, module and pipe spellings, join, type(), and an element of
// `split`. Byte offsets in `substring` on non-ASCII text and the empty
// separator are deliberately reachable: their errors are compared too.
import type { GExpr } from "./gast.js";
import { deeper } from "./gen-context.js";
import { genExpr, indexExpr, type Production, type Weighted } from "./gen-expr.js";
import { canSpell, spell } from "./gen-forms.js";
import { intNode, strNode } from "./gen-literals.js";
import { genType } from "./gen-type.js";
import { G, type GType } from "./gtype.js";

export function stringProductions(t: GType): Weighted {
  if (t.kind !== "String") return [];
  return [
    [3, concat],
    [3, fstring],
    [2.5, caseAndTrim],
    [1, substring],
    [1.2, replace],
    [1.5, join],
    [0.6, typeName],
    [0.8, splitElement],
  ];
}

const TEXTABLE: readonly (readonly [number, GType])[] = [
  [3, G.string],
  [2, G.int],
  [2.5, G.float],
  [1, G.bool],
];

const concat: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  // One side at least is a String (§4.2); the other may be converted.
  const other = rng.weighted(TEXTABLE);
  const [lt, rt] = rng.chance(0.5) ? [G.string, other] : [other, G.string];
  const left = genExpr(g, lt, d, false);
  const right = genExpr(g, rt, d, false);
  if (rng.chance(0.15) && lt.kind === "String" && rt.kind === "String") return spell(g, { method: "concat" }, [left, right], G.string, hinted);
  return { kind: "Binary", op: "+", left, right, type: G.string, hinted };
};

const FSTRING_TEXT: readonly string[] = ["", " ", "x=", ", ", "{braces}", "$n", "é", "😀", "\n", '"', "\\", "-", ": ", "$", "{"];

const fstring: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const n = rng.range(1, 3);
  const parts: (string | GExpr)[] = [];
  for (let i = 0; i < n; i++) {
    const text = rng.pick(FSTRING_TEXT);
    // "$" right before an interpolation stays text (`$${x}`), but a text part must never contain "${".
    if (text !== "") parts.push(text);
    parts.push(genExpr(g, rng.weighted(TEXTABLE), d, false));
  }
  if (rng.chance(0.5)) parts.push(rng.pick(FSTRING_TEXT.filter((s) => s !== "$")));
  return { kind: "FString", parts: parts.filter((p) => p !== ""), raw: rng.chance(0.1), type: G.string, hinted };
};

const caseAndTrim: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const s = genExpr(g, G.string, deeper(ctx), false);
  const name = rng.weighted<string>([[2, "upper"], [2, "lower"], [1.5, "trim"], [1, "trim_start"], [1, "trim_end"]]);
  if (name === "upper" || name === "lower") return spell(g, { method: name, module: ["string", name] }, [s], G.string, hinted);
  return spell(g, { method: name, fn: name }, [s], G.string, hinted);
};

const substring: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const small = () => (rng.chance(0.75) ? intNode(rng, BigInt(rng.weighted([[3, 0], [3, 1], [2, 2], [1, 3], [0.5, 5], [0.3, -1]]))) : genExpr(g, G.int, deeper(d), false));
  return spell(g, { method: "substring" }, [genExpr(g, G.string, d, false), small(), small()], G.string, hinted);
};

const replace: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const piece = () => (rng.chance(0.7) ? strNode(rng, rng.pick(["", "a", "aa", "é", "😀", " ", "-", "b", "ab"])) : genExpr(g, G.string, deeper(d), false));
  return spell(g, { method: "replace", module: ["string", "replace"] }, [genExpr(g, G.string, d, false), piece(), piece()], G.string, hinted);
};

const join: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const el = rng.weighted(TEXTABLE);
  const sep = rng.chance(0.7) ? strNode(rng, rng.pick(["", ",", ", ", "-", "😀", " | "])) : genExpr(g, G.string, deeper(d), false);
  const s = { method: "join", module: ["string", "join"] } as const;
  return spell(g, canSpell(g, s) ? s : { method: "join" }, [genExpr(g, G.list(el), d, false), sep], G.string, hinted);
};

const typeName: Production = (g, _t, ctx, hinted) => {
  const u = genType(g, { depth: 1, allowRecord: true, allowClosure: true });
  return { kind: "Call", fn: "type", args: [genExpr(g, u, deeper(ctx), false)], type: G.string, hinted };
};

const splitElement: Production = (g, _t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const sep = strNode(rng, rng.weighted([[3, ","], [2, " "], [1, "a"], [1, "é"], [0.2, ""]]));
  const parts = spell(g, { method: "split", module: ["string", "split"] }, [genExpr(g, G.string, d, false), sep], G.list(G.string), false);
  return { kind: "Index", object: parts, index: indexExpr(g, d), type: G.string, hinted };
};
