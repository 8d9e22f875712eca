// `tetra emit ir|js|wat|ll <file>`: one stage of the pipeline on stdout — the
// verified IR after the standard passes, the JavaScript, the WebAssembly text,
// the LLVM IR (which needs the native toolchain).
import { EMIT_STAGES, emitStage, isEmitStage } from "@tetra/driver";
import type { Command } from "commander";
import { EXIT } from "../io.js";
import type { CommandContext } from "../main.js";
import { readProgram, reportRefusal } from "./compile.js";
import { usageError } from "./options.js";

const STAGE_TARGET = { ir: "the IR", js: "js", wat: "wasm", ll: "native" } as const;

export function addEmitCommand(program: Command, ctx: CommandContext): void {
  program
    .command("emit")
    .description("print one stage of the compiled program: ir, js, wat or ll")
    .argument("<stage>", `ir (the IR after the standard passes), js (JavaScript), wat (WebAssembly text), ll (LLVM IR)`)
    .argument("<file>", "the .relon program")
    .addHelpText("after", "\nExit codes: 0 printed, 2 compile error, refusal (unsupported, native toolchain unavailable) or usage error.")
    .action(async (stage: string, file: string) => {
      const { io } = ctx;
      if (!isEmitStage(stage)) {
        ctx.exitCode = usageError(io, `unknown stage \`${stage}\` (available: ${EMIT_STAGES.join(", ")})`);
        return;
      }
      const read = readProgram(file, io);
      if (!read.ok) {
        ctx.exitCode = read.exitCode;
        return;
      }
      const r = await emitStage(stage, read.source, file);
      if (!r.ok) {
        ctx.exitCode = reportRefusal(r.outcome, read.source, file, STAGE_TARGET[stage], io);
        return;
      }
      io.stdout(r.text.endsWith("\n") ? r.text : `${r.text}\n`);
      ctx.exitCode = EXIT.ok;
    });
}
