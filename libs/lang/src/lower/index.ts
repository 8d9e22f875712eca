// Lowering the typed AST to IR (docs/lowering.md).
export { lowerProgram, type LowerOptions } from "./lower-program.js";
