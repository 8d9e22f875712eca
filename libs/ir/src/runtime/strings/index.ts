// String runtime functions (UTF-8 byte semantics): see docs/runtime.md.
import type { RuntimeDef } from "../registry.js";

export const STRING_RUNTIME: readonly RuntimeDef[] = [];
