// Test support: the 3,000 shared Float vectors (LANGUAGE.md Appendix B),
// read in place from ../shared/fixtures/float/float-vectors.tsv.
import { readFileSync } from "node:fs";

export interface FloatVector {
  /** The binary64 bit pattern. */
  readonly bits: bigint;
  /** §6.2 text form. */
  readonly text: string;
  /** §6.3 JSON form, or null for NONFINITE (a projection error). */
  readonly json: string | null;
}

const PATH = new URL("../../../../../shared/fixtures/float/float-vectors.tsv", import.meta.url);

export function readFloatVectors(): readonly FloatVector[] {
  const lines = readFileSync(PATH, "utf8").split("\n");
  const out: FloatVector[] = [];
  for (const line of lines) {
    if (line === "" || line.startsWith("#")) continue;
    const [hex, text, json] = line.split("\t");
    if (hex === undefined || text === undefined || json === undefined) throw new Error(`malformed vector line: ${line}`);
    out.push({ bits: BigInt(`0x${hex}`), text, json: json === "NONFINITE" ? null : json });
  }
  return out;
}
