// @tetra/driver: one program, any target. Check → lower → passes → backend →
// run, with the same outcome classes everywhere, plus `tetra emit` text and
// standalone builds. Used by the `tetra` CLI, the conformance harness, the
// fuzzer and the benchmarks. README.md has the library example.
export * from "./targets.js";
export * from "./outcome.js";
export { trapMessage, TRAP_MESSAGES } from "./messages.js";
export { compileRule, lowerSource, type CompiledRule, type CompileRequest, type CompileResult } from "./compile.js";
export { compileRules } from "./batch.js";
export { runRule, type RunSettings } from "./run.js";
export { compile, type Rule, type RuleArgs, type RuleOptions } from "./library.js";
export { argsToJson, type ArgsRefusal } from "./args-json.js";
export { emitStage, isEmitStage, EMIT_STAGES, type EmitStage, type EmitResult } from "./emit.js";
export {
  buildStandalone,
  artifactNameOf,
  isArtifactName,
  isBuildTarget,
  BUILD_TARGETS,
  type BuildRequest,
  type BuildResult,
  type BuildTarget,
} from "./standalone/build.js";
