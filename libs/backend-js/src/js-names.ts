// Readable, collision-free JavaScript identifiers for IR names. The generated
// code has one JS function per IR function, named after it (`str_concat` stays
// `str_concat`); names that are not valid identifiers or that are reserved
// words are escaped so two distinct IR names never map to the same identifier.
//
// The backend's own names (runtime helpers `$i64_add_checked`, temps `$t0`,
// wrappers `$call_fib`) all start with `$`. An identifier made here starts with
// `$` only as `$<reserved word>`, `$<digit>...` or `$<hex>_...` (verified IR
// names start with a letter or `_`, so in practice only `$<reserved word>`),
// and no internal name has one of those forms, so the two never collide.

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined NaN Infinity"
  ).split(" "),
);

/**
 * `"add"` → `add`, `"str.concat"` → `str$2e_concat`, `"class"` → `$class`, `"$x"` → `$24_x`.
 * `$` is the escape character, so it is itself escaped; the mapping is injective.
 */
export function jsIdentifier(irName: string): string {
  let out = "";
  for (const ch of irName) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += `$${ch.codePointAt(0)!.toString(16)}_`;
  }
  if (out === "" || /^[0-9]/.test(out) || RESERVED.has(out)) out = `$${out}`;
  return out;
}
