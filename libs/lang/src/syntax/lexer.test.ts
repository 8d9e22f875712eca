import { describe, expect, it } from "vitest";
import { lex } from "./lexer.js";
import type { Token } from "./token.js";

function tokens(src: string): Token[] {
  const r = lex(src, "t.relon");
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  return [...r.tokens];
}

function errors(src: string): string[] {
  return lex(src, "t.relon").diagnostics.map((d) => d.message);
}

function kinds(src: string): string[] {
  return tokens(src).map((t) => (t.kind === "punct" ? t.op : t.kind === "ident" ? `id:${t.name}` : t.kind));
}

describe("lexer", () => {
  it("reads-integer-spellings", () => {
    const values = tokens("250 0xFA 0o372 0b11111010 0x7FFFFFFFFFFFFFFF").flatMap((t) => (t.kind === "int" ? [t.value] : []));
    expect(values).toEqual([250n, 250n, 250n, 250n, 9223372036854775807n]);
  });

  it("rejects-integers-beyond-i64", () => {
    expect(errors("9223372036854775808")[0]).toMatch(/does not fit in a signed 64-bit Int/);
    expect(errors("0x8000000000000000")[0]).toMatch(/does not fit/);
  });

  it("rejects-upper-case-prefix-and-separators", () => {
    expect(errors("0X1F")[0]).toMatch(/lower case/);
    expect(errors("1_000")[0]).toMatch(/invalid number `1_000`/);
    expect(errors("0b102")[0]).toMatch(/invalid binary literal/);
    expect(errors("0x")[0]).toMatch(/invalid hexadecimal literal/);
  });

  it("reads-float-forms", () => {
    const values = tokens("0.25 25e-2 2.5E3 4e+1 3.0 1e400").flatMap((t) => (t.kind === "float" ? [t.value] : []));
    expect(values).toEqual([0.25, 0.25, 2500, 40, 3, Infinity]);
  });

  it("rejects-float-without-fraction-digits", () => {
    expect(errors("1.")[0]).toMatch(/needs digits after the point/);
    expect(errors("1.e5")[0]).toMatch(/needs digits after the point/);
  });

  it("reads-tuple-steps-after-a-dot-as-ints", () => {
    expect(kinds("t.0.1")).toEqual(["id:t", ".", "int", ".", "int", "eof"]);
  });

  it("decodes-every-escape", () => {
    const [t] = tokens(String.raw`"\n\r\t\b\f\\\"\/\u0041\u{1F600}"`);
    expect(t).toMatchObject({ kind: "string", value: "\n\r\t\b\f\\\"/A\u{1F600}" });
  });

  it("removes-line-continuations", () => {
    const [t] = tokens('"alpha \\\n      beta"');
    expect(t).toMatchObject({ kind: "string", value: "alpha beta" });
  });

  it("keeps-raw-line-breaks", () => {
    const [t] = tokens('"a\nb"');
    expect(t).toMatchObject({ kind: "string", value: "a\nb" });
  });

  it("rejects-bad-escapes", () => {
    expect(errors(String.raw`"\q"`)[0]).toMatch(/unknown escape `\\q`/);
    expect(errors(String.raw`"\uD800"`)[0]).toMatch(/surrogate/);
    expect(errors(String.raw`"\u{110000}"`)[0]).toMatch(/above U\+10FFFF/);
    expect(errors(String.raw`"\u12"`)[0]).toMatch(/exactly four hex digits/);
    expect(errors('"open')[0]).toMatch(/unterminated string/);
  });

  it("reads-raw-strings-with-hashes", () => {
    const vals = tokens(String.raw`r"C:\temp" r#"say "hi""# r##"a"#b"##`).flatMap((t) => (t.kind === "string" ? [t.value] : []));
    expect(vals).toEqual([String.raw`C:\temp`, 'say "hi"', 'a"#b']);
  });

  it("does-not-take-identifiers-for-string-prefixes", () => {
    expect(kinds('rate "x"')).toEqual(["id:rate", "string", "eof"]);
    expect(kinds("r #internal")).toEqual(["id:r", "directive", "eof"]);
  });

  it("splits-f-strings-into-text-and-interpolations", () => {
    const [t] = tokens('f"a{b}$c ${x + 1} ${ {k: 1}.k }"');
    if (t?.kind !== "fstring") throw new Error("not an f-string");
    expect(t.parts.map((p) => p.kind)).toEqual(["text", "interp", "text", "interp"]);
    expect(t.parts[0]).toMatchObject({ value: "a{b}$c " });
    const second = t.parts[3];
    if (second?.kind !== "interp") throw new Error("not an interpolation");
    expect(second.tokens.map((x) => (x.kind === "punct" ? x.op : x.kind))).toEqual(["{", "ident", ":", "int", "}", ".", "ident", "eof"]);
  });

  it("nests-f-strings-and-strings-inside-interpolations", () => {
    const [t] = tokens('f"${f"${"}"}"}"');
    expect(t?.kind).toBe("fstring");
  });

  it("reads-raw-f-strings", () => {
    const [t] = tokens('f#"say "${n}" \\n"#');
    if (t?.kind !== "fstring") throw new Error("not an f-string");
    expect(t.parts.map((p) => (p.kind === "text" ? p.value : "<interp>"))).toEqual(['say "', "<interp>", '" \\n']);
  });

  it("reports-unterminated-interpolation", () => {
    expect(errors('f"${x"')).toContain("unterminated interpolation `${` in f-string");
  });

  it("skips-comments-and-records-adjacency", () => {
    const ts = tokens("a /* x */ < // y\n b List<Int>");
    expect(ts.map((t) => t.spaceBefore)).toEqual([false, true, true, true, false, false, false, false]);
  });

  it("lets-unclosed-block-comments-run-to-the-end", () => {
    expect(kinds("1 /* never closed")).toEqual(["int", "eof"]);
  });

  it("reads-multi-character-operators", () => {
    expect(kinds("... == != <= >= && || => -> ++ ?? a?.b")).toEqual(["...", "==", "!=", "<=", ">=", "&&", "||", "=>", "->", "++", "??", "id:a", "?.", "id:b", "eof"]);
  });

  it("reads-directives-and-the-wildcard", () => {
    const ts = tokens("#main _ _x # x");
    expect(ts.map((t) => t.kind)).toEqual(["directive", "wildcard", "ident", "punct", "ident", "eof"]);
  });

  it("rejects-a-byte-order-mark-and-stray-characters", () => {
    expect(errors("\ufeff1")[0]).toMatch(/byte-order mark/);
    expect(errors("1 é")[0]).toBe("unexpected character `é` (U+00E9)");
    expect(errors("1 \u000b")[0]).toBe("unexpected character (U+000B)");
  });

  it("counts-columns-in-code-points", () => {
    const r = lex('"😀é" x', "t.relon");
    const x = r.tokens[1]!;
    expect(r.map.position(x.start)).toEqual({ offset: 6, line: 1, column: 6 });
  });
});
