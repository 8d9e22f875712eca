// rt.str_upper / rt.str_lower through the IR interpreter against Node's own
// toUpperCase / toLowerCase on every Unicode scalar value: alone, and on both
// sides of Σ. Code points are packed into long strings (one call per 8192 of
// them) so the interpreter runs a few hundred calls, not millions:
//   * upper: all code points concatenated; upper is context-free, so the
//     expected text is the concatenation of each character's toUpperCase;
//   * lower: the characters separated by spaces (a space is neither cased nor
//     case-ignorable, so no Σ sees past it), expected = each one's toLowerCase;
//   * sigma: for every c the words "cΣ" and "AΣcA", expected = Node's
//     toLowerCase of each. Together they pin c's class in both scan
//     directions: "cΣ" gives ς only for a cased c (an ignorable one is
//     skipped to the start), "AΣcA" gives ς only for a c that is neither
//     cased nor ignorable (an ignorable one is skipped to the cased A).
import { describe, expect, it } from "vitest";
import { StringHarness, type Call } from "./harness.js";

const harness = new StringHarness(
  [
    { name: "rt.str_upper", args: ["str"], result: "str" },
    { name: "rt.str_lower", args: ["str"], result: "str" },
  ],
  { memoryLimit: 16 << 20, outputCap: 6 << 20 },
);

function scalars(): number[] {
  const out: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) out.push(cp);
  return out;
}

interface Piece {
  readonly input: string;
  readonly expected: string;
}

/**
 * Runs `fn` on the concatenation of each group of pieces (joined by `sep`) and
 * returns the first pieces whose output differs, located by comparing
 * piece by piece.
 */
function check(fn: string, pieces: readonly Piece[], perCall: number, sep: string): string[] {
  const bad: string[] = [];
  const groups: Piece[][] = [];
  for (let i = 0; i < pieces.length; i += perCall) groups.push(pieces.slice(i, i + perCall));
  const callsPerRun = 8;
  for (let g = 0; g < groups.length && bad.length === 0; g += callsPerRun) {
    const batch = groups.slice(g, g + callsPerRun);
    const calls: Call[] = batch.map((ps) => ({ fn, args: [ps.map((p) => p.input).join(sep)] }));
    const got = harness.run(calls);
    batch.forEach((ps, k) => {
      const expected = ps.map((p) => p.expected).join(sep);
      if (got[k] === expected) return;
      // Narrow down: run each piece of the failing group alone.
      const alone = harness.run(ps.map((p) => ({ fn, args: [p.input] })));
      ps.forEach((p, j) => {
        if (bad.length < 5 && alone[j] !== p.expected) bad.push(`${fn}(${JSON.stringify(p.input)}) = ${JSON.stringify(alone[j])}, node ${JSON.stringify(p.expected)}`);
      });
      if (bad.length === 0) bad.push(`${fn} differs on a group of ${ps.length} pieces but on none alone`);
    });
  }
  return bad;
}

describe("case mapping over every code point", () => {
  const all = scalars();

  it("upper-equals-node-for-every-code-point", () => {
    const pieces = all.map((cp) => {
      const ch = String.fromCodePoint(cp);
      return { input: ch, expected: ch.toUpperCase() };
    });
    expect(check("rt.str_upper", pieces, 8192, "")).toEqual([]);
  }, 180_000);

  it("lower-equals-node-for-every-code-point", () => {
    const pieces = all.map((cp) => {
      const ch = String.fromCodePoint(cp);
      return { input: ch, expected: ch.toLowerCase() };
    });
    expect(check("rt.str_lower", pieces, 8192, " ")).toEqual([]);
  }, 180_000);

  // Four quarters of the code space, so that each test stays well inside the
  // timeout on a loaded machine (this is the slowest check: about 2.2 million words).
  const QUARTER = Math.ceil(all.length / 4);
  for (let part = 0; part < 4; part++) {
    const cps = all.slice(part * QUARTER, (part + 1) * QUARTER);
    const range = `U+${(cps[0] as number).toString(16)}-U+${(cps[cps.length - 1] as number).toString(16)}`;
    it(`lower-equals-node-around-sigma-for-every-code-point-in-${range}`, () => {
      const pieces: Piece[] = [];
      for (const cp of cps) {
        const c = String.fromCodePoint(cp);
        for (const word of [c + "Σ", "AΣ" + c + "A"]) pieces.push({ input: word, expected: word.toLowerCase() });
      }
      expect(check("rt.str_lower", pieces, 8192, " ")).toEqual([]);
    }, 180_000);
  }
});
