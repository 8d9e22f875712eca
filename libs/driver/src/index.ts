// @tetra/driver: one program, any target. Check → lower → passes → backend →
// run, with the same outcome classes everywhere, plus standalone builds. Used
// by the `tetra` CLI, the conformance harness and the benchmarks.
export * from "./targets.js";
export * from "./outcome.js";
export { trapMessage } from "./messages.js";
export { compileRule, lowerSource, type CompiledRule, type CompileRequest, type CompileResult } from "./compile.js";
export { runRule, type RunSettings } from "./run.js";
