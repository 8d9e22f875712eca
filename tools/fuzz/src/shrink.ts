// Reducing a failing program to a small reproducer. Greedy delta reduction
// over the generator's own tree: each candidate is the program with one
// change — a subtree replaced by the simplest value of its type or by one of
// its children of the same type, a list item / dict entry / where binding /
// match arm / f-string part removed, a declaration, schema field, predicate,
// parameter or import dropped, an argument value simplified. A candidate is
// kept when it is smaller, still passes the checker (the caller's predicate
// checks that) and still fails with the same signature.
import type { GEntry, GExpr, GProgram, GSchema, GEnum } from "./gast.js";
import { replaceAt, subtrees } from "./gast-walk.js";
import { isSimplest, simplest, type LiteralSource } from "./gen-literals.js";
import { contains, typeEq, type GType } from "./gtype.js";
import { J, printJson, type JVal } from "./json-value.js";
import { expr, printProgram } from "./print-source.js";

export interface ShrinkBudget {
  /** Candidates evaluated at most (each costs a check and usually a run). */
  readonly maxCandidates: number;
  /** Wall-clock limit in ms. */
  readonly maxMs: number;
}

export const DEFAULT_SHRINK_BUDGET: ShrinkBudget = { maxCandidates: 4000, maxMs: 180_000 };

export function programSize(p: GProgram): number {
  return printProgram(p).length + (p.args === undefined ? 0 : printJson(p.args).length);
}

function source(p: GProgram): Omit<LiteralSource, "rng"> {
  let n = 0;
  const schemas = new Map(p.schemas.map((s) => [s.name, s]));
  const enums = new Map(p.enums.map((e) => [e.name, e]));
  return {
    fresh: (prefix) => `${prefix}${n++}`,
    schema: (name) => schemas.get(name)!,
    enumDecl: (name) => enums.get(name)!,
  };
}

function without<T>(xs: readonly T[], i: number): T[] {
  return [...xs.slice(0, i), ...xs.slice(i + 1)];
}

/** Copies of `e` with one of its parts removed (the type stays the same; the checker judges the rest). */
function removals(e: GExpr): GExpr[] {
  switch (e.kind) {
    case "List":
      return e.items.map((_, i) => ({ ...e, items: without(e.items, i) }));
    case "Dict": {
      const out: GExpr[] = e.entries.map((_, i) => ({ ...e, entries: without(e.entries, i) }));
      e.entries.forEach((en, i) => {
        if (en.kind === "Field" && (en.internal || en.declared !== undefined)) {
          const { declared: _d, ...plain } = en;
          const entries: GEntry[] = [...e.entries];
          entries[i] = { ...plain, internal: false };
          out.push({ ...e, entries });
        }
      });
      return out;
    }
    case "Where":
      return e.bindings.length > 1 ? e.bindings.map((_, i) => ({ ...e, bindings: without(e.bindings, i) })) : [];
    case "Match":
      return e.arms.length > 1 ? e.arms.map((_, i) => ({ ...e, arms: without(e.arms, i) })) : [];
    case "FString":
      return e.parts.map((_, i) => ({ ...e, parts: without(e.parts, i) }));
    case "Comp": {
      if (e.filter === undefined) return [];
      const { filter: _f, ...rest } = e;
      return [rest];
    }
    default:
      return [];
  }
}

/** Whether every schema and enum the type names is still declared (a dropped declaration may linger in types). */
function declared(p: GProgram, t: GType): boolean {
  return !contains(t, (x) => (x.kind === "Schema" && !p.schemas.some((s) => s.name === x.name)) || (x.kind === "Enum" && !p.enums.some((e) => e.name === x.name)));
}

function* expressionCandidates(p: GProgram): Generator<GProgram> {
  const src = source(p);
  for (const { path, node } of subtrees(p.root)) {
    if (!isSimplest(node) && declared(p, node.type)) {
      const simple = simplest(src, node.type, node.hinted);
      if (expr(simple) !== expr(node)) yield { ...p, root: replaceAt(p.root, path, simple) };
    }
    for (const { node: sub } of subtrees(node).slice(1)) {
      if (typeEq(sub.type, node.type)) yield { ...p, root: replaceAt(p.root, path, { ...sub, hinted: node.hinted }) };
    }
    for (const r of removals(node)) yield { ...p, root: replaceAt(p.root, path, r) };
  }
}

