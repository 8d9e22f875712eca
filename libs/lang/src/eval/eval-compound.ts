// Dict literals, where, lists, comprehensions and match (§5.2 rules 2, 3, 7, 9),
// compiled to closures like every other node (interpreter.ts).
import { InternalError, unreachable, type Value } from "@tetra/core";
import type { TExpr } from "../analyze/typed-ast.js";
import { Env, type Code, type LazySlot } from "./env.js";
import type { Interpreter } from "./interpreter.js";
import { RuntimeError } from "./runtime-error.js";
import { sortedByKey } from "./value-ops.js";

type Node<K extends TExpr["kind"]> = Extract<TExpr, { kind: K }>;

/**
 * A slot per field, then every field forced in source order (depth-first
 * through forward references), spreads evaluated at their position. The value
 * keeps internal and closure fields; a literal typed `Dict<String, V>` (it
 * spreads a Dict value) keeps only its data entries, sorted by key.
 */
export function compileDict(it: Interpreter, e: Node<"Dict">): Code {
  const isDict = e.type.kind === "Dict";
  const entries = e.entries.map((entry) =>
    entry.kind === "Field"
      ? { kind: "field" as const, entry, code: it.compile(entry.value), keep: !isDict || (!entry.internal && !entry.function && entry.value.type.kind !== "Closure") }
      : { kind: "spread" as const, entry, code: it.compile(entry.expr) },
  );
  return (env) => {
    const inner = new Env(env);
    const slots: (LazySlot | undefined)[] = entries.map((x) => {
      if (x.kind !== "field") return undefined;
      const slot = it.lazySlot(x.code, inner, x.entry.key);
      inner.bind(x.entry.binding, slot);
      return slot;
    });
    const fields = new Map<string, Value>();
    entries.forEach((x, i) => {
      if (x.kind === "field") {
        const v = it.force(slots[i]!, x.entry.span);
        if (x.keep) fields.set(x.entry.key, v);
        return;
      }
      const src = x.code(inner);
      if (src.kind !== "record") throw new InternalError("spread of a non-dict value", src.kind);
      for (const k of x.entry.keys ?? [...src.fields.keys()]) {
        const v = src.fields.get(k);
        if (v === undefined) throw new InternalError("spread key missing at run time", k);
        fields.delete(k);
        fields.set(k, v);
      }
    });
    return { kind: "record", fields: isDict ? sortedByKey(fields) : fields };
  };
}

/** All bindings forced in source order, then the body (§5.2 rule 3). */
export function compileWhere(it: Interpreter, e: Node<"Where">): Code {
  const bindings = e.bindings.map((b) => ({ b, code: it.compile(b.value) }));
  const body = it.compile(e.body);
  return (env) => {
    const inner = new Env(env);
    const slots = bindings.map(({ b, code }) => {
      const slot = it.lazySlot(code, inner, b.name);
      inner.bind(b.binding, slot);
      return slot;
    });
    bindings.forEach(({ b }, i) => it.force(slots[i]!, b.span));
    return body(inner);
  };
}

export function compileList(it: Interpreter, e: Node<"List">): Code {
  const items = e.items.map((item) => ({ spread: item.kind === "Spread", code: it.compile(item.expr) }));
  return (env) => {
    const out: Value[] = [];
    it.charge(items.length);
    for (let i = 0; i < items.length; i++) {
      const { spread, code } = items[i]!;
      const v = code(env);
      if (!spread) out.push(v);
      else {
        if (v.kind !== "list") throw new InternalError("list spread of a non-list", v.kind);
        it.charge(v.items.length);
        out.push(...v.items);
      }
    }
    return { kind: "list", items: out };
  };
}

export function compileComprehension(it: Interpreter, e: Node<"Comprehension">): Code {
  const source = it.compile(e.source);
  const filter = e.filter === null ? null : it.compile(e.filter);
  const element = it.compile(e.element);
  const binder = e.binder;
  return (env) => {
    const src = source(env);
    if (src.kind !== "list") throw new InternalError("comprehension over a non-list", src.kind);
    const out: Value[] = [];
    for (const x of src.items) {
      it.charge(1);
      const inner = new Env(env);
      if (binder !== null) inner.bind(binder, x);
      if (filter !== null) {
        const keep = filter(inner);
        if (keep.kind !== "bool" || !keep.value) continue;
      }
      out.push(element(inner));
    }
    return { kind: "list", items: out };
  };
}

/** The scrutinee once, arms in order; no match is TypeMismatch (§3.10). */
export function compileMatch(it: Interpreter, e: Node<"Match">): Code {
  const scrutinee = it.compile(e.scrutinee);
  const arms = e.arms.map((arm) => ({ pattern: arm.pattern, body: it.compile(arm.body) }));
  const type = e.scrutinee.type;
  return (env) => {
    const v = scrutinee(env);
    for (const { pattern: p, body } of arms) {
      if (p.kind === "Wildcard") return body(env);
      if (p.kind === "TypeTest") {
        if (p.matches) return body(env);
        continue;
      }
      const payload = variantPayload(v, p.family, p.variant, type);
      if (payload === undefined) continue;
      const inner = new Env(env);
      p.slots.forEach((b, i) => {
        if (b !== null) inner.bind(b, payload[i]!);
      });
      return body(inner);
    }
    throw new RuntimeError("TypeMismatch", "no `match` arm matches the value", e.span);
  };
}

/** The payload values (in declaration order) when `v` is the named variant, else undefined. */
function variantPayload(v: Value, family: "enum" | "option" | "result", variant: string, type: TExpr["type"]): readonly Value[] | undefined {
  switch (family) {
    case "option":
      if (v.kind !== "option") return undefined;
      if (variant === "None") return v.some === null ? [] : undefined;
      return v.some === null ? undefined : [v.some];
    case "result":
      if (v.kind !== "result" || v.isOk !== (variant === "Ok")) return undefined;
      return [v.value];
    case "enum": {
      if (v.kind !== "enum" || v.variant !== variant) return undefined;
      const p = v.payload;
      if (p.kind === "unit") return [];
      if (p.kind === "tuple") return p.items;
      const decl = type.kind === "Enum" ? type.variants.find((x) => x.name === variant) : undefined;
      if (decl?.payload.kind !== "struct") throw new InternalError("struct payload without a struct variant type", variant);
      return decl.payload.fields.map((f) => p.fields.get(f.name)!);
    }
    default:
      return unreachable(family);
  }
}
