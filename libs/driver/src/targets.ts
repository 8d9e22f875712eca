// The five places a program can run (DESIGN §1, §7). `tree-walk` is the
// oracle over the typed AST; the others run the lowered IR: `ir` on the IR
// interpreter (the debugging leg), `js`, `wasm` and `native` through their
// backends. Every compiled target consumes the same module.
export const TARGET_NAMES = ["tree-walk", "ir", "js", "wasm", "native"] as const;
export type TargetName = (typeof TARGET_NAMES)[number];
export type CompiledTargetName = Exclude<TargetName, "tree-walk">;

export function isTargetName(s: string): s is TargetName {
  return (TARGET_NAMES as readonly string[]).includes(s);
}

export const TARGET_DESCRIPTIONS: Readonly<Record<TargetName, string>> = {
  "tree-walk": "reference evaluator over the typed AST",
  ir: "the IR interpreter (debugging leg)",
  js: "IR compiled to JavaScript",
  wasm: "IR compiled to WebAssembly with binaryen",
  native: "IR compiled to machine code with LLVM",
};

/**
 * `"tree-walk,ir"` → the list, or the first unknown name. Whitespace around
 * names is ignored; duplicates are kept once.
 */
export function parseTargetList(text: string): { readonly ok: true; readonly targets: TargetName[] } | { readonly ok: false; readonly unknown: string } {
  const targets: TargetName[] = [];
  for (const raw of text.split(",")) {
    const name = raw.trim();
    if (name === "") continue;
    if (!isTargetName(name)) return { ok: false, unknown: name };
    if (!targets.includes(name)) targets.push(name);
  }
  return { ok: true, targets };
}
