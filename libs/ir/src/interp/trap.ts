// The exception a trapping op throws inside the interpreter; Instance.run turns it into an outcome.
import type { RuntimeErrorKind } from "@tetra/core";

export class TrapSignal extends Error {
  constructor(
    readonly trap: RuntimeErrorKind,
    readonly site: number | undefined,
  ) {
    super(`trap ${trap}${site === undefined ? "" : ` at site ${site}`}`);
  }
}
