// `e where { bindings }` (§3.8): bindings are generated in a random
// dependency order (each may read only those generated before it, so there
// is no cycle) and printed in declaration order, so forward references
// (`c where { Int c: b - 3, Int b: a * 2, … }`) are common. All bindings are
// evaluated before the body, used or not.
import type { GField } from "./gast.js";
import { deeper, type Var } from "./gen-context.js";
import { genExpr, type Production } from "./gen-expr.js";
import { callOfRecursive, genField } from "./gen-fields.js";

export const genWhere: Production = (g, t, ctx, hinted) => {
  const rng = g.rng;
  const d = deeper(ctx);
  const n = rng.weighted([[4, 1], [3, 2], [1, 3]]);
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const bindings: GField[] = new Array(n);
  const visible: Var[] = [];
  for (const i of order) {
    const made = genField(g, { ...d, vars: [...d.vars, ...visible] }, { inDict: false });
    bindings[i] = made.field;
    visible.push(made.v);
  }
  for (const v of [...visible]) {
    const call = callOfRecursive(g, { ...d, vars: [...d.vars, ...visible] }, v);
    if (call !== undefined) {
      bindings.push(call);
      visible.push({ name: call.key, type: call.value.type });
    }
  }
  const body = genExpr(g, t, { ...d, vars: [...d.vars, ...visible] }, hinted);
  return { kind: "Where", body, bindings, type: t, hinted };
};
