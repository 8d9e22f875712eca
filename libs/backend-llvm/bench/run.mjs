// Runs a TypeScript benchmark module (default native-bench.ts) through Vite's
// module runner (Node 20 cannot run TypeScript directly), resolving @tetra/*
// to their sources like the tests do, and calls its `main()`.
//   node libs/backend-llvm/bench/run.mjs [file.ts]
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const file = process.argv[2] === undefined ? fileURLToPath(new URL("./native-bench.ts", import.meta.url)) : resolve(process.argv[2]);
const conditions = ["@tetra/source", "import", "module", "node", "default"];
const { module } = await runnerImport(file, {
  configFile: false,
  logLevel: "error",
  resolve: { conditions },
  ssr: { resolve: { conditions } },
});
await module.main();
