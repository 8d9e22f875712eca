import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSpecifier, findViolations, importSpecifiers } from "./dependency-graph.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

describe("dependency graph", () => {
  it("has-no-back-edges-in-the-repository", () => {
    expect(findViolations(repoRoot)).toEqual([]);
  });

  it("rejects-core-importing-another-project", () => {
    expect(checkSpecifier("core", "@tetra/ir")).toBe("back edge: core must not import @tetra/ir");
  });

  it("rejects-a-backend-importing-lang-or-another-backend", () => {
    expect(checkSpecifier("backend-js", "@tetra/lang")).toBe("back edge: backend-js must not import @tetra/lang");
    expect(checkSpecifier("backend-wasm", "@tetra/backend-js")).toBe(
      "back edge: backend-wasm must not import @tetra/backend-js",
    );
  });

  it("rejects-lang-importing-a-backend", () => {
    expect(checkSpecifier("lang", "@tetra/backend-llvm")).toBe("back edge: lang must not import @tetra/backend-llvm");
  });

  it("rejects-deep-imports-and-misplaced-native-packages", () => {
    expect(checkSpecifier("cli", "@tetra/core/src/shape.js")).toBe(
      'deep import "@tetra/core/src/shape.js": import only through @tetra/core',
    );
    expect(checkSpecifier("backend-js", "binaryen")).toBe('"binaryen" may only be imported by backend-wasm');
    expect(checkSpecifier("cli", "llvm-bindings")).toBe('"llvm-bindings" may only be imported by backend-llvm');
  });

  it("allows-the-forward-edges", () => {
    expect(checkSpecifier("ir", "@tetra/core")).toBeUndefined();
    expect(checkSpecifier("cli", "@tetra/backend-wasm")).toBeUndefined();
    expect(checkSpecifier("backend-wasm", "binaryen")).toBeUndefined();
  });

  it("finds-every-import-form", () => {
    const src = `import a from "x";\nexport * from "./y.js";\nconst m = await import("z");\nimport "side";\nimport type { T } from "@tetra/core";`;
    expect(importSpecifiers(src)).toEqual(["x", "./y.js", "z", "side", "@tetra/core"]);
  });
});
