// Helpers of emit-golden.test.ts: find the functions in what `tetra emit ir|js|wat|ll`
// prints, so a golden can hold the program's own functions instead of the whole
// text (which is mostly the shared `rt.*` runtime and the `codec.*` JSON codec).
//
// Each stage names an IR function `f` its own way:
//
//   ir   `  (func $f ...`            print.ts printFunc, two spaces in, balanced parens
//   js   `  // (func $f ...)` then   emit-func.ts: a signature comment, then
//        `  function <id>(...) {`    `function jsIdentifier(f)` closed by `  }`; the entry may be
//                                    followed by its tail `function <id>$tail(` (entry-split.ts)
//   wat  ` (func $f ...`             binaryen's emitText, one space in, balanced parens
//   ll   `define ... @m0.f(... {`    backend-llvm layout.ts funcSymbol(0, f) (one module is
//                                    module 0), up to the line `}`
//
// Every lookup throws when the function is not there, so a golden can never end up
// silently empty because a backend changed its layout.
import { jsIdentifier } from "@tetra/backend-js";
import { funcSymbol } from "@tetra/backend-llvm";

export type GoldenStage = "ir" | "js" | "wat" | "ll";

/** The program's own functions: everything but the shared runtime (`rt.*`) and the JSON codec (`codec.*`). */
export function isProgramFunction(name: string): boolean {
  return !name.startsWith("rt.") && !name.startsWith("codec.");
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every function the text defines, in text order, named as that text names it:
 * ir `$f`; js the identifiers of the functions in `$fns` (IR functions, entry tails,
 * `$call_` wrappers, indirect callers) and of the runtime helpers at the top level;
 * wat `$f` (binaryen also adds `$tetra:*`); ll `@m0.f` and `declare @x` for declarations.
 */
export function definedFunctions(stage: GoldenStage, text: string): string[] {
  const re: Record<GoldenStage, RegExp> = {
    ir: /^ {2}\(func (\$[A-Za-z0-9_.]+)/gm,
    js: /^(?: {2})?function ([A-Za-z0-9_$]+)\(/gm,
    wat: /^ \(func (\$[^\s()]+)/gm,
    ll: /^((?:define|declare) [^@\n]*)@("[^"]*"|[^\s(]+)\(/gm,
  };
  const names: string[] = [];
  for (const m of text.matchAll(re[stage])) {
    if (stage === "ll") names.push(`${m[1]!.startsWith("declare") ? "declare " : ""}@${m[2]!}`);
    else names.push(m[1]!);
  }
  if (names.length === 0) throw new Error(`no function definitions found in the ${stage} text`);
  return names;
}

/** The text of IR function `name` as the stage prints it (see the table at the top). Throws if absent. */
export function extractFunction(stage: GoldenStage, text: string, name: string): string {
  switch (stage) {
    case "ir":
      return sexpBlock(text, new RegExp(`^ {2}\\(func \\$${escapeRe(name)}(?=[\\s)])`, "m"), stage, name);
    case "wat":
      return sexpBlock(text, new RegExp(`^ \\(func \\$${escapeRe(name)}(?=[\\s)])`, "m"), stage, name);
    case "js":
      return jsBlock(text, name);
    case "ll":
      return llBlock(text, name);
  }
}

function missing(stage: GoldenStage, name: string, what: string): never {
  throw new Error(`function ${name} not found in the emitted ${stage} (${what}); did the backend change its layout?`);
}

/**
 * From the start of the line `start` matches to the parenthesis that closes the one it
 * opens. Parentheses inside `"..."` strings (with `\` escapes) and after `;;` on a line
 * do not count. The IR's last function shares its final line with the module's `)`,
 * which this leaves out.
 */
function sexpBlock(text: string, start: RegExp, stage: GoldenStage, name: string): string {
  const m = start.exec(text);
  if (m === null) return missing(stage, name, `no line matching ${start.source}`);
  let depth = 0;
  let inString = false;
  for (let i = m.index; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ";" && text[i + 1] === ";") {
      const eol = text.indexOf("\n", i);
      i = eol < 0 ? text.length : eol;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return text.slice(m.index, i + 1);
  }
  return missing(stage, name, "its parentheses never close");
}

/**
 * The JS function block(s) of IR function `name`: its `// (func $name ...)` comment, the
 * `function <id>(` it heads, up to the first line `  }` (a function's body is indented
 * deeper), and any directly following blocks of `<id>$...` without their own `// (func`
 * comment (the entry's `$tail`).
 */
function jsBlock(text: string, name: string): string {
  const lines = text.split("\n");
  const id = jsIdentifier(name);
  const head = lines.findIndex((l) => l.startsWith(`  // (func $${name} `) || l.startsWith(`  // (func $${name})`));
  if (head < 0) return missing("js", name, `no "// (func $${name}" comment`);
  if (!lines[head + 1]?.startsWith(`  function ${id}(`)) return missing("js", name, `the comment is not followed by "function ${id}("`);
  const end = (from: number): number => {
    const i = lines.indexOf("  }", from);
    return i < 0 ? missing("js", name, `no closing "  }" after line ${from + 1}`) : i;
  };
  let last = end(head + 1);
  // A continuation: a blank line, comment lines that are not another function's signature, `function <id>$...(`.
  for (;;) {
    let j = last + 1;
    if (lines[j] !== "") break;
    j++;
    while (lines[j]?.startsWith("  // ") && !lines[j]!.startsWith("  // (func ")) j++;
    if (!lines[j]?.startsWith(`  function ${id}$`)) break;
    last = end(j);
  }
  return lines.slice(head, last + 1).join("\n");
}

/** `define ... @m0.<name>(...) ... {` (the symbol quoted or not) through the next line that is `}`. */
function llBlock(text: string, name: string): string {
  const symbol = funcSymbol(0, name);
  const start = new RegExp(`^define [^@\\n]*@(?:${escapeRe(symbol)}|"${escapeRe(symbol)}")\\(`, "m").exec(text);
  if (start === null) return missing("ll", name, `no "define ... @${symbol}("`);
  const close = text.indexOf("\n}", start.index);
  if (close < 0) return missing("ll", name, "no closing } line");
  return text.slice(start.index, close + 2);
}

/** One golden file: `comment`-prefixed header lines, the list of every function the text defines, the program's functions. */
export function goldenText(options: {
  readonly stage: GoldenStage;
  readonly header: readonly string[];
  readonly text: string;
  /** The IR names of the program's functions, in module order. */
  readonly programFunctions: readonly string[];
}): string {
  const comment = { ir: ";;", js: "//", wat: ";;", ll: ";" }[options.stage];
  const defined = definedFunctions(options.stage, options.text);
  const blocks = options.programFunctions.map((f) => extractFunction(options.stage, options.text, f));
  return [
    ...options.header.map((l) => `${comment} ${l}`),
    `${comment} Defined functions (${defined.length}):`,
    ...defined.map((n) => `${comment}   ${n}`),
    `${comment} The program's ${blocks.length} function(s):`,
    "",
    ...blocks.flatMap((b) => [b, ""]),
  ].join("\n");
}
