// @tetra/cli: `main(argv, io)` is the whole command line (bin/tetra.mjs calls it).
export { main, EXIT, type Io, type CommandContext } from "./main.js";
export { DEFAULT_TARGET, describeTargets } from "./targets.js";
