// Types that can cross the JSON boundary (§2.4, §2.5). Closure values may sit
// in dict fields (they are left out of the output) but nowhere else in a
// result (*Decision*: rejected statically), and never in a `#main` argument.
import { memoType } from "../types/type-memo.js";
import { printType, type Type } from "../types/type.js";

/** A description of where a closure sits in `t` (undefined when none does). */
export function closureInResult(t: Type, path = "the result"): string | undefined {
  return hasResultClosure(t) ? findResultClosure(t, path, hasResultClosure) : undefined;
}

const hasResultClosure: (t: Type) => boolean = memoType((t) => findResultClosure(t, "", hasResultClosure) !== undefined);

function findResultClosure(t: Type, path: string, has: (t: Type) => boolean = () => true): string | undefined {
  const closureInResult = (x: Type, p: string): string | undefined => (has(x) ? findResultClosure(x, p, has) : undefined);
  switch (t.kind) {
    case "Closure":
      return `${path} is a closure (${printType(t)})`;
    case "List":
      return closureInResult(t.element, `an element of ${path}`);
    case "Tuple":
      return firstOf(t.elements.map((e, i) => closureInResult(e, `position ${i} of ${path}`)));
    case "Dict":
      return closureInResult(t.value, `a value of ${path}`);
    case "Record":
      return firstOf(t.fields.filter((f) => !f.internal && f.type.kind !== "Closure").map((f) => closureInResult(f.type, `field \`${f.name}\` of ${path}`)));
    case "Schema":
      return firstOf(t.fields.map((f) => closureInResult(f.type, `field \`${f.name}\` of ${path}`)));
    case "Enum":
      return firstOf(
        t.variants.flatMap((v) =>
          v.payload.kind === "tuple"
            ? v.payload.elements.map((e) => closureInResult(e, `the payload of ${t.name}.${v.name}`))
            : v.payload.kind === "struct"
              ? v.payload.fields.map((f) => closureInResult(f.type, `field \`${f.name}\` of ${t.name}.${v.name}`))
              : [],
        ),
      );
    case "Option":
      return closureInResult(t.some, path);
    case "Result":
      return closureInResult(t.ok, path) ?? closureInResult(t.err, path);
    default:
      return undefined;
  }
}

/** Like closureInResult, but for decoded inputs: a closure anywhere (dict fields included) cannot come from JSON. */
export const closureInInput: (t: Type) => boolean = memoType(closureInInputOnce);

function closureInInputOnce(t: Type): boolean {
  switch (t.kind) {
    case "Closure":
      return true;
    case "List":
      return closureInInput(t.element);
    case "Tuple":
      return t.elements.some(closureInInput);
    case "Dict":
      return closureInInput(t.value);
    case "Record":
    case "Schema":
      return t.fields.some((f) => closureInInput(f.type));
    case "Enum":
      return t.variants.some((v) => (v.payload.kind === "tuple" ? v.payload.elements.some(closureInInput) : v.payload.kind === "struct" ? v.payload.fields.some((f) => closureInInput(f.type)) : false));
    case "Option":
      return closureInInput(t.some);
    case "Result":
      return closureInInput(t.ok) || closureInInput(t.err);
    default:
      return false;
  }
}

function firstOf(xs: readonly (string | undefined)[]): string | undefined {
  return xs.find((x) => x !== undefined);
}
