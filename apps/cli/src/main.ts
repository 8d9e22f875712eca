// The `tetra` command line: a commander program whose commands live in
// commands/*.ts. `main` never calls process.exit; it returns the exit code so
// tests can run the CLI in-process.
import { createRequire } from "node:module";
import { Command, CommanderError } from "commander";
import { addBenchCommand, addFuzzCommand } from "./commands/tools.js";
import { addBuildCommand } from "./commands/build.js";
import { addCheckCommand } from "./commands/check.js";
import { addConformCommand } from "./commands/conform.js";
import { addEmitCommand } from "./commands/emit.js";
import { addRunCommand } from "./commands/run.js";
import { EXIT, type Io } from "./io.js";

export type { Io } from "./io.js";
export { EXIT } from "./io.js";

/** Shared by the commands: they record their exit code here. */
export interface CommandContext {
  readonly io: Io;
  exitCode: number;
}

/** The CLI package's version (src/ and dist/ both sit next to package.json). */
const VERSION = (createRequire(import.meta.url)("../package.json") as { version: string }).version;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const ctx: CommandContext = { io, exitCode: EXIT.ok };
  // Output and exit settings are set before the commands are added: commander
  // copies them into each subcommand when it is created.
  const program = new Command("tetra")
    .description("Compile and run Relon-compatible rule programs on every Tetra target")
    .version(VERSION, "-V, --version", "print the version of tetra")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();
  addRunCommand(program, ctx);
  addCheckCommand(program, ctx);
  addEmitCommand(program, ctx);
  addBuildCommand(program, ctx);
  addConformCommand(program, ctx);
  addBenchCommand(program, ctx);
  addFuzzCommand(program, ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exit code 0; usage errors with 2.
      return e.exitCode === 0 ? EXIT.ok : EXIT.compileError;
    }
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr(`error: internal error (a bug in Tetra, please report it): ${detail}\n`);
    return EXIT.internalError;
  }
  return ctx.exitCode;
}
