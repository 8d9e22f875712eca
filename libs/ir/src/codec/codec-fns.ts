// The registry of shape-independent codec functions ("codec.*"), used like the
// runtime registry: `useCodecFn(m, "codec.skip")` adds the function, after every
// function it depends on (codec or runtime), to the module once.
import { InternalError } from "@tetra/core";
import type { ModuleBuilder } from "../builder.js";
import { useRuntime } from "../runtime/registry.js";
import { dictFinish } from "./dict-sort.js";
import type { CodecFnDef } from "./emit.js";
import { JSON_READ_FNS } from "./json-read.js";
import { JSON_VALID_FNS } from "./json-valid.js";
import { WRITE_FNS } from "./write-fns.js";

const ALL: readonly CodecFnDef[] = [...JSON_VALID_FNS, ...JSON_READ_FNS, dictFinish, ...WRITE_FNS];

export const CODEC_FNS: ReadonlyMap<string, CodecFnDef> = new Map(ALL.map((d) => [d.name, d]));

if (CODEC_FNS.size !== ALL.length) throw new InternalError("duplicate codec function name");

/** Adds codec function `name` (and its dependencies) to `m` if absent; returns `name`. */
export function useCodecFn(m: ModuleBuilder, name: string): string {
  if (m.has(name)) return name;
  const def = CODEC_FNS.get(name);
  if (def === undefined) throw new InternalError("unknown codec function", name);
  for (const dep of def.deps) {
    if (dep.startsWith("rt.")) useRuntime(m, dep);
    else useCodecFn(m, dep);
  }
  m.func(def.name, def.params, def.result, (b) => def.build(b, m));
  return name;
}
