// The tree-walk evaluator over the typed AST (§5). Each typed node is
// compiled once into a small JavaScript closure (`Code`) that evaluates it;
// evaluating a node is calling its closure. That keeps the JavaScript stack
// per language nesting level to one small frame, so programs can recurse as
// deep as compiled targets allow.
//
// State lives in one `Interpreter` per run: the step budget (fuel), the depth
// of active calls, and the schema predicates. Fuel is spent
// where work can repeat, like the IR's function entries and loop back-edges:
// one step per closure call, field forcing, comprehension element and library
// call, plus steps in proportion to the lists and strings built or walked. A
// program without those points does work bounded by its size, so nothing runs
// or allocates without bound (StepLimitExceeded). More than MAX_CALL_DEPTH
// active calls are MemoryLimitExceeded, as on compiled targets.
import { InternalError, intToFloat, isPrimitiveTrap, unreachable, type Span, type Value } from "@tetra/core";
import type { BindingId, TExpr, TypedProgram } from "../analyze/typed-ast.js";
import { runIntrinsic } from "../stdlib/run-intrinsic.js";
import { coerceValue } from "./coerce-value.js";
import { Env, isLazy, type Code, type LazySlot, type Slot } from "./env.js";
import { compileComprehension, compileDict, compileList, compileMatch, compileWhere } from "./eval-compound.js";
import { applyBinary, applyUnary } from "./operators.js";
import { describeTrap, RuntimeError } from "./runtime-error.js";
import { asBool, asInt, asString, boolValue, languageEquals, toText } from "./value-ops.js";

export const DEFAULT_TREE_WALK_FUEL = 100_000_000;
/**
 * Active closure calls (the run itself counts as one), the IR's MAX_CALL_DEPTH.
 * Field forcing is not a call; a forcing chain deeper than the JavaScript stack
 * ends as MemoryLimitExceeded too (evaluate's backstop).
 */
export const MAX_CALL_DEPTH = 1000;
/** Strings longer than this (UTF-16 units) are refused with MemoryLimitExceeded. */
export const MAX_STRING_UNITS = 1 << 24;

/** A closure value's payload (`Value.closure.fn`). */
export interface ClosureImpl {
  readonly node: Node<"Closure">;
  readonly env: Env;
  readonly body: Code;
}

type Node<K extends TExpr["kind"]> = Extract<TExpr, { kind: K }>;

export class Interpreter {
  private fuel: number;
  /** Active closure calls, counting the run itself as 1 (like the IR's entry frame). */
  private depth = 1;
  private readonly compiled = new WeakMap<TExpr, Code>();
  /** Schema predicate closures, evaluated once per run (they live in the global scope). */
  private readonly predicates = new Map<string, Value | null>();
  readonly globalEnv = new Env(undefined);

  constructor(
    readonly program: TypedProgram,
    fuel: number,
  ) {
    this.fuel = fuel;
  }

  /** Spends `n` steps; StepLimitExceeded when the budget is gone. */
  charge(n: number): void {
    this.fuel -= n;
    if (this.fuel < 0) throw new RuntimeError("StepLimitExceeded", "the evaluation step budget (fuel) ran out");
  }

  /** Guards strings produced by the library (after the fact). */
  checkString(s: string): string {
    this.reserveString(s.length);
    return s;
  }

  /** Before building a string of `units` UTF-16 units: MemoryLimitExceeded past the limit; one step per 64 units. */
  reserveString(units: number): void {
    if (units > MAX_STRING_UNITS) throw new RuntimeError("MemoryLimitExceeded", `a string of ${units} characters exceeds the evaluator's limit of ${MAX_STRING_UNITS}`);
    if (units > 64) this.charge(units >> 6);
  }

  /** Evaluates a node (compiling it on first use). */
  eval(e: TExpr, env: Env): Value {
    return this.compile(e)(env);
  }

  /** The closure that evaluates `e`; compiled once per node. */
  compile(e: TExpr): Code {
    let code = this.compiled.get(e);
    if (code === undefined) {
      code = this.compileNode(e);
      this.compiled.set(e, code);
    }
    return code;
  }

