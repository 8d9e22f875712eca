// The exact JSON tree produced by `parseJson`. Unlike `JSON.parse` it loses
// nothing the language cares about:
//   * numbers keep their source text, and integers written without fraction or
//     exponent also keep their exact value (`9007199254740993` stays odd);
//   * objects keep every member in source order, duplicates included
//     (`{"a": 1, "a": 2}` has two members; decoders apply "last wins");
//   * keys like "10" are not reordered (a JavaScript object would put them first).
import { unreachable } from "../errors.js";

export type JsonValue =
  | { readonly kind: "null" }
  | { readonly kind: "bool"; readonly value: boolean }
  /**
   * `text` is the number exactly as written (`-0`, `1.50`, `2E+3`). `integer` is its
   * exact value when it was written without fraction or exponent, else null
   * (`"3"` → 3n, `"3.0"` → null, `"3e0"` → null).
   */
  | { readonly kind: "number"; readonly text: string; readonly integer: bigint | null }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "array"; readonly items: readonly JsonValue[] }
  | { readonly kind: "object"; readonly members: readonly JsonMember[] };

export interface JsonMember {
  readonly key: string;
  readonly value: JsonValue;
}

/**
 * The members of an object with "last wins" applied, in order of each key's first
 * appearance: `{"a": 1, "b": 2, "a": 3}` → Map{a: 3, b: 2}.
 */
export function lastWins(members: readonly JsonMember[]): ReadonlyMap<string, JsonValue> {
  const map = new Map<string, JsonValue>();
  for (const m of members) map.set(m.key, m.value);
  return map;
}

/** Short text naming a JSON value in messages: `"3"`, `1.5`, `true`, `null`, `an array`, `an object`. */
export function describeJson(v: JsonValue): string {
  switch (v.kind) {
    case "null":
      return "null";
    case "bool":
      return v.value ? "true" : "false";
    case "number":
      return truncate(v.text);
    case "string":
      return truncate(JSON.stringify(v.value));
    case "array":
      return v.items.length === 0 ? "an empty array" : "an array";
    case "object":
      return v.members.length === 0 ? "an empty object" : "an object";
    default:
      return unreachable(v);
  }
}

function truncate(text: string): string {
  if (text.length <= 40) return text;
  // Never cut a surrogate pair in half: the message must stay well-formed text.
  const high = text.charCodeAt(36);
  const cut = high >= 0xd800 && high <= 0xdbff ? 36 : 37;
  return `${text.slice(0, cut)}...`;
}
