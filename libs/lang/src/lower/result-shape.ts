// The shape handed to the codec's encoder for the result. `#internal` fields
// are never written (§2.5), but the codec's refusal check still looks inside
// them, so `{ #internal adders: List<Closure<Int, Int>>, out: … }` would be
// refused. Each internal field's shape is replaced by a closure-free shape
// with the same slot (a pointer slot becomes `string`), which keeps every
// offset — the layout depends only on slots — and changes nothing in the
// output, since the encoder skips internal fields.
import { slotOf, unreachable, type FieldShape, type Shape, type VariantShape } from "@tetra/core";

function sameSlot(s: Shape): Shape {
  switch (slotOf(s).kind) {
    case "i64":
      return { kind: "int" };
    case "f64":
      return { kind: "float" };
    case "bool":
      return { kind: "bool" };
    case "ptr":
      return { kind: "string" };
  }
}

export function encodableShape(s: Shape): Shape {
  switch (s.kind) {
    case "int":
    case "float":
    case "bool":
    case "string":
    case "closure":
      return s;
    case "list":
      return { kind: "list", element: encodableShape(s.element) };
    case "tuple":
      return { kind: "tuple", elements: s.elements.map(encodableShape) };
    case "dict":
      return { kind: "dict", value: encodableShape(s.value) };
    case "record": {
      const fields = s.fields.map((f): FieldShape => (f.internal === true ? { ...f, shape: sameSlot(f.shape) } : { ...f, shape: encodableShape(f.shape) }));
      return s.name === undefined ? { kind: "record", fields } : { kind: "record", name: s.name, fields };
    }
    case "enum":
      return { kind: "enum", name: s.name, variants: s.variants.map(variant) };
    case "option":
      return { kind: "option", some: encodableShape(s.some) };
    case "result":
      return { kind: "result", ok: encodableShape(s.ok), err: encodableShape(s.err) };
    default:
      return unreachable(s);
  }
}

function variant(v: VariantShape): VariantShape {
  const p = v.payload;
  switch (p.kind) {
    case "unit":
      return v;
    case "tuple":
      return { name: v.name, payload: { kind: "tuple", elements: p.elements.map(encodableShape) } };
    case "struct":
      return { name: v.name, payload: { kind: "struct", fields: p.fields.map((f) => ({ ...f, shape: encodableShape(f.shape) })) } };
    default:
      return unreachable(p);
  }
}
