// The benchmark kernels. Each is a rule (kernels/*.relon, or the pricing
// example itself) plus the same algorithm written by hand in plain JavaScript
// (hand/*.ts) and, for the compute kernels, in C (c/kernels.c). Every variant
// gets the same argument text and must print the same canonical JSON.
import { InternalError } from "@tetra/core";
import { echoJson } from "./hand/echo.js";
import { fibJson } from "./hand/fib.js";
import { listsJson } from "./hand/lists.js";
import { loopJson } from "./hand/loop.js";
import { pricingJson } from "./hand/pricing.js";
import { stringsJson } from "./hand/strings.js";

export const KERNEL_NAMES = ["fib", "loop", "strings", "lists", "pricing", "echo"] as const;
export type KernelName = (typeof KERNEL_NAMES)[number];

/** The C kernels of c/kernels.c (its first command-line argument). */
export type CKernelName = "fib" | "loop" | "strings" | "lists";

/**
 * Workload tiers. The compiled targets (js, wasm, native) run `full` (or
 * `quick` under --quick); the tree-walk evaluator and the IR interpreter are
 * shown for information at `small` (`smallQuick`) sizes, with the baselines
 * measured again at that size.
 */
export type Tier = "full" | "quick" | "small" | "smallQuick";

export interface Workload {
  /** "n = 27", "1 order". */
  readonly label: string;
  /** The argument object, as JSON text. */
  readonly args: string;
  /** The C kernel's n (compute kernels). */
  readonly n: number;
  /** At least this many calls are timed per variant (the pricing example: 10^5 calls). */
  readonly minCalls: number;
  /**
   * Arena capacity for compiled targets; undefined = the run contract's default
   * (8 MiB). The compute kernels use twice the smallest power of two they run
   * in, because today every compiled target pays per call for the arena size
   * (docs/performance.md, "Per-call overhead").
   */
  readonly memoryLimit: number | undefined;
}

export interface Kernel {
  readonly name: KernelName;
  readonly title: string;
  /**
   * `compute`: a C baseline exists and the wasm/C, native/C goals apply.
   * `call`: small JSON in → JSON out; what is measured is the per-call cost.
   */
  readonly kind: "compute" | "call";
  /** The rule's source file. */
  readonly source: URL;
  /** The hand-written JavaScript: argument JSON text → canonical result JSON text. */
  readonly hand: (args: string) => string;
  readonly c: CKernelName | undefined;
  readonly workloads: Readonly<Record<Tier, Workload>>;
}

const KERNEL_DIR = new URL("../kernels/", import.meta.url);
const EXAMPLES_DIR = new URL("../../../examples/", import.meta.url);

const KiB = 1024;

/** `[n, arena KiB]` per tier. */
function sized(tiers: Readonly<Record<Tier, readonly [number, number]>>): Readonly<Record<Tier, Workload>> {
  const w = ([n, kib]: readonly [number, number]): Workload => ({ label: `n = ${n.toLocaleString("en-US")}`, args: `{"n": ${n}}`, n, minCalls: 1, memoryLimit: kib * KiB });
  return { full: w(tiers.full), quick: w(tiers.quick), small: w(tiers.small), smallQuick: w(tiers.smallQuick) };
}

/** The same arguments at every tier, at the default arena size; only the number of timed calls changes. */
function fixed(label: string, args: string, calls: Readonly<Record<Tier, number>>): Readonly<Record<Tier, Workload>> {
  const w = (minCalls: number): Workload => ({ label, args, n: 0, minCalls, memoryLimit: undefined });
  return { full: w(calls.full), quick: w(calls.quick), small: w(calls.small), smallQuick: w(calls.smallQuick) };
}

/**
 * examples/pricing.args.json compacted to one line, as a service would receive
 * it (kernels.test.ts checks it still equals the file).
 */
const PRICING_ARGS = JSON.stringify({
  items: [
    { sku: "A-100", qty: 2, unit_price: 19.99 },
    { sku: "B-220", qty: 1, unit_price: 5.5 },
  ],
  tier: { Partner: { discount_pct: 15 } },
  country: "DE",
});

export const KERNELS: readonly Kernel[] = [
  {
    name: "fib",
    title: "fib(n), recursive",
    kind: "compute",
    source: new URL("fib.relon", KERNEL_DIR),
    hand: fibJson,
    c: "fib",
    workloads: sized({ full: [27, 32], quick: [20, 32], small: [20, 32], smallQuick: [12, 32] }),
  },
  {
    name: "loop",
    title: "integer loop: range(n).reduce(acc + i*3 + i%8)",
    kind: "compute",
    source: new URL("loop.relon", KERNEL_DIR),
    hand: loopJson,
    c: "loop",
    // 32 KiB: range(n) must be fused into a counter (a list of 10^7 Ints is 80 MB).
    workloads: sized({ full: [10_000_000, 32], quick: [100_000, 32], small: [100_000, 32], smallQuick: [10_000, 32] }),
  },
  {
    name: "strings",
    title: 'string building: [f"<${i}:${i*i}>" for i in range(n)].join(",")',
    kind: "compute",
    source: new URL("strings.relon", KERNEL_DIR),
    hand: stringsJson,
    c: "strings",
    workloads: sized({ full: [100_000, 32 * KiB], quick: [1_000, 128], small: [10_000, 2 * KiB], smallQuick: [100, 32] }),
  },
  {
    name: "lists",
    title: "list map/filter/sum over n elements",
    kind: "compute",
    source: new URL("lists.relon", KERNEL_DIR),
    hand: listsJson,
    c: "lists",
    workloads: sized({ full: [100_000, 16 * KiB], quick: [1_000, 128], small: [10_000, 1 * KiB], smallQuick: [100, 32] }),
  },
  {
    name: "pricing",
    title: "examples/pricing.relon, JSON in → JSON out per call",
    kind: "call",
    source: new URL("pricing.relon", EXAMPLES_DIR),
    hand: pricingJson,
    c: undefined,
    workloads: fixed("1 order, 2 line items", PRICING_ARGS, { full: 100_000, quick: 1_000, small: 300, smallQuick: 30 }),
  },
  {
    name: "echo",
    title: "#main(Int n) -> Int n: the fixed cost of one call",
    kind: "call",
    source: new URL("echo.relon", KERNEL_DIR),
    hand: echoJson,
    c: undefined,
    workloads: fixed("n = 7", '{"n": 7}', { full: 100_000, quick: 1_000, small: 300, smallQuick: 30 }),
  },
];

export function kernelByName(name: KernelName): Kernel {
  const k = KERNELS.find((x) => x.name === name);
  if (k === undefined) throw new InternalError(`no kernel ${name}`);
  return k;
}

export function isKernelName(s: string): s is KernelName {
  return (KERNEL_NAMES as readonly string[]).includes(s);
}
