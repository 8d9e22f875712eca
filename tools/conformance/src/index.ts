// @tetra/conformance: every fixture on every target, compared with the tree-walk oracle.
export * from "./fixtures.js";
