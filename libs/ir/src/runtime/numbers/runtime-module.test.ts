import {
  canonicalFloatBits,
  floatFromBits,
  floatPow,
  floatRem,
  formatFloatJson,
  formatFloatText,
  intToText,
  parseFloatDecimal,
} from "@tetra/core";
import { describe, expect, test } from "vitest";
import { ModuleBuilder } from "../../builder.js";
import { standardPipeline } from "../../passes/index.js";
import { parseOrThrow } from "../../parse.js";
import { print } from "../../print.js";
import { verify } from "../../verify.js";
import { useRuntime } from "../registry.js";
import { NumberHarness, type Command } from "./harness.js";
import { NUMBER_RUNTIME } from "./index.js";
import { prng } from "./prng.js";

describe("number runtime module", () => {
  test("every-function-verifies-alone-with-its-dependencies", () => {
    for (const d of NUMBER_RUNTIME) {
      const m = new ModuleBuilder();
      useRuntime(m, d.name);
      expect(verify(m.finish()).map((e) => e.message)).toEqual([]);
    }
  });

  test("names-and-docs-follow-the-registry-conventions", () => {
    for (const d of NUMBER_RUNTIME) {
      expect(d.name).toMatch(/^rt\.[a-z0-9_]+$/);
      expect(d.doc.length).toBeGreaterThan(20);
    }
  });

  test("tables-are-placed-once-per-module", () => {
    const m = new ModuleBuilder();
    for (const d of NUMBER_RUNTIME) useRuntime(m, d.name);
    const module = m.finish();
    // pow10 (10,688) + digit pairs (200) + exact powers (184) + pow log2 (2,912) + pow exp2 (4,112)
    const sizes = module.data.map((s) => s.bytes.length).sort((a, b) => a - b);
    expect(sizes).toEqual([184, 200, 2912, 4112, 10688]);
  });

  test("text-format-round-trips", () => {
    const m = new ModuleBuilder();
    for (const d of NUMBER_RUNTIME) useRuntime(m, d.name);
    const text = print(m.finish());
    expect(print(parseOrThrow(text))).toBe(text);
  });

  test("standard-pipeline-keeps-every-result", () => {
    const h = new NumberHarness((m) => standardPipeline(m));
    const r = prng(0x9191n);
    const cmds: Command[] = [];
    const wants: (string | bigint | null)[] = [];
    for (let i = 0; i < 1500; i++) {
      const x = floatFromBits(r());
      const y = floatFromBits(r() & 0xbfffffffffffffffn);
      const text = formatFloatJson(Number.isFinite(x) ? x : 0.5) ?? "0";
      cmds.push({ fn: "rt.float_to_text", a: x }, { fn: "rt.float_json_write", a: x }, { fn: "rt.parse_float", a: text });
      wants.push(formatFloatText(x), formatFloatJson(x), canonicalFloatBits(parseFloatDecimal(text) ?? NaN));
      cmds.push({ fn: "rt.pow", a: x, b: y }, { fn: "rt.fmod", a: x, b: y === 0 ? 1 : y });
      wants.push(canonicalFloatBits(floatPow(x, y)), canonicalFloatBits(floatRem(x, y === 0 ? 1 : y)));
      const v = BigInt.asIntN(64, r());
      cmds.push({ fn: "rt.int_to_str", a: v });
      wants.push(intToText(v));
    }
    expect(h.run(cmds)).toEqual(wants);
  });
});
