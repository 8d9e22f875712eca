// kernels/loop.relon written by hand in plain JavaScript: a `for` loop over
// Numbers. For n = 10^7 the sum stays below 2^53 (about 1.5e14), so Numbers
// are exact and no overflow check is needed.
import { readN } from "./read-n.js";

export function loop(n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) acc = acc + i * 3 + (i % 8);
  return acc;
}

export function loopJson(args: string): string {
  return String(loop(readN(args)));
}
