// Differential test (c): #main argument checking — the compiled entry's trap
// kind, and the parameter it is reported for, equal core decodeMainArgs's error
// (kind and path); accepted arguments decode to equal values. Fixed seeds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MainParam } from "./api.js";
import { anyJson, jsonFor, printJson, shapeArb, type Json } from "./arbitraries.js";
import { compiledMainArgs, referenceMainArgs, valueText, type MainArgsOutcome } from "./test-support.js";

const NAMES = ["a", "b", "order", "é", "a b", "value"];

/** The text of an outcome, with the parameter a trap is about (core's path starts with it). */
function show(o: MainArgsOutcome, params: readonly MainParam[], compiled: boolean): string {
  if (o.ok) return `ok ${o.values.map(valueText).join(" ")}`;
  if (o.trap === "UnexpectedMainArg") return "trap UnexpectedMainArg";
  if (compiled) {
    const [, index] = o.where.split(":");
    return `trap ${o.trap} ${index === "*" ? "*" : params[Number(index)]?.name}`;
  }
  // core: MalformedArguments has path "", a parameter error the parameter's path
  const owner = params.filter((p) => o.where === p.name || o.where.startsWith(`${p.name}.`) || o.where.startsWith(`${p.name}[`));
  return `trap ${o.trap} ${o.where === "" ? "*" : (owner.sort((x, y) => y.name.length - x.name.length)[0]?.name ?? o.where)}`;
}

describe("compiled #main argument checking agrees with core decodeMainArgs", () => {
  it("agrees-on-random-parameters-and-argument-objects", () => {
    const paramsArb = fc
      .uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 })
      .chain((names) => fc.tuple(...names.map((name) => shapeArb(2, { internal: false, defaults: true }).map((shape): MainParam => ({ name, shape })))));
    // Random members (missing, extra, duplicated, mistyped), sometimes made malformed or not an object.
    const membersText = (params: readonly MainParam[]) =>
      fc
        .tuple(fc.array(fc.tuple(fc.constantFrom(...NAMES, "zz"), fc.oneof(anyJson, ...params.map((p) => jsonFor(p.shape)))), { maxLength: 5 }), fc.nat(), fc.nat({ max: 9 }))
        .map(([members, seed, mode]) => {
          const j: Json = { t: "obj", members };
          if (mode === 0) return printJson({ t: "arr", items: [] }, seed);
          if (mode === 1) return `${printJson(j, seed)},`;
          return printJson(j, seed);
        });
    // Half the inputs name every parameter once, so decoding (not only MissingMainArg) is reached.
    const textArb = (params: readonly MainParam[]) =>
      fc
        .tuple(fc.tuple(...params.map((p) => jsonFor(p.shape))), fc.nat(), membersText(params))
        .map(([values, seed, other]) =>
          seed % 2 === 0 ? printJson({ t: "obj", members: params.map((p, i) => [p.name, values[i] as Json] as const) }, seed) : other,
        );
    fc.assert(
      fc.property(
        paramsArb.chain((params) => fc.tuple(fc.constant(params), fc.array(textArb(params), { minLength: 6, maxLength: 10 }))),
        ([params, texts]) => {
          for (const text of texts) {
            const want = show(referenceMainArgs(params, text), params, false);
            const got = show(compiledMainArgs(params, text), params, true);
            if (got !== want) expect({ params, text, got }).toEqual({ params, text, got: want });
          }
        },
      ),
      { seed: 1234, numRuns: 250 },
    );
  });
});
