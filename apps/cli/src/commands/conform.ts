// `tetra conform [--target a,b] [--filter re] [--json out.json] [--allow-unavailable]`:
// the conformance matrix (every fixture × target, compared with the tree-walk
// oracle; tools/conformance). Progress bar on a TTY, then the matrix and the
// totals on stdout; exit 0 when every cell passed, 1 otherwise.
import { writeFileSync } from "node:fs";
import { parseTargetList, TARGET_NAMES } from "@tetra/driver";
import type { Command } from "commander";
import { EXIT } from "../io.js";
import type { CommandContext } from "../main.js";
import { usageError } from "./options.js";

interface ConformFlags {
  readonly target?: string;
  readonly filter?: string;
  readonly json?: string;
  readonly allowUnavailable?: boolean;
}

export function addConformCommand(program: Command, ctx: CommandContext): void {
  program
    .command("conform")
    .description("run the conformance matrix: every fixture on every target, compared with tree-walk")
    .option("--target <list>", `comma-separated targets (default: ${TARGET_NAMES.join(",")}); tree-walk always runs, as the oracle`)
    .option("--filter <regex>", "only fixtures whose id matches (ids look like shared/reference/op-01)")
    .option("--json <file>", "also write the report as JSON")
    .option("--allow-unavailable", "a target this machine cannot run (native without LLVM) does not fail the run")
    .addHelpText("after", "\nExit codes: 0 every cell passed, 1 a failure or disagreement, 2 usage error.")
    .action(async (flags: ConformFlags) => {
      ctx.exitCode = await conformCommand(flags, ctx);
    });
}

async function conformCommand(flags: ConformFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  let targets;
  if (flags.target !== undefined) {
    const parsed = parseTargetList(flags.target);
    if (!parsed.ok) return usageError(io, `unknown target \`${parsed.unknown}\` (available: ${TARGET_NAMES.join(", ")})`);
    if (parsed.targets.length === 0) return usageError(io, "--target needs at least one target");
    targets = parsed.targets;
  }
  let filter: RegExp | undefined;
  if (flags.filter !== undefined) {
    try {
      filter = new RegExp(flags.filter);
    } catch (e) {
      return usageError(io, `--filter is not a regular expression: ${(e as Error).message}`);
    }
  }
  const { conform, formatReport, reportToJson } = await import("@tetra/conformance");
  const result = await conform({
    ...(targets === undefined ? {} : { targets }),
    ...(filter === undefined ? {} : { filter }),
    ...(flags.allowUnavailable === true ? { allowUnavailable: true } : {}),
    ...(io.progress === undefined ? {} : { progress: io.progress }),
  });
  for (const p of result.problems) io.stderr(`error: ${p.file}: ${p.message}\n`);
  if (result.fixtureCount === 0) io.stderr(`warning: no fixture matches --filter ${flags.filter ?? ""}\n`);
  io.stdout(`${formatReport(result.report)}\n`);
  if (flags.json !== undefined) {
    const json = { ...(reportToJson(result.report) as object), problems: result.problems };
    try {
      writeFileSync(flags.json, `${JSON.stringify(json, null, 2)}\n`);
    } catch (e) {
      return usageError(io, `cannot write ${flags.json}: ${(e as Error).message}`);
    }
  }
  return result.report.ok ? EXIT.ok : EXIT.runtimeError;
}
