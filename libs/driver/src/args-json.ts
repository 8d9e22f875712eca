// Argument objects given as JavaScript values → the JSON text a run reads.
//
//   argsToJson({ order: { qty: 3, id: 9007199254740993n } })
//     → ok('{"order":{"qty":3,"id":9007199254740993}}')
//
// A BigInt is written with its exact decimal digits (an Int beyond 2^53 must
// never pass through a Number); a Number is written as JSON.stringify writes
// it — the shortest text that reads back as the same binary64, so it is exact
// host-side encoding, not float formatting that another target must repeat —
// except -0, which JSON.stringify writes as "0" and we write as "-0" (a Float
// parameter then gets -0.0, an Int one 0). What JSON cannot carry is refused
// with the path of the value: NaN and ±Infinity, functions, symbols,
// `undefined` inside arrays, cycles, class instances (Date, Map, ...) and
// nesting past 512 levels. An `undefined` property is left out, as in
// JSON.stringify.
//
// The implementation is JavaScript source text because it is also inlined into
// every standalone artifact (`tetra build`), which cannot import anything: one
// text, evaluated here once and embedded there, so the two never drift apart.
import { err, ok, type Result } from "@tetra/core";

/** Plain JavaScript: defines `function argsToJson(args)` → `{ ok: true, json } | { ok: false, path, message }`. */
export const ARGS_TO_JSON_SOURCE = String.raw`function argsToJson(args) {
  const MAX_DEPTH = 512;
  class Refused {
    constructor(path, message) {
      this.path = path;
      this.message = message;
    }
  }
  const at = (path) => (path === "" ? "the arguments" : path);
  const kindOf = (v) => {
    if (v === null) return "null";
    if (Array.isArray(v)) return "an array";
    if (typeof v !== "object") return "a " + typeof v;
    const proto = Object.getPrototypeOf(v);
    const name = proto === null || proto === Object.prototype ? "object" : (proto.constructor && proto.constructor.name) || "object";
    return "a " + name;
  };
  const open = [];
  const value = (v, path, depth) => {
    switch (typeof v) {
      case "string":
        return JSON.stringify(v);
      case "boolean":
        return v ? "true" : "false";
      case "bigint":
        return v.toString();
      case "number":
        if (!Number.isFinite(v)) throw new Refused(path, at(path) + ": " + v + " is not a JSON number");
        return Object.is(v, -0) ? "-0" : JSON.stringify(v);
      case "object": {
        if (v === null) return "null";
        if (depth >= MAX_DEPTH) throw new Refused(path, at(path) + ": nested more than " + MAX_DEPTH + " levels deep");
        if (open.includes(v)) throw new Refused(path, at(path) + ": a cycle (the value contains itself)");
        open.push(v);
        try {
          if (Array.isArray(v)) {
            const items = [];
            for (let i = 0; i < v.length; i++) {
              const p = path + "[" + i + "]";
              if (!(i in v) || v[i] === undefined) throw new Refused(p, p + ": undefined cannot be sent as JSON");
              items.push(value(v[i], p, depth + 1));
            }
            return "[" + items.join(",") + "]";
          }
          const proto = Object.getPrototypeOf(v);
          if (proto !== Object.prototype && proto !== null) throw new Refused(path, at(path) + ": " + kindOf(v) + " is not a plain object");
          const fields = [];
          for (const key of Object.keys(v)) {
            const x = v[key];
            if (x === undefined) continue;
            fields.push(JSON.stringify(key) + ":" + value(x, path === "" ? key : path + "." + key, depth + 1));
          }
          return "{" + fields.join(",") + "}";
        } finally {
          open.pop();
        }
      }
      default:
        throw new Refused(path, at(path) + ": " + kindOf(v) + " cannot be sent as JSON");
    }
  };
  const isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));
  if (!isPlainObject(args)) return { ok: false, path: "", message: "arguments must be a plain object (or JSON text), got " + kindOf(args) };
  try {
    return { ok: true, json: value(args, "", 0) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
}`;

type Serialised = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly path: string; readonly message: string };

// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the same text the artifacts inline (see the header)
const serialise = new Function(`${ARGS_TO_JSON_SOURCE}\nreturn argsToJson;`)() as (args: unknown) => Serialised;

export interface ArgsRefusal {
  /** Where in the argument object (`order.items[2].price`), "" for the object itself. */
  readonly path: string;
  readonly message: string;
}

/** The JSON text of an argument object given as a plain JavaScript object. */
export function argsToJson(args: unknown): Result<string, ArgsRefusal> {
  const r = serialise(args);
  return r.ok ? ok(r.json) : err({ path: r.path, message: r.message });
}

/** Text with a lone surrogate cannot be encoded as UTF-8 (TextEncoder would silently write U+FFFD). */
export function isWellFormedText(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}
