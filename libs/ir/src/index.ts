// @tetra/ir: the shared IR (DESIGN §3) — types, op table, builder, verifier,
// text format, interpreter, passes and the backend contract. See docs/ir.md.
export * from "./types.js";
export * from "./op-info.js";
export * from "./float-bits.js";
export * from "./run-contract.js";
export * from "./builder.js";
export * from "./print.js";
export * from "./verify.js";
export * from "./parse.js";
export * from "./backend.js";
export { interpret, interpreterBackend, TrapSignal, NUM_IMPL } from "./interp/index.js";
export * from "./walk.js";
export * from "./counted-loop.js";
export * from "./loop-accesses.js";
export * from "./loop-arith.js";
export * from "./passes/index.js";
export * from "./filetest.js";
export * from "./op-docs.js";
export * from "./runtime/registry.js";
export * from "./codec/index.js";
