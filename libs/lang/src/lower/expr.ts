// The expression lowering dispatch. `lowerExpr(c, e)` returns ONE IR
// expression that evaluates `e` completely: statements a construct needs
// (locals, loops, forcing) are wrapped with the value into a value block, so
// operand order is the IR's left-to-right order and never depends on where a
// statement was emitted. `(1 / z) + [x for x in xs]` stays "division first".
import { unreachable, type Span } from "@tetra/core";
import type { Expr } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import { lowerEquality } from "./equality.js";
import { lowerFunctionCall, lowerClosureCall, lowerClosureValue } from "./closures.js";
import { lowerConst } from "./constants.js";
import type { FnCtx } from "./context.js";
import { lowerConvert } from "./convert.js";
import { lowerMakeOption, lowerMakeResult, lowerMakeVariant, lowerTuple } from "./constructors.js";
import { lowerDict, lowerWhere, readName } from "./frames.js";
import { lowerIntrinsic } from "./intrinsics.js";
import { fieldsLayout, fieldOffset, loadSlot, valTypeOf, zeroOf } from "./layout.js";
import { lowerComprehension, lowerList } from "./lists.js";
import { lowerDictGet, lowerListIndex } from "./access.js";
import { lowerMatch } from "./match.js";
import { lowerStringBuild, lowerToText } from "./strings.js";

export function lowerExpr(c: FnCtx, e: TExpr): Expr {
  const blk = c.b.blockValue(valTypeOf(e.type), () => lowerNode(c, e), "e");
  return blk.kind === "block" && blk.body.length === 1 ? blk.body[0]! : blk;
}

/** Lowers `e` into a fresh local (emitted now) and returns the local. */
export function lowerToLocal(c: FnCtx, e: TExpr, hint = "v") {
  return c.let(lowerExpr(c, e), valTypeOf(e.type), hint);
}

/** A placeholder of the right IR type after an Unsupported diagnostic. */
export function unsupportedExpr(c: FnCtx, construct: string, e: { readonly span: Span; readonly type: TExpr["type"] }): Expr {
  c.L.unsupported(construct, e.span);
  return zeroOf(c.b, valTypeOf(e.type));
}

function lowerNode(c: FnCtx, e: TExpr): Expr {
  const b = c.b;
  switch (e.kind) {
    case "Const":
      return lowerConst(c, e.value, e.type);
    case "FString":
      return lowerStringBuild(c, e);
    case "ToText":
      return lowerToText(c, e);
    case "IntToFloat":
      return b.f64.convertI64S(lowerExpr(c, e.operand));
    case "Name":
      return readName(c, e);
    case "RecordGet":
      return b.withSite(c.L.site(e.span), () => loadSlot(b, e.type, lowerExpr(c, e.object), fieldOffset(e.object.type, e.field)));
    case "TupleGet": {
      const t = e.object.type;
      if (t.kind !== "Tuple") return unsupportedExpr(c, "tuple position of a non-tuple", e);
      const off = fieldsLayout(t.elements).fields[e.index]!.offset;
      return b.withSite(c.L.site(e.span), () => loadSlot(b, e.type, lowerExpr(c, e.object), off));
    }
    case "DictGet":
      return lowerDictGet(c, e);
    case "ListIndex":
      return lowerListIndex(c, e);
    case "Unary":
      return lowerUnary(c, e);
    case "Binary":
      return lowerBinary(c, e);
    case "Ternary":
      return b.ifValue(valTypeOf(e.type), lowerExpr(c, e.cond), () => lowerExpr(c, e.then), () => lowerExpr(c, e.else));
    case "CallIntrinsic":
      return lowerIntrinsic(c, e);
    case "CallFunction":
      return lowerFunctionCall(c, e);
    case "CallClosure":
      return lowerClosureCall(c, e);
    case "MakeOption":
      return lowerMakeOption(c, e);
    case "MakeResult":
      return lowerMakeResult(c, e);
    case "MakeVariant":
      return lowerMakeVariant(c, e);
    case "List":
      return lowerList(c, e);
    case "Tuple":
      return lowerTuple(c, e);
    case "Comprehension":
      return lowerComprehension(c, e);
    case "Dict":
      return lowerDict(c, e);
    case "Closure":
      return lowerClosureValue(c, e);
    case "Where":
      return lowerWhere(c, e);
    case "Match":
      return lowerMatch(c, e);
    case "Coerce":
      return lowerConvert(c, lowerExpr(c, e.operand), e.from, e.to, e.failure, c.L.site(e.span));
    default:
      return unreachable(e);
  }
}

