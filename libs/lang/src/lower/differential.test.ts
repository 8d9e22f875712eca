// Differential test: fixture programs mutated at token level (delete, swap,
// duplicate, replace with a token from the corpus); every mutant the front end
// accepts is lowered (it must never throw or be `unsupported`), verified, run
// on the IR interpreter and compared with the tree-walk evaluator: the same
// value text or the same error kind. Resource limits are not compared (fuel is
// counted differently, §5.3; the evaluator has no arena). Fixed seed; a
// failure prints the mutant, which then becomes a regular fixture.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/analyzer.js";
import { evaluate } from "../eval/evaluate.js";
import { lex } from "../syntax/lexer.js";
import { parse } from "../syntax/parse.js";
import { compile, runModule } from "./test-support.js";

const ROOTS = [
  join(import.meta.dirname, "../../../../../shared/fixtures/spec"),
  join(import.meta.dirname, "../../../../../shared/fixtures/reference"),
  join(import.meta.dirname, "../../../../tools/conformance/fixtures"),
];

interface Sample {
  readonly source: string;
  readonly args: string | undefined;
}

function samples(dir: string): Sample[] {
  const out: Sample[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...samples(p));
    else if (entry.endsWith(".relon")) {
      const base = p.slice(0, -".relon".length);
      out.push({ source: readFileSync(p, "utf8"), args: existsSync(`${base}.args.json`) ? readFileSync(`${base}.args.json`, "utf8") : undefined });
    }
  }
  return out;
}

const corpus = ROOTS.flatMap(samples);
const spans = (src: string): [number, number][] => lex(src, "mutant").tokens.filter((t) => t.kind !== "eof").map((t) => [t.start, t.end]);
const vocabulary = [...new Set(corpus.flatMap((s) => spans(s.source).map(([a, b]) => s.source.slice(a, b))))].sort();

function mutate(src: string, op: number, at: number, pick: number): string {
  const ts = spans(src);
  if (ts.length === 0) return src;
  const [a, b] = ts[at % ts.length]!;
  const tok = src.slice(a, b);
  switch (op % 4) {
    case 0:
      return src.slice(0, a) + src.slice(b);
    case 1:
      return src.slice(0, a) + tok + " " + tok + src.slice(b);
    case 2: {
      const [c, d] = ts[(at + 1) % ts.length]!;
      if (c <= b) return src;
      return src.slice(0, a) + src.slice(c, d) + src.slice(b, c) + tok + src.slice(d);
    }
    default:
      return src.slice(0, a) + vocabulary[pick % vocabulary.length]! + src.slice(b);
  }
}

type Verdict = { readonly value?: string; readonly kind?: string };

function compiledVerdict(source: string, args: string | undefined): Verdict | "skip" {
  const c = compile(source, "mutant.relon");
  if (!c.ok) {
    if (c.outcome.kind === "unsupported") return { kind: `unsupported: ${c.outcome.messages.join("; ")}` };
    return "skip";
  }
  const o = runModule(c.module, args ?? "{}", { fuel: 2_000_000, memoryLimit: 16 << 20 }).outcome;
  return o.kind === "ok" ? { value: o.json } : o.kind === "trap" ? { kind: o.trap } : { kind: o.kind };
}

function treeVerdict(source: string, args: string | undefined): Verdict {
  const program = analyze(parse(source, "mutant.relon").document).program!;
  const r = evaluate(program, program.main === null ? undefined : (args ?? "{}"), { fuel: 2_000_000 });
  if (r.kind === "ok") return { value: r.json };
  return { kind: r.error.kind === "MalformedArguments" ? "MainArgTypeMismatch" : r.error.kind };
}

const LIMITS = new Set(["StepLimitExceeded", "MemoryLimitExceeded"]);

describe("differential", () => {
  it("mutated-fixtures-agree-with-the-tree-walk-evaluator", () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.array(fc.tuple(fc.nat(3), fc.nat(10_000), fc.nat(100_000)), { minLength: 1, maxLength: 2 }), (i, ops) => {
        const s = corpus[i]!;
        const source = ops.reduce((src, [op, at, pick]) => mutate(src, op, at, pick), s.source);
        const compiled = compiledVerdict(source, s.args);
        if (compiled === "skip") return;
        checked++;
        const reference = treeVerdict(source, s.args);
        if (LIMITS.has(compiled.kind ?? "") || LIMITS.has(reference.kind ?? "")) return;
        expect({ source, ...compiled }).toEqual({ source, ...reference });
      }),
      { seed: 20240611, numRuns: 10000 },
    );
    expect(checked).toBeGreaterThan(100);
  }, 600_000);
});
