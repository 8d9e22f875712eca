// @tetra/core: shapes, layout, runtime values, interpreted codecs, error kinds,
// diagnostics and Result. Imports no other @tetra project.
export * from "./errors.js";
export * from "./result.js";
export * from "./span.js";
export * from "./diagnostic.js";
export * from "./shape.js";
export * from "./shape-ops.js";
export * from "./value.js";
export * from "./value-ops.js";
export * from "./numbers/index.js";
export * from "./json/json-value.js";
export * from "./json/parse-json.js";
export * from "./json/decode-json.js";
export * from "./json/main-args.js";
export * from "./json/json-string.js";
export * from "./json/canonical-json.js";
export * from "./layout.js";
export * from "./layout-print.js";
export * from "./arena/arena-error.js";
export * from "./arena/encode-arena.js";
export * from "./arena/decode-arena.js";
export * from "./zod/shape-from-zod.js";
export * from "./arena/arena-dump.js";
