// A canonical text for a shape, used to memoise generated codec functions per
// module: two shapes get one function iff they have the same key. Unlike
// printShape it includes everything a codec depends on: field markers
// (`#internal`, `#default` values, floats by bit pattern) and record names.
import { floatBits, unreachable, type FieldShape, type Shape, type Value, type VariantValue } from "@tetra/core";

export function shapeKey(s: Shape): string {
  switch (s.kind) {
    case "int":
    case "float":
    case "bool":
    case "string":
      return s.kind;
    case "list":
      return `list(${shapeKey(s.element)})`;
    case "tuple":
      return `tuple(${s.elements.map(shapeKey).join(",")})`;
    case "dict":
      return `dict(${shapeKey(s.value)})`;
    case "record":
      return `record${JSON.stringify(s.name ?? null)}(${fieldsKey(s.fields)})`;
    case "enum":
      return `enum${JSON.stringify(s.name)}(${s.variants
        .map((v) => {
          const p = v.payload;
          const body = p.kind === "unit" ? "" : p.kind === "tuple" ? `(${p.elements.map(shapeKey).join(",")})` : `{${fieldsKey(p.fields)}}`;
          return `${JSON.stringify(v.name)}${body}`;
        })
        .join(",")})`;
    case "option":
      return `option(${shapeKey(s.some)})`;
    case "result":
      return `result(${shapeKey(s.ok)},${shapeKey(s.err)})`;
    case "closure":
      return `closure(${[...s.params, s.result].map(shapeKey).join(",")})`;
    default:
      return unreachable(s);
  }
}

function fieldsKey(fields: readonly FieldShape[]): string {
  return fields
    .map((f) => {
      const marks = `${f.internal === true ? "#internal " : ""}${f.default === undefined ? "" : `#default(${valueKey(f.default)}) `}`;
      return `${marks}${JSON.stringify(f.name)}:${shapeKey(f.shape)}`;
    })
    .join(",");
}

function valueKey(v: Value): string {
  switch (v.kind) {
    case "int":
      return `${v.value}`;
    case "float":
      return `f${floatBits(v.value).toString(16)}`;
    case "bool":
      return `${v.value}`;
    case "string":
      return JSON.stringify(v.value);
    case "list":
    case "tuple":
      return `${v.kind}[${v.items.map(valueKey).join(",")}]`;
    case "record":
      return `{${[...v.fields].map(([k, x]) => `${JSON.stringify(k)}:${valueKey(x)}`).join(",")}}`;
    case "enum":
      return `${JSON.stringify(v.variant)}${payloadKey(v.payload)}`;
    case "option":
      return v.some === null ? "None" : `Some(${valueKey(v.some)})`;
    case "result":
      return `${v.isOk ? "Ok" : "Err"}(${valueKey(v.value)})`;
    case "closure":
      return "closure";
    default:
      return unreachable(v);
  }
}

function payloadKey(p: VariantValue): string {
  switch (p.kind) {
    case "unit":
      return "";
    case "tuple":
      return `(${p.items.map(valueKey).join(",")})`;
    case "struct":
      return `{${[...p.fields].map(([k, x]) => `${JSON.stringify(k)}:${valueKey(x)}`).join(",")}}`;
    default:
      return unreachable(p);
  }
}
