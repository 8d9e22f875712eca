// The standard library (§7, stdlib/intrinsics.ts) as IR. Number functions
// are a few ops each; string functions call the string runtime and trap at the
// call's site when it reports a failure (0 from rt.str_substring →
// IndexOutOfBounds, 0 from rt.str_split → UnsupportedOperator); list functions
// are loops over a `Source` (lists.ts), so `range(…)` written as their receiver
// is never materialised, and a closure literal argument is inlined.
import { unreachable } from "@tetra/core";
import type { Expr } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import { projectedFields } from "../types/type-relations.js";
import { T, type Type } from "../types/type.js";
import { dictFind, elementAt } from "./access.js";
import { prepareApplier } from "./closures.js";
import type { FnCtx } from "./context.js";
import { eqValues } from "./equality.js";
import { lowerExpr, unsupportedExpr } from "./expr.js";
import { dictView, listView, loadSlot, storeSlot, valTypeOf } from "./layout.js";
import { allocList, collect, listElement, materializeRange, openSource, sourceLength, type Source } from "./lists.js";
import { mayFail } from "./may-fail.js";
import { closureUse, collectPipeline, openPipeline } from "./pipeline.js";
import { TextWriter } from "./strings.js";

type Call = Extract<TExpr, { kind: "CallIntrinsic" }>;

function arg(e: Call, i: number): TExpr {
  return e.args[i]!;
}

/** rt.<name>(args…) evaluated in order; undefined result when the runtime lacks it. */
function rt(c: FnCtx, e: Call, name: string, args: readonly Expr[]): Expr {
  const fn = c.L.runtime(name, e.span);
  if (fn === undefined) return c.b.i32.const(0);
  return c.b.call(fn, args, c.L.site(e.span));
}

/** A runtime call whose 0 result is a language error at this call. */
function rtOrTrap(c: FnCtx, e: Call, name: string, kind: "IndexOutOfBounds" | "UnsupportedOperator"): Expr {
  const b = c.b;
  const r = c.let(rt(c, e, name, e.args.map((a) => lowerExpr(c, a))), "i32", "r");
  b.if(b.i32.eqz(b.get(r)), () => b.trap(kind, c.L.site(e.span)));
  return b.get(r);
}

