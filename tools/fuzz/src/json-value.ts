// JSON argument values as a small tree, so that the exact text handed to the
// decoders can vary (number spellings, escapes, duplicate keys, whitespace)
// while staying a pure function of the tree. Numbers keep their source text:
// Int arguments beyond 2^53 and float spellings such as `2.50e0` must reach
// the decoder exactly as generated.
import { unreachable } from "@tetra/core";

export type JVal =
  | { readonly kind: "null" }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "num"; readonly text: string }
  /** `ascii`: every non-ASCII character as `\u` escapes (surrogate pairs above U+FFFF). */
  | { readonly kind: "str"; readonly value: string; readonly ascii: boolean }
  | { readonly kind: "arr"; readonly items: readonly JVal[] }
  /**
   * Entries in order; a repeated key is allowed (the last one wins, DESIGN §6).
   * `escapeKeys` writes every key character as a `\u` escape (`"\u0070\u0030"` is `"p0"`).
   */
  | { readonly kind: "obj"; readonly entries: readonly (readonly [string, JVal])[]; readonly escapeKeys?: boolean }
  /** Text written as is: a lone surrogate escape `"\ud800"`, or something that is not JSON at all. */
  | { readonly kind: "raw"; readonly text: string };

export const J = {
  null: { kind: "null" } as JVal,
  bool: (value: boolean): JVal => ({ kind: "bool", value }),
  num: (text: string): JVal => ({ kind: "num", text }),
  str: (value: string, ascii = false): JVal => ({ kind: "str", value, ascii }),
  arr: (items: readonly JVal[]): JVal => ({ kind: "arr", items }),
  obj: (entries: readonly (readonly [string, JVal])[], escapeKeys = false): JVal => (escapeKeys ? { kind: "obj", entries, escapeKeys } : { kind: "obj", entries }),
  raw: (text: string): JVal => ({ kind: "raw", text }),
} as const;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function hex4(n: number): string {
  return n.toString(16).padStart(4, "0");
}

export function jsonString(s: string, ascii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (cp < 0x20 || cp === 0x7f) out += `\\u${hex4(cp)}`;
    else if (ascii && cp > 0x7f) {
      if (cp > 0xffff) {
        const v = cp - 0x10000;
        out += `\\u${hex4(0xd800 + (v >> 10))}\\u${hex4(0xdc00 + (v & 0x3ff))}`;
      } else out += `\\u${hex4(cp)}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** One character as `\u` escapes (a surrogate pair above U+FFFF). */
function escapeAll(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp <= 0xffff) return `\\u${hex4(cp)}`;
  const v = cp - 0x10000;
  return `\\u${hex4(0xd800 + (v >> 10))}\\u${hex4(0xdc00 + (v & 0x3ff))}`;
}

/** JSON text; `spaced` puts a space after `:` and `,` (both layouts must decode the same). */
export function printJson(v: JVal, spaced = false): string {
  const sep = spaced ? ", " : ",";
  const colon = spaced ? ": " : ":";
  switch (v.kind) {
    case "null":
      return "null";
    case "bool":
      return v.value ? "true" : "false";
    case "num":
      return v.text;
    case "str":
      return jsonString(v.value, v.ascii);
    case "arr":
      return `[${v.items.map((x) => printJson(x, spaced)).join(sep)}]`;
    case "obj": {
      const key = (k: string) => (v.escapeKeys === true ? `"${[...k].map((ch) => escapeAll(ch)).join("")}"` : jsonString(k, false));
      return `{${v.entries.map(([k, x]) => `${key(k)}${colon}${printJson(x, spaced)}`).join(sep)}}`;
    }
    case "raw":
      return v.text;
    default:
      return unreachable(v);
  }
}
