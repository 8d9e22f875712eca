// @tetra/conformance: every fixture on every target, compared with the tree-walk oracle.
export * from "./fixtures.js";
export * from "./outcome.js";
export * from "./target.js";
export * from "./compare.js";
export * from "./harness.js";
export * from "./report.js";
export * from "./progress.js";
export * from "./targets/driver-target.js";
export * from "./conform.js";
