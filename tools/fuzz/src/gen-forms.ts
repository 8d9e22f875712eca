// One library operation, many spellings (§7: "where both exist they behave
// identically"): `abs(x)`, `math.abs(x)`, `x | abs()`, `x | math.abs`, a
// named import `clampTo(x, 0, 9)`, `s.upper()` / `string.upper(s)`. The
// generator picks among the spellings the program's imports allow, so every
// route through the checker's call resolution reaches the same intrinsic.
import { InternalError } from "@tetra/core";
import type { GExpr } from "./gast.js";
import type { Gen } from "./gen-context.js";
import type { GType } from "./gtype.js";

export type ModuleName = "list" | "math" | "string" | "dict";

export interface Spellings {
  /** Global built-in function name (`abs`, `len`, `starts_with`). */
  readonly fn?: string;
  /** Method name on the first argument (`upper`, `sum`). */
  readonly method?: string;
  /** std module member (`["math", "abs"]`). */
  readonly module?: readonly [ModuleName, string];
  /** Whether the pipe spellings are allowed (function and module forms only). */
  readonly pipe?: boolean;
}

const PATHS: Readonly<Record<ModuleName, string>> = { list: "std/list", math: "std/math", string: "std/string", dict: "std/dict" };

export function modulePath(m: ModuleName): string {
  return PATHS[m];
}

/** Whether at least one spelling is possible with the program's imports. */
export function canSpell(g: Gen, s: Spellings): boolean {
  return s.fn !== undefined || s.method !== undefined || (s.module !== undefined && (g.imports.alias[s.module[0]] !== undefined || g.imports.named.has(namedKey(s.module))));
}

function namedKey(m: readonly [ModuleName, string]): string {
  return `${m[0]}.${m[1]}`;
}

export function spell(g: Gen, s: Spellings, args: readonly GExpr[], type: GType, hinted: boolean): GExpr {
  const rng = g.rng;
  const forms: (() => GExpr)[] = [];
  const pipe = s.pipe !== false && args.length >= 1;
  if (s.fn !== undefined) {
    const fn = s.fn;
    forms.push(() => ({ kind: "Call", fn, args, type, hinted }));
    if (pipe) forms.push(() => ({ kind: "Pipe", left: args[0]!, fn, args: args.slice(1), bare: args.length === 1 && rng.chance(0.5), type, hinted }));
  }
  if (s.method !== undefined && args.length >= 1) {
    const method = s.method;
    forms.push(() => ({ kind: "Method", receiver: args[0]!, method, args: args.slice(1), type, hinted }));
    forms.push(() => ({ kind: "Method", receiver: args[0]!, method, args: args.slice(1), type, hinted }));
  }
  if (s.module !== undefined) {
    const [m, member] = s.module;
    const alias = g.imports.alias[m];
    if (alias !== undefined) {
      forms.push(() => ({ kind: "Module", alias, member, args, type, hinted }));
      if (pipe) forms.push(() => ({ kind: "Pipe", left: args[0]!, fn: `${alias}.${member}`, args: args.slice(1), bare: args.length === 1 && rng.chance(0.5), type, hinted }));
    }
    const local = g.imports.named.get(namedKey(s.module));
    if (local !== undefined) forms.push(() => ({ kind: "Call", fn: local, args, type, hinted }));
  }
  if (forms.length === 0) throw new InternalError(`no spelling for ${JSON.stringify(s)}`);
  return rng.pick(forms)();
}
