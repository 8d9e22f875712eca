// The JS backend (backend contract, libs/ir/src/backend.ts): compile emits the
// module's JavaScript once; instantiate evaluates it with `new Function` and
// hands the generated `run` / `invoke` out as the Instance. Both follow the run
// contract inside the generated code (runtime/driver.ts), so the in-process
// instance and a standalone ES module behave identically.
import { InternalError, ok, type Diagnostic, type Result } from "@tetra/core";
import type { Backend, CompileOptions, Instance, Module } from "@tetra/ir";
import { JS_ARTIFACT_FORMAT, type JsArtifact } from "./artifact.js";
import { emitJs } from "./emit-module.js";

/** Compile a verified module (invalid IR throws InternalError). */
export function compileJs(module: Module, _options: CompileOptions = {}): JsArtifact {
  const source = emitJs(module);
  const exports = module.exports.map((name) => {
    const f = module.funcs.find((x) => x.name === name);
    if (f === undefined) throw new InternalError("export of an unknown function", name);
    return { name, params: f.params.map((p) => p.type), result: f.result };
  });
  return { format: JS_ARTIFACT_FORMAT, source, entry: module.entry, exports };
}

/** Evaluate an artifact in this realm. */
export function instantiateJs(artifact: JsArtifact): Instance {
  if (artifact.format !== JS_ARTIFACT_FORMAT) throw new InternalError("not a JS backend artifact", artifact.format);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating generated code is this backend's job
  const factory = new Function("$host", artifact.source) as (host: { InternalError: typeof InternalError }) => Instance;
  const generated = factory({ InternalError });
  return { run: (input, options) => generated.run(input, options), invoke: (func, args, options) => generated.invoke(func, args, options) };
}

export const jsBackend = {
  name: "js",
  compile(module: Module, options?: CompileOptions): Promise<Result<JsArtifact, Diagnostic[]>> {
    return Promise.resolve(ok(compileJs(module, options)));
  },
  instantiate(artifact: JsArtifact) {
    return Promise.resolve(instantiateJs(artifact));
  },
} satisfies Backend<JsArtifact>;