export function lowerIntrinsic(c: FnCtx, e: Call): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  const all = (): Expr[] => e.args.map((a) => lowerExpr(c, a));
  switch (e.fn) {
    case "string.len":
      return b.i64.extendI32U(b.i32.load(lowerExpr(c, arg(e, 0))));
    case "string.is_empty":
      return b.i32.eqz(b.i32.load(lowerExpr(c, arg(e, 0))));
    case "string.concat":
      return rt(c, e, "rt.str_concat", all());
    case "string.substring":
      return rtOrTrap(c, e, "rt.str_substring", "IndexOutOfBounds");
    case "string.split":
      return rtOrTrap(c, e, "rt.str_split", "UnsupportedOperator");
    case "string.starts_with":
      return rt(c, e, "rt.str_starts_with", all());
    case "string.ends_with":
      return rt(c, e, "rt.str_ends_with", all());
    case "string.contains":
      return rt(c, e, "rt.str_contains", all());
    case "string.upper":
      return rt(c, e, "rt.str_upper", all());
    case "string.lower":
      return rt(c, e, "rt.str_lower", all());
    case "string.trim":
      return rt(c, e, "rt.str_trim", all());
    case "string.trim_start":
      return rt(c, e, "rt.str_trim_start", all());
    case "string.trim_end":
      return rt(c, e, "rt.str_trim_end", all());
    case "string.replace":
      return rt(c, e, "rt.str_replace", all());
    case "list.len":
      return sourceLength(c, openSource(c, arg(e, 0)));
    case "list.is_empty":
      return b.i32.eqz(openSource(c, arg(e, 0)).count());
    case "list.map":
      return lowerMap(c, e);
    case "list.filter":
      return lowerFilter(c, e);
    case "list.reduce":
      return lowerReduce(c, e);
    case "list.every":
    case "list.some":
      return lowerQuantifier(c, e, e.fn === "list.every");
    case "list.contains":
      return lowerContains(c, e);
    case "list.join":
      return lowerJoin(c, e);
    case "list.sum.int":
    case "list.sum.float": {
      const int = e.fn === "list.sum.int";
      const src = openPipeline(c, arg(e, 0), { mayFail: int, defersFailure: true });
      return lowerSum(c, src, int, site, src.stagesMayFail);
    }
    case "list.avg.int": {
      const src = openSource(c, arg(e, 0));
      const sum = c.let(lowerSum(c, src, true, site), "i64", "sum");
      return b.i64.divS(b.get(sum), sourceLength(c, src), site);
    }
    case "list.avg.float": {
      const src = openSource(c, arg(e, 0));
      const sum = c.let(lowerSum(c, src, false, site), "f64", "sum");
      return b.f64.divChecked(b.get(sum), b.f64.convertI64U(sourceLength(c, src)), site);
    }
    case "list.max.int":
    case "list.max.float":
    case "list.min.int":
    case "list.min.float":
      return lowerExtremum(c, e);
    case "list.unique":
      return lowerUnique(c, e);
    case "list.first":
    case "list.last": {
      const t = arg(e, 0).type;
      if (t.kind !== "List") return unsupportedExpr(c, "first/last of a non-list", e);
      const xs = c.let(lowerExpr(c, arg(e, 0)), "i32", "xs");
      const n = c.let(b.i32.load(b.get(xs)), "i32", "n");
      b.if(b.i32.eqz(b.get(n)), () => b.trap("IndexOutOfBounds", site));
      return elementAt(c, t.element, b.get(xs), e.fn === "list.first" ? b.i32.const(0) : b.i32.sub(b.get(n), b.i32.const(1)));
    }
    case "dict.len":
      return b.i64.extendI32U(b.i32.load(lowerExpr(c, arg(e, 0))));
    case "dict.keys":
    case "dict.values":
      return lowerDictList(c, e);
    case "dict.has_key": {
      const t = arg(e, 0).type;
      const d = c.let(lowerExpr(c, arg(e, 0)), "i32", "d");
      const k = c.let(lowerExpr(c, arg(e, 1)), "i32", "k");
      const found = dictFind(c, t.kind === "Dict" ? t.value : T.int, b.get(d), b.get(k), e.span);
      return found === undefined ? b.i32.const(0) : b.i32.geS(found, b.i32.const(0));
    }
    case "record.len": {
      b.drop(lowerExpr(c, arg(e, 0)));
      return b.i64.const(recordKeys(arg(e, 0).type).length);
    }
    case "record.has_key":
      return lowerRecordHasKey(c, e);
    case "range":
      return materializeRange(c, e);
    case "type":
      b.drop(lowerExpr(c, arg(e, 0)));
      return b.i32.const(c.L.m.string(typeName(arg(e, 0).type)));
    case "abs.int": {
      const x = c.let(lowerExpr(c, arg(e, 0)), "i64", "x");
      return b.ifValue("i64", b.i64.ltS(b.get(x), b.i64.const(0)), () => b.i64.negChecked(b.get(x), site), () => b.get(x));
    }
    case "abs.float":
      return b.f64.abs(lowerExpr(c, arg(e, 0)));
    case "min.int":
    case "max.int":
    case "min.float":
    case "max.float": {
      const float = e.fn.endsWith("float");
      const vt = float ? "f64" : "i64";
      const x = c.let(lowerExpr(c, arg(e, 0)), vt, "a");
      const y = c.let(lowerExpr(c, arg(e, 1)), vt, "b");
      const min = e.fn.startsWith("min");
      const cond = float ? (min ? b.f64.lt(b.get(x), b.get(y)) : b.f64.gt(b.get(x), b.get(y))) : min ? b.i64.ltS(b.get(x), b.get(y)) : b.i64.gtS(b.get(x), b.get(y));
      return b.select(b.get(x), b.get(y), cond);
    }
    case "clamp.int":
    case "clamp.float": {
      const float = e.fn === "clamp.float";
      const vt = float ? "f64" : "i64";
      const v = c.let(lowerExpr(c, arg(e, 0)), vt, "v");
      const lo = c.let(lowerExpr(c, arg(e, 1)), vt, "lo");
      const hi = c.let(lowerExpr(c, arg(e, 2)), vt, "hi");
      const lt = float ? b.f64.lt(b.get(v), b.get(lo)) : b.i64.ltS(b.get(v), b.get(lo));
      const gt = float ? b.f64.gt(b.get(v), b.get(hi)) : b.i64.gtS(b.get(v), b.get(hi));
      return b.select(b.get(lo), b.select(b.get(hi), b.get(v), gt), lt);
    }
    case "floor.int":
    case "ceil.int":
    case "round.int":
      return lowerExpr(c, arg(e, 0));
    case "floor.float":
      return b.i64.truncSatF64S(b.f64.floor(lowerExpr(c, arg(e, 0))));
    case "ceil.float":
      return b.i64.truncSatF64S(b.f64.ceil(lowerExpr(c, arg(e, 0))));
    case "round.float":
      return b.i64.truncSatF64S(b.f64.nearest(lowerExpr(c, arg(e, 0))));
    case "sqrt":
      return b.f64.sqrt(lowerExpr(c, arg(e, 0)));
    case "pow": {
      const fn = c.L.runtime("rt.pow", e.span);
      const args = all();
      return fn === undefined ? b.f64.const(0) : b.call(fn, args, site);
    }
    default:
      return unreachable(e.fn);
  }
}

