// `tetra build <file> --target js|wasm|native -o <dir> [--name n] [--no-optimize]`:
// a standalone artifact that runs without the compiler (see
// @tetra/driver buildStandalone): js → <name>.mjs, wasm → <name>.wasm +
// <name>.mjs, native → <name>.so + <name>.mjs (needs only koffi). Prints the
// files it wrote, one per line.
import { artifactNameOf, BUILD_TARGETS, buildStandalone, isArtifactName, isBuildTarget } from "@tetra/driver";
import type { Command } from "commander";
import { EXIT } from "../io.js";
import type { CommandContext } from "../main.js";
import { readProgram, reportRefusal } from "./compile.js";
import { usageError } from "./options.js";

interface BuildFlags {
  readonly target: string;
  readonly out: string;
  readonly name?: string;
  readonly optimize: boolean;
}

const USE = `
The artifact exports run(args, options?) → canonical JSON text (args: a plain object, BigInt for
exact Ints, or a JSON string; throws RuleError / BadArgumentsError with .kind, .line, .column),
runJson(text) → { ok: true, json } | { ok: false, kind, message, line, column }, and runBytes.
  node -e "import('./out/rule.mjs').then(m => console.log(m.run({ x: 1 })))"

Exit codes: 0 built, 2 compile error, refusal (unsupported, native toolchain unavailable) or usage error.`;

export function addBuildCommand(program: Command, ctx: CommandContext): void {
  program
    .command("build")
    .description("write a standalone artifact that runs without the compiler")
    .argument("<file>", "the .relon program")
    .requiredOption("--target <name>", `${BUILD_TARGETS.join(", ")}`)
    .requiredOption("-o, --out <dir>", "the output directory (created if missing)")
    .option("--name <name>", "the artifact's file stem (default: the program file's stem)")
    .option("--no-optimize", "compile without backend optimisation (binaryen -O3, LLVM -O2)")
    .addHelpText("after", USE)
    .action(async (file: string, flags: BuildFlags) => {
      ctx.exitCode = await buildCommand(file, flags, ctx);
    });
}

async function buildCommand(file: string, flags: BuildFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (!isBuildTarget(flags.target)) return usageError(io, `unknown build target \`${flags.target}\` (available: ${BUILD_TARGETS.join(", ")})`);
  const name = flags.name ?? artifactNameOf(file);
  if (!isArtifactName(name)) {
    return usageError(io, `cannot name an artifact \`${name}\`: use letters, digits, \`_\`, \`.\` and \`-\` (pass --name)`);
  }
  const read = readProgram(file, io);
  if (!read.ok) return read.exitCode;
  let r;
  try {
    r = await buildStandalone({ source: read.source, file, target: flags.target, outDir: flags.out, name, optimize: flags.optimize });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("E")) return usageError(io, `cannot write to ${flags.out}: ${(e as Error).message}`);
    throw e;
  }
  if (!r.ok) return reportRefusal(r.outcome, read.source, file, flags.target, io);
  for (const f of r.files) io.stdout(`wrote ${f}\n`);
  return EXIT.ok;
}
