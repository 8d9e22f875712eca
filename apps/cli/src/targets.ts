// Execution targets of `tetra run --target <name>`. Each target takes the
// checked program and the argument text and returns the run's outcome; the
// compiled targets (js, wasm, native) plug in here as entries of TARGETS.
import { evaluate, type EvalOutcome, type TypedProgram } from "@tetra/lang";

export interface RunOptions {
  readonly fuel?: number;
}

export interface Target {
  readonly name: string;
  readonly description: string;
  run(program: TypedProgram, argsJson: string | undefined, options: RunOptions): EvalOutcome;
}

const treeWalk: Target = {
  name: "tree-walk",
  description: "the reference evaluator over the typed AST",
  run: (program, argsJson, options) => evaluate(program, argsJson, options.fuel === undefined ? {} : { fuel: options.fuel }),
};

export const TARGETS: ReadonlyMap<string, Target> = new Map([[treeWalk.name, treeWalk]]);

export const DEFAULT_TARGET = treeWalk.name;
