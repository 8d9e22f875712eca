// `tetra bench` and `tetra fuzz`: the benchmark runner (tools/bench) and the
// differential fuzzer (tools/fuzz) own their flags; the CLI passes every
// argument through to their `main`, loaded only when the command runs.
import type { Command } from "commander";
import type { CommandContext } from "../main.js";

export function addBenchCommand(program: Command, ctx: CommandContext): void {
  passThrough(program, "bench", "run the benchmarks: every target against hand-written JavaScript and C (tetra bench --help)")
    .action(async (args: string[]) => {
      const { main } = await import("@tetra/bench");
      ctx.exitCode = await main(args, { stdout: ctx.io.stdout, stderr: ctx.io.stderr });
    });
}

export function addFuzzCommand(program: Command, ctx: CommandContext): void {
  passThrough(program, "fuzz", "run the differential fuzzer: random well-typed programs on every target (tetra fuzz --help)")
    .action(async (args: string[]) => {
      const { fuzzMain } = await import("@tetra/fuzz");
      ctx.exitCode = await fuzzMain(args, { out: (t) => ctx.io.stdout(`${t}\n`), err: (t) => ctx.io.stderr(`${t}\n`) });
    });
}

/** A command whose options, `--help` included, belong to the tool it runs. */
function passThrough(program: Command, name: string, description: string): Command {
  return program.command(name).description(description).argument("[args...]", "passed to the tool").helpOption(false).allowUnknownOption().allowExcessArguments();
}