function* declarationCandidates(p: GProgram): Generator<GProgram> {
  for (let i = 0; i < p.imports.length; i++) yield { ...p, imports: without(p.imports, i) };
  for (let i = 0; i < p.schemas.length; i++) yield { ...p, schemas: without(p.schemas, i) };
  for (let i = 0; i < p.enums.length; i++) yield { ...p, enums: without(p.enums, i) };
  for (const [si, s] of p.schemas.entries()) {
    const put = (ns: GSchema): GProgram => ({ ...p, schemas: p.schemas.map((x, j) => (j === si ? ns : x)) });
    for (let fi = 0; fi < s.fields.length; fi++) yield put({ ...s, fields: without(s.fields, fi) });
    for (const [fi, f] of s.fields.entries()) {
      const { predicate, default: dflt, expect, ...bare } = f;
      if (predicate !== undefined || dflt !== undefined || expect !== undefined) yield put({ ...s, fields: s.fields.map((x, j) => (j === fi ? bare : x)) });
      if (predicate !== undefined) {
        const { predicate: _p, expect: _e, ...rest } = f;
        yield put({ ...s, fields: s.fields.map((x, j) => (j === fi ? rest : x)) });
      }
    }
  }
  for (const [ei, e] of p.enums.entries()) {
    const put = (ne: GEnum): GProgram => ({ ...p, enums: p.enums.map((x, j) => (j === ei ? ne : x)) });
    for (let vi = 0; vi < e.variants.length; vi++) if (e.variants.length > 1) yield put({ ...e, variants: without(e.variants, vi) });
  }
  const main = p.main;
  if (main !== null) {
    if (main.result !== undefined) yield { ...p, main: { params: main.params } };
    for (const [i, param] of main.params.entries()) {
      const args = p.args?.kind === "obj" ? J.obj(p.args.entries.filter(([k]) => k !== param.name), p.args.escapeKeys === true) : p.args;
      yield { ...p, main: { ...main, params: without(main.params, i) }, ...(args === undefined ? {} : { args }) };
    }
  }
}

/** Simpler JSON values at every position of the argument object. */
function* jsonCandidates(v: JVal): Generator<JVal> {
  switch (v.kind) {
    case "num":
      if (v.text !== "0") yield J.num("0");
      if ((v.text.includes(".") || v.text.includes("e")) && v.text !== "0.5") yield J.num("0.5");
      return;
    case "str":
      if (v.value !== "") yield J.str("");
      if (v.ascii && /[^\x00-\x7f]/.test(v.value)) yield J.str(v.value);
      if ([...v.value].length > 1) yield J.str([...v.value].slice(0, 1).join(""));
      return;
    case "arr":
      for (let i = 0; i < v.items.length; i++) yield J.arr(without(v.items, i));
      for (const [i, item] of v.items.entries()) for (const c of jsonCandidates(item)) yield J.arr(v.items.map((x, j) => (j === i ? c : x)));
      return;
    case "obj":
      for (let i = 0; i < v.entries.length; i++) yield J.obj(without(v.entries, i), v.escapeKeys === true);
      for (const [i, [k, item]] of v.entries.entries()) for (const c of jsonCandidates(item)) yield J.obj(v.entries.map((x, j) => (j === i ? [k, c] : x)), v.escapeKeys === true);
      return;
    case "raw":
      yield J.str("");
      return;
    default:
      return;
  }
}

function* argCandidates(p: GProgram): Generator<GProgram> {
  if (p.args === undefined || p.args.kind !== "obj") return;
  // Top-level entries are the parameters: simplify their values, never drop them here.
  for (const [i, [k, v]] of p.args.entries.entries()) {
    for (const c of jsonCandidates(v)) yield { ...p, args: J.obj(p.args.entries.map((x, j) => (j === i ? [k, c] : x)), p.args.escapeKeys === true) };
  }
  if (p.argsSpaced === true) yield { ...p, argsSpaced: false };
  if (p.argsPad !== undefined) {
    const { argsPad: _pad, ...rest } = p;
    yield rest;
  }
  if (p.args.escapeKeys === true) yield { ...p, args: J.obj(p.args.entries) };
}

export function* candidates(p: GProgram): Generator<GProgram> {
  yield* declarationCandidates(p);
  yield* expressionCandidates(p);
  yield* argCandidates(p);
}

export interface ShrinkResult {
  readonly program: GProgram;
  readonly steps: number;
  readonly tried: number;
}

/**
 * Greedy reduction: after each accepted candidate the enumeration resumes at
 * about the same position of the new program's candidate list (the usual
 * delta-debugging shortcut), and starts over once a full pass finds nothing.
 */
export async function shrink(start: GProgram, stillFails: (p: GProgram) => Promise<boolean>, budget: ShrinkBudget = DEFAULT_SHRINK_BUDGET): Promise<ShrinkResult> {
  const t0 = performance.now();
  let current = start;
  let size = programSize(current);
  let tried = 0;
  let steps = 0;
  let resumeAt = 0;
  const out = () => tried >= budget.maxCandidates || performance.now() - t0 > budget.maxMs;
  for (;;) {
    let accepted = false;
    let index = 0;
    for (const c of candidates(current)) {
      if (index++ < resumeAt) continue;
      if (out()) return { program: current, steps, tried };
      const s = programSize(c);
      if (s >= size) continue;
      tried++;
      if (await stillFails(c)) {
        current = c;
        size = s;
        steps++;
        accepted = true;
        resumeAt = Math.max(0, index - 2);
        break;
      }
    }
    if (!accepted) {
      if (resumeAt === 0) return { program: current, steps, tried };
      resumeAt = 0;
    }
  }
}
