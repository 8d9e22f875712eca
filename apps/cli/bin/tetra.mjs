#!/usr/bin/env node
// The `tetra` command. Runs the compiled CLI (built by tools/setup.sh).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("tetra is not built yet: run `bash tools/setup.sh` from the repository root\n");
  process.exit(2);
}
// `tetra emit wat rule.relon | head` closes the pipe early: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  color: Boolean(process.stderr.isTTY),
  progress: process.stderr,
});
