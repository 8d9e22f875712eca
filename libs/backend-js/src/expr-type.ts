// The type of an IR node (the verifier's rules, without the checking: the
// module is already verified) and two small facts about expressions that the
// function emitter needs to keep evaluation order.
import { InternalError, unreachable } from "@tetra/core";
import { LOAD_OP_INFO, NUM_OP_INFO, children, type Expr, type ResultType, type ValType } from "@tetra/ir";

export interface Typing {
  /** The function being emitted, for messages. */
  readonly func: string;
  readonly local: (name: string) => ValType | undefined;
  readonly funcResult: (name: string) => ResultType;
}

/** A constant or a local read: evaluating it has no effect and nothing can change it mid-expression. */
export const isPlain = (e: Expr): boolean => e.kind === "local.get" || e.kind.endsWith(".const");

/** Does evaluating `e` assign local `name`? */
export function writesLocal(e: Expr, name: string): boolean {
  if ((e.kind === "local.set" || e.kind === "local.tee") && e.name === name) return true;
  return children(e).some((c) => writesLocal(c, name));
}

/** A value type, `none`, or "unreachable" for terminators (br, br_table, return, trap, unreachable). */
export function typeOf(t: Typing, e: Expr): ResultType | "unreachable" {
  switch (e.kind) {
    case "i32.const":
    case "func.ref":
    case "alloc":
    case "state.get":
      return "i32";
    case "i64.const":
      return "i64";
    case "f64.const":
      return "f64";
    case "local.get":
    case "local.tee": {
      const v = t.local(e.name);
      if (v === undefined) throw new InternalError(`unknown local in $${t.func}`, e.name);
      return v;
    }
    case "block":
    case "loop":
    case "frame":
    case "if":
      return e.type;
    case "br":
    case "br_table":
    case "return":
    case "trap":
    case "unreachable":
      return "unreachable";
    case "local.set":
    case "br_if":
    case "drop":
    case "fuel":
    case "store":
    case "memory.copy":
    case "memory.fill":
    case "state.set":
      return "none";
    case "select":
      return typeOf(t, e.then);
    case "call":
      return t.funcResult(e.func);
    case "call_indirect":
      return e.sig.result;
    case "load":
      return LOAD_OP_INFO[e.op].type;
    case "num":
      return NUM_OP_INFO[e.op].result;
    default:
      return unreachable(e);
  }
}
