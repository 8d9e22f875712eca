// Putting a backend's standalone ES module inside the one file `tetra build`
// writes. Each backend's module exports the low-level `run(bytes)` (and more);
// the artifact must export the user-level `run(args)` under the same name, so
// the backend's module text becomes the body of a function whose exports turn
// into local declarations:
//
//   import <koffi>;                            import <koffi>;
//   const LIBRARY = ...;                 →     const $backend = (() => {
//   export function run(input, o) {...}          const LIBRARY = ...;
//                                                function run(input, o) {...}
//                                                return { run };
//                                              })();
//
// Static imports (the native loader's koffi and node:*) are hoisted back to
// the top; `import.meta.url` keeps meaning the artifact's own URL, which is
// where the wasm loader looks for `<name>.wasm` and the native loader for
// `<name>.so`. The rewrite is line-based and checks its assumptions: every
// name the artifact needs must be declared by a line starting with `export`,
// and any export form it does not understand (`export {`, `export default`)
// is an InternalError, so a change in a backend's loader fails the build
// (and the artifact tests) instead of producing a broken file.
import { InternalError } from "@tetra/core";

export interface Embedded {
  /** The hoisted static import lines. */
  readonly imports: readonly string[];
  /** `const <binding> = (() => { ... return { names }; })();` */
  readonly declaration: string;
}

const IMPORT_LINE = /^import\s[^;]*\sfrom\s+"[^"]+";\s*$|^import\s+"[^"]+";\s*$/;
const EXPORT_DECL = /^export\s+((?:async\s+)?function\*?\s+([A-Za-z_$][\w$]*)|(?:const|let|var|class)\s+([A-Za-z_$][\w$]*))/;

export function embedModule(text: string, binding: string, names: readonly string[], what: string): Embedded {
  const imports: string[] = [];
  const body: string[] = [];
  const exported = new Set<string>();
  for (const line of text.split("\n")) {
    if (IMPORT_LINE.test(line)) {
      imports.push(line);
      continue;
    }
    if (/^export\b/.test(line)) {
      const m = EXPORT_DECL.exec(line);
      if (m === null) throw new InternalError(`${what}: an export form the artifact builder does not handle`, line);
      exported.add((m[2] ?? m[3])!);
      body.push(line.slice("export".length).trimStart());
      continue;
    }
    body.push(line);
  }
  for (const n of names) {
    if (!exported.has(n)) throw new InternalError(`${what} no longer exports \`${n}\``, [...exported]);
  }
  const declaration = [`const ${binding} = (() => {`, ...body, `return { ${names.join(", ")} };`, `})();`].join("\n");
  return { imports, declaration };
}