/** `type(v)` (§7.1), decided by the static type. */
function typeName(t: Type): string {
  switch (t.kind) {
    case "Int":
    case "Float":
    case "String":
    case "Bool":
    case "List":
    case "Tuple":
    case "Closure":
      return t.kind;
    default:
      return "Dict";
  }
}

function recordKeys(t: Type): readonly string[] {
  if (t.kind === "Record") return projectedFields(t.fields).map((f) => f.name);
  if (t.kind === "Schema") return t.fields.map((f) => f.name);
  return [];
}

function lowerRecordHasKey(c: FnCtx, e: Call): Expr {
  const b = c.b;
  const names = recordKeys(arg(e, 0).type);
  b.drop(lowerExpr(c, arg(e, 0)));
  const key = arg(e, 1);
  if (key.kind === "Const" && key.value.kind === "string") return b.i32.const(names.includes(key.value.value) ? 1 : 0);
  const k = c.let(lowerExpr(c, key), "i32", "k");
  const eq = c.L.runtime("rt.str_eq", e.span);
  if (eq === undefined) return b.i32.const(0);
  return names.reduce<Expr>((acc, n) => b.i32.or(acc, b.call(eq, [b.get(k), b.i32.const(c.L.m.string(n))])), b.i32.const(0));
}

function lowerMap(c: FnCtx, e: Call): Expr {
  const fused = collectPipeline(c, e);
  if (fused !== undefined) return fused;
  const site = c.L.site(e.span);
  const src = openSource(c, arg(e, 0));
  const f = prepareApplier(c, arg(e, 1), site);
  return collect(c, src, listElement(e.type), site, (x, push) => push(f.apply([x], [src.element])));
}

function lowerFilter(c: FnCtx, e: Call): Expr {
  const fused = collectPipeline(c, e);
  if (fused !== undefined) return fused;
  const b = c.b;
  const site = c.L.site(e.span);
  const src = openSource(c, arg(e, 0));
  const p = prepareApplier(c, arg(e, 1), site);
  return collect(c, src, src.element, site, (x, push) => b.if(p.apply([x], [src.element]), () => push(x)));
}

function lowerReduce(c: FnCtx, e: Call): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  const use = closureUse(c, arg(e, 2), [e.type, listElement(arg(e, 0).type)]);
  const src = openPipeline(c, arg(e, 0), { mayFail: use.mayFail, failsBeforeLoop: use.failsBeforeLoop || mayFail(arg(e, 1)) });
  const vt = valTypeOf(e.type);
  const acc = c.let(lowerExpr(c, arg(e, 1)), vt, "acc");
  const f = prepareApplier(c, arg(e, 2), site);
  src.each((x) => b.set(acc, f.apply([b.get(acc), x], [e.type, src.element])));
  return b.get(acc);
}

