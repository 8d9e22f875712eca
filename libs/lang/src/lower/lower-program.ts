// The entry of lowering: a typed program → an IR module whose run is
// JSON bytes in → JSON bytes out (docs/lowering.md "Entry"):
//
//   $main(input_offset, input_len, output_offset, output_cap) -> output_len
//     call $main.args: decode the #main argument object (codec; §2.4 order:
//       MissingMainArg, MainArgTypeMismatch — schema predicates in the
//       per-parameter hook —, UnexpectedMainArg); library mode ignores the input
//     evaluate the root (already coerced to `-> Type`: MainReturnTypeMismatch)
//     encode canonical JSON into the output region (NonFiniteFloat), return its length
//
// Closure bodies, force functions and helpers are built after $main, from a
// work list, so no function body is built inside another.
import { err, MAX_ENUM_VARIANTS, ok, printShape, type Diagnostic, type Result } from "@tetra/core";
import { decodeRefusal, emitDecodeMainArgs, emitEncodeResult, encodeRefusal, type Expr, type FuncBuilder, type Module, type ValType } from "@tetra/ir";
import type { TypedProgram } from "../analyze/typed-ast.js";
import { FnCtx, Lowerer } from "./context.js";
import { lowerExpr } from "./expr.js";
import { shapeOf, valTypeOf } from "./layout.js";
import { encodableShape } from "./result-shape.js";
import { sanitize } from "./scopes.js";
import { needsValidation, validateFn } from "./schemas.js";

export interface LowerOptions {
  /** The entry function's name (default `main`). */
  readonly entryName?: string;
}

const DECODE_PARAMS = [
  ["input_offset", "i32"],
  ["input_len", "i32"],
] as const;

const ENTRY_PARAMS = [
  ["input_offset", "i32"],
  ["input_len", "i32"],
  ["output_offset", "i32"],
  ["output_cap", "i32"],
] as const;

export function lowerProgram(program: TypedProgram, options: LowerOptions = {}): Result<Module, Diagnostic[]> {
  const L = new Lowerer(program);
  const resultShape = encodableShape(shapeOf(program.resultType));
  const encodeWhy = encodeRefusal(resultShape);
  if (encodeWhy !== undefined) L.unsupported(`a result of shape ${printShape(resultShape)} (${encodeWhy.message})`, program.root.span);
  for (const p of program.main?.params ?? []) {
    const why = decodeRefusal(shapeOf(p.type));
    if (why !== undefined) L.unsupported(`a #main parameter of shape ${printShape(shapeOf(p.type))} (${why.message})`, p.span);
  }
  for (const e of program.enums.values()) {
    if (e.type.variants.length > MAX_ENUM_VARIANTS) L.unsupported(`enum ${e.name} with ${e.type.variants.length} variants (the arena tag is one byte: at most ${MAX_ENUM_VARIANTS})`, e.span);
  }
  if (L.diagnostics.length > 0) return err(L.diagnostics);
  const entry = options.entryName ?? "main";
  L.uniqueName(entry);
  const decode = program.main === null ? undefined : lowerMainArgs(L, L.uniqueName(`${entry}.args`));
  L.m.func(entry, ENTRY_PARAMS, "i32", (b) => {
    const c = new FnCtx(L, b);
    const params = program.main?.params ?? [];
    if (decode !== undefined) {
      const args = c.let(b.call(decode.name, [b.get("input_offset"), b.get("input_len")], L.site(program.main!.span)), "i32", "args");
      params.forEach((p, i) => {
        const slot = c.let(loadArg(b, decode.types[i]!, b.get(args), 8 * i), decode.types[i]!, sanitize(p.name));
        c.values.set(p.binding, () => b.get(slot));
      });
    }
    const root = c.let(lowerExpr(c, program.root), valTypeOf(program.resultType), "result");
    return emitEncodeResult(b, L.m, resultShape, b.get(root), L.site(program.root.span));
  });
  L.m.entry(entry);
  L.runJobs();
  if (L.diagnostics.length > 0) return err(L.diagnostics);
  return ok(L.m.finish());
}

/**
 * `$main.args(input_offset, input_len) -> args`: the `#main` argument decoder (codec, §2.4 order,
 * schema validation in the per-parameter hook) as a function of its own, returning a record of
 * 8-byte cells, one per parameter, that the entry loads. The rule body stays in the entry, so its
 * calls are as deep as the tree-walk evaluator counts them (the run is one frame) while a JIT
 * keeps separate type feedback for the codec and for the rule: one entry holding both was
 * deoptimised again and again on js (docs/performance.md, loop).
 */
function lowerMainArgs(L: Lowerer, name: string): { readonly name: string; readonly types: readonly ValType[] } {
  const main = L.program.main!;
  const params = main.params;
  const types = params.map((p) => valTypeOf(p.type));
  L.m.func(name, DECODE_PARAMS, "i32", (b) => {
    const slots = emitDecodeMainArgs(
      b,
      L.m,
      params.map((p) => ({ name: p.name, shape: shapeOf(p.type) })),
      { ptr: b.get("input_offset"), len: b.get("input_len") },
      {
        site: (_kind, index) => L.site(index === undefined ? main.span : params[index]!.span),
        afterParam(i, slot) {
          const p = params[i]!;
          if (!needsValidation(L, p.type)) return;
          const fn = validateFn(L, p.type);
          b.if(b.i32.eqz(b.call(fn, [b.get(slot)], L.site(p.span))), () => b.trap("MainArgTypeMismatch", L.site(p.span)));
        },
      },
    );
    if (params.length === 0) return b.i32.const(0);
    const args = b.local("args_out", "i32");
    b.set(args, b.alloc("scratch", b.i32.const(8 * params.length), 8, L.site(main.span)));
    slots.forEach((slot, i) => storeArg(b, types[i]!, b.get(args), b.get(slot), 8 * i));
    return b.get(args);
  });
  return { name, types };
}

function storeArg(b: FuncBuilder, type: ValType, at: Expr, v: Expr, offset: number): void {
  if (type === "i64") b.i64.store(at, v, offset);
  else if (type === "f64") b.f64.store(at, v, offset);
  else b.i32.store(at, v, offset);
}

function loadArg(b: FuncBuilder, type: ValType, at: Expr, offset: number): Expr {
  return type === "i64" ? b.i64.load(at, offset) : type === "f64" ? b.f64.load(at, offset) : b.i32.load(at, offset);
}
