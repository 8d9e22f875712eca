// @tetra/backend-js: IR → JavaScript, run in-process with `new Function` or written out as an ES module.
export * from "./js-names.js";
export { jsBackend, compileJs, instantiateJs } from "./backend.js";
export { JS_ARTIFACT_FORMAT, type JsArtifact, type JsExportInfo } from "./artifact.js";
export { emitJs } from "./emit-module.js";
export { emitStandaloneModule, type StandaloneOptions } from "./standalone.js";
