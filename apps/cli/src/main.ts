// The `tetra` command line: a commander program whose commands live in
// commands/*.ts. `main` never calls process.exit; it returns the exit code so
// tests can run the CLI in-process.
import { Command, CommanderError } from "commander";
import { EXIT, type Io } from "./io.js";

export type { Io } from "./io.js";
export { EXIT } from "./io.js";

/** Shared by the commands: they record their exit code here. */
export interface CommandContext {
  readonly io: Io;
  exitCode: number;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const ctx: CommandContext = { io, exitCode: EXIT.ok };
  const program = new Command("tetra")
    .description("Compile and run Relon-compatible rule programs on every Tetra target")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exit code 0; usage errors with 2.
      return e.exitCode === 0 ? EXIT.ok : EXIT.compileError;
    }
    throw e;
  }
  return ctx.exitCode;
}
