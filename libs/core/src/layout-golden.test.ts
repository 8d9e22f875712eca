// Golden: the layouts of representative shapes, in testdata/layouts.golden.txt and quoted
// verbatim in docs/abi.md between the `layouts.golden.txt` markers. UPDATE_GOLDEN=1
// rewrites both; otherwise both must match what layout.ts computes now.
import { describe, expect, it } from "vitest";
import { printLayout } from "./layout-print.js";
import { S, type Shape, type VariantShape } from "./shape.js";
import { V } from "./value.js";
import { blessIfRequested, docSection, goldenHeader, readAbiDoc, readGolden } from "./testing/golden.js";

const NAME = "layouts.golden.txt";
const TEST_FILE = "src/layout-golden.test.ts";

const unit = (name: string): VariantShape => ({ name, payload: { kind: "unit" } });
const LINE_ITEM = S.record({ sku: S.string, qty: S.int }, "LineItem");

const GOLDEN_SHAPES: readonly Shape[] = [
  S.int,
  S.float,
  S.bool,
  S.string,
  S.list(S.int),
  S.list(S.float),
  S.list(S.bool),
  S.list(S.string),
  S.list(S.list(S.int)),
  S.tuple(),
  S.tuple(S.int, S.string),
  S.tuple(S.bool, S.int, S.bool),
  S.record({}),
  S.record({ x: S.int, y: S.int }, "P"),
  S.record({ flag: S.bool, count: S.int, name: S.string, ok: S.bool }, "Mixed"),
  S.record({ a: S.bool, b: S.bool, c: S.string }),
  S.record([S.field("rate", S.int, { internal: true }), S.field("total", S.int)]),
  S.record([S.field("path", S.string), S.field("retries", S.int, { default: V.int(3) }), S.field("verb", S.string, { default: V.string("GET") })], "Req"),
  S.record({ id: S.string, items: S.list(LINE_ITEM), tier: S.option(S.string) }, "Order"),
  S.dict(S.int),
  S.dict(S.bool),
  S.dict(S.string),
  S.option(S.int),
  S.option(S.bool),
  S.option(S.string),
  S.option(S.option(S.int)),
  S.result(S.int, S.string),
  S.result(S.bool, S.float),
  S.enum("Level", [unit("Low"), unit("High")]),
  S.enum("Shape", [
    unit("Dot"),
    { name: "Circle", payload: { kind: "tuple", elements: [S.float] } },
    { name: "Box", payload: { kind: "struct", fields: [S.field("w", S.int), S.field("h", S.int)] } },
  ]),
  S.enum("Signal", [{ name: "Reading", payload: { kind: "tuple", elements: [S.int, S.string] } }, unit("Silent")]),
  S.enum("Flagged", [{ name: "On", payload: { kind: "tuple", elements: [S.bool, S.bool] } }, unit("Off")]),
  S.closure([S.int], S.int),
];

function goldenText(): string {
  return `${goldenHeader(TEST_FILE)}\n\n${GOLDEN_SHAPES.map(printLayout).join("\n\n")}\n`;
}

describe("layout golden", () => {
  const actual = goldenText();
  blessIfRequested(NAME, TEST_FILE, actual);

  it("matches-testdata-layouts-golden", () => {
    expect(actual).toBe(readGolden(NAME));
  });

  it("is-quoted-verbatim-in-docs-abi", () => {
    expect(readAbiDoc()).toContain(docSection(NAME, TEST_FILE, actual));
  });
});