  private compileNode(e: TExpr): Code {
    switch (e.kind) {
      case "Const": {
        const v = e.value;
        return () => v;
      }
      case "FString":
        return this.compileFString(e);
      case "ToText": {
        const operand = this.compile(e.operand);
        return (env) => ({ kind: "string", value: toText(operand(env)) });
      }
      case "IntToFloat": {
        const operand = this.compile(e.operand);
        return (env) => ({ kind: "float", value: intToFloat(int(operand(env))) });
      }
      case "Name": {
        const { binding, span } = e;
        return (env) => this.readBinding(binding, env, span);
      }
      case "RecordGet": {
        const object = this.compile(e.object);
        const field = e.field;
        return (env) => recordField(object(env), field);
      }
      case "DictGet":
        return this.compileDictGet(e);
      case "TupleGet": {
        const object = this.compile(e.object);
        const index = e.index;
        return (env) => tupleItem(object(env), index);
      }
      case "ListIndex":
        return this.compileListIndex(e);
      case "Unary": {
        const operand = this.compile(e.operand);
        const { op } = e;
        return (env) => {
          const v = operand(env);
          try {
            return applyUnary(op, v);
          } catch (err) {
            throw located(err, e.span);
          }
        };
      }
      case "Binary":
        return this.compileBinary(e);
      case "Ternary": {
        const cond = this.compile(e.cond);
        const then = this.compile(e.then);
        const otherwise = this.compile(e.else);
        return (env) => (truth(cond(env)) ? then(env) : otherwise(env));
      }
      case "CallIntrinsic": {
        const args = e.args.map((x) => this.compile(x));
        const types = e.args.map((x) => x.type);
        const { fn, span } = e;
        return (env) => {
          const vs = evalAll(args, env);
          try {
            this.charge(1 + sizeOf(vs[0]));
            return runIntrinsic(fn, vs, types, this);
          } catch (err) {
            throw located(err, span);
          }
        };
      }
      case "CallFunction": {
        const args = e.args.map((x) => this.compile(x));
        const { binding, span } = e;
        return (env) => {
          const vs = evalAll(args, env);
          return this.call(this.readBinding(binding, env, span), vs, span);
        };
      }
      case "CallClosure": {
        const args = e.args.map((x) => this.compile(x));
        const callee = this.compile(e.callee);
        const span = e.span;
        return (env) => {
          const vs = evalAll(args, env);
          return this.call(callee(env), vs, span);
        };
      }
      case "MakeOption": {
        if (e.value === null) return () => NONE;
        const value = this.compile(e.value);
        return (env) => ({ kind: "option", some: value(env) });
      }
      case "MakeResult": {
        const value = this.compile(e.value);
        const isOk = e.ok;
        return (env) => ({ kind: "result", isOk, value: value(env) });
      }
      case "MakeVariant":
        return this.compileVariant(e);
      case "List":
        return compileList(this, e);
      case "Tuple": {
        const items = e.items.map((x) => this.compile(x));
        return (env) => ({ kind: "tuple", items: evalAll(items, env) });
      }
      case "Comprehension":
        return compileComprehension(this, e);
      case "Dict":
        return compileDict(this, e);
      case "Closure": {
        const body = this.compile(e.body);
        return (env) => ({ kind: "closure", fn: { node: e, env, body } satisfies ClosureImpl });
      }
      case "Where":
        return compileWhere(this, e);
      case "Match":
        return compileMatch(this, e);
      case "Coerce": {
        const operand = this.compile(e.operand);
        const { from, to, failure, span } = e;
        return (env) => {
          const v = operand(env);
          try {
            return coerceValue(this, v, from, to, failure);
          } catch (err) {
            throw located(err, span);
          }
        };
      }
      default:
        return unreachable(e);
    }
  }

  private compileFString(e: Node<"FString">): Code {
    const parts = e.parts.map((p) => (p.kind === "Text" ? p.value : this.compile(p.expr)));
    return (env) => {
      let s = "";
      for (const p of parts) s += typeof p === "string" ? p : str(p(env));
      return { kind: "string", value: this.checkString(s) };
    };
  }

  private compileDictGet(e: Node<"DictGet">): Code {
    const object = this.compile(e.object);
    const key = this.compile(e.key);
    const span = e.span;
    return (env) => {
      const o = object(env);
      const k = str(key(env));
      const v = o.kind === "record" ? o.fields.get(k) : undefined;
      if (v === undefined) throw new RuntimeError("VariableNotFound", `the dict has no key ${JSON.stringify(k)}`, span);
      return v;
    };
  }

  private compileListIndex(e: Node<"ListIndex">): Code {
    const object = this.compile(e.object);
    const index = this.compile(e.index);
    const span = e.span;
    return (env) => {
      const o = object(env);
      const i = int(index(env));
      if (o.kind !== "list") throw new InternalError("ListIndex on a non-list", o.kind);
      const v = i >= 0n && i < BigInt(o.items.length) ? o.items[Number(i)] : undefined;
      if (v === undefined) throw new RuntimeError("IndexOutOfBounds", `index ${i} is outside a list of ${o.items.length} elements`, span);
      return v;
    };
  }

  private compileBinary(e: Node<"Binary">): Code {
    const left = this.compile(e.left);
    const right = this.compile(e.right);
    const { op, span } = e;
    if (op === "and") return (env) => (truth(left(env)) ? right(env) : FALSE);
    if (op === "or") return (env) => (truth(left(env)) ? TRUE : right(env));
    if ((op === "eq" || op === "ne") && e.left.type.kind !== "Float") {
      return (env) => {
        const l = left(env);
        const same = languageEquals(l, right(env), () => this.charge(1));
        return boolValue(op === "eq" ? same : !same);
      };
    }
    return (env) => {
      const l = left(env);
      const r = right(env);
      if (op === "concat" && l.kind === "string" && r.kind === "string") this.reserveString(l.value.length + r.value.length);
      try {
        return applyBinary(op, l, r);
      } catch (err) {
        throw located(err, span);
      }
    };
  }

