// The on-disk cache of compiled modules: one file per key,
//   <dir>/<key>.twasm = "TWASMC01" | u32 LE byte length | 32-byte SHA-256 | wasm bytes
// where key = SHA-256(BACKEND_VERSION, options, print(module)). A read checks
// the magic, the length and the hash, so a truncated or corrupt entry counts as
// a miss and is rebuilt (and overwritten). Writes go to a temporary file that is
// renamed into place, so concurrent compiles never see half an entry.
//
// Node-only (node:fs is imported on first use); hosts without it run uncached.
import { print, type Module } from "@tetra/ir";
import { BACKEND_VERSION } from "./artifact.js";

const MAGIC = new TextEncoder().encode("TWASMC01");
const HEADER = MAGIC.length + 4 + 32;

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as BufferSource));
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

export async function cacheKey(module: Module, optimize: boolean): Promise<string> {
  return hex(await sha256(new TextEncoder().encode(`${BACKEND_VERSION}\n${JSON.stringify({ optimize })}\n${print(module)}`)));
}

const isNode = (): boolean => typeof process !== "undefined" && typeof process.versions?.node === "string";

/** `<repo>/.tetra-cache/wasm` (or `$TETRA_CACHE_DIR/wasm`), or undefined outside Node. */
export function defaultCacheDir(): string | undefined {
  if (!isNode()) return undefined;
  const root = process.env["TETRA_CACHE_DIR"];
  if (root !== undefined && root !== "") return `${root.replace(/\/+$/, "")}/wasm`;
  // src/ (or dist/) -> libs/backend-wasm -> libs -> repository root
  return decodeURIComponent(new URL("../../../.tetra-cache/wasm", import.meta.url).pathname);
}

export async function cachePath(dir: string, key: string): Promise<string> {
  const { join } = await import("node:path");
  return join(dir, `${key}.twasm`);
}

/** The cached bytes for key, or undefined when absent or failing the integrity check. */
export async function readCache(dir: string, key: string): Promise<Uint8Array | undefined> {
  const { readFile } = await import("node:fs/promises");
  let file: Uint8Array;
  try {
    file = new Uint8Array(await readFile(await cachePath(dir, key)));
  } catch {
    return undefined;
  }
  if (file.length < HEADER || MAGIC.some((c, i) => file[i] !== c)) return undefined;
  const size = new DataView(file.buffer, file.byteOffset + MAGIC.length, 4).getUint32(0, true);
  const wasm = file.slice(HEADER);
  if (wasm.length !== size) return undefined;
  const expected = file.subarray(MAGIC.length + 4, HEADER);
  const actual = await sha256(wasm);
  return actual.every((x, i) => x === expected[i]) ? wasm : undefined;
}

export async function writeCache(dir: string, key: string, wasm: Uint8Array): Promise<void> {
  const { mkdir, rename, writeFile } = await import("node:fs/promises");
  const file = new Uint8Array(HEADER + wasm.length);
  file.set(MAGIC, 0);
  new DataView(file.buffer).setUint32(MAGIC.length, wasm.length, true);
  file.set(await sha256(wasm), MAGIC.length + 4);
  file.set(wasm, HEADER);
  await mkdir(dir, { recursive: true });
  const target = await cachePath(dir, key);
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, file);
  await rename(tmp, target);
}
