import { describe, expect, it } from "vitest";
import { jsIdentifier } from "./js-names.js";

describe("jsIdentifier", () => {
  it("keeps-plain-names-readable", () => {
    expect(jsIdentifier("str_concat")).toBe("str_concat");
    expect(jsIdentifier("fib")).toBe("fib");
  });

  it("escapes-reserved-words-and-leading-digits", () => {
    expect(jsIdentifier("class")).toBe("$class");
    expect(jsIdentifier("1st")).toBe("$1st");
    expect(jsIdentifier("")).toBe("$");
  });

  it("escapes-punctuation-injectively", () => {
    expect(jsIdentifier("str.concat")).toBe("str$2e_concat");
    expect(jsIdentifier("$x")).toBe("$24_x");
    const names = ["a.b", "a_b", "a$2e_b", "a$b", "a-b"];
    expect(new Set(names.map(jsIdentifier)).size).toBe(names.length);
  });

  it("produces-valid-identifiers", () => {
    for (const name of ["a b", "λ", "if", "x$", "0", "main#1"]) {
      const id = jsIdentifier(name);
      expect(() => new Function(`const ${id} = 1; return ${id};`)).not.toThrow();
    }
  });
});
