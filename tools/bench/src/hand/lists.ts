// kernels/lists.relon written by hand in plain JavaScript: build the array,
// then Array#map, #filter and #reduce, each making a new array like the
// language does. Every value stays below 2^53 (x < 10007, so x*x < 10^8 and
// the sum of 10^5 of them < 10^13).
import { readN } from "./read-n.js";

export function lists(n: number): number {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push((i * 7919) % 10007);
  return xs
    .map((x) => x * x)
    .filter((v) => v % 3 !== 0)
    .reduce((a, b) => a + b, 0);
}

export function listsJson(args: string): string {
  return String(lists(readN(args)));
}
