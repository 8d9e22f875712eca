import { describe, expect, it } from "vitest";
import { runSource } from "../index.js";

/** Canonical JSON on success, otherwise `<Kind>` (and the message after a colon when `withMessage`). */
function run(src: string, args?: string, fuel?: number): string {
  const o = runSource(src, "t.relon", args, fuel === undefined ? {} : { fuel });
  switch (o.kind) {
    case "ok":
      return o.json;
    case "static-error":
      return `static ${o.diagnostics.map((d) => `${d.code}: ${d.message}`).join("; ")}`;
    default:
      return o.error.kind;
  }
}

const compact = (json: string): string => JSON.stringify(JSON.parse(json));

describe("evaluation-order", () => {
  it("forces-dict-fields-in-source-order", () => {
    expect(run("#main(Int z) -> Dict\n{ b: [1][z + 5], a: 1 / z }", '{"z": 0}')).toBe("IndexOutOfBounds");
  });

  it("forces-forward-references-depth-first", () => {
    expect(compact(run("{ a: &sibling.b + 1, b: &sibling.c * 2, c: 5 }"))).toBe('{"a":11,"b":10,"c":5}');
  });

  it("raises-circular-reference-for-typed-cycles", () => {
    expect(run("{ Int x: &sibling.y + 1, Int y: &sibling.x + 1 }")).toBe("CircularReference");
    expect(run("{ Int x: y where { Int y: &sibling.x } }")).toBe("CircularReference");
  });

  it("evaluates-unused-where-bindings-first", () => {
    expect(run("#main(Int z) -> Int\n1 where { Int unused: 10 / z }", '{"z": 0}')).toBe("DivisionByZero");
  });

  it("short-circuits-and-runs-only-the-chosen-branch", () => {
    expect(run("#main(Int d) -> List<Bool>\n[d != 0 && 1 / d > 0, d == 0 || 1 / d > 0, d == 0 ? true : 1 / d > 0]", '{"d": 0}')).toBe("[\n  false,\n  true,\n  true\n]");
  });

  it("evaluates-call-arguments-left-to-right", () => {
    expect(run("#main(Int z) -> Int\nmax(1 / z, [1][5])", '{"z": 0}')).toBe("DivisionByZero");
    expect(run("#main(Int z) -> Int\nmax([1][5], 1 / z)", '{"z": 0}')).toBe("IndexOutOfBounds");
  });

  it("stops-every-and-some-early", () => {
    expect(run("[1, 0].every((Int v) => v > 0 && 10 / v > 0)")).toBe("false");
    expect(run("[0, 1].every((Int v) => 10 / v > 0)")).toBe("DivisionByZero");
    expect(run("[1, 0].some((Int v) => 10 / v > 0)")).toBe("true");
  });
});

describe("numbers", () => {
  it("checks-int-arithmetic", () => {
    expect(run("#main(Int a) -> Int\na * 2", '{"a": 4611686018427387904}')).toBe("NumericOverflow");
    expect(run("#main(Int a) -> Int\na % -1", '{"a": -9223372036854775808}')).toBe("NumericOverflow");
    expect(run("#main(Int a) -> Int\n-a", '{"a": -9223372036854775807}')).toBe("9223372036854775807");
    expect(run("#main(Int a) -> List<Int>\n[a / 2, a % 2, -a / 2, -a % 2, a % -2]", '{"a": 7}')).toBe("[\n  3,\n  1,\n  -3,\n  -1,\n  1\n]");
  });

  it("follows-float-rules", () => {
    expect(run("#main(Float x) -> Float\nx % 0.0", '{"x": 1}')).toBe("DivisionByZero");
    expect(run("#main(Float x) -> Float\n1.0 / x", '{"x": -0.0}')).toBe("DivisionByZero");
    expect(run("#main(Float x) -> List<Bool>\n[x * 10.0 - x * 10.0 < 1.0, x * 10.0 - x * 10.0 != x * 10.0 - x * 10.0, 0.0 == -0.0]", '{"x": 1e308}')).toBe("[\n  false,\n  false,\n  true\n]");
    expect(run("#main(Float x) -> List<Bool>\n[x * 10.0 - x * 10.0 == x * 10.0 - x * 10.0]", '{"x": 1e308}')).toBe("[\n  true\n]");
    expect(run("#main(Float x) -> String\nf\"${-x}\"", '{"x": 0}')).toBe('"-0"');
    expect(run("#main(Int n) -> Bool\nn < 2.5", '{"n": 2}')).toBe("true");
  });

  it("computes-library-number-functions", () => {
    expect(compact(run("[round(2.5), round(-2.5), round(0.5), floor(-0.5), ceil(0.2), abs(-7), min(3, 1), max(2, 9), clamp(15, 0, 10)]"))).toBe("[2,-2,0,-1,1,7,1,9,10]");
    expect(compact(run("[pow(2, 10), pow(2.0, -1.0), sqrt(16), abs(-0.0)]"))).toBe("[1024,0.5,4,0]");
    expect(run("[pow(2, 10), abs(-0.0)]")).toBe("[\n  1024.0,\n  0.0\n]");
    expect(run("#main(Int x) -> Int\nabs(x)", '{"x": -9223372036854775808}')).toBe("NumericOverflow");
    expect(run("#main(Float h) -> List<Int>\n[floor(h), ceil(0.0 - h), round(h - h)]", '{"h": 1e300}')).toBe("[\n  9223372036854775807,\n  -9223372036854775808,\n  0\n]");
  });

  it("projects-non-finite-floats-as-an-error", () => {
    expect(run("#main(Float x) -> List<Float>\n[x * 10.0]", '{"x": 1e308}')).toBe("NonFiniteFloat");
  });
});

