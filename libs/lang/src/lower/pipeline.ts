// Loop fusion for chains of `map` and `filter` (docs/lowering.md "Fused
// pipelines"). `xs.map(f).filter(g).sum()` written naively is three loops and
// two intermediate lists; fused, the stages run inside their consumer's loop:
//   for x in xs: y = f(x); if g(y): sum += y
// Fusion interleaves the stages, so it is only done where it cannot change
// which language error a failing program reports. Unfused, every element goes
// through stage 1 before any goes through stage 2: the first failure of the
// earliest failing stage wins. Fused, the first failing element wins. The two
// agree when at most one participant of a fused loop can fail (may-fail.ts);
// a consumer that stops early (`some`, `every`, `contains`) or evaluates
// something of its own before its loop (`reduce`'s initial value) must not be
// fused with any stage that can fail, since unfused that stage would have run
// over every element first.
//
// A chain is cut into segments, front to back, each with at most one stage
// that may fail; every segment but the last is collected into a list (one
// allocation, capacity = its source's count), and the last one runs in the
// consumer's loop. Only closure literals are fused (nothing of theirs is
// evaluated before the loop); any other closure argument ends the chain.
//
// Resource limits are not language errors: a fused run allocates less and
// spends less fuel than an unfused one, so a program at the edge of its
// memory or step limit may now finish (docs/lowering.md).
import type { Expr } from "@tetra/ir";
import type { TExpr } from "../analyze/typed-ast.js";
import type { Type } from "../types/type.js";
import { inlinedLambda, prepareApplier } from "./closures.js";
import type { FnCtx } from "./context.js";
import { needsConversion } from "./convert.js";
import { valTypeOf } from "./layout.js";
import { collectAll, listElement, listSource, openSource, type Source } from "./lists.js";
import { mayFail } from "./may-fail.js";

type Call = Extract<TExpr, { kind: "CallIntrinsic" }>;
type Lambda = Extract<TExpr, { kind: "Closure" }>;

/** One `map` or `filter` call with a closure literal, as a loop stage. */
interface Stage {
  readonly kind: "map" | "filter";
  readonly call: Call;
  readonly fn: Lambda;
  /** The element type coming in and going out. */
  readonly input: Type;
  readonly output: Type;
  readonly mayFail: boolean;
}

/** What the loop that consumes a pipeline does besides running it. */
export interface Consumer {
  /** Its per-element work can fail (`sum` of Ints: overflow; `reduce`: its closure). */
  readonly mayFail: boolean;
  /** It may stop before the last element (`some`, `every`, `contains`). */
  readonly stopsEarly?: boolean;
  /** It evaluates something that can fail between opening its source and its loop. */
  readonly failsBeforeLoop?: boolean;
  /**
   * It can hold its failure until the loop ends (`sum` of Ints: a flag, raised after the
   * loop), so a stage that fails later still wins, as it would unfused.
   */
  readonly defersFailure?: boolean;
}

/** A walker over a pipeline; `stagesMayFail` when a stage fused into it can fail. */
export interface Pipeline extends Source {
  readonly stagesMayFail: boolean;
}

/** `e` as a stage when it is `map`/`filter` with a closure literal over a list. */
function asStage(c: FnCtx, e: TExpr): Stage | undefined {
  if (e.kind !== "CallIntrinsic" || (e.fn !== "list.map" && e.fn !== "list.filter")) return undefined;
  const fn = inlinedLambda(c, e.args[1]!);
  const input = listElement(e.args[0]!.type);
  if (fn === undefined || input.kind === "Never") return undefined;
  return { kind: e.fn === "list.map" ? "map" : "filter", call: e, fn, input, output: listElement(e.type), mayFail: closureUse(c, fn, [input]).mayFail };
}

/** The innermost source expression and the stages applied to it, innermost first. */
function peel(c: FnCtx, e: TExpr): { base: TExpr; stages: Stage[] } {
  const stages: Stage[] = [];
  let at = e;
  for (let s = asStage(c, at); s !== undefined; s = asStage(c, at)) {
    stages.unshift(s);
    at = s.call.args[0]!;
  }
  return { base: at, stages };
}

