// `tetra check <file>`: diagnostics only; exit 0 when the program is clean, 2 otherwise.
import type { Command } from "commander";
import { EXIT } from "../io.js";
import type { CommandContext } from "../main.js";
import { compileFile } from "./compile.js";

export function addCheckCommand(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("check a program and print its diagnostics (exit 0 when clean, 2 when not)")
    .argument("<file>", "the .relon program")
    .action((file: string) => {
      const compiled = compileFile(file, ctx.io);
      ctx.exitCode = compiled.ok ? EXIT.ok : compiled.exitCode;
    });
}
