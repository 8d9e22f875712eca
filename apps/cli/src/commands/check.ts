// `tetra check <file>`: diagnostics only; exit 0 when the program is clean, 2 otherwise.
import type { Command } from "commander";
import { EXIT } from "../io.js";
import type { CommandContext } from "../main.js";
import { checkFile } from "./compile.js";

export function addCheckCommand(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("check a program and print its diagnostics (exit 0 when clean, 2 when not)")
    .argument("<file>", "the .relon program")
    .action((file: string) => {
      const checked = checkFile(file, ctx.io);
      ctx.exitCode = checked.ok ? EXIT.ok : checked.exitCode;
    });
}
