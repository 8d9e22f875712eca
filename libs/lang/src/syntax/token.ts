// Tokens produced by the lexer. Offsets are UTF-16 indices into the source
// (what JavaScript strings index by); `spaceBefore` records whether whitespace
// or a comment separates a token from the previous one, because §1.6 makes
// `List<Int> xs` (generic) differ from `a < b` (comparison) in key position.

import { unreachable } from "@tetra/core";

export const PUNCTUATION = [
  "...", "==", "!=", "<=", ">=", "&&", "||", "=>", "->",
  // Recognised only to report them: `++` is not an operator, `??` and `?.` are LATER.
  "++", "??", "?.",
  "{", "}", "[", "]", "(", ")", ",", ":", ".", "@", "#", "&", "?", "=", "<", ">", "+", "-", "*", "/", "%", "!", "|",
] as const;

export type Punct = (typeof PUNCTUATION)[number];

/** One piece of an f-string: literal text (escapes already decoded) or an interpolation's tokens. */
export type FStringTokenPart =
  | { readonly kind: "text"; readonly value: string; readonly start: number; readonly end: number }
  /** `tokens` ends with an `eof` token placed at the closing `}`. `start`/`end` cover `${ … }`. */
  | { readonly kind: "interp"; readonly tokens: readonly Token[]; readonly start: number; readonly end: number };

interface TokenBase {
  readonly start: number;
  readonly end: number;
  readonly spaceBefore: boolean;
}

export type Token = TokenBase &
  (
    | { readonly kind: "int"; readonly value: bigint }
    | { readonly kind: "float"; readonly value: number }
    | { readonly kind: "string"; readonly value: string }
    | { readonly kind: "fstring"; readonly parts: readonly FStringTokenPart[] }
    | { readonly kind: "ident"; readonly name: string }
    /** A lone `_`. */
    | { readonly kind: "wildcard" }
    /** `#main`: `#` immediately followed by a name. */
    | { readonly kind: "directive"; readonly name: string }
    | { readonly kind: "punct"; readonly op: Punct }
    | { readonly kind: "eof" }
  );

export type TokenKind = Token["kind"];

/** How a token reads in an error message: `` `,` ``, `identifier \`x\``, `end of input`. */
export function describeToken(t: Token): string {
  switch (t.kind) {
    case "int":
    case "float":
      return "a number";
    case "string":
      return "a string";
    case "fstring":
      return "an f-string";
    case "ident":
      return `\`${t.name}\``;
    case "wildcard":
      return "`_`";
    case "directive":
      return `\`#${t.name}\``;
    case "punct":
      return `\`${t.op}\``;
    case "eof":
      return "end of input";
    default:
      return unreachable(t);
  }
}
