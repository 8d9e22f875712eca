// `match` (§3.10). Patterns are resolved against the scrutinee's static type:
// enum, Option and Result scrutinees get variant tests with exhaustiveness,
// duplicate and unknown-variant checks; `Int`/`Float`/`String`/`Bool` type
// patterns are decided statically (`s match { Int: … }` on a String never
// matches, so it fails at run time with TypeMismatch, as §3.10 says).
import { unreachable, type Span } from "@tetra/core";
import type * as ast from "../ast.js";
import { joinTypes } from "../types/type-relations.js";
import { printType, T, type Type } from "../types/type.js";
import { checkExpr } from "./check-expr.js";
import { coerce } from "./coerce.js";
import { Scope, type Analyzer, type Ctx } from "./context.js";
import { isContextDependent } from "./expr-utils.js";
import type { BindingId, NodeId, TArm, TExpr, TPattern } from "./typed-ast.js";

type MatchExpr = Extract<ast.Expr, { kind: "Match" }>;
const TYPE_NAMES = new Set(["Int", "Float", "String", "Bool"]);

/** What the scrutinee's type offers to patterns: variant names with their payload slots. */
interface VariantSpace {
  readonly family: "enum" | "option" | "result";
  readonly typeName: string;
  readonly variants: readonly { readonly name: string; readonly slots: readonly Type[]; readonly fieldNames?: readonly string[] }[];
}

function variantSpace(t: Type): VariantSpace | undefined {
  switch (t.kind) {
    case "Enum":
      return {
        family: "enum",
        typeName: t.name,
        variants: t.variants.map((v) => {
          const p = v.payload;
          if (p.kind === "unit") return { name: v.name, slots: [] };
          if (p.kind === "tuple") return { name: v.name, slots: p.elements };
          return { name: v.name, slots: p.fields.map((f) => f.type), fieldNames: p.fields.map((f) => f.name) };
        }),
      };
    case "Option":
      return { family: "option", typeName: "Option", variants: [{ name: "None", slots: [] }, { name: "Some", slots: [t.some] }] };
    case "Result":
      return { family: "result", typeName: "Result", variants: [{ name: "Ok", slots: [t.ok] }, { name: "Err", slots: [t.err] }] };
    default:
      return undefined;
  }
}

