// Errors of the interpreted arena codec. Every problem a hostile or buggy buffer can
// have is one of these values; the codec never throws for bad bytes.
import type { Shape } from "../shape.js";
import { layoutRefusal } from "../layout.js";
import { shortShapeName } from "../shape-ops.js";
import { unreachable } from "../errors.js";

export type ArenaErrorKind =
  /** The shape has no arena codec: a closure anywhere inside, or an enum of more than 256 variants. */
  | "UnsupportedShape"
  /** The region is not inside the arena, or the root is not a u32. */
  | "InvalidRegion"
  /** Pointer 0 where an object is required (only an Option slot may be null). */
  | "NullPointer"
  /** An object, or part of it, lies outside [region.start, region.end). */
  | "OutOfRegion"
  /** An object's address is not a multiple of its alignment. */
  | "Misaligned"
  /** A Bool byte that is neither 0 nor 1. */
  | "InvalidBool"
  /** An enum/Result tag outside the variant range. */
  | "InvalidTag"
  /** String bytes that are not well-formed UTF-8. */
  | "InvalidUtf8"
  /** Dict keys not strictly increasing by bytes. */
  | "UnsortedDictKeys"
  /** Decoding needed more work than the region's size allows (hostile sharing). */
  | "WorkLimitExceeded"
  /** Pointers nested deeper than the depth limit. */
  | "DepthLimitExceeded";

export interface ArenaError {
  readonly kind: ArenaErrorKind;
  /** Where in the value: `$.items[3].sku`. */
  readonly path: string;
  /** The arena offset involved (the pointer or slot address), when there is one. */
  readonly offset?: number;
  /** `$.items[3].sku: String at 4096 (size 12) is outside the region [64, 4000)`. */
  readonly message: string;
}

/**
 * Why the arena codec cannot handle `shape`, or undefined: closures (their environment
 * belongs to lowering, DESIGN §6 "refuses with a typed reason") and over-large enums.
 */
export function arenaShapeRefusal(shape: Shape): ArenaError | undefined {
  const closure = findClosure(shape, "$");
  if (closure !== undefined) {
    return {
      kind: "UnsupportedShape",
      path: closure.path,
      message: `${closure.path}: the arena codec does not handle closures (${shortShapeName(closure.shape)})`,
    };
  }
  const reason = layoutRefusal(shape);
  if (reason !== undefined) return { kind: "UnsupportedShape", path: "$", message: `$: ${reason}` };
  return undefined;
}

function findClosure(shape: Shape, path: string): { readonly path: string; readonly shape: Shape } | undefined {
  type Child = readonly [Shape, string];
  const first = (items: readonly Child[]) => {
    for (const [s, p] of items) {
      const hit = findClosure(s, p);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  switch (shape.kind) {
    case "int":
    case "float":
    case "bool":
    case "string":
      return undefined;
    case "closure":
      return { path, shape };
    case "list":
      return findClosure(shape.element, `${path}[]`);
    case "tuple":
      return first(shape.elements.map((s, i): Child => [s, `${path}[${i}]`]));
    case "dict":
      return findClosure(shape.value, `${path}[*]`);
    case "record":
      return first(shape.fields.map((f): Child => [f.shape, `${path}.${f.name}`]));
    case "enum":
      return first(
        shape.variants.flatMap((v): Child[] => {
          switch (v.payload.kind) {
            case "unit":
              return [];
            case "tuple":
              return v.payload.elements.map((s, i): Child => [s, `${path}.${v.name}[${i}]`]);
            case "struct":
              return v.payload.fields.map((f): Child => [f.shape, `${path}.${v.name}.${f.name}`]);
            default:
              return unreachable(v.payload);
          }
        }),
      );
    case "option":
      return findClosure(shape.some, path);
    case "result":
      return first([
        [shape.ok, `${path}.Ok`],
        [shape.err, `${path}.Err`],
      ]);
    default:
      return unreachable(shape);
  }
}
