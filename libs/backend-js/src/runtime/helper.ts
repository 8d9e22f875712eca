// A runtime helper: one named piece of JavaScript that generated code calls
// (`$i64_add_checked(a, b, 3)`). The emitter records which helpers a module
// uses and prints only those, with their dependencies, in a fixed order, so the
// output is deterministic and no larger than it needs to be.
//
// Helpers live in the generated code's outer scope, where no IR name is bound,
// so they may use JS globals (`Math`, `BigInt`, `DataView`); generated function
// bodies never name a global, only `$`-prefixed helpers (see js-names.ts for
// why a `$name` can never collide with an IR identifier).

export interface Helper {
  /** Helpers (by name) this one refers to. */
  readonly deps: readonly string[];
  /** The JavaScript text: one or more declarations, no trailing newline. */
  readonly code: string;
}

export function helper(code: string, deps: readonly string[] = []): Helper {
  return { deps, code: code.trim() };
}
