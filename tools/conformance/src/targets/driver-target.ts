// Conformance targets backed by @tetra/driver: the same pipeline the `tetra`
// command runs, so the matrix tests exactly what users get.
import { compileRule, compileRules, runRule, TARGET_DESCRIPTIONS, type CompileResult, type DriverOutcome, type TargetName } from "@tetra/driver";
import type { Fixture } from "../fixtures.js";
import type { Outcome } from "../outcome.js";
import type { RunSettings, Target } from "../target.js";

export function driverTarget(name: TargetName, options: { readonly optimize?: boolean } = {}): Target {
  const optimize = options.optimize ?? true;
  const prepared = new Map<string, CompileResult>();
  return {
    name,
    compiled: name !== "tree-walk",
    available: () => availability(name),
    // Only native gains from compiling in batches (one library per chunk).
    ...(name === "native"
      ? {
          async prepare(fixtures: readonly Fixture[]): Promise<void> {
            const results = await compileRules(fixtures.map((f) => ({ source: f.source, file: f.file, target: name, optimize })));
            for (const [i, f] of fixtures.entries()) prepared.set(f.id, results[i]!);
          },
        }
      : {}),
    async run(fixture: Fixture, settings: RunSettings): Promise<Outcome> {
      const compiled = prepared.get(fixture.id) ?? (await compileRule({ source: fixture.source, file: fixture.file, target: name, optimize }));
      prepared.delete(fixture.id);
      if (!compiled.ok) return toOutcome(compiled.outcome);
      return toOutcome(runRule(compiled.rule, fixture.args, { fuel: settings.fuel, memoryLimit: settings.memoryLimit }));
    },
  };
}

async function availability(name: TargetName): Promise<true | string> {
  if (name !== "native") return true;
  const { probeNativeToolchain } = await import("@tetra/backend-llvm");
  const probe = probeNativeToolchain();
  return probe.available ? true : `native target unavailable: ${probe.reason}`;
}

export function toOutcome(o: DriverOutcome): Outcome {
  switch (o.kind) {
    case "ok":
      return o.bytes === undefined ? { kind: "ok", json: o.json } : { kind: "ok", json: o.json, bytes: o.bytes };
    case "rejected":
      return { kind: "rejected", codes: o.diagnostics.map((d) => d.code), message: o.diagnostics.map((d) => d.message).join("; ") };
    case "unsupported":
      return { kind: "unsupported", construct: o.diagnostics.map((d) => d.message).join("; ") };
    case "runtime-error":
      return { kind: "trap", trap: o.error.kind, message: o.error.message };
    case "bad-arguments":
      return { kind: "trap", trap: o.error.kind, message: `${o.error.path}: ${o.error.message}` };
  }
}

export { TARGET_DESCRIPTIONS };
