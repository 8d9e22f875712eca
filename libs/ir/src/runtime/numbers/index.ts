// Number runtime functions (Int/Float ↔ text, pow, fmod): see docs/runtime-numbers.md.
import type { RuntimeDef } from "../registry.js";
import { FLOAT_TEXT_RUNTIME } from "./float-text.js";
import { FMOD_RUNTIME } from "./fmod.js";
import { INT_TEXT_RUNTIME } from "./int-text.js";
import { PARSE_FLOAT_SLOW_RUNTIME } from "./parse-float-slow.js";
import { PARSE_FLOAT_RUNTIME } from "./parse-float.js";
import { POW_RUNTIME } from "./pow.js";
import { RYU_RUNTIME } from "./ryu.js";

export const NUMBER_RUNTIME: readonly RuntimeDef[] = [
  ...INT_TEXT_RUNTIME,
  ...RYU_RUNTIME,
  ...FLOAT_TEXT_RUNTIME,
  ...PARSE_FLOAT_RUNTIME,
  ...PARSE_FLOAT_SLOW_RUNTIME,
  ...POW_RUNTIME,
  ...FMOD_RUNTIME,
];
