// Golden: annotated byte diagrams of example values encoded at base 64 — the diagrams
// docs/abi.md shows, generated here so they can never drift from the encoder.
import { describe, expect, it } from "vitest";
import { printShape } from "../shape-ops.js";
import { S, type Shape, type VariantShape } from "../shape.js";
import { V, type Value } from "../value.js";
import { printValue } from "../value-ops.js";
import { blessIfRequested, docSection, goldenHeader, readAbiDoc, readGolden } from "../testing/golden.js";
import { dumpArena } from "./arena-dump.js";
import { encodeArena } from "./encode-arena.js";

const NAME = "abi-examples.golden.txt";
const TEST_FILE = "src/arena/abi-examples.test.ts";
const BASE = 64;

const unit = (name: string): VariantShape => ({ name, payload: { kind: "unit" } });
const SHAPE = S.enum("Shape", [
  unit("Dot"),
  { name: "Circle", payload: { kind: "tuple", elements: [S.float] } },
  { name: "Box", payload: { kind: "struct", fields: [S.field("w", S.int), S.field("h", S.int)] } },
]);
const enumValue = (variant: string, payload: Extract<Value, { kind: "enum" }>["payload"]): Value => ({
  kind: "enum",
  enumName: "Shape",
  variant,
  payload,
});
const LINE_ITEM = S.record({ sku: S.string, qty: S.int }, "LineItem");
const ORDER = S.record({ id: S.string, items: S.list(LINE_ITEM), tier: S.option(S.string) }, "Order");

const EXAMPLES: readonly (readonly [Value, Shape])[] = [
  [V.int(42), S.int],
  [V.string("héllo"), S.string],
  [V.list([V.int(1), V.int(-2)]), S.list(S.int)],
  [V.list([V.bool(true), V.bool(false), V.bool(true)]), S.list(S.bool)],
  [V.list([V.string("a"), V.string("bc")]), S.list(S.string)],
  [V.tuple([V.int(5), V.string("five")]), S.tuple(S.int, S.string)],
  [
    V.record({ flag: V.bool(true), count: V.int(3), name: V.string("x"), ok: V.bool(false) }, "Mixed"),
    S.record({ flag: S.bool, count: S.int, name: S.string, ok: S.bool }, "Mixed"),
  ],
  [V.record(new Map([["b", V.int(2)], ["a", V.int(1)]])), S.dict(S.int)],
  [enumValue("Circle", { kind: "tuple", items: [V.float(1.5)] }), SHAPE],
  [enumValue("Box", { kind: "struct", fields: new Map([["w", V.int(2)], ["h", V.int(3)]]) }), SHAPE],
  [enumValue("Dot", { kind: "unit" }), SHAPE],
  [V.record({ o: V.some(V.int(5)), n: V.none }), S.record({ o: S.option(S.int), n: S.option(S.int) })],
  [V.err(V.string("e")), S.result(S.int, S.string)],
  [
    V.record(
      { id: V.string("o-1"), items: V.list([V.record({ sku: V.string("ab"), qty: V.int(2) }, "LineItem")]), tier: V.none },
      "Order",
    ),
    ORDER,
  ],
];

function example(value: Value, shape: Shape): string {
  const enc = encodeArena(value, shape, BASE);
  if (!enc.ok) throw new Error(enc.error.message);
  const arena = new Uint8Array(BASE + enc.value.bytes.length);
  arena.set(enc.value.bytes, BASE);
  const dump = dumpArena(arena, { start: BASE, end: arena.length }, enc.value.root, shape);
  if (!dump.ok) throw new Error(dump.error.message);
  return `== ${printValue(value)} : ${printShape(shape)}\nroot ${enc.value.root}, region [${BASE}, ${arena.length})\n${dump.value}`;
}

describe("ABI byte diagrams", () => {
  const actual = `${goldenHeader(TEST_FILE)}\n\n${EXAMPLES.map(([v, s]) => example(v, s)).join("\n\n")}\n`;
  blessIfRequested(NAME, TEST_FILE, actual);

  it("matches-testdata-abi-examples-golden", () => {
    expect(actual).toBe(readGolden(NAME));
  });

  it("is-quoted-verbatim-in-docs-abi", () => {
    expect(readAbiDoc()).toContain(docSection(NAME, TEST_FILE, actual));
  });
});
