// Arguments that accept Int or Float and are used as Float (`sqrt(16)`,
// `pow(2, 10)`): an Int argument gets an explicit IntToFloat node.
import { tryFold } from "../analyze/const-fold.js";
import type { TExpr } from "../analyze/typed-ast.js";
import { T } from "../types/type.js";
import type { CallChecker } from "./call-checker.js";

export function toFloatArg(c: CallChecker, i: number): TExpr | undefined {
  const x = c.arg(i);
  if (x.type.kind === "Float" || x.type.kind === "Error") return x;
  if (x.type.kind === "Int") return tryFold(c.a, { kind: "IntToFloat", operand: x, type: T.float, span: x.span });
  c.mismatch(i, "Int or Float");
  return undefined;
}