/** `src` with `stages` run on each element inside its loop. */
function staged(c: FnCtx, src: Source, stages: readonly Stage[]): Source {
  if (stages.length === 0) return src;
  const b = c.b;
  return {
    element: stages[stages.length - 1]!.output,
    // With a filter among the stages this is an upper bound: fused sources only go to
    // consumers that use the count as a capacity.
    count: () => src.count(),
    each(body) {
      src.each((x0, exit) => {
        const step = (i: number, x: Expr): void => {
          if (i === stages.length) return body(x, exit);
          const s = stages[i]!;
          const f = prepareApplier(c, s.fn, c.L.site(s.call.span));
          if (s.kind === "map") {
            const y = c.let(f.apply([x], [s.input]), valTypeOf(s.output), "y");
            step(i + 1, b.get(y));
          } else b.if(f.apply([x], [s.input]), () => step(i + 1, x));
        };
        step(0, x0);
      });
    },
  };
}

/** Cuts `stages` into collected segments and the part fused into `consumer`'s loop. */
function segment(stages: readonly Stage[], consumer: Consumer): { collected: Stage[][]; fused: Stage[] } {
  const collected: Stage[][] = [];
  let current: Stage[] = [];
  let failing = 0;
  for (const s of stages) {
    if (s.mayFail && failing === 1) {
      collected.push(current);
      current = [];
      failing = 0;
    }
    current.push(s);
    if (s.mayFail) failing++;
  }
  const early = consumer.stopsEarly === true || consumer.failsBeforeLoop === true;
  const allowed = early || (consumer.mayFail && consumer.defersFailure !== true) ? 0 : 1;
  if (failing > allowed) {
    // Collecting the whole segment (filters after its failing stage included) leaves the
    // consumer the shortest list to walk.
    collected.push(current);
    current = [];
  }
  return { collected, fused: current };
}

/**
 * Opens `e` for `consumer`: evaluates its innermost source now and returns a
 * walker whose loop runs the fusable `map`/`filter` stages of `e` per element.
 */
export function openPipeline(c: FnCtx, e: TExpr, consumer: Consumer): Pipeline {
  const { base, stages } = peel(c, e);
  if (stages.length === 0) return { ...openSource(c, e), stagesMayFail: false };
  const { collected, fused } = segment(stages, consumer);
  let src = openSource(c, base);
  for (const seg of collected) {
    const last = seg[seg.length - 1]!;
    const list = collectAll(c, staged(c, src, seg), last.output, c.L.site(last.call.span));
    src = listSource(c, last.output, c.let(list, "i32", "xs"));
  }
  return { ...staged(c, src, fused), stagesMayFail: fused.some((s) => s.mayFail) };
}

/**
 * `e`, a `map` or `filter` call, as a new list with the chain under it fused into
 * its loop; undefined when there is no chain to fuse (e alone, or no closure literal).
 */
export function collectPipeline(c: FnCtx, e: Call): Expr | undefined {
  const s = asStage(c, e);
  if (s === undefined || asStage(c, e.args[0]!) === undefined) return undefined;
  return collectAll(c, openPipeline(c, e, { mayFail: false }), s.output, c.L.site(e.span));
}

/**
 * Whether calling `fnExpr` per element (as `reduce`, `some`, `every` do) can fail,
 * and whether preparing the call (evaluating a closure value) can.
 */
export function closureUse(c: FnCtx, fnExpr: TExpr, argTypes: readonly Type[]): { mayFail: boolean; failsBeforeLoop: boolean } {
  const lambda = inlinedLambda(c, fnExpr);
  if (lambda !== undefined) {
    const converts = lambda.params.some((p, i) => argTypes[i] !== undefined && needsConversion(argTypes[i]!, p.type));
    return { mayFail: converts || mayFail(lambda.body), failsBeforeLoop: false };
  }
  // A call: its body is out of sight. A direct call of a function binding evaluates nothing first.
  const direct = fnExpr.kind === "Name" && c.L.scopes.isFunctionBinding(fnExpr.binding);
  return { mayFail: true, failsBeforeLoop: !direct && mayFail(fnExpr) };
}
