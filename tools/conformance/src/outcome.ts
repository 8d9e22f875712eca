// What running one fixture on one target gave (DESIGN §7): exactly one of
// ok(value) | trap(kind) | rejected(diagnostics) | unsupported(construct), plus
// `crash` for anything a target threw that is none of these (always a failure:
// a target must never crash on a fixture).
export type Outcome =
  /** `json` is the canonical JSON text (§2.6); compiled targets also give the raw output-region bytes. */
  | { readonly kind: "ok"; readonly json: string; readonly bytes?: Uint8Array }
  /** A runtime error (or bad-argument error) by its §5.3 kind name. */
  | { readonly kind: "trap"; readonly trap: string; readonly message: string }
  /** Static diagnostics by code (`StaticTypeMismatch`, `Parse`, ...). */
  | { readonly kind: "rejected"; readonly codes: readonly string[]; readonly message: string }
  /** The target declared it cannot compile a construct. */
  | { readonly kind: "unsupported"; readonly construct: string }
  | { readonly kind: "crash"; readonly message: string };

/** One line describing an outcome, for matrices and diffs. */
export function describeOutcome(o: Outcome): string {
  switch (o.kind) {
    case "ok":
      return o.json.length > 60 ? `ok ${o.json.replace(/\s+/g, " ").slice(0, 60)}…` : `ok ${o.json.replace(/\s+/g, " ")}`;
    case "trap":
      return `trap ${o.trap}`;
    case "rejected":
      return `rejected ${o.codes.join(", ")}`;
    case "unsupported":
      return `unsupported: ${o.construct}`;
    case "crash":
      return `crash: ${o.message}`;
  }
}