function lowerQuantifier(c: FnCtx, e: Call, every: boolean): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  const use = closureUse(c, arg(e, 1), [listElement(arg(e, 0).type)]);
  const src = openPipeline(c, arg(e, 0), { ...use, stopsEarly: true });
  const p = prepareApplier(c, arg(e, 1), site);
  const r = c.let(b.i32.const(every ? 1 : 0), "i32", every ? "all" : "any");
  src.each((x, exit) => {
    const v = p.apply([x], [src.element]);
    b.if(every ? b.i32.eqz(v) : v, () => {
      b.set(r, b.i32.const(every ? 0 : 1));
      b.br(exit);
    });
  });
  return b.get(r);
}

function lowerContains(c: FnCtx, e: Call): Expr {
  const b = c.b;
  const src = openPipeline(c, arg(e, 0), { mayFail: false, stopsEarly: true, failsBeforeLoop: mayFail(arg(e, 1)) });
  const t = src.element.kind === "Never" ? arg(e, 1).type : src.element;
  const v = c.let(lowerExpr(c, arg(e, 1)), valTypeOf(arg(e, 1).type), "needle");
  const r = c.let(b.i32.const(0), "i32", "found");
  if (src.element.kind === "Never") return b.get(r);
  src.each((x, exit) => {
    const xl = c.let(x, valTypeOf(t), "x");
    b.if(eqValues(c.L, b, t, () => b.get(xl), () => b.get(v)), () => {
      b.set(r, b.i32.const(1));
      b.br(exit);
    });
  });
  return b.get(r);
}

/** `deferOverflow`: a stage fused into `src` can fail, so an Int overflow waits for the loop's end. */
function lowerSum(c: FnCtx, src: Source, int: boolean, site: number, deferOverflow = false): Expr {
  const b = c.b;
  const acc = c.let(int ? b.i64.const(0) : b.f64.const(0), int ? "i64" : "f64", "sum");
  if (int && deferOverflow) {
    // A fused stage can fail: an overflow is only flagged here and raised after the loop,
    // so a stage failing at a later element still wins, as unfused (pipeline.ts).
    const overflowed = c.let(b.i32.const(0), "i32", "overflowed");
    src.each((x) => {
      // The wrapped sum r went the wrong way from acc exactly when acc + x overflowed. The
      // compare pair is or-ed into a flag tested after the loop: no branch per element, and
      // compares stay cheap on every target (the js one keeps i64 bitwise ops off its fast path).
      const xl = c.let(x, "i64", "x");
      const r = c.let(b.i64.add(b.get(acc), b.get(xl)), "i64", "r");
      const wrong = b.i32.ne(b.i64.geS(b.get(xl), b.i64.const(0)), b.i64.geS(b.get(r), b.get(acc)));
      b.set(overflowed, b.i32.or(b.get(overflowed), wrong));
      b.set(acc, b.get(r));
    });
    b.if(b.get(overflowed), () => b.trap("NumericOverflow", site));
    return b.get(acc);
  }
  src.each((x) => b.set(acc, int ? b.i64.addChecked(b.get(acc), x, site) : b.f64.add(b.get(acc), x)));
  return b.get(acc);
}

/** max/min (§7.3): start with the first element, replace when x > best (x < best). */
function lowerExtremum(c: FnCtx, e: Call): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  const float = e.fn.endsWith("float");
  const max = e.fn.startsWith("list.max");
  const vt = float ? "f64" : "i64";
  const src = openSource(c, arg(e, 0));
  b.if(b.i32.eqz(src.count()), () => b.trap("EmptyList", site));
  const best = c.temp(vt, "best");
  const first = c.let(b.i32.const(1), "i32", "first");
  src.each((x) => {
    const xl = c.let(x, vt, "x");
    const better = float ? (max ? b.f64.gt(b.get(xl), b.get(best)) : b.f64.lt(b.get(xl), b.get(best))) : max ? b.i64.gtS(b.get(xl), b.get(best)) : b.i64.ltS(b.get(xl), b.get(best));
    b.if(b.i32.or(b.get(first), better), () => {
      b.set(best, b.get(xl));
      b.set(first, b.i32.const(0));
    });
  });
  return b.get(best);
}

