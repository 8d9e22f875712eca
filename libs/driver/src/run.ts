// Running a compiled rule: the same outcomes as the tree-walk evaluator.
//
// Compiled code is JSON bytes in → JSON bytes out (docs/codec.md). On the
// success path the host does nothing but UTF-8 encode and decode, without
// allocating buffers: the arguments are encoded into one reused buffer and the
// result is decoded straight from the instance's output view. Only when a
// run fails on its arguments does the host decode them with the reference
// codec (`decodeMainArgs`) to say which field and why — the compiled trap
// gives the kind, the reference codec the path and message.
import { decodeMainArgs, InternalError, type MainArgErrorKind, type RuntimeErrorKind } from "@tetra/core";
import type { RunOptions, TrapSite } from "@tetra/ir";
import { evaluate, typeToShape, type TypedProgram } from "@tetra/lang";
import type { CompiledRule } from "./compile.js";
import { trapMessage } from "./messages.js";
import type { DriverOutcome } from "./outcome.js";

export interface RunSettings {
  /** Fuel (steps for the tree-walk evaluator, IR fuel units for compiled targets). */
  readonly fuel?: number;
  /** Arena capacity in bytes for compiled targets. */
  readonly memoryLimit?: number;
}

const encoder = new TextEncoder();
// ignoreBOM: a leading U+FEFF stays in the text, so encoding `json` gives back exactly the output bytes.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Arguments up to this many UTF-16 units are encoded into the shared buffer; longer ones get their own. */
const REUSED_INPUT_UNITS = 1 << 18;
let inputBuffer = new Uint8Array(4096);
const NO_INPUT = new Uint8Array(0);

/**
 * The UTF-8 bytes of `text`, in a buffer shared by every call (valid until the
 * next one: `Instance.run` copies its input into the arena before it returns).
 * One UTF-16 unit is at most 3 UTF-8 bytes, so 3 × length always fits.
 */
function encodeArgs(text: string): Uint8Array {
  if (text.length > REUSED_INPUT_UNITS) return encoder.encode(text);
  if (inputBuffer.length < 3 * text.length) inputBuffer = new Uint8Array(3 * REUSED_INPUT_UNITS);
  return inputBuffer.subarray(0, encoder.encodeInto(text, inputBuffer).written);
}

/**
 * A successful compiled run. `bytes` (the output region) is computed on demand:
 * the output view is only valid until the instance runs again, and `json` was
 * decoded from it with a fatal, BOM-keeping decoder, so re-encoding `json` gives
 * exactly those bytes without copying them on every call.
 */
class CompiledOk {
  readonly kind = "ok";
  constructor(readonly json: string) {}
  get bytes(): Uint8Array {
    return encoder.encode(this.json);
  }
}

const NO_OPTIONS: RunOptions = {};

/**
 * `args` is the JSON text of the argument object; undefined runs a library
 * document (and means `{}` for an entry document), as `evaluate` does.
 */
export function runRule(rule: CompiledRule, args: string | undefined, settings: RunSettings = {}): DriverOutcome {
  if (rule.target === "tree-walk") {
    const o = evaluate(rule.program, args, settings.fuel === undefined ? {} : { fuel: settings.fuel });
    return o.kind === "ok" ? { kind: "ok", json: o.json } : o;
  }
  const program = rule.program;
  if (program.main === null && args !== undefined) {
    return { kind: "runtime-error", error: { kind: "NoMainSignature", message: trapMessage("NoMainSignature", undefined) } };
  }
  const input = program.main === null ? NO_INPUT : encodeArgs(args ?? "{}");
  const options: RunOptions =
    settings.fuel === undefined && settings.memoryLimit === undefined
      ? NO_OPTIONS
      : { ...(settings.fuel === undefined ? {} : { fuel: settings.fuel }), ...(settings.memoryLimit === undefined ? {} : { memoryLimit: settings.memoryLimit }) };
  const r = rule.instance.run(input, options);
  if (r.ok) {
    let json: string;
    try {
      json = decoder.decode(r.output);
    } catch {
      throw new InternalError(`${rule.target}: the output region is not UTF-8`);
    }
    return new CompiledOk(json);
  }
  const site = r.site === undefined ? undefined : rule.module.sites[r.site];
  if (isMainArgTrap(r.trap)) return badArguments(program, args ?? "{}", r.trap, messageOf(site));
  const span = site?.span ?? undefined;
  const message = explainedMessage(rule.program, args, r.trap, settings) ?? trapMessage(r.trap, messageOf(site));
  return { kind: "runtime-error", error: span === undefined ? { kind: r.trap, message } : { kind: r.trap, message, span } };
}

/**
 * Schema failures carry an `#expect` text that compiled traps do not (one
 * conversion function serves many sites), and a cycle's message names the
 * field that needs itself, which a trap site does not record. On those error
 * paths only, the tree-walk evaluator reruns the program to find the message;
 * it is used when it fails with the same kind.
 */
const EXPLAINED: ReadonlySet<RuntimeErrorKind> = new Set(["TypeMismatch", "MainReturnTypeMismatch", "CircularReference"]);

function explainedMessage(program: TypedProgram, args: string | undefined, kind: RuntimeErrorKind, settings: RunSettings): string | undefined {
  if (!EXPLAINED.has(kind)) return undefined;
  const o = evaluate(program, args, settings.fuel === undefined ? {} : { fuel: settings.fuel });
  return o.kind === "runtime-error" && o.error.kind === kind ? o.error.message : undefined;
}

/**
 * Which field and why, from the reference codec. Its kind wins when it says
 * the text is not an argument object at all (`MalformedArguments`, which
 * compiled code reports as MainArgTypeMismatch); when the reference decoding
 * succeeds the failure was a schema predicate.
 */
function badArguments(program: TypedProgram, args: string, trap: MainArgTrap, siteMessage: string | undefined): DriverOutcome {
  const params = (program.main?.params ?? []).map((p) => ({ name: p.name, shape: typeToShape(p.type) }));
  const reference = decodeMainArgs(params, args);
  if (!reference.ok && (reference.error.kind === trap || reference.error.kind === "MalformedArguments")) {
    return { kind: "bad-arguments", error: reference.error };
  }
  // The decoding succeeded, so a schema predicate failed: the tree-walk
  // evaluator runs the same predicates (before any of the program) and knows
  // the field and its `#expect` text. Small fuel: only the argument stage runs.
  const treeWalk = evaluate(program, args, { fuel: PREDICATE_FUEL });
  if (treeWalk.kind === "bad-arguments" && treeWalk.error.kind === trap) return treeWalk;
  const message = siteMessage === undefined ? "an argument failed its schema check" : `an argument failed its schema check: ${siteMessage}`;
  return { kind: "bad-arguments", error: { kind: trap, path: "", message } };
}

const PREDICATE_FUEL = 1_000_000;

type MainArgTrap = Extract<RuntimeErrorKind, MainArgErrorKind>;

function isMainArgTrap(kind: RuntimeErrorKind): kind is MainArgTrap {
  return kind === "MissingMainArg" || kind === "UnexpectedMainArg" || kind === "MainArgTypeMismatch";
}

/** A site's `#expect` message, when lowering attached one. */
function messageOf(site: TrapSite | undefined): string | undefined {
  const m = (site as { readonly message?: unknown } | undefined)?.message;
  return typeof m === "string" ? m : undefined;
}
