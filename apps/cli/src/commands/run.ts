// `tetra run <file> [--args json | --args-file f] [--target t] [--fuel n] [--memory bytes] [--no-optimize]`:
// prints the JSON result (exit 0), or the runtime error with its source
// excerpt (exit 1), the diagnostics or a compile-time refusal (exit 2), or the
// bad argument (exit 3). Every target goes through @tetra/driver, so a
// runtime error on a compiled target points at the same line and column as
// on tree-walk (the trap site carries the span).
import { InternalError, unreachable } from "@tetra/core";
import { runRule, type DriverOutcome } from "@tetra/driver";
import { renderRuntimeError } from "@tetra/lang";
import type { Command } from "commander";
import { EXIT, type Io } from "../io.js";
import type { CommandContext } from "../main.js";
import { argumentText } from "../source-file.js";
import { DEFAULT_TARGET, describeTargets } from "../targets.js";
import { compileFile } from "./compile.js";
import { countOption, memoryOption, targetOption, usageError } from "./options.js";

interface RunFlags {
  readonly args?: string;
  readonly argsFile?: string;
  readonly target: string;
  readonly fuel?: string;
  readonly memory?: string;
  readonly optimize: boolean;
}

export function addRunCommand(program: Command, ctx: CommandContext): void {
  program
    .command("run")
    .description("run a program and print its JSON result")
    .argument("<file>", "the .relon program")
    .option("--args <json>", "the #main arguments as a JSON object")
    .option("--args-file <file>", "read the #main arguments from a JSON file (UTF-8)")
    .option("--target <name>", `where to run it: ${describeTargets()}`, DEFAULT_TARGET)
    .option("--fuel <n>", "step budget (tree-walk steps, IR fuel units on compiled targets); running out is StepLimitExceeded")
    .option("--memory <bytes>", "arena capacity for compiled targets (default 8 MiB); exceeding it is MemoryLimitExceeded")
    .option("--no-optimize", "compile without backend optimisation (binaryen -O3, LLVM -O2)")
    .addHelpText(
      "after",
      "\nExit codes: 0 result printed, 1 runtime error, 2 compile error or refusal (unsupported, target unavailable) or usage error, 3 bad arguments.",
    )
    .action(async (file: string, flags: RunFlags) => {
      ctx.exitCode = await runCommand(file, flags, ctx.io);
    });
}

async function runCommand(file: string, flags: RunFlags, io: Io): Promise<number> {
  const target = targetOption(flags.target);
  const fuel = countOption("--fuel", flags.fuel);
  const memory = memoryOption(flags.memory);
  if (!target.ok) return usageError(io, target.error);
  if (!fuel.ok) return usageError(io, fuel.error);
  if (!memory.ok) return usageError(io, memory.error);
  const args = argumentText(flags);
  if (!args.ok) {
    if (args.error.kind === "not-utf8") {
      io.stderr(`error: bad arguments: MalformedArguments: ${args.error.message}\n`);
      return EXIT.badArguments;
    }
    return usageError(io, args.error.message);
  }
  const compiled = await compileFile(file, target.value, flags.optimize, io);
  if (!compiled.ok) return compiled.exitCode;
  const settings = { ...(fuel.value === undefined ? {} : { fuel: fuel.value }), ...(memory.value === undefined ? {} : { memoryLimit: memory.value }) };
  return report(runRule(compiled.rule, args.value, settings), compiled.source, io);
}

function report(outcome: DriverOutcome, source: string, io: Io): number {
  switch (outcome.kind) {
    case "ok":
      io.stdout(`${outcome.json}\n`);
      return EXIT.ok;
    case "runtime-error":
      io.stderr(renderRuntimeError(outcome.error, source, { color: io.color }));
      return EXIT.runtimeError;
    case "bad-arguments": {
      const e = outcome.error;
      const where = e.path === "" ? "" : ` (argument \`${e.path}\`)`;
      io.stderr(`error: bad arguments: ${e.kind}${where}: ${e.message}\n`);
      return EXIT.badArguments;
    }
    case "rejected":
    case "unsupported":
      // runRule never refuses: compileFile reported refusals before the run.
      throw new InternalError("runRule returned a compile-time refusal", outcome.kind);
    default:
      return unreachable(outcome);
  }
}
