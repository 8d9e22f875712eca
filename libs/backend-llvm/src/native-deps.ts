// Lazy access to the optional native packages. Nothing in Tetra may import
// llvm-bindings or koffi at module top level (a machine without LLVM must still
// load @tetra/backend-llvm and every other lib), so they are required on first
// use, and only the type information is imported statically.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type Llvm = typeof import("llvm-bindings");
export type Koffi = typeof import("koffi");

const require = createRequire(import.meta.url);

let llvm: Llvm | undefined;
let koffi: Koffi | undefined;

/** llvm-bindings, loaded on first call (throws when it cannot be loaded). */
export function loadLlvm(): Llvm {
  llvm ??= require("llvm-bindings") as Llvm;
  return llvm;
}

/** koffi, loaded on first call (throws when it cannot be loaded). */
export function loadKoffi(): Koffi {
  koffi ??= require("koffi") as Koffi;
  return koffi;
}

/**
 * The version of an installed package, read from its package.json without
 * loading its code (koffi's `exports` hides `koffi/package.json`, so walk up
 * from the resolved entry file).
 */
export function packageVersion(pkg: string): string {
  let dir: string;
  try {
    dir = dirname(require.resolve(pkg));
  } catch {
    return "missing";
  }
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
    if (json.name === pkg && typeof json.version === "string") return json.version;
  }
  return "unknown";
}
