// Renders the op reference section of docs/ir.md from OP_INFO, so the document
// cannot drift from the table (op-docs.test.ts compares; UPDATE_GOLDEN=1 rewrites).
import { OP_INFO, type Op, type OpFamily } from "./op-info.js";

const FAMILY_TITLES: Readonly<Record<OpFamily, string>> = {
  constant: "Constants",
  local: "Locals",
  control: "Control",
  call: "Calls",
  runtime: "Runtime state, allocation and fuel",
  memory: "Memory",
  i32: "i32 arithmetic",
  i64: "i64 arithmetic",
  f64: "f64 arithmetic",
  conversion: "Conversions",
};

export const OP_DOCS_BEGIN = "<!-- op-reference:begin (generated from libs/ir/src/op-info.ts; UPDATE_GOLDEN=1 npx vitest run op-docs) -->";
export const OP_DOCS_END = "<!-- op-reference:end -->";

const cell = (s: string): string => s.replace(/\|/g, "\\|");

/** The generated markdown between the markers (markers included). */
export function renderOpReference(): string {
  const lines = [OP_DOCS_BEGIN, ""];
  for (const [family, title] of Object.entries(FAMILY_TITLES) as [OpFamily, string][]) {
    const ops = (Object.keys(OP_INFO) as Op[]).filter((op) => OP_INFO[op].family === family);
    lines.push(`### ${title}`, "", "| op | signature | traps | pure | semantics |", "| --- | --- | --- | --- | --- |");
    for (const op of ops) {
      const i = OP_INFO[op];
      const traps = i.traps.length === 0 ? "—" : i.traps.join(", ");
      lines.push(`| \`${op}\` | \`${cell(i.sig)}\` | ${traps} | ${i.pure ? "yes" : "no"} | ${cell(i.doc)} |`);
    }
    lines.push("");
  }
  lines.push(OP_DOCS_END);
  return lines.join("\n");
}
