// What the generated programs exercise, counted two ways: over the
// generator's tree (expression kinds, call spellings, patterns, field kinds)
// and over the checker's typed AST (typed node kinds, every intrinsic id,
// binding kinds, pattern kinds, implicit conversions). The self-test uses it
// to prove that a thousand programs reach the whole CORE surface.
import { childrenOf, type TExpr, type TypedProgram } from "@tetra/lang";
import type { GExpr, GProgram } from "./gast.js";
import { children } from "./gast-walk.js";

export type Counts = Map<string, number>;

function bump(c: Counts, key: string): void {
  c.set(key, (c.get(key) ?? 0) + 1);
}

/** Keys like `expr:Where`, `spelling:pipe`, `pattern:StructP`, `field:function`, `decl:predicate`. */
export function generatorCoverage(p: GProgram, into: Counts = new Map()): Counts {
  const visit = (e: GExpr): void => {
    bump(into, `expr:${e.kind}`);
    switch (e.kind) {
      case "Name":
        bump(into, `ref:${e.via}${e.quoted ? "-quoted" : ""}`);
        break;
      case "Pipe":
        bump(into, e.bare ? "spelling:pipe-bare" : "spelling:pipe");
        break;
      case "Method":
        bump(into, "spelling:method");
        break;
      case "Module":
        bump(into, "spelling:module");
        break;
      case "Binary":
        bump(into, `op:${e.op}`);
        break;
      case "Match":
        for (const a of e.arms) bump(into, `pattern:${a.pattern.kind}${"qualifier" in a.pattern && a.pattern.qualifier !== undefined ? "-qualified" : ""}`);
        break;
      case "Dict":
        for (const en of e.entries) {
          if (en.kind === "Spread") bump(into, "field:spread");
          else bump(into, `field:${en.fn !== undefined ? "function" : en.declared !== undefined ? "typed" : "plain"}${en.internal ? "-internal" : ""}${en.quoted ? "-quoted" : ""}`);
        }
        break;
      case "Where":
        for (const b of e.bindings) bump(into, `binding:${b.fn !== undefined ? "function" : b.declared !== undefined ? "typed" : "plain"}`);
        break;
      case "FString":
        bump(into, e.raw ? "fstring:raw" : "fstring:plain");
        break;
      case "Str":
        bump(into, `string:${e.style}`);
        break;
      case "Int":
        bump(into, `int:radix${e.radix}`);
        break;
      case "Closure":
        bump(into, e.params.some((x) => x.type === undefined) ? "closure:untyped" : "closure:typed");
        break;
      default:
        break;
    }
    for (const c of children(e)) visit(c);
  };
  visit(p.root);
  for (const i of p.imports) bump(into, `import:${i.kind}`);
  for (const s of p.schemas) {
    bump(into, "decl:schema");
    for (const f of s.fields) {
      if (f.predicate !== undefined) bump(into, "decl:predicate");
      if (f.default !== undefined) bump(into, "decl:default");
      if (f.expect !== undefined) bump(into, "decl:expect");
    }
  }
  for (const e of p.enums) for (const v of e.variants) bump(into, `decl:variant-${v.kind}`);
  bump(into, p.main === null ? "main:library" : p.main.result === undefined ? "main:no-result" : p.main.result === "Dict" ? "main:dict-result" : "main:result");
  return into;
}

/** Keys like `texpr:Coerce`, `intrinsic:string.substring`, `form:pipe`, `binding:WhereBinding`. */
export function typedCoverage(p: TypedProgram, into: Counts = new Map()): Counts {
  const visit = (e: TExpr): void => {
    bump(into, `texpr:${e.kind}`);
    switch (e.kind) {
      case "Name":
        bump(into, `name:${e.bindingKind}:${e.via}`);
        break;
      case "Unary":
        bump(into, `unary:${e.op}`);
        break;
      case "Binary":
        bump(into, `binary:${e.op}`);
        break;
      case "CallIntrinsic":
        bump(into, `intrinsic:${e.fn}`);
        bump(into, `form:${e.form}`);
        break;
      case "List":
        for (const it of e.items) if (it.kind === "Spread") bump(into, "list:spread");
        break;
      case "Closure":
        if (e.captures.length > 0) bump(into, "closure:captures");
        break;
      case "Match":
        for (const a of e.arms) bump(into, `tpattern:${a.pattern.kind}${a.pattern.kind === "Variant" ? `:${a.pattern.family}` : ""}`);
        break;
      case "Coerce":
        bump(into, `coerce:${e.from.kind}->${e.to.kind}`);
        break;
      default:
        break;
    }
    for (const c of childrenOf(e)) visit(c);
  };
  visit(p.root);
  for (const b of p.bindings) bump(into, `binding:${b.kind}`);
  for (const s of p.schemas.values()) for (const f of s.fields) if (f.predicate !== undefined) visit(f.predicate);
  return into;
}
