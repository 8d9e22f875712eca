// The entry of lowering: a typed program → an IR module whose run is
// JSON bytes in → JSON bytes out (docs/lowering.md "Entry"):
//
//   $main(input_offset, input_len, output_offset, output_cap) -> output_len
//     decode the #main argument object (codec; §2.4 order: MissingMainArg,
//       MainArgTypeMismatch — schema predicates in the per-parameter hook —,
//       UnexpectedMainArg); library mode ignores the input
//     evaluate the root (already coerced to `-> Type`: MainReturnTypeMismatch)
//     encode canonical JSON into the output region (NonFiniteFloat), return its length
//
// Closure bodies, force functions and helpers are built after $main, from a
// work list, so no function body is built inside another.
import { err, MAX_ENUM_VARIANTS, ok, printShape, type Diagnostic, type Result } from "@tetra/core";
import { decodeRefusal, emitDecodeMainArgs, emitEncodeResult, encodeRefusal, type Module } from "@tetra/ir";
import type { TypedProgram } from "../analyze/typed-ast.js";
import { FnCtx, Lowerer } from "./context.js";
import { lowerExpr } from "./expr.js";
import { shapeOf, valTypeOf } from "./layout.js";
import { encodableShape } from "./result-shape.js";
import { needsValidation, validateFn } from "./schemas.js";

export interface LowerOptions {
  /** The entry function's name (default `main`). */
  readonly entryName?: string;
}

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
  L.m.func(entry, ENTRY_PARAMS, "i32", (b) => {
    const c = new FnCtx(L, b);
    const main = program.main;
    if (main !== null) {
      const params = main.params;
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
      params.forEach((p, i) => c.values.set(p.binding, () => b.get(slots[i]!)));
    }
    const root = c.let(lowerExpr(c, program.root), valTypeOf(program.resultType), "result");
    return emitEncodeResult(b, L.m, resultShape, b.get(root), L.site(program.root.span));
  });
  L.m.entry(entry);
  L.runJobs();
  if (L.diagnostics.length > 0) return err(L.diagnostics);
  return ok(L.m.finish());
}
