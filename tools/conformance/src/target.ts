// A conformance target: something that runs a fixture and reports an Outcome.
// tree-walk is the oracle; the IR interpreter and the compiled backends are
// compared with it and with each other.
import type { Fixture } from "./fixtures.js";
import type { Outcome } from "./outcome.js";

export interface RunSettings {
  /** Fuel for the run (every target gets the same budget). */
  readonly fuel: number;
  /** Arena capacity for compiled targets, in bytes (the tree-walk evaluator has no arena). */
  readonly memoryLimit: number;
}

export interface Target {
  readonly name: string;
  /** Compiled targets (not tree-walk) must also agree on the output-region bytes. */
  readonly compiled: boolean;
  /** `true`, or why the target cannot run on this machine (the harness then fails unless told to allow it). */
  available(): Promise<true | string>;
  /**
   * Optional: compile every fixture the target will run, before the first
   * run (the native target builds one shared library per chunk of fixtures).
   */
  prepare?(fixtures: readonly Fixture[]): Promise<void>;
  run(fixture: Fixture, settings: RunSettings): Promise<Outcome>;
}
