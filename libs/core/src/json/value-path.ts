// Paths into a value, for error messages: `order.items[2].qty`, `m["a b"]`.
// Built as a linked list while walking and rendered only when an error is
// reported, so decoding a large array does not build a string per element.

export type ValuePath =
  | { readonly kind: "root"; readonly name: string }
  | { readonly kind: "key"; readonly parent: ValuePath; readonly key: string }
  | { readonly kind: "index"; readonly parent: ValuePath; readonly index: number };

export function rootPath(name: string): ValuePath {
  return { kind: "root", name };
}

export function keyPath(parent: ValuePath, key: string): ValuePath {
  return { kind: "key", parent, key };
}

export function indexPath(parent: ValuePath, index: number): ValuePath {
  return { kind: "index", parent, index };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `order.items[2].qty`; keys that are not identifiers are quoted: `m["a b"]`, `m[""]`. */
export function renderPath(p: ValuePath): string {
  const parts: string[] = [];
  let q: ValuePath = p;
  while (q.kind !== "root") {
    if (q.kind === "index") parts.push(`[${q.index}]`);
    else parts.push(IDENTIFIER.test(q.key) ? `.${q.key}` : `[${JSON.stringify(q.key)}]`);
    q = q.parent;
  }
  parts.push(q.name);
  const text = parts.reverse().join("");
  // A nameless root ("" as for `decodeJson` on a bare value) must not print as ".qty".
  return q.name === "" && text.startsWith(".") ? text.slice(1) : text;
}
