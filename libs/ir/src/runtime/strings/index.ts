// String runtime functions (UTF-8 byte semantics, LANGUAGE.md §5.6, §7.2):
// see docs/runtime-strings.md for every function's contract and algorithm.
// Each has a TypeScript twin in @tetra/core (numbers/text.ts, utf8.ts,
// case-mapping.ts) and agreement.test.ts holds them equal.
import type { RuntimeDef } from "../registry.js";
import { BASIC_STRING_RUNTIME } from "./basic.js";
import { CASE_STRING_RUNTIME } from "./case.js";
import { DICT_STRING_RUNTIME } from "./dict.js";
import { SEARCH_STRING_RUNTIME } from "./search.js";
import { SPLIT_JOIN_STRING_RUNTIME } from "./split-join.js";
import { TRIM_STRING_RUNTIME } from "./trim.js";
import { UTF8_RUNTIME } from "./utf8.js";

export const STRING_RUNTIME: readonly RuntimeDef[] = [
  ...BASIC_STRING_RUNTIME,
  ...SEARCH_STRING_RUNTIME,
  ...SPLIT_JOIN_STRING_RUNTIME,
  ...TRIM_STRING_RUNTIME,
  ...CASE_STRING_RUNTIME,
  ...UTF8_RUNTIME,
  ...DICT_STRING_RUNTIME,
];