  private compileVariant(e: Node<"MakeVariant">): Code {
    const decl = e.type.kind === "Enum" ? e.type.variants[e.variantIndex] : undefined;
    const { enumName, variant } = e;
    if (decl?.payload.kind === "struct") {
      // Evaluated in source order, stored in declaration order.
      const fields = e.fields.map((f) => ({ index: f.index, name: f.name, code: this.compile(f.value) }));
      const order = [...fields].sort((x, y) => x.index - y.index).map((f) => f.name);
      return (env) => {
        const given = new Map(fields.map((f) => [f.name, f.code(env)] as const));
        return { kind: "enum", enumName, variant, payload: { kind: "struct", fields: new Map(order.map((n) => [n, given.get(n)!])) } };
      };
    }
    if (decl?.payload.kind === "tuple") {
      const items = e.items.map((x) => this.compile(x));
      return (env) => ({ kind: "enum", enumName, variant, payload: { kind: "tuple", items: evalAll(items, env) } });
    }
    const unit: Value = { kind: "enum", enumName, variant, payload: { kind: "unit" } };
    return () => unit;
  }

  /** A binding's value, forcing a pending dict field or where binding (§5.2). */
  readBinding(id: BindingId, env: Env, use: Span): Value {
    return this.force(env.lookup(id), use);
  }

  force(slot: Slot, use: Span): Value {
    if (!isLazy(slot)) return slot;
    if (slot.state === "done") return slot.value!;
    if (slot.state === "forcing") throw new RuntimeError("CircularReference", `\`${slot.name}\` needs its own value`, use);
    slot.state = "forcing";
    this.charge(1);
    const v = slot.code(slot.env);
    slot.value = v;
    slot.state = "done";
    return v;
  }

  /** Calls a closure value with evaluated arguments. */
  call(f: Value, args: readonly Value[], site?: Span): Value {
    if (f.kind !== "closure") throw new InternalError("call of a non-closure", f.kind);
    const impl = f.fn as ClosureImpl;
    const env = new Env(impl.env);
    const params = impl.node.params;
    for (let i = 0; i < params.length; i++) {
      const b = params[i]!.binding;
      if (b !== null) env.bind(b, args[i]!);
    }
    this.charge(1);
    this.enterCall(site ?? impl.node.span);
    const v = impl.body(env);
    this.depth--;
    return v;
  }

  /**
   * One more active call. The counter is not restored when an error unwinds:
   * a run ends at its first error.
   */
  private enterCall(site: Span): void {
    if (++this.depth > MAX_CALL_DEPTH) {
      throw new RuntimeError("MemoryLimitExceeded", `more than ${MAX_CALL_DEPTH} calls are active at once (runaway recursion?)`, site);
    }
  }

  /** The closure value of a schema field's predicate (null for `*`). */
  predicate(schema: string, field: string): Value | null {
    const key = `${schema}.${field}`;
    const cached = this.predicates.get(key);
    if (cached !== undefined) return cached;
    const f = this.program.schemas.get(schema)?.fields.find((x) => x.name === field);
    const v = f?.predicate === undefined ? null : this.eval(f.predicate, this.globalEnv);
    this.predicates.set(key, v);
    return v;
  }

  /** A pending slot for a dict field or where binding. */
  lazySlot(code: Code, env: Env, name: string): LazySlot {
    return { state: "pending", code, env, name };
  }
}

const NONE: Value = { kind: "option", some: null };

/** Evaluates codes left to right (a plain loop: no callback frame per element on the stack). */
function evalAll(codes: readonly Code[], env: Env): Value[] {
  const out = new Array<Value>(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i]!(env);
  return out;
}

/** The element count of a list or dict argument (what a library call walks), else 0. */
function sizeOf(v: Value | undefined): number {
  if (v === undefined) return 0;
  if (v.kind === "list") return v.items.length;
  if (v.kind === "record") return v.fields.size;
  return 0;
}
const TRUE: Value = boolValue(true);
const FALSE: Value = boolValue(false);

/** A primitive's trap (or a span-less runtime error from the library) placed at the node that raised it. */
function located(err: unknown, span: Span): unknown {
  if (isPrimitiveTrap(err)) return new RuntimeError(err.kind, describeTrap(err.kind, err.operation), span);
  if (err instanceof RuntimeError) return err.withSpan(span);
  return err;
}

const truth = asBool;
const int = asInt;
const str = asString;

function recordField(o: Value, field: string): Value {
  const v = o.kind === "record" ? o.fields.get(field) : undefined;
  if (v === undefined) throw new InternalError("record has no such field at run time", field);
  return v;
}

function tupleItem(o: Value, index: number): Value {
  const v = o.kind === "tuple" ? o.items[index] : undefined;
  if (v === undefined) throw new InternalError("tuple position out of range at run time", index);
  return v;
}
