// @tetra/backend-js: IR → JavaScript, run in-process with `new Function` or written out as an ES module.
export * from "./js-names.js";
