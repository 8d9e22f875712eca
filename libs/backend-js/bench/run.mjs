// Bundles bench.ts (TypeScript, importing @tetra/* sources) with rolldown into
// a temporary ES module and runs it: `node libs/backend-js/bench/run.mjs`.
// Node 20 cannot run .ts directly and the workspace has no tsx.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const here = fileURLToPath(new URL(".", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "tetra-bench-"));
try {
  const bundle = await rolldown({
    input: join(here, "bench.ts"),
    platform: "node",
    resolve: { conditionNames: ["@tetra/source", "import", "default"] },
    logLevel: "warn",
  });
  const file = join(out, "bench.mjs");
  await bundle.write({ file, format: "esm" });
  await bundle.close();
  // The bundle reads kernels relative to import.meta.url: point it back at this folder.
  process.env.TETRA_BENCH_DIR = here;
  await import(pathToFileURL(file).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
