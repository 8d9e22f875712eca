export { countedLoop, type CountedLoop } from "@tetra/ir"; // moved to libs/ir/src/counted-loop.ts (shared with the native backend)
