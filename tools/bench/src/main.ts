// `tetra bench` and `npm run bench`: parse the options, run, print the report
// (stdout), progress (stderr), optionally write the JSON. Returns the exit
// code (0 ok, 1 a variant gave a wrong answer or failed, 2 usage error) and
// never calls process.exit, so the CLI can call it in-process.
//
// Run directly after `npx tsc -b tools/bench`: node tools/bench/dist/main.js --quick
import { realpathSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseBenchArgs, USAGE } from "./cli-args.js";
import { kernelByName } from "./kernels.js";
import { FULL_SETTINGS, QUICK_SETTINGS } from "./measure.js";
import { renderReport } from "./report.js";
import { runBench } from "./run-bench.js";

export interface BenchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: BenchIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

export async function main(argv: readonly string[], io: BenchIo = processIo): Promise<number> {
  const parsed = parseBenchArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === "error") {
    io.stderr(`tetra bench: ${parsed.message}\n${USAGE}\n`);
    return 2;
  }
  const a = parsed.args;
  const base = a.quick ? QUICK_SETTINGS : FULL_SETTINGS;
  const settings = a.rounds === undefined ? base : { ...base, rounds: a.rounds };
  const report = await runBench({
    kernels: a.kernels.map(kernelByName),
    targets: a.targets,
    quick: a.quick,
    settings,
    command: `tetra bench ${argv.join(" ")}`.trimEnd(),
    log: (line) => io.stderr(`${line}\n`),
  });
  io.stdout(`${renderReport(report)}\n`);
  if (a.json !== undefined) {
    writeFileSync(a.json, `${JSON.stringify(report, null, 2)}\n`);
    io.stderr(`wrote ${a.json}\n`);
  }
  return report.failed ? 1 : 0;
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`tetra bench: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