function lowerUnary(c: FnCtx, e: Extract<TExpr, { kind: "Unary" }>): Expr {
  const b = c.b;
  const x = lowerExpr(c, e.operand);
  switch (e.op) {
    case "negInt":
      return b.i64.negChecked(x, c.L.site(e.span));
    case "negFloat":
      return b.f64.neg(x);
    case "not":
      return b.i32.eqz(x);
    default:
      return unreachable(e.op);
  }
}

function lowerBinary(c: FnCtx, e: Extract<TExpr, { kind: "Binary" }>): Expr {
  const b = c.b;
  const site = c.L.site(e.span);
  switch (e.op) {
    case "and":
      return b.ifValue("i32", lowerExpr(c, e.left), () => lowerExpr(c, e.right), () => b.i32.const(0));
    case "or":
      return b.ifValue("i32", lowerExpr(c, e.left), () => b.i32.const(1), () => lowerExpr(c, e.right));
    case "concat":
      return lowerStringBuild(c, e);
    case "eq":
      return lowerEquality(c, e.left, e.right, false);
    case "ne":
      return lowerEquality(c, e.left, e.right, true);
    case "remFloat":
      return lowerFloatRem(c, e, site);
    default:
      break;
  }
  const l = lowerExpr(c, e.left);
  const r = lowerExpr(c, e.right);
  switch (e.op) {
    case "addInt":
      return b.i64.addChecked(l, r, site);
    case "subInt":
      return b.i64.subChecked(l, r, site);
    case "mulInt":
      return b.i64.mulChecked(l, r, site);
    case "divInt":
      return b.i64.divS(l, r, site);
    case "remInt":
      return lowerIntRem(c, l, r, site);
    case "addFloat":
      return b.f64.add(l, r);
    case "subFloat":
      return b.f64.sub(l, r);
    case "mulFloat":
      return b.f64.mul(l, r);
    case "divFloat":
      return b.f64.divChecked(l, r, site);
    case "ltInt":
      return b.i64.ltS(l, r);
    case "leInt":
      return b.i64.leS(l, r);
    case "gtInt":
      return b.i64.gtS(l, r);
    case "geInt":
      return b.i64.geS(l, r);
    case "ltFloat":
      return b.f64.lt(l, r);
    case "leFloat":
      return b.f64.le(l, r);
    case "gtFloat":
      return b.f64.gt(l, r);
    case "geFloat":
      return b.f64.ge(l, r);
    default:
      return unreachable(e.op as never);
  }
}

/**
 * `x % y` on Ints (truncated: the sign of x). A non-negative x and a power-of-two y is a mask,
 * exact and without the divide: `i % 8` → `i & 7` for `i` from `range(n)`.
 */
function lowerIntRem(c: FnCtx, l: Expr, r: Expr, site: number): Expr {
  const b = c.b;
  const y = r.kind === "i64.const" ? r.value : 0n;
  if (l.kind === "local.get" && c.nonNegative.has(l.name) && y > 0n && (y & (y - 1n)) === 0n) return b.i64.and(l, b.i64.const(y - 1n));
  return b.i64.remS(l, r, site);
}

/** `x % y` on Floats: DivisionByZero for a ±0 divisor, else C fmod (rt.fmod). */
function lowerFloatRem(c: FnCtx, e: Extract<TExpr, { kind: "Binary" }>, site: number): Expr {
  const b = c.b;
  const x = c.let(lowerExpr(c, e.left), "f64", "x");
  const y = c.let(lowerExpr(c, e.right), "f64", "y");
  const fmod = c.L.runtime("rt.fmod", e.span);
  b.if(b.f64.eq(b.get(y), b.f64.const(0)), () => b.trap("DivisionByZero", site));
  if (fmod === undefined) return b.f64.const(0);
  return b.call(fmod, [b.get(x), b.get(y)], site);
}
