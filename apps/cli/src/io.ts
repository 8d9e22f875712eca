// Where the CLI writes. Tests pass a capturing implementation; bin/tetra.mjs
// passes the process streams.
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colors in diagnostics only on a TTY. */
  readonly color: boolean;
  /** Where long commands (`tetra conform`) draw a progress bar; drawn only when it is a TTY. */
  readonly progress?: NodeJS.WriteStream;
}

/** Exit codes of every command. */
export const EXIT = {
  ok: 0,
  /** A runtime error of the program; `tetra conform`, `bench` and `fuzz`: something failed or disagreed. */
  runtimeError: 1,
  /** Compile errors (diagnostics, `unsupported: …`, an unavailable target) and command-line usage errors. */
  compileError: 2,
  badArguments: 3,
  /** A bug in Tetra (an InternalError): the message asks for a report. */
  internalError: 70,
} as const;
