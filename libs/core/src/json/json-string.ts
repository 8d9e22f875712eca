// JSON string literals exactly as LANGUAGE.md §2.6 writes them: `"` and `\` escaped,
// U+0008/U+000C/LF/CR/tab as `\b` `\f` `\n` `\r` `\t`, every other code point below
// U+0020 as `\u00xx` with lower-case hex (U+001F → `\u001f`), everything else raw —
// `/`, DEL (U+007F), U+2028 and all non-ASCII. `JSON.stringify` agrees on this set
// today, but the rule is the spec's, so it is written out.

const SHORT: Readonly<Record<number, string>> = {
  0x08: "\\b",
  0x09: "\\t",
  0x0a: "\\n",
  0x0c: "\\f",
  0x0d: "\\r",
  0x22: '\\"',
  0x5c: "\\\\",
};

const HEX = "0123456789abcdef";

/** `quoteJsonString('a"b\u0001')` = `"a\"b\u0001"` (with a literal backslash-u). */
export function quoteJsonString(s: string): string {
  let out = '"';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0x20 && u !== 0x22 && u !== 0x5c) continue;
    out += s.slice(runStart, i);
    out += SHORT[u] ?? `\\u00${HEX[u >> 4]}${HEX[u & 15]}`;
    runStart = i + 1;
  }
  return `${out}${s.slice(runStart)}"`;
}
