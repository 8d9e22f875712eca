// Number and text primitives with the language's exact semantics. The
// tree-walk evaluator calls these directly; the IR runtime library
// (libs/ir/src/runtime) implements the same functions in IR and is tested
// against them bit for bit. One export line per module.
export * from "./trap.js";
export * from "./float-bits.js";
export * from "./float-format.js";
export * from "./float-parse.js";
export * from "./float-ops.js";
export * from "./int64.js";
export * from "./pow.js";
export * from "./pow-tables.js";
export * from "./text.js";
export * from "./utf8.js";
export * from "./case-mapping.js";
export * from "./case-tables.js";