describe("strings", () => {
  it("uses-byte-lengths-and-offsets", () => {
    expect(compact(run('["café".len(), len("😀"), "café".length()]'))).toBe("[5,4,5]");
    expect(run('"café".substring(3, 2)')).toBe('"é"');
    expect(run('"café".substring(4, 1)')).toBe("IndexOutOfBounds");
    expect(run('"hello".substring(3, 10)')).toBe("IndexOutOfBounds");
  });

  it("splits-replaces-and-trims", () => {
    expect(compact(run('["a,,b".split(","), "".split(",")]'))).toBe('[["a","","b"],[""]]');
    expect(run('"abc".split("")')).toBe("UnsupportedOperator");
    expect(compact(run('["aaa".replace("aa", "b"), "ab".replace("", "-"), "\\u0085 pad \\u00a0".trim(), trim_start("  x "), "  x ".trim_end()]'))).toBe('["ba","-a-b-","pad","x ","  x"]');
  });

  it("maps-case-and-tests-substrings", () => {
    expect(compact(run('["straße".upper(), "ΟΔΥΣΣΕΥΣ".lower(), "ﬁle".upper()]'))).toBe('["STRASSE","οδυσσευς","FILE"]');
    expect(compact(run('("abc".contains(""), "abc".starts_with("ab"), ends_with("abc", "bc"), "".is_empty(), "a".concat("b"))'))).toBe('[true,true,true,true,"ab"]');
  });

  it("converts-values-to-text", () => {
    expect(run('"n=" + 1 + " f=" + 1.0 + " b=" + true + " " + 1e21')).toBe('"n=1 f=1 b=true 1000000000000000000000"');
    expect(run('#main(Float x) -> String\nf"${x}"', '{"x": 1000000000000000.2}')).toBe('"1000000000000000.3"');
  });
});

