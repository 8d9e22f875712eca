// Fuzzing the front end: 100,000 inputs — the shared fixture programs and the
// examples mutated at character and token level (delete, insert, swap,
// duplicate, replace), sequences of tokens drawn from them, and random text.
// For every input, parse + analyze must return diagnostics or a program and
// never throw; a program that checks is also evaluated (small fuel) and must
// end in an outcome. No input may take more than one second. The seed is fixed:
// a failure prints its input, which then becomes a regular test.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, evaluate } from "../index.js";
import { lex } from "../syntax/lexer.js";

const ROOT = join(import.meta.dirname, "../../../..");
const FIXTURES = join(ROOT, "../shared/fixtures");

interface Sample {
  readonly source: string;
  readonly args: string | undefined;
}

function loadCorpus(): Sample[] {
  const out: Sample[] = [];
  for (const dir of [join(FIXTURES, "spec"), join(FIXTURES, "reference"), join(ROOT, "examples")]) {
    for (const n of readdirSync(dir).filter((f) => f.endsWith(".relon")).sort()) {
      const base = join(dir, n.slice(0, -".relon".length));
      out.push({ source: readFileSync(`${base}.relon`, "utf8"), args: existsSync(`${base}.args.json`) ? readFileSync(`${base}.args.json`, "utf8") : undefined });
    }
  }
  return out;
}

const corpus = loadCorpus();
/** Every distinct token text of the corpus: the vocabulary of token insertions. */
const vocabulary = [...new Set(corpus.flatMap((s) => tokenSpans(s.source).map(([a, b]) => s.source.slice(a, b))))].sort();
const ALPHABET = [..."{}[]()<>,:;.#&|?!=+-*/%_\"'\\$@rf0123456789eE xyzInt \n\t", "é", "😀", "\u0000", "\ufeff", "${", "/*", "//", "...", "=>", "->"];

function tokenSpans(src: string): [number, number][] {
  return lex(src, "fuzz").tokens.filter((t) => t.kind !== "eof").map((t) => [t.start, t.end]);
}

type Op = "delChars" | "insChars" | "swapChars" | "dupChars" | "delToken" | "dupToken" | "swapTokens" | "insToken" | "replaceToken";
interface Mutation {
  readonly op: Op;
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

function mutate(src: string, m: Mutation): string {
  const n = src.length;
  switch (m.op) {
    case "delChars": {
      const at = m.a % (n + 1);
      return src.slice(0, at) + src.slice(Math.min(n, at + 1 + (m.b % 8)));
    }
    case "insChars": {
      const at = m.a % (n + 1);
      const text = ALPHABET[m.b % ALPHABET.length]! + (m.c % 3 === 0 ? ALPHABET[m.c % ALPHABET.length]! : "");
      return src.slice(0, at) + text + src.slice(at);
    }
    case "swapChars": {
      if (n < 2) return src;
      const i = m.a % n;
      const j = m.b % n;
      const chars = [...src];
      const k = Math.min(i, chars.length - 1);
      const l = Math.min(j, chars.length - 1);
      [chars[k], chars[l]] = [chars[l]!, chars[k]!];
      return chars.join("");
    }
    case "dupChars": {
      const at = m.a % (n + 1);
      const len = 1 + (m.b % 40);
      return src.slice(0, at) + src.slice(at, at + len) + src.slice(at);
    }
    default:
      return mutateTokens(src, m);
  }
}

function mutateTokens(src: string, m: Mutation): string {
  const spans = tokenSpans(src);
  if (spans.length === 0) return src + (vocabulary[m.b % vocabulary.length] ?? "");
  const [s, e] = spans[m.a % spans.length]!;
  const word = vocabulary[m.c % vocabulary.length]!;
  switch (m.op) {
    case "delToken":
      return src.slice(0, s) + src.slice(e);
    case "dupToken":
      return src.slice(0, e) + " " + src.slice(s, e) + src.slice(e);
    case "swapTokens": {
      const [s2, e2] = spans[m.b % spans.length]!;
      if (s2 === s) return src;
      const [x, y] = s < s2 ? [[s, e], [s2, e2]] : [[s2, e2], [s, e]];
      return src.slice(0, x[0]) + src.slice(y[0], y[1]) + src.slice(x[1], y[0]) + src.slice(x[0], x[1]) + src.slice(y[1]);
    }
    case "insToken":
      return src.slice(0, s) + word + " " + src.slice(s);
    case "replaceToken":
      return src.slice(0, s) + word + src.slice(e);
    default:
      return src;
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Op>("delChars", "insChars", "swapChars", "dupChars", "delToken", "dupToken", "swapTokens", "insToken", "replaceToken"),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
});

const mutated: fc.Arbitrary<Sample> = fc
  .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([i, ms]) => ({ source: ms.reduce(mutate, corpus[i]!.source), args: corpus[i]!.args }));

const tokenSoup: fc.Arbitrary<Sample> = fc
  .array(fc.nat({ max: vocabulary.length - 1 }), { maxLength: 40 })
  .map((ix) => ({ source: ix.map((k) => vocabulary[k]!).join(" "), args: undefined }));

const randomText: fc.Arbitrary<Sample> = fc
  .array(fc.nat({ max: ALPHABET.length - 1 }), { maxLength: 60 })
  .map((ix) => ({ source: ix.map((k) => ALPHABET[k]!).join(""), args: undefined }));

const input = fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 2, arbitrary: tokenSoup }, { weight: 1, arbitrary: randomText });

let slowest = 0;
let programs = 0;

/** Throws (failing the property) on an exception or a slow input; returns normally otherwise. */
function exercise(sample: Sample): void {
  const start = performance.now();
  const r = check(sample.source, "fuzz.relon");
  if (r.ok) {
    programs++;
    const outcome = evaluate(r.program, r.program.main === null ? undefined : (sample.args ?? "{}"), { fuel: 20_000 });
    if (!["ok", "runtime-error", "bad-arguments"].includes(outcome.kind)) throw new Error(`unexpected outcome ${outcome.kind}`);
  } else if (r.diagnostics.length === 0) throw new Error("failed check without diagnostics");
  const ms = performance.now() - start;
  slowest = Math.max(slowest, ms);
  if (ms > 1000) throw new Error(`took ${ms.toFixed(0)} ms`);
}

const RUNS = 25_000;

describe("front-end-fuzz", () => {
  for (const [part, seed] of [[1, 0x7e7a], [2, 0x7e7b], [3, 0x7e7c], [4, 0x7e7d]] as const) {
    it(`never-throws-or-hangs-part-${part}-of-4`, () => {
      fc.assert(fc.property(input, (s) => exercise(s)), { seed, numRuns: RUNS, endOnFailure: true });
      expect(slowest).toBeLessThan(1000);
    });
  }

  it("reached-the-evaluator-on-some-inputs", () => {
    expect(programs).toBeGreaterThan(1000);
  });
});