export function checkMatch(a: Analyzer, e: MatchExpr, ctx: Ctx, hint: Type | undefined): TExpr {
  const scrutinee = checkExpr(a, e.scrutinee, ctx);
  const st = scrutinee.type;
  const id = a.newNode();
  const space = variantSpace(st);
  const covered = new Set<string>();
  let hasWildcard = false;
  const resolved = e.arms.map((arm, armIndex) => {
    const scope = new Scope(ctx.scope);
    const pattern = resolvePattern(a, arm.pattern, st, space, { id, armIndex, scope, level: ctx.closures.length });
    if (pattern.kind === "Wildcard") hasWildcard = true;
    if (pattern.kind === "Variant") {
      if (covered.has(pattern.variant)) a.error("DuplicateMatchArm", `the variant \`${pattern.variant}\` is matched twice`, arm.pattern.span);
      covered.add(pattern.variant);
    }
    return { arm, pattern, ctx: { ...ctx, scope } as Ctx };
  });
  if (space !== undefined && !hasWildcard && st.kind !== "Error") {
    const missing = space.variants.filter((v) => !covered.has(v.name)).map((v) => v.name);
    if (missing.length > 0) {
      a.error("NonExhaustiveMatch", `this match on ${printType(st)} does not cover ${missing.map((m) => `\`${m}\``).join(", ")}`, e.span, [
        { message: "add the missing arms or a `_` arm" },
      ]);
    }
  }
  // Arm bodies: context-free ones first, so `None` / `[]` arms get their type from the others.
  const bodies: (TExpr | undefined)[] = resolved.map(() => undefined);
  const order = resolved.map((_, i) => i).sort((i, j) => Number(isContextDependent(resolved[i]!.arm.body)) - Number(isContextDependent(resolved[j]!.arm.body)));
  let type: Type | undefined;
  const clashed = new Set<number>();
  for (const i of order) {
    const r = resolved[i]!;
    const body = checkExpr(a, r.arm.body, r.ctx, type ?? hint);
    bodies[i] = body;
    const joined = type === undefined ? body.type : joinTypes(type, body.type);
    if (joined === undefined) {
      a.error("MatchArmTypeMismatch", `match arms have different types: ${printType(type!)} and ${printType(body.type)}`, body.span);
      clashed.add(i);
      continue;
    }
    type = joined;
  }
  const result = type ?? T.never;
  const arms: TArm[] = resolved.map((r, i) => ({
    pattern: r.pattern,
    body: clashed.has(i) ? bodies[i]! : coerce(a, bodies[i]!, result, { code: "MatchArmTypeMismatch", what: "match arm" }),
    span: r.arm.span,
  }));
  return { kind: "Match", id, scrutinee, arms, type: result, span: e.span };
}

interface ArmScope {
  readonly id: NodeId;
  readonly armIndex: number;
  readonly scope: Scope;
  readonly level: number;
}

function resolvePattern(a: Analyzer, p: ast.Pattern, st: Type, space: VariantSpace | undefined, arm: ArmScope): TPattern {
  if (p.kind === "Wildcard") return { kind: "Wildcard" };
  if (st.kind === "Error") return { kind: "Wildcard" };
  const qualifier = p.path.length === 2 ? p.path[0]! : undefined;
  const name = p.path[p.path.length - 1]!;
  if (p.kind === "NamePattern" && qualifier === undefined && TYPE_NAMES.has(name) && !space?.variants.some((v) => v.name === name)) {
    return { kind: "TypeTest", typeName: name as "Int" | "Float" | "String" | "Bool", matches: st.kind === name };
  }
  if (space === undefined || (qualifier !== undefined && (space.family !== "enum" || qualifier !== space.typeName))) {
    a.error("UnknownVariant", `\`${p.path.join(".")}\` is not a variant of ${printType(st)}`, p.span);
    return { kind: "Wildcard" };
  }
  const index = space.variants.findIndex((v) => v.name === name);
  const v = space.variants[index];
  if (v === undefined) {
    a.error("UnknownVariant", `${printType(st)} has no variant \`${name}\``, p.span, [{ message: `its variants are: ${space.variants.map((x) => x.name).join(", ")}` }]);
    return { kind: "Wildcard" };
  }
  const variant = (slots: readonly (BindingId | null)[]): TPattern => ({ kind: "Variant", family: space.family, typeName: space.typeName, variant: name, index, slots });
  switch (p.kind) {
    case "NamePattern":
      if (v.slots.length > 0) a.error("StaticTypeMismatch", `variant \`${name}\` has a payload: list every slot, using \`_\` for ignored ones`, p.span);
      return variant(v.slots.map(() => null));
    case "TuplePattern": {
      if (v.fieldNames !== undefined) a.error("StaticTypeMismatch", `variant \`${name}\` has named fields: write \`${name} { … }\``, p.span);
      else if (p.slots.length !== v.slots.length) {
        a.error("StaticTypeMismatch", `variant \`${name}\` has ${v.slots.length} payload slot${v.slots.length === 1 ? "" : "s"}, the pattern lists ${p.slots.length}`, p.span);
      }
      return variant(v.slots.map((t, i) => bindSlot(a, arm, p.slots[i]?.name, t, i, p.slots[i]?.span ?? p.span)));
    }
    case "StructPattern": {
      const names = v.fieldNames;
      if (names === undefined) {
        a.error("StaticTypeMismatch", `variant \`${name}\` has no named fields`, p.span);
        return variant(v.slots.map(() => null));
      }
      const seen = new Set<string>();
      for (const f of p.fields) {
        if (!names.includes(f.field)) a.error("UnknownReferenceType", `variant \`${name}\` has no field \`${f.field}\``, f.span);
        else if (seen.has(f.field)) a.error("DuplicateField", `the field \`${f.field}\` is listed twice`, f.span);
        seen.add(f.field);
      }
      const missing = names.filter((n) => !seen.has(n));
      if (missing.length > 0) a.error("StaticTypeMismatch", `the pattern must list every field of \`${name}\` (use \`${missing[0]}: _\` to ignore one): missing ${missing.join(", ")}`, p.span);
      return variant(
        names.map((n, i) => {
          const f = p.fields.find((x) => x.field === n);
          return bindSlot(a, arm, f?.bind, v.slots[i]!, i, f?.span ?? p.span);
        }),
      );
    }
    default:
      return unreachable(p);
  }
}

function bindSlot(a: Analyzer, arm: ArmScope, name: string | undefined, type: Type, slot: number, span: Span): BindingId | null {
  if (name === undefined || name === "_") return null;
  const id = a.newBinding(arm.level, (bid) => ({ kind: "MatchBinding", id: bid, name, type, match: arm.id, arm: arm.armIndex, slot, span }));
  if (arm.scope.names.has(name)) a.error("DuplicateField", `the pattern binds \`${name}\` twice`, span);
  arm.scope.names.set(name, { kind: "binding", id, level: arm.level });
  return id;
}
