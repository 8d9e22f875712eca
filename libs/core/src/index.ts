// @tetra/core: shapes, layout, runtime values, interpreted codecs, error kinds,
// diagnostics and Result. Imports no other @tetra project.
export * from "./errors.js";
export * from "./result.js";
export * from "./span.js";
export * from "./diagnostic.js";
export * from "./shape.js";
export * from "./shape-ops.js";
export * from "./value.js";
export * from "./numbers/index.js";
