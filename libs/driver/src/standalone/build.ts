// `tetra build`: a standalone artifact that runs without the compiler and
// without any @tetra/* package.
//
//   js      <name>.mjs                 no imports; Node or browser
//   wasm    <name>.wasm + <name>.mjs   no imports; finds <name>.wasm next to itself (import.meta.url)
//   native  <name>.so + <name>.mjs     imports only koffi and node:*
//
// Each <name>.mjs is its backend's standalone module (emitStandaloneModule,
// emitStandalone, writeStandalone) embedded as a function body (embed.ts),
// followed by the user-level API (user-api.ts): `run(args, options?)`,
// `runJson(text, options?)`, `RuleError`, `BadArgumentsError`, `runBytes`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { diagnostic, unreachable, type Diagnostic } from "@tetra/core";
import { backendFor } from "../backends.js";
import { lowerSource, type CompileResult } from "../compile.js";
import { embedModule } from "./embed.js";
import { userApiSource } from "./user-api.js";

export const BUILD_TARGETS = ["js", "wasm", "native"] as const;
export type BuildTarget = (typeof BUILD_TARGETS)[number];

export function isBuildTarget(s: string): s is BuildTarget {
  return (BUILD_TARGETS as readonly string[]).includes(s);
}

export interface BuildRequest {
  readonly source: string;
  readonly file: string;
  readonly target: BuildTarget;
  readonly outDir: string;
  /** The files' stem; default: the program file's stem (`rules/pricing.relon` → `pricing`). */
  readonly name?: string;
  /** Backend optimisation (binaryen -O3, LLVM -O2). Default true. */
  readonly optimize?: boolean;
}

export type BuildResult = { readonly ok: true; readonly files: readonly string[] } | Extract<CompileResult, { ok: false }>;

/** A name that is a plain file name on every system (the native loader requires it too). */
export function isArtifactName(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name);
}

/** `dir/pricing.relon` → `pricing`; `rule.v2.relon` → `rule.v2`. */
export function artifactNameOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

export async function buildStandalone(req: BuildRequest): Promise<BuildResult> {
  const name = req.name ?? artifactNameOf(req.file);
  if (!isArtifactName(name)) {
    return refused("InvalidArtifactName", `cannot name an artifact \`${name}\`: use letters, digits, \`_\`, \`.\` and \`-\` (e.g. --name rule)`);
  }
  const lowered = lowerSource(req.source, req.file);
  if (!lowered.ok) return lowered;
  const { module, program } = lowered;
  const choice = await backendFor(req.target);
  if (choice.unavailable !== undefined) return refused("Unsupported", choice.unavailable);
  const compiled = await choice.backend.compile(module, { optimize: req.optimize ?? true });
  if (!compiled.ok) return { ok: false, outcome: { kind: "unsupported", diagnostics: compiled.error as readonly Diagnostic[] } };
  const api = (lowLevelRun: string): string => userApiSource({ file: req.file, hasMain: program.main !== null, sites: module.sites, lowLevelRun });
  mkdirSync(req.outDir, { recursive: true });
  const loaderPath = join(req.outDir, `${name}.mjs`);
  const header = `// ${name}.mjs: ${req.file} compiled by \`tetra build --target ${req.target}\`. Runs without Tetra:\n//   import { run, runJson } from "./${name}.mjs";  run({ ... }) → canonical JSON text`;
  switch (req.target) {
    case "js": {
      const { emitStandaloneModule } = await import("@tetra/backend-js");
      const e = embedModule(emitStandaloneModule(module), "$backend", ["run"], "the js backend's standalone module");
      writeFileSync(loaderPath, joinModule(header, e.imports, e.declaration, api("$backend.run")));
      return { ok: true, files: [loaderPath] };
    }
    case "wasm": {
      const { emitStandalone } = await import("@tetra/backend-wasm");
      const wasmFile = `${name}.wasm`;
      const s = emitStandalone(compiled.value as Parameters<typeof emitStandalone>[0], { wasmFile });
      const e = embedModule(s.loader, "$backend", ["load"], "the wasm backend's loader");
      const wasmPath = join(req.outDir, wasmFile);
      writeFileSync(wasmPath, s.wasm);
      // Top-level await: the module is ready to run once imported (in a browser it fetches <name>.wasm).
      const ready = `const $runner = await $backend.load();`;
      writeFileSync(loaderPath, joinModule(header, e.imports, `${e.declaration}\n${ready}`, api("(input, options) => $runner.run(input, options)")));
      return { ok: true, files: [wasmPath, loaderPath] };
    }
    case "native": {
      const { writeStandalone } = await import("@tetra/backend-llvm");
      const files = writeStandalone(compiled.value as Parameters<typeof writeStandalone>[0], req.outDir, name);
      const e = embedModule(readFileSync(files.loader, "utf8"), "$backend", ["run"], "the native backend's loader");
      writeFileSync(files.loader, joinModule(header, e.imports, e.declaration, api("$backend.run")));
      return { ok: true, files: [files.library, files.loader] };
    }
    default:
      return unreachable(req.target);
  }
}

function joinModule(header: string, imports: readonly string[], declaration: string, api: string): string {
  return [header, ...imports, "", declaration, api].join("\n");
}

function refused(code: "Unsupported" | "InvalidArtifactName", message: string): BuildResult {
  const diagnostics = [diagnostic(code, message)];
  return { ok: false, outcome: code === "Unsupported" ? { kind: "unsupported", diagnostics } : { kind: "rejected", diagnostics } };
}

