// The on-disk cache of compiled libraries: `<dir>/<key>.so` plus a sidecar
// `<key>.json` recording the library's SHA-256. The key hashes everything the
// library depends on (the printed IR, the options, the target, the tools'
// identities and this backend's own sources), so a hit never needs LLVM.
//
// A library is trusted only when its bytes hash to the sidecar's value: a
// truncated or corrupted file (or one without a sidecar) is deleted and rebuilt,
// never handed to dlopen. Writes go to a temporary name first and are renamed
// into place, so concurrent compiles of the same key cannot see a half-written file.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

interface Sidecar {
  readonly sha256: string;
  readonly size: number;
}

export interface CachedLibrary {
  readonly path: string;
  readonly sha256: string;
}

/** `<repo>/.tetra-cache/native` (the repo found by walking up to nx.json or .git), else a temp dir. */
export function defaultCacheDir(): string {
  const fromEnv = process.env["TETRA_CACHE_DIR"];
  if (fromEnv !== undefined && fromEnv !== "") return join(fromEnv, "native");
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 12; i++) {
    if (existsSync(join(dir, "nx.json")) || existsSync(join(dir, ".git"))) return join(dir, ".tetra-cache", "native");
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(process.env["TMPDIR"] ?? "/tmp", "tetra-cache", "native");
}

/** The verified library for `key`, or undefined (a bad entry is removed). */
export function lookup(dir: string, key: string): CachedLibrary | undefined {
  const so = join(dir, `${key}.so`);
  const side = join(dir, `${key}.json`);
  if (!existsSync(so) || !existsSync(side)) return undefined;
  try {
    const meta = JSON.parse(readFileSync(side, "utf8")) as Partial<Sidecar>;
    const bytes = readFileSync(so);
    const hash = sha256(bytes);
    if (meta.sha256 === hash && meta.size === bytes.length) return { path: so, sha256: hash };
  } catch {
    // unreadable sidecar: rebuild
  }
  rmSync(so, { force: true });
  rmSync(side, { force: true });
  return undefined;
}

/** Moves a freshly built library into the cache under `key` and records its hash. */
export function store(dir: string, key: string, builtSo: string): CachedLibrary {
  mkdirSync(dir, { recursive: true });
  const bytes = readFileSync(builtSo);
  const hash = sha256(bytes);
  const so = join(dir, `${key}.so`);
  const tmp = `${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  renameOrCopy(builtSo, join(dir, `${key}.so.${tmp}`), bytes);
  renameSync(join(dir, `${key}.so.${tmp}`), so);
  const sideTmp = join(dir, `${key}.json.${tmp}`);
  writeFileSync(sideTmp, JSON.stringify({ sha256: hash, size: bytes.length } satisfies Sidecar));
  renameSync(sideTmp, join(dir, `${key}.json`));
  return { path: so, sha256: hash };
}

function renameOrCopy(from: string, to: string, bytes: Uint8Array): void {
  try {
    renameSync(from, to);
  } catch {
    writeFileSync(to, bytes); // across file systems
  }
}

/**
 * A hash of this backend's own source files and of @tetra/ir's (codegen changes invalidate the cache
 * without a version bump; the codegen also follows ir's loop analyses — counted-loop.ts,
 * loop-accesses.ts, loop-arith.ts — which the printed module does not show).
 */
export function backendFingerprint(): string {
  fingerprint ??= computeFingerprint();
  return fingerprint;
}
let fingerprint: string | undefined;

function computeFingerprint(): string {
  const root = dirname(fileURLToPath(import.meta.url));
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) visit(p);
      else if (/\.(ts|js)$/.test(name) && !/\.test\.(ts|js)$/.test(name) && !name.endsWith(".d.ts")) files.push(p);
    }
  };
  visit(root);
  // libs/backend-llvm/{src,dist} -> libs/ir/{src,dist}: the same form of the sibling package.
  const ir = join(root, "..", "..", "ir", basename(root));
  if (existsSync(ir)) visit(ir);
  const h = createHash("sha256");
  for (const f of files) h.update(relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}
