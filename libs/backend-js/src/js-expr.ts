// A fragment of generated JavaScript with just enough precedence information to
// parenthesize correctly without wrapping everything: `atom`s (names, literals,
// calls) go anywhere, `op`s (operators, ternaries, assignments) need parentheses
// as an operand of another operator, and `seq`s (comma expressions) need them
// everywhere but statement level.

export type Prec = "atom" | "op" | "seq";

export interface JsExpr {
  readonly code: string;
  readonly prec: Prec;
  /** A literal or an immutable constant: never needs spilling to keep evaluation order. */
  readonly lit?: boolean;
}

export const atom = (code: string): JsExpr => ({ code, prec: "atom" });
export const opExpr = (code: string): JsExpr => ({ code, prec: "op" });

/** A numeric literal (negative ones are unary-minus expressions). */
export function lit(code: string): JsExpr {
  return { code, prec: code.startsWith("-") ? "op" : "atom", lit: true };
}

/** As an operand of a JS operator. */
export function operand(e: JsExpr): string {
  return e.prec === "atom" ? e.code : `(${e.code})`;
}

/** As a call argument, an initializer or the right side of an assignment. */
export function arg(e: JsExpr): string {
  return e.prec === "seq" ? `(${e.code})` : e.code;
}

export function call(fn: string, args: readonly (JsExpr | string | number)[]): JsExpr {
  const parts = args.map((a) => (typeof a === "object" ? arg(a) : String(a)));
  return atom(`${fn}(${parts.join(", ")})`);
}

export function binary(a: JsExpr, sym: string, b: JsExpr): JsExpr {
  return opExpr(`${operand(a)} ${sym} ${operand(b)}`);
}

/** A JS boolean as an i32 0/1. */
export function boolToI32(b: JsExpr): JsExpr {
  return opExpr(`${operand(b)} ? 1 : 0`);
}
