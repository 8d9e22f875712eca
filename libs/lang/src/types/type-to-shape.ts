// Semantic types → @tetra/core Shapes (the data layouts codecs and the arena
// use). Records keep their field order and mark `#internal` fields; schemas
// become named records whose fields carry their `#default`; Never (the element
// of an untyped `[]`, the payload of an untyped `None`) has no values, so any
// shape fits it — it becomes the empty tuple.
import { InternalError, S, unreachable, type FieldShape, type Shape, type VariantShape } from "@tetra/core";
import type { Type } from "./type.js";
import { memoType } from "./type-memo.js";

/** Shapes share structure the way types do (memoised by identity). */
export const typeToShape: (t: Type) => Shape = memoType(typeToShapeOnce);

function typeToShapeOnce(t: Type): Shape {
  switch (t.kind) {
    case "Int":
      return S.int;
    case "Float":
      return S.float;
    case "Bool":
      return S.bool;
    case "String":
      return S.string;
    case "List":
      return S.list(typeToShape(t.element));
    case "Tuple":
      return { kind: "tuple", elements: t.elements.map(typeToShape) };
    case "Dict":
      return S.dict(typeToShape(t.value));
    case "Record":
      return { kind: "record", fields: t.fields.map((f): FieldShape => (f.internal ? { name: f.name, shape: typeToShape(f.type), internal: true } : { name: f.name, shape: typeToShape(f.type) })) };
    case "Schema":
      return {
        kind: "record",
        name: t.name,
        fields: t.fields.map((f): FieldShape => (f.default === undefined ? { name: f.name, shape: typeToShape(f.type) } : { name: f.name, shape: typeToShape(f.type), default: f.default })),
      };
    case "Enum":
      return S.enum(t.name, t.variants.map(variantShape));
    case "Option":
      return S.option(typeToShape(t.some));
    case "Result":
      return S.result(typeToShape(t.ok), typeToShape(t.err));
    case "Closure":
      return S.closure(t.params.map(typeToShape), typeToShape(t.result));
    case "Never":
      return { kind: "tuple", elements: [] };
    case "Error":
      throw new InternalError("typeToShape of an erroneous type (the program has diagnostics)", t);
    default:
      return unreachable(t);
  }
}

function variantShape(v: Extract<Type, { kind: "Enum" }>["variants"][number]): VariantShape {
  const p = v.payload;
  switch (p.kind) {
    case "unit":
      return { name: v.name, payload: { kind: "unit" } };
    case "tuple":
      return { name: v.name, payload: { kind: "tuple", elements: p.elements.map(typeToShape) } };
    case "struct":
      return { name: v.name, payload: { kind: "struct", fields: p.fields.map((f) => ({ name: f.name, shape: typeToShape(f.type) })) } };
    default:
      return unreachable(p);
  }
}
