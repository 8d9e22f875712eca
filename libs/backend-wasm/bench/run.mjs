// Runs a TypeScript bench script from this folder with the workspace sources
// (the "@tetra/source" export condition), through Vite's module runner — no
// build step needed:  node libs/backend-wasm/bench/run.mjs [script.ts]
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const conditions = ["@tetra/source", "import", "module", "node", "default"];
const script = fileURLToPath(new URL(process.argv[2] ?? "./wasm-bench.ts", import.meta.url));
await runnerImport(script, { configFile: false, logLevel: "error", resolve: { conditions }, ssr: { resolve: { conditions } } });
