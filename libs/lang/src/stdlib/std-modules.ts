// Global built-in functions (§7.1, §7.4 and the function forms of §7.2/§7.3)
// and the members of the std modules (§7.5). The typing of each name is in
// check-intrinsic.ts; this file only says which names exist and which are LATER.

export const BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set([
  "len", "range", "type", "count",
  "abs", "min", "max", "clamp", "floor", "ceil", "round", "sqrt", "pow",
  "starts_with", "ends_with", "trim", "trim_start", "trim_end",
  "every", "some", "unique",
]);

export const LATER_BUILTINS: ReadonlySet<string> = new Set(["in_range", "multiple_of"]);

export interface StdModule {
  readonly core: ReadonlySet<string>;
  readonly later: ReadonlySet<string>;
}

export const STD_MODULES: ReadonlyMap<string, StdModule> = new Map([
  ["std/list", { core: new Set(["map", "filter", "reduce", "contains", "sum", "avg", "len", "first", "last"]), later: new Set(["compact", "flatten"]) }],
  ["std/math", { core: new Set(["abs", "min", "max", "clamp"]), later: new Set<string>() }],
  ["std/string", { core: new Set(["split", "replace", "upper", "lower", "contains", "join"]), later: new Set<string>() }],
  ["std/dict", { core: new Set(["keys", "values", "has_key"]), later: new Set(["merge"]) }],
]);

export const LATER_MODULES: ReadonlySet<string> = new Set(["std/is", "std/value"]);

/** Methods per receiver (§7.2, §7.3, §7.6); LATER ones are recognised to reject them clearly. */
export const STRING_METHODS: ReadonlySet<string> = new Set([
  "length", "len", "is_empty", "concat", "substring", "starts_with", "ends_with", "contains",
  "upper", "lower", "trim", "trim_start", "trim_end", "split", "replace",
]);
export const LATER_STRING_METHODS: ReadonlySet<string> = new Set([
  "title", "nfc", "nfd", "nfkc", "nfkd", "upper_locale", "lower_locale", "title_locale",
  "glob_match", "matches", "is_email", "is_uri", "is_uuid", "is_iso_date", "is_ipv4", "is_ipv6",
]);
export const LIST_METHODS: ReadonlySet<string> = new Set([
  "length", "len", "is_empty", "map", "filter", "reduce", "contains", "join", "sum", "max", "min", "every", "some", "unique",
]);
export const DICT_METHODS: ReadonlySet<string> = new Set(["keys", "values", "has_key", "len"]);
export const RECORD_METHODS: ReadonlySet<string> = new Set(["has_key", "len"]);
export const LATER_DICT_METHODS: ReadonlySet<string> = new Set(["merge"]);
