// Every conformance fixture through the compiled pipeline on the IR
// interpreter (parse → analyze → lowerProgram → verify → fold/dce/fuel →
// verify → run with 10^7 fuel and a 64 MiB arena), checked against the
// fixture's expectation and against the tree-walk evaluator (same value text,
// same error kind and — when both report one — the same line and column).
// A fixture the front end rejects must expect an error (static errors never
// reach lowering); no fixture may be `unsupported`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/analyzer.js";
import { evaluate } from "../eval/evaluate.js";
import { parse } from "../syntax/parse.js";
import { compile, runModule, type Outcome } from "./test-support.js";

const ROOTS = [
  join(import.meta.dirname, "../../../../../shared/fixtures/spec"),
  join(import.meta.dirname, "../../../../../shared/fixtures/reference"),
  join(import.meta.dirname, "../../../../tools/conformance/fixtures"),
  join(import.meta.dirname, "../../../../examples"),
];

function relonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...relonFiles(p));
    else if (entry.endsWith(".relon")) out.push(p);
  }
  return out;
}

/** The compiled outcome in the evaluator's terms: value text, or error kind with its position. */
function summary(o: Outcome): { value?: string; kind?: string; at?: string } {
  if (o.kind === "ok") return { value: o.json };
  if (o.kind === "trap") return { kind: o.trap, ...(o.line !== undefined ? { at: `${o.line}:${o.column}` } : {}) };
  return { kind: o.kind };
}

function treeWalk(source: string, file: string, args: string | undefined): { value?: string; kind?: string; at?: string } {
  const program = analyze(parse(source, file).document).program!;
  const r = evaluate(program, program.main === null ? undefined : args);
  if (r.kind === "ok") return { value: r.json };
  if (r.kind === "bad-arguments") return { kind: r.error.kind };
  const span = r.error.span;
  return { kind: r.error.kind, ...(span !== undefined ? { at: `${span.start.line}:${span.start.column}` } : {}) };
}

/**
 * The fixture's leading `// skip(t1, …): reason` lines name tree-walk — the format
 * tools/conformance/src/fixtures.ts `declaredSkips` reads (lang cannot import
 * the harness: it sits above lang in the dependency graph).
 */
function skipsTreeWalk(source: string): boolean {
  for (const line of source.split("\n")) {
    const m = /^\/\/\s*skip\(([^)]*)\):\s*(.+)$/.exec(line.trim());
    if (m === null) return false;
    if (m[1]!.split(",").some((t) => t.trim() === "tree-walk")) return true;
  }
  return false;
}

for (const root of ROOTS) {
  describe(`fixtures ${relative(join(root, ".."), root)}`, () => {
    for (const file of relonFiles(root)) {
      const stem = file.slice(0, -".relon".length);
      const name = relative(root, file);
      it(relative(root, stem), () => {
        const source = readFileSync(file, "utf8");
        const argsText = existsSync(`${stem}.args.json`) ? readFileSync(`${stem}.args.json`, "utf8") : undefined;
        const expectedError = existsSync(`${stem}.expected-error.txt`) ? readFileSync(`${stem}.expected-error.txt`, "utf8").trim() : undefined;
        const c = compile(source, name);
        if (!c.ok) {
          expect(c.outcome.kind, JSON.stringify(c.outcome)).toBe("rejected");
          expect(expectedError, "the front end rejected a fixture that expects a value").toBeDefined();
          return;
        }
        const compiled = summary(runModule(c.module, argsText ?? "{}").outcome);
        if (expectedError !== undefined) expect(compiled.kind ?? compiled).toBe(expectedError);
        else expect(compiled.value ?? compiled).toBe(readFileSync(`${stem}.expected.json`, "utf8").replace(/\n$/, ""));
        // The tree-walk evaluator counts its own steps (§5.3), so StepLimitExceeded is not compared,
        // nor is a fixture that declares tree-walk skipped (`// skip(tree-walk): why`, as in the harness).
        if (compiled.kind === "StepLimitExceeded" || skipsTreeWalk(source)) return;
        const reference = treeWalk(source, name, argsText);
        if (compiled.at === undefined || reference.at === undefined) {
          expect({ value: compiled.value, kind: compiled.kind }).toEqual({ value: reference.value, kind: reference.kind });
        } else expect(compiled).toEqual(reference);
      });
    }
  });
}
