// @tetra/fuzz: the differential fuzzer (DESIGN §7). Random well-typed
// programs with random JSON arguments, run on every selected target through
// @tetra/driver and compared with the conformance rules; failures are shrunk
// and written as regular conformance fixtures. docs/fuzzing.md.
export { Rng, programSeed } from "./rng.js";
export type { GType } from "./gtype.js";
export type * from "./gast.js";
export { generateProgram, type GeneratedProgram } from "./gen-program.js";
export { printProgram } from "./print-source.js";
export { printJson, type JVal } from "./json-value.js";
export { runProgram, compareRuns, failureSignature, outcomeClass, DEFAULT_LIMITS, type RunLimits, type ProgramRun, type TargetRun, type Disagreement } from "./runner.js";
export { shrink, candidates, programSize, type ShrinkBudget, type ShrinkResult } from "./shrink.js";
export { runCampaign, limitsFor, type CampaignOptions, type CampaignReport, type Finding } from "./campaign.js";
export { fixtureFiles, writeFixture, fixtureName, FUZZ_FIXTURES } from "./fixture-writer.js";
export { fuzzMain, formatCampaign, type CliIo } from "./cli-main.js";
