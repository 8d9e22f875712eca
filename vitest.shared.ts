// Shared vitest settings: every project tests its TypeScript sources directly.
// The "@tetra/source" export condition makes `import "@tetra/core"` resolve to
// libs/core/src/index.ts, so tests never depend on a prior `tsc -b`.
import { defineConfig } from "vitest/config";

export function projectConfig(options: { testTimeout?: number } = {}) {
  return defineConfig({
    resolve: { conditions: ["@tetra/source", "import", "module", "node", "default"] },
    ssr: { resolve: { conditions: ["@tetra/source", "import", "module", "node", "default"] } },
    test: {
      include: ["src/**/*.test.ts"],
      testTimeout: options.testTimeout ?? 60_000,
      pool: "forks",
    },
  });
}
