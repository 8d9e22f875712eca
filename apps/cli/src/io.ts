// Where the CLI writes. Tests pass a capturing implementation; bin/tetra.mjs
// passes the process streams.
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colors in diagnostics only on a TTY. */
  readonly color: boolean;
}

/** Exit codes of every command. */
export const EXIT = {
  ok: 0,
  runtimeError: 1,
  /** Compile errors (diagnostics) and command-line usage errors. */
  compileError: 2,
  badArguments: 3,
} as const;
