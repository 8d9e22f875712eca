// Number runtime functions (Int/Float ↔ text, pow, fmod): see docs/runtime.md.
import type { RuntimeDef } from "../registry.js";

export const NUMBER_RUNTIME: readonly RuntimeDef[] = [];