describe("lists", () => {
  it("sums-and-finds-extremes", () => {
    expect(run("#main(List<Int> xs) -> Int\nxs.sum()", '{"xs": [9223372036854775806, 1, 1]}')).toBe("NumericOverflow");
    expect(run("#main(List<Float> xs) -> Float\nxs.sum()", '{"xs": []}')).toBe("0.0");
    expect(run("#main(List<Int> xs) -> Int\nxs.min()", '{"xs": []}')).toBe("EmptyList");
    // A NaN first element stays the maximum; a later NaN is never chosen (§7.3).
    expect(run("#main(Float n) -> List<String>\n[f\"${[n * 10.0 - n * 10.0, 1.0].max()}\", f\"${[1.0, n * 10.0 - n * 10.0].max()}\"]", '{"n": 1e308}')).toBe('[\n  "NaN",\n  "1"\n]');
  });

  it("averages-with-the-division-rules", () => {
    expect(run('#import list from "std/list"\n[list.avg([1, 2, 4]), list.avg([7, 8, 10])]')).toBe("[\n  2,\n  8\n]");
    expect(run('#import list from "std/list"\n#main(List<Int> xs) -> Int\nlist.avg(xs)', '{"xs": []}')).toBe("DivisionByZero");
    expect(run('#import list from "std/list"\n#main(List<Int> xs) -> Int\nlist.first(xs)', '{"xs": []}')).toBe("IndexOutOfBounds");
  });

  it("compares-with-language-equality", () => {
    expect(compact(run("#main(Float n) -> List<Bool>\n[[n * 10.0 - n * 10.0].contains(n * 10.0 - n * 10.0), [0.0, -0.0].unique(), [1, 2, 3].unique()]", '{"n": 1e308}'))).toBe("[true,false,true]");
  });

  it("maps-filters-reduces-and-joins", () => {
    expect(compact(run('{ m: [1, 2, 3].map((v) => v * v), f: [3, 1, 2].filter((v) => v > 1), r: [1, 2, 3].reduce(10, (acc, v) => acc - v), j: [1.5, 2.0].join("|"), List<Int> e: [], je: e.join(",") }'))).toBe(
      '{"e":[],"f":[3,2],"j":"1.5|2","je":"","m":[1,4,9],"r":4}',
    );
  });

  it("indexes-and-builds-ranges", () => {
    expect(run("#main(List<Int> xs, Int i) -> Int\nxs[i]", '{"xs": [1], "i": -1}')).toBe("IndexOutOfBounds");
    expect(compact(run("[range(3), range(-1, 2), range(3, 1)]"))).toBe("[[0,1,2],[-1,0,1],[]]");
  });
});

describe("dicts-records-and-schemas", () => {
  it("sorts-dict-keys-and-reads-values", () => {
    expect(compact(run('#main(Dict<String, Int> d) -> Dict\n{ k: d.keys(), v: d.values(), h: d.has_key("b"), n: d.len(), a: d.a, x: d["b"] }', '{"d": {"b": 2, "a": 1}}'))).toBe(
      '{"a":1,"h":true,"k":["a","b"],"n":2,"v":[1,2],"x":2}',
    );
    expect(run("#main(Dict<String, Int> d) -> Int\nd.zz", '{"d": {}}')).toBe("VariableNotFound");
  });

  it("spreads-dicts-in-source-order", () => {
    expect(compact(run("#main(Dict<String, Int> d) -> Dict<String, Int>\n{ ...d, z: 3 }", '{"d": {"b": 2}}'))).toBe('{"b":2,"z":3}');
    expect(compact(run("{ base: { a: 1, b: 2 }, d: { ...&sibling.base, c: 3 } }"))).toBe('{"base":{"a":1,"b":2},"d":{"a":1,"b":2,"c":3}}');
  });

  it("validates-schemas-in-the-body", () => {
    const schema = '#schema Pos { #expect "n must be positive" Int n: (Int v) -> Bool => v > 0, #default "unit" String label: *, Option<Int> extra: * }\n';
    expect(run(schema + "#main(Int x) -> Dict\n{ Pos p: { n: x } }", '{"x": 0}')).toBe("TypeMismatch");
    expect(compact(run(schema + "#main(Int x) -> Dict\n{ Pos p: { n: x } }", '{"x": 2}'))).toBe('{"p":{"extra":null,"label":"unit","n":2}}');
    expect(run(schema + "#main(Int x) -> List<Pos>\n[{ n: x }]", '{"x": 0}')).toBe("MainReturnTypeMismatch");
    expect(run(schema + "#main(Pos p) -> Int\np.n", '{"p": {"n": 0}}')).toBe("MainArgTypeMismatch");
    expect(run(schema + "#main(List<Pos> ps) -> Int\nlen(ps)", '{"ps": [{"n": 1}, {"n": -1}]}')).toBe("MainArgTypeMismatch");
  });

  it("validates-function-arguments-declared-with-a-schema", () => {
    const schema = "#schema Pos { Int n: (Int v) -> Bool => v > 0 }\n";
    expect(run(schema + "{ Int get(Pos p): p.n, r: get({ n: 0 }) }")).toBe("TypeMismatch");
    expect(run(schema + "{ Int get(Pos p): p.n, r: get({ n: 3 }) }")).toBe('{\n  "r": 3\n}');
  });
});

