import { diagnostic } from "@tetra/core";
import { describe, expect, it } from "vitest";
import { SourceMap } from "../syntax/source-map.js";
import { renderDiagnostic, renderRuntimeError } from "./render.js";

const source = "{\n\tInt port: \"80\",\n\tname: \"é\" + x\n}";
const map = new SourceMap("app.relon", source);
const at = (text: string, len = text.length) => map.span(source.indexOf(text), source.indexOf(text) + len);

describe("render", () => {
  it("draws-carets-under-the-span-with-tabs-expanded", () => {
    const d = diagnostic("StaticTypeMismatch", "expected Int, found String", at('"80"'), [{ message: "write 80" }]);
    expect(renderDiagnostic(d, source)).toBe(
      [
        "error[StaticTypeMismatch]: expected Int, found String",
        " --> app.relon:2:12",
        "  |",
        '2 |     Int port: "80",',
        "  |               ^^^^",
        "  = note: write 80",
        "",
      ].join("\n"),
    );
  });

  it("counts-code-points-for-columns-and-carets", () => {
    const d = diagnostic("UnknownReferenceType", "unknown name `x`", at("x"));
    expect(renderDiagnostic(d, source).split("\n").slice(1, 5)).toEqual([" --> app.relon:3:14", "  |", '3 |     name: "é" + x', "  |                 ^"]);
  });

  it("marks-a-multi-line-span-to-the-end-of-its-first-line", () => {
    const d = diagnostic("Parse", "oops", map.span(source.indexOf("name"), source.length));
    expect(renderDiagnostic(d, source).split("\n")[4]).toBe("  |     ^^^^^^^^^^^^^");
  });

  it("colours-only-when-asked", () => {
    const d = diagnostic("Parse", "oops", at("port"));
    expect(renderDiagnostic(d, source)).not.toContain("\u001b[");
    const colored = renderDiagnostic(d, source, { color: true });
    expect(colored.startsWith("\u001b[1;31merror[Parse]\u001b[0m\u001b[1m: oops\u001b[0m\n")).toBe(true);
  });

  it("renders-runtime-errors-and-spanless-diagnostics", () => {
    expect(renderRuntimeError({ kind: "DivisionByZero", message: "division by zero in Int /", span: at("x") }, source).split("\n")[0]).toBe(
      "error: DivisionByZero: division by zero in Int /",
    );
    expect(renderDiagnostic(diagnostic("Unsupported", "no span"), source)).toBe("error[Unsupported]: no span\n");
  });
});
