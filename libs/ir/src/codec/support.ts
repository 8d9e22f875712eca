// Which shapes the compiled codecs handle. A codec that cannot handle a shape
// refuses with a typed reason (DESIGN §6) before any code is generated; the
// caller turns it into an `Unsupported` diagnostic.
//   * closures never come from JSON: any closure in a decoded shape is refused;
//   * the encoder leaves closure-valued record/struct fields and dict values out
//     (§2.5), so only a closure elsewhere (root, list element, ...) is refused;
//   * an enum tag is one byte (docs/abi.md): more than 256 variants are refused.
import { MAX_ENUM_VARIANTS, unreachable, type FieldShape, type Shape } from "@tetra/core";

export interface CodecRefusal {
  readonly reason: "closure" | "too-many-variants";
  /** Where in the shape: `$`, `$.items[]`, `$.Some`, `$.Circle.r`. */
  readonly path: string;
  readonly message: string;
}

function refuse(reason: CodecRefusal["reason"], path: string, what: string): CodecRefusal {
  return { reason, path, message: `${path}: ${what}` };
}

function check(s: Shape, path: string, encoding: boolean, inField: boolean): CodecRefusal | undefined {
  const fields = (fs: readonly FieldShape[], at: string) => {
    for (const f of fs) {
      const r = check(f.shape, `${at}.${f.name}`, encoding, true);
      if (r !== undefined) return r;
    }
    return undefined;
  };
  const all = (shapes: readonly Shape[], at: (i: number) => string) => {
    for (const [i, x] of shapes.entries()) {
      const r = check(x, at(i), encoding, false);
      if (r !== undefined) return r;
    }
    return undefined;
  };
  switch (s.kind) {
    case "int":
    case "float":
    case "bool":
    case "string":
      return undefined;
    case "list":
      return check(s.element, `${path}[]`, encoding, false);
    case "tuple":
      return all(s.elements, (i) => `${path}[${i}]`);
    case "dict":
      return check(s.value, `${path}[*]`, encoding, true);
    case "record":
      return fields(s.fields, path);
    case "enum": {
      if (s.variants.length > MAX_ENUM_VARIANTS) {
        return refuse("too-many-variants", path, `enum ${s.name} has ${s.variants.length} variants; the arena tag is one byte (at most ${MAX_ENUM_VARIANTS})`);
      }
      for (const v of s.variants) {
        const p = v.payload;
        const r =
          p.kind === "unit" ? undefined : p.kind === "tuple" ? all(p.elements, (i) => `${path}.${v.name}[${i}]`) : fields(p.fields, `${path}.${v.name}`);
        if (r !== undefined) return r;
      }
      return undefined;
    }
    case "option":
      return check(s.some, `${path}.Some`, encoding, false);
    case "result":
      return check(s.ok, `${path}.Ok`, encoding, false) ?? check(s.err, `${path}.Err`, encoding, false);
    case "closure":
      if (encoding && inField) return undefined;
      return refuse("closure", path, encoding ? "a closure cannot be written as JSON" : "a closure cannot be decoded from JSON");
    default:
      return unreachable(s);
  }
}

/** Why the decoder generator cannot handle `shape`, or undefined when it can. */
export function decodeRefusal(shape: Shape): CodecRefusal | undefined {
  return check(shape, "$", false, false);
}

/** Why the encoder generator cannot handle `shape`, or undefined when it can. */
export function encodeRefusal(shape: Shape): CodecRefusal | undefined {
  return check(shape, "$", true, false);
}
