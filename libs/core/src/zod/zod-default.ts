// A zod `.default(x)` value (a plain JavaScript value) → Value of the field's shape:
// `z.int().default(3)` → Int 3, `z.string().optional().default("GET")`-style Options
// take null/undefined as None and anything else as Some. Only data a JSON-ish default can
// hold is accepted; the message says what did not fit.
import { unreachable } from "../errors.js";
import { isI64 } from "../numbers/int64.js";
import { compareCodePoints } from "../numbers/text.js";
import { err, ok, type Result } from "../result.js";
import type { FieldShape, Shape } from "../shape.js";
import { shortShapeName } from "../shape-ops.js";
import type { Value } from "../value.js";

class Misfit {
  constructor(readonly shape: Shape) {}
}

export function zodDefaultValue(x: unknown, shape: Shape): Result<Value, string> {
  try {
    return ok(toValue(x, shape));
  } catch (e) {
    if (e instanceof Misfit) return err(shortShapeName(e.shape));
    throw e;
  }
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function toValue(x: unknown, shape: Shape): Value {
  switch (shape.kind) {
    case "int":
      if (typeof x === "number" && Number.isSafeInteger(x)) return { kind: "int", value: BigInt(x) };
      if (typeof x === "bigint" && isI64(x)) return { kind: "int", value: x };
      throw new Misfit(shape);
    case "float":
      if (typeof x === "number" && Number.isFinite(x)) return { kind: "float", value: x };
      throw new Misfit(shape);
    case "bool":
      if (typeof x === "boolean") return { kind: "bool", value: x };
      throw new Misfit(shape);
    case "string":
      if (typeof x === "string") return { kind: "string", value: x };
      throw new Misfit(shape);
    case "list":
      if (!Array.isArray(x)) throw new Misfit(shape);
      return { kind: "list", items: x.map((item) => toValue(item, shape.element)) };
    case "tuple":
      if (!Array.isArray(x) || x.length !== shape.elements.length) throw new Misfit(shape);
      return { kind: "tuple", items: x.map((item, i) => toValue(item, shape.elements[i]!)) };
    case "dict": {
      if (!isPlainObject(x)) throw new Misfit(shape);
      const entries = Object.entries(x).sort(([a], [b]) => compareCodePoints(a, b));
      return { kind: "record", fields: new Map(entries.map(([k, v]) => [k, toValue(v, shape.value)])) };
    }
    case "record": {
      if (!isPlainObject(x)) throw new Misfit(shape);
      const fields = recordFields(x, shape.fields);
      return shape.name === undefined ? { kind: "record", fields } : { kind: "record", name: shape.name, fields };
    }
    case "enum": {
      const name = x;
      const v = shape.variants.find((w) => w.name === name && w.payload.kind === "unit");
      if (v === undefined) throw new Misfit(shape);
      return { kind: "enum", enumName: shape.name, variant: v.name, payload: { kind: "unit" } };
    }
    case "option":
      if (x === null || x === undefined) return { kind: "option", some: null };
      return { kind: "option", some: toValue(x, shape.some) };
    case "result":
    case "closure":
      throw new Misfit(shape);
    default:
      return unreachable(shape);
  }
}

function recordFields(x: Record<string, unknown>, fields: readonly FieldShape[]): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const f of fields) {
    const v = Object.hasOwn(x, f.name) ? x[f.name] : undefined;
    if (v === undefined && f.default !== undefined) out.set(f.name, f.default);
    else out.set(f.name, toValue(v, f.shape));
  }
  return out;
}