/** `unique` (§7.3): no two elements equal under `==` (NaN equals NaN). */
function lowerUnique(c: FnCtx, e: Call): Expr {
  const b = c.b;
  const t = listElement(arg(e, 0).type);
  const xs = c.let(lowerExpr(c, arg(e, 0)), "i32", "xs");
  const r = c.let(b.i32.const(1), "i32", "unique");
  if (t.kind === "Never") return b.get(r);
  const n = c.let(b.i32.load(b.get(xs)), "i32", "n");
  const i = c.let(b.i32.const(0), "i32", "i");
  const j = c.temp("i32", "j");
  b.block((done) =>
    b.loop((outer) => {
      b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
      b.set(j, b.i32.add(b.get(i), b.i32.const(1)));
      b.loop((inner) => {
        b.if(b.i32.ltU(b.get(j), b.get(n)), () => {
          const x = () => elementAt(c, t, b.get(xs), b.get(i));
          const y = () => elementAt(c, t, b.get(xs), b.get(j));
          b.if(eqValues(c.L, b, t, x, y), () => {
            b.set(r, b.i32.const(0));
            b.br(done);
          });
          b.set(j, b.i32.add(b.get(j), b.i32.const(1)));
          b.br(inner);
        });
      });
      b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
      b.br(outer);
    }),
  );
  return b.get(r);
}

/** `join` (§7.3): List<String> by rt.str_join; other elements written as text in place. */
function lowerJoin(c: FnCtx, e: Call): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  const t = listElement(arg(e, 0).type);
  if (t.kind === "String") return rt(c, e, "rt.str_join", e.args.map((a) => lowerExpr(c, a)));
  const src = openSource(c, arg(e, 0));
  const sep = c.let(lowerExpr(c, arg(e, 1)), "i32", "sep");
  const kind = t.kind === "Int" ? "int" : t.kind === "Float" ? "float" : "bool";
  const w = new TextWriter(c, site, e.span);
  const first = c.let(b.i32.const(1), "i32", "first");
  src.each((x) => {
    b.if(b.i32.eqz(b.get(first)), () => w.string(b.get(sep)));
    b.set(first, b.i32.const(0));
    w.value(kind, x);
  });
  return w.finish();
}

/** `d.keys()` / `d.values()`: a list in key order (entries are sorted). */
function lowerDictList(c: FnCtx, e: Call): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  const dt = arg(e, 0).type;
  const value = dt.kind === "Dict" ? dt.value : T.never;
  const keys = e.fn === "dict.keys";
  const element = keys ? T.string : value;
  const d = c.let(lowerExpr(c, arg(e, 0)), "i32", "d");
  const n = c.let(b.i32.load(b.get(d)), "i32", "n");
  const dv = dictView(value);
  const lv = listView(element);
  const out = allocList(c, element, b.get(n), site);
  b.i32.store(b.get(out), b.get(n));
  const i = c.let(b.i32.const(0), "i32", "i");
  b.block((done) =>
    b.loop((next) => {
      b.brIf(done, b.i32.geU(b.get(i), b.get(n)));
      const entry = b.i32.add(b.get(d), b.i32.mul(b.get(i), b.i32.const(dv.stride)));
      const v = keys ? b.i32.load(entry, dv.header) : loadSlot(b, value, entry, dv.header + dv.valueOffset);
      storeSlot(b, element, b.i32.add(b.get(out), b.i32.mul(b.get(i), b.i32.const(lv.stride))), v, lv.header);
      b.set(i, b.i32.add(b.get(i), b.i32.const(1)));
      b.br(next);
    }),
  );
  return b.get(out);
}
