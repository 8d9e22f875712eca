// The one-way dependency graph between Tetra's projects (DESIGN §2):
//
//   core <- ir <- {lang, backend-js, backend-wasm, backend-llvm} <- driver <- {conformance, bench} <- cli
//
// `lang` never imports a backend; a backend never imports `lang` or another
// backend; `binaryen` is imported only by backend-wasm, LLVM/koffi only by
// backend-llvm. This file states the rules as data and finds violations by
// scanning import specifiers and package.json dependencies.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface Project {
  readonly name: string; // @tetra/<name>
  readonly dir: string; // relative to the repo root
}

export const PROJECTS: readonly Project[] = [
  { name: "core", dir: "libs/core" },
  { name: "ir", dir: "libs/ir" },
  { name: "lang", dir: "libs/lang" },
  { name: "backend-js", dir: "libs/backend-js" },
  { name: "backend-wasm", dir: "libs/backend-wasm" },
  { name: "backend-llvm", dir: "libs/backend-llvm" },
  { name: "driver", dir: "libs/driver" },
  { name: "cli", dir: "apps/cli" },
  { name: "conformance", dir: "tools/conformance" },
  { name: "lint", dir: "tools/lint" },
  { name: "bench", dir: "tools/bench" },
  { name: "fuzz", dir: "tools/fuzz" },
];

const BACKENDS = ["backend-js", "backend-wasm", "backend-llvm"] as const;

/** Which @tetra projects each project may import. */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: [],
  ir: ["core"],
  lang: ["core", "ir"],
  "backend-js": ["core", "ir"],
  "backend-wasm": ["core", "ir"],
  "backend-llvm": ["core", "ir"],
  driver: ["core", "ir", "lang", ...BACKENDS],
  cli: ["core", "ir", "lang", ...BACKENDS, "driver", "conformance", "bench", "fuzz"],
  conformance: ["core", "ir", "lang", ...BACKENDS, "driver"],
  bench: ["core", "ir", "lang", ...BACKENDS, "driver"],
  fuzz: ["core", "ir", "lang", ...BACKENDS, "driver", "conformance"],
  lint: [],
};

/** Third-party packages that only one project may import. */
export const EXCLUSIVE_PACKAGES: Readonly<Record<string, string>> = {
  binaryen: "backend-wasm",
  "llvm-bindings": "backend-llvm",
  koffi: "backend-llvm",
};

export interface Violation {
  readonly project: string;
  readonly file: string;
  readonly message: string;
}

// `import x from "..."`, `export * from "..."`, `import("...")`, `import "..."`.
const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT_RE)].map((m) => m[1]!);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|mts|js|mjs)$/.test(entry)) out.push(p);
  }
  return out;
}

/** Checks one import specifier of a file in `project`; returns a message for a violation. */
export function checkSpecifier(project: string, spec: string): string | undefined {
  const tetra = /^@tetra\/([^/]+)(\/.*)?$/.exec(spec);
  if (tetra) {
    const target = tetra[1]!;
    if (tetra[2] !== undefined) return `deep import "${spec}": import only through @tetra/${target}`;
    if (target === project) return `self import "${spec}"`;
    if (!(ALLOWED[project] ?? []).includes(target)) return `back edge: ${project} must not import @tetra/${target}`;
    return undefined;
  }
  const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
  const owner = EXCLUSIVE_PACKAGES[pkg];
  if (owner !== undefined && owner !== project) return `"${pkg}" may only be imported by ${owner}`;
  return undefined;
}

export function findViolations(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const p of PROJECTS) {
    const pkg = JSON.parse(readFileSync(join(root, p.dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      const msg = checkSpecifier(p.name, dep);
      if (msg !== undefined) violations.push({ project: p.name, file: `${p.dir}/package.json`, message: msg });
    }
    for (const file of sourceFiles(join(root, p.dir, "src"))) {
      const rel = relative(root, file);
      // This project's own tests quote forbidden specifiers as test data.
      if (p.name === "lint" && rel.endsWith(".test.ts")) continue;
      for (const spec of importSpecifiers(readFileSync(file, "utf8"))) {
        let msg = checkSpecifier(p.name, spec);
        // A relative import must stay inside its own project.
        if (msg === undefined && spec.startsWith(".")) {
          const resolved = relative(join(root, p.dir), join(file, "..", spec));
          if (resolved.startsWith("..")) msg = `relative import "${spec}" leaves ${p.dir}`;
        }
        if (msg !== undefined) violations.push({ project: p.name, file: rel, message: msg });
      }
    }
  }
  return violations;
}
