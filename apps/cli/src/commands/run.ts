// `tetra run <file> [--args json | --args-file f] [--target t] [--fuel n]`:
// prints the JSON result (exit 0), or the runtime error with its source
// excerpt (exit 1), the diagnostics (exit 2), or the bad argument (exit 3).
import { unreachable } from "@tetra/core";
import { renderRuntimeError } from "@tetra/lang";
import type { Command } from "commander";
import { EXIT } from "../io.js";
import type { CommandContext } from "../main.js";
import { argumentText } from "../source-file.js";
import { DEFAULT_TARGET, TARGETS } from "../targets.js";
import { compileFile } from "./compile.js";

interface RunFlags {
  readonly args?: string;
  readonly argsFile?: string;
  readonly target: string;
  readonly fuel?: string;
}

export function addRunCommand(program: Command, ctx: CommandContext): void {
  program
    .command("run")
    .description("run a program and print its JSON result")
    .argument("<file>", "the .relon program")
    .option("--args <json>", "the #main arguments as a JSON object")
    .option("--args-file <file>", "read the #main arguments from a JSON file")
    .option("--target <name>", `where to run it (${[...TARGETS.keys()].join(", ")})`, DEFAULT_TARGET)
    .option("--fuel <n>", "evaluation step budget; running out is StepLimitExceeded")
    .action((file: string, flags: RunFlags) => {
      ctx.exitCode = runCommand(file, flags, ctx);
    });
}

function runCommand(file: string, flags: RunFlags, ctx: CommandContext): number {
  const { io } = ctx;
  const target = TARGETS.get(flags.target);
  if (target === undefined) {
    io.stderr(`error: unknown target \`${flags.target}\` (available: ${[...TARGETS.keys()].join(", ")})\n`);
    return EXIT.compileError;
  }
  let fuel: number | undefined;
  if (flags.fuel !== undefined) {
    if (!/^[0-9]+$/.test(flags.fuel) || !Number.isSafeInteger(Number(flags.fuel))) {
      io.stderr(`error: --fuel takes a non-negative integer, got \`${flags.fuel}\`\n`);
      return EXIT.compileError;
    }
    fuel = Number(flags.fuel);
  }
  const args = argumentText(flags);
  if (!args.ok) {
    io.stderr(`error: ${args.error}\n`);
    return EXIT.compileError;
  }
  const compiled = compileFile(file, io);
  if (!compiled.ok) return compiled.exitCode;
  const outcome = target.run(compiled.program, args.value, fuel === undefined ? {} : { fuel });
  switch (outcome.kind) {
    case "ok":
      io.stdout(`${outcome.json}\n`);
      return EXIT.ok;
    case "runtime-error":
      io.stderr(renderRuntimeError(outcome.error, compiled.source, { color: io.color }));
      return EXIT.runtimeError;
    case "bad-arguments": {
      const e = outcome.error;
      const where = e.path === "" ? "" : ` (argument \`${e.path}\`)`;
      io.stderr(`error: bad arguments: ${e.kind}${where}: ${e.message}\n`);
      return EXIT.badArguments;
    }
    default:
      return unreachable(outcome);
  }
}