describe("enums-options-results", () => {
  it("constructs-and-matches", () => {
    const src = `#enum Shape { Dot, Circle(Float), Box { w: Int, h: Int } }
{ shapes: [Shape.Dot, Shape.Circle(1.5), Shape.Box { h: 3, w: 2 }],
  area(Shape s) -> Float: s match { Dot: 0.0, Circle(r): r * r * 3.0, Box { w, h }: w * h * 1.0 },
  areas: [area(s) for s in &sibling.shapes] }`;
    expect(compact(run(src))).toBe('{"areas":[0,6.75,6],"shapes":[{"Dot":{}},{"Circle":[1.5]},{"Box":{"h":3,"w":2}}]}');
  });

  it("projects-options-and-results", () => {
    expect(compact(run("#main(Int x) -> List<Result<Int, String>>\n[x > 0 ? Ok(x) : Err(\"neg\"), Err(\"e\")]", '{"x": 1}'))).toBe('[{"Ok":{"value":1}},{"Err":{"error":"e"}}]');
    expect(run("None")).toBe("null");
    expect(run("#main(String s) -> String\ns match { Int: \"int\" }", '{"s": "x"}')).toBe("TypeMismatch");
  });

  it("names-types", () => {
    expect(compact(run('[type(1), type(1.0), type("s"), type(true), type([1]), type((1, 2)), type({ a: 1 }), type(None), type((Int x) => x)]'))).toBe(
      '["Int","Float","String","Bool","List","Tuple","Dict","Dict","Closure"]',
    );
  });
});

/** `{ a0: (1, 1), a1: (a0, a0), … }`: a value and a type exponentially larger as trees than as written. */
function doubling(levels: number, internal: boolean, tail: string, name = "a"): string {
  return `{ ${chain(levels, internal, name)}${tail} }`;
}

function chain(levels: number, internal: boolean, name: string): string {
  const mark = internal ? "#internal " : "";
  const fields = [`${name}0: (1, 1)`, ...Array.from({ length: levels - 1 }, (_, i) => `${name}${i + 1}: (${name}${i}, ${name}${i})`)];
  return fields.map((f) => mark + f).join(", ");
}

describe("shared-structure", () => {
  it("checks-and-runs-exponentially-shared-values-quickly", () => {
    const start = Date.now();
    expect(run(doubling(40, true, ", n: a39 == a39"))).toBe('{\n  "n": true\n}');
    expect(run(doubling(40, false, ""))).toBe("MemoryLimitExceeded");
    expect(run(doubling(40, false, ", bad: a39 + 1"))).toMatch(/^static StaticTypeMismatch: `\+` is not defined for \(\(\(/);
    // Two separately built chains: equality must visit every path, and pays fuel for it.
    expect(run(doubling(30, true, `, ${chain(30, true, "b")}, n: a29 == b29`), undefined, 1_000_000)).toBe("StepLimitExceeded");
    expect(Date.now() - start).toBeLessThan(5000);
  });
});

describe("hosts-and-limits", () => {
  it("stops-runaway-programs", () => {
    expect(run("range(1000000).map((Int i) => i).len()", undefined, 10_000)).toBe("StepLimitExceeded");
    expect(run("{ Int f(Int n): f(n + 1), r: f(0) }")).toBe("MemoryLimitExceeded");
    expect(run('range(64).reduce("x", (String acc, Int i) => acc + acc)')).toBe("MemoryLimitExceeded");
  });

  it("reports-argument-problems", () => {
    expect(run("#main(Int a, Int b) -> Int\na", '{"a": "x", "zzz": 1}')).toBe("MainArgTypeMismatch");
    expect(run("#main(Int a, Int b) -> Int\na", '{"a": 1, "zzz": 1}')).toBe("MissingMainArg");
    expect(run("#main(Int a) -> Int\na", '{"a": 1, "zzz": 1}')).toBe("UnexpectedMainArg");
    expect(run("#main(Int a) -> Int\na", "{nope")).toBe("MalformedArguments");
    expect(run("1 + 1", "{}")).toBe("NoMainSignature");
    expect(run("#main() -> Int\n7")).toBe("7");
  });
});
